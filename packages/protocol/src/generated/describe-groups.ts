// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed, EMPTY_BYTES } from '../primitives/codec-support.js';

// ---- DescribeGroupsResponse: versions 0-6, flexible 5+

export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member id. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 4+) */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. (versions 0+) */
  clientId: string;
  /** The client host. (versions 0+) */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. (versions 0+) */
  memberMetadata: Uint8Array;
  /** The current assignment provided by the group leader. (versions 0+) */
  memberAssignment: Uint8Array;
}

export interface DescribeGroupsResponseDescribedGroupMemberInput {
  memberId: string;
  groupInstanceId?: string | null;
  clientId: string;
  clientHost: string;
  memberMetadata: Uint8Array;
  memberAssignment: Uint8Array;
}

export function defaultDescribeGroupsResponseDescribedGroupMember(): DescribeGroupsResponseDescribedGroupMember {
  return { memberId: "", groupInstanceId: null, clientId: "", clientHost: "", memberMetadata: EMPTY_BYTES, memberAssignment: EMPTY_BYTES };
}

export function decodeDescribeGroupsResponseDescribedGroupMember(r: Reader, v: number): DescribeGroupsResponseDescribedGroupMember {
  let f_memberId: DescribeGroupsResponseDescribedGroupMember['memberId'];
  let f_groupInstanceId: DescribeGroupsResponseDescribedGroupMember['groupInstanceId'];
  let f_clientId: DescribeGroupsResponseDescribedGroupMember['clientId'];
  let f_clientHost: DescribeGroupsResponseDescribedGroupMember['clientHost'];
  let f_memberMetadata: DescribeGroupsResponseDescribedGroupMember['memberMetadata'];
  let f_memberAssignment: DescribeGroupsResponseDescribedGroupMember['memberAssignment'];
  f_memberId = (v >= 5 ? r.compactString() : r.string());
  if (v >= 4) {
    f_groupInstanceId = (v >= 5 ? (v >= 4 ? r.compactNullableString() : r.compactString()) : (v >= 4 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  f_clientId = (v >= 5 ? r.compactString() : r.string());
  f_clientHost = (v >= 5 ? r.compactString() : r.string());
  f_memberMetadata = (v >= 5 ? r.compactBytes() : r.bytesField());
  f_memberAssignment = (v >= 5 ? r.compactBytes() : r.bytesField());
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { memberId: f_memberId, groupInstanceId: f_groupInstanceId, clientId: f_clientId, clientHost: f_clientHost, memberMetadata: f_memberMetadata, memberAssignment: f_memberAssignment };
}

export function encodeDescribeGroupsResponseDescribedGroupMember(w: Writer, v: number, o: DescribeGroupsResponseDescribedGroupMemberInput): void {
  (v >= 5 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  if (v >= 4) {
    (v >= 5 ? (v >= 4 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 4 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  (v >= 5 ? w.compactString(o.clientId as string) : w.string(o.clientId as string));
  (v >= 5 ? w.compactString(o.clientHost as string) : w.string(o.clientHost as string));
  (v >= 5 ? w.compactBytes(o.memberMetadata as Uint8Array) : w.bytes(o.memberMetadata as Uint8Array));
  (v >= 5 ? w.compactBytes(o.memberAssignment as Uint8Array) : w.bytes(o.memberAssignment as Uint8Array));
  if (v >= 5) {
    w.uvarint(0);
  }
}

export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The describe error message, or null if there was no error. (versions 6+) */
  errorMessage: string | null;
  /** The group ID string. (versions 0+) */
  groupId: string;
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string;
  /** The group protocol type, or the empty string. (versions 0+) */
  protocolType: string;
  /** The group protocol data, or the empty string. (versions 0+) */
  protocolData: string;
  /** The group members. (versions 0+) */
  members: Array<DescribeGroupsResponseDescribedGroupMember>;
  /** 32-bit bitfield to represent authorized operations for this group. (versions 3+) */
  authorizedOperations: number;
}

export interface DescribeGroupsResponseDescribedGroupInput {
  errorCode: number;
  errorMessage?: string | null;
  groupId: string;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: Array<DescribeGroupsResponseDescribedGroupMemberInput>;
  authorizedOperations?: number;
}

export function defaultDescribeGroupsResponseDescribedGroup(): DescribeGroupsResponseDescribedGroup {
  return { errorCode: 0, errorMessage: null, groupId: "", groupState: "", protocolType: "", protocolData: "", members: [], authorizedOperations: -2147483648 };
}

export function decodeDescribeGroupsResponseDescribedGroup(r: Reader, v: number): DescribeGroupsResponseDescribedGroup {
  let f_errorCode: DescribeGroupsResponseDescribedGroup['errorCode'];
  let f_errorMessage: DescribeGroupsResponseDescribedGroup['errorMessage'];
  let f_groupId: DescribeGroupsResponseDescribedGroup['groupId'];
  let f_groupState: DescribeGroupsResponseDescribedGroup['groupState'];
  let f_protocolType: DescribeGroupsResponseDescribedGroup['protocolType'];
  let f_protocolData: DescribeGroupsResponseDescribedGroup['protocolData'];
  let f_members: DescribeGroupsResponseDescribedGroup['members'];
  let f_authorizedOperations: DescribeGroupsResponseDescribedGroup['authorizedOperations'];
  f_errorCode = r.int16();
  if (v >= 6) {
    f_errorMessage = (v >= 5 ? (v >= 6 ? r.compactNullableString() : r.compactString()) : (v >= 6 ? r.nullableString() : r.string()));
  }
  else {
    f_errorMessage = null;
  }
  f_groupId = (v >= 5 ? r.compactString() : r.string());
  f_groupState = (v >= 5 ? r.compactString() : r.string());
  f_protocolType = (v >= 5 ? r.compactString() : r.string());
  f_protocolData = (v >= 5 ? r.compactString() : r.string());
  const n0 = (v >= 5 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_members = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeDescribeGroupsResponseDescribedGroupMember(r, v);
    }
    f_members = a1;
  }
  if (v >= 3) {
    f_authorizedOperations = r.int32();
  }
  else {
    f_authorizedOperations = -2147483648;
  }
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, errorMessage: f_errorMessage, groupId: f_groupId, groupState: f_groupState, protocolType: f_protocolType, protocolData: f_protocolData, members: f_members, authorizedOperations: f_authorizedOperations };
}

export function encodeDescribeGroupsResponseDescribedGroup(w: Writer, v: number, o: DescribeGroupsResponseDescribedGroupInput): void {
  w.int16(o.errorCode);
  if (v >= 6) {
    (v >= 5 ? (v >= 6 ? w.compactNullableString((o.errorMessage ?? null)) : w.compactString((o.errorMessage ?? null) as string)) : (v >= 6 ? w.nullableString((o.errorMessage ?? null)) : w.string((o.errorMessage ?? null) as string)));
  }
  else {
    if (o.errorMessage !== undefined && o.errorMessage !== null) throw fieldNotInVersion('ErrorMessage', v);
  }
  (v >= 5 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  (v >= 5 ? w.compactString(o.groupState as string) : w.string(o.groupState as string));
  (v >= 5 ? w.compactString(o.protocolType as string) : w.string(o.protocolType as string));
  (v >= 5 ? w.compactString(o.protocolData as string) : w.string(o.protocolData as string));
  const a3 = o.members;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Members', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeDescribeGroupsResponseDescribedGroupMember(w, v, s5);
    }
  }
  if (v >= 3) {
    w.int32((o.authorizedOperations ?? -2147483648));
  }
  else {
    if (o.authorizedOperations !== undefined && o.authorizedOperations !== -2147483648) throw fieldNotInVersion('AuthorizedOperations', v);
  }
  if (v >= 5) {
    w.uvarint(0);
  }
}

export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** Each described group. (versions 0+) */
  groups: Array<DescribeGroupsResponseDescribedGroup>;
}

export interface DescribeGroupsResponseInput {
  throttleTimeMs?: number;
  groups: Array<DescribeGroupsResponseDescribedGroupInput>;
}

export function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return { throttleTimeMs: 0, groups: [] };
}

export function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  let f_throttleTimeMs: DescribeGroupsResponse['throttleTimeMs'];
  let f_groups: DescribeGroupsResponse['groups'];
  if (v >= 1) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  const n6 = (v >= 5 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_groups = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeDescribeGroupsResponseDescribedGroup(r, v);
    }
    f_groups = a7;
  }
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, groups: f_groups };
}

export function encodeDescribeGroupsResponse(w: Writer, v: number, o: DescribeGroupsResponseInput): void {
  if (v >= 1) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  const a9 = o.groups;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Groups', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeDescribeGroupsResponseDescribedGroup(w, v, s11);
    }
  }
  if (v >= 5) {
    w.uvarint(0);
  }
}

/** Encodes a DescribeGroupsResponse body at version `version` (0-6). */
export function encodeDescribeGroupsResponseBody(w: Writer, version: number, body: DescribeGroupsResponseInput): void {
  checkVersion('DescribeGroupsResponse', version, 0, 6);
  encodeDescribeGroupsResponse(w, version, body);
}

/** Decodes a DescribeGroupsResponse body at version `version` (0-6). */
export function decodeDescribeGroupsResponseBody(r: Reader, version: number): DescribeGroupsResponse {
  checkVersion('DescribeGroupsResponse', version, 0, 6);
  return decodeDescribeGroupsResponse(r, version);
}

// ---- DescribeGroupsRequest: versions 0-6, flexible 5+

export interface DescribeGroupsRequest {
  /** The names of the groups to describe. (versions 0+) */
  groups: Array<string>;
  /** Whether to include authorized operations. (versions 3+) */
  includeAuthorizedOperations: boolean;
}

export interface DescribeGroupsRequestInput {
  groups: Array<string>;
  includeAuthorizedOperations?: boolean;
}

export function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return { groups: [], includeAuthorizedOperations: false };
}

export function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  let f_groups: DescribeGroupsRequest['groups'];
  let f_includeAuthorizedOperations: DescribeGroupsRequest['includeAuthorizedOperations'];
  const n12 = (v >= 5 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_groups = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = (v >= 5 ? r.compactString() : r.string());
    }
    f_groups = a13;
  }
  if (v >= 3) {
    f_includeAuthorizedOperations = r.bool();
  }
  else {
    f_includeAuthorizedOperations = false;
  }
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groups: f_groups, includeAuthorizedOperations: f_includeAuthorizedOperations };
}

export function encodeDescribeGroupsRequest(w: Writer, v: number, o: DescribeGroupsRequestInput): void {
  const a15 = o.groups;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Groups', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
    for (const x16 of a15) {
      (v >= 5 ? w.compactString(x16 as string) : w.string(x16 as string));
    }
  }
  if (v >= 3) {
    w.bool((o.includeAuthorizedOperations ?? false));
  }
  else {
    if (o.includeAuthorizedOperations !== undefined && o.includeAuthorizedOperations !== false) throw fieldNotInVersion('IncludeAuthorizedOperations', v);
  }
  if (v >= 5) {
    w.uvarint(0);
  }
}

/** Encodes a DescribeGroupsRequest body at version `version` (0-6). */
export function encodeDescribeGroupsRequestBody(w: Writer, version: number, body: DescribeGroupsRequestInput): void {
  checkVersion('DescribeGroupsRequest', version, 0, 6);
  encodeDescribeGroupsRequest(w, version, body);
}

/** Decodes a DescribeGroupsRequest body at version `version` (0-6). */
export function decodeDescribeGroupsRequestBody(r: Reader, version: number): DescribeGroupsRequest {
  checkVersion('DescribeGroupsRequest', version, 0, 6);
  return decodeDescribeGroupsRequest(r, version);
}

