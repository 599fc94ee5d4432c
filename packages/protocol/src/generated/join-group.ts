// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed, EMPTY_BYTES } from '../primitives/codec-support.js';

// ---- JoinGroupResponse: versions 0-9, flexible 6+

export interface JoinGroupResponseJoinGroupResponseMember {
  /** The group member ID. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5+) */
  groupInstanceId: string | null;
  /** The group member metadata. (versions 0+) */
  metadata: Uint8Array;
}

export interface JoinGroupResponseJoinGroupResponseMemberInput {
  memberId: string;
  groupInstanceId?: string | null;
  metadata: Uint8Array;
}

export function defaultJoinGroupResponseJoinGroupResponseMember(): JoinGroupResponseJoinGroupResponseMember {
  return { memberId: "", groupInstanceId: null, metadata: EMPTY_BYTES };
}

export function decodeJoinGroupResponseJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseJoinGroupResponseMember {
  let f_memberId: JoinGroupResponseJoinGroupResponseMember['memberId'];
  let f_groupInstanceId: JoinGroupResponseJoinGroupResponseMember['groupInstanceId'];
  let f_metadata: JoinGroupResponseJoinGroupResponseMember['metadata'];
  f_memberId = (v >= 6 ? r.compactString() : r.string());
  if (v >= 5) {
    f_groupInstanceId = (v >= 6 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  f_metadata = (v >= 6 ? r.compactBytes() : r.bytesField());
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { memberId: f_memberId, groupInstanceId: f_groupInstanceId, metadata: f_metadata };
}

export function encodeJoinGroupResponseJoinGroupResponseMember(w: Writer, v: number, o: JoinGroupResponseJoinGroupResponseMemberInput): void {
  (v >= 6 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  if (v >= 5) {
    (v >= 6 ? (v >= 5 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 5 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  (v >= 6 ? w.compactBytes(o.metadata as Uint8Array) : w.bytes(o.metadata as Uint8Array));
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The generation ID of the group. (versions 0+) */
  generationId: number;
  /** The group protocol name. (versions 7+) */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. (versions 0+) */
  protocolName: string | null;
  /** The leader of the group. (versions 0+) */
  leader: string;
  /** True if the leader must skip running the assignment. (versions 9+) */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. (versions 0+) */
  memberId: string;
  /** The group members. (versions 0+) */
  members: Array<JoinGroupResponseJoinGroupResponseMember>;
}

export interface JoinGroupResponseInput {
  throttleTimeMs?: number;
  errorCode: number;
  generationId?: number;
  protocolType?: string | null;
  protocolName: string | null;
  leader: string;
  skipAssignment?: boolean;
  memberId: string;
  members: Array<JoinGroupResponseJoinGroupResponseMemberInput>;
}

export function defaultJoinGroupResponse(): JoinGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, generationId: -1, protocolType: null, protocolName: "", leader: "", skipAssignment: false, memberId: "", members: [] };
}

export function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  let f_throttleTimeMs: JoinGroupResponse['throttleTimeMs'];
  let f_errorCode: JoinGroupResponse['errorCode'];
  let f_generationId: JoinGroupResponse['generationId'];
  let f_protocolType: JoinGroupResponse['protocolType'];
  let f_protocolName: JoinGroupResponse['protocolName'];
  let f_leader: JoinGroupResponse['leader'];
  let f_skipAssignment: JoinGroupResponse['skipAssignment'];
  let f_memberId: JoinGroupResponse['memberId'];
  let f_members: JoinGroupResponse['members'];
  if (v >= 2) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  f_errorCode = r.int16();
  f_generationId = r.int32();
  if (v >= 7) {
    f_protocolType = (v >= 6 ? (v >= 7 ? r.compactNullableString() : r.compactString()) : (v >= 7 ? r.nullableString() : r.string()));
  }
  else {
    f_protocolType = null;
  }
  f_protocolName = (v >= 6 ? (v >= 7 ? r.compactNullableString() : r.compactString()) : (v >= 7 ? r.nullableString() : r.string()));
  f_leader = (v >= 6 ? r.compactString() : r.string());
  if (v >= 9) {
    f_skipAssignment = r.bool();
  }
  else {
    f_skipAssignment = false;
  }
  f_memberId = (v >= 6 ? r.compactString() : r.string());
  const n0 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_members = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeJoinGroupResponseJoinGroupResponseMember(r, v);
    }
    f_members = a1;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, generationId: f_generationId, protocolType: f_protocolType, protocolName: f_protocolName, leader: f_leader, skipAssignment: f_skipAssignment, memberId: f_memberId, members: f_members };
}

export function encodeJoinGroupResponse(w: Writer, v: number, o: JoinGroupResponseInput): void {
  if (v >= 2) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  w.int16(o.errorCode);
  w.int32((o.generationId ?? -1));
  if (v >= 7) {
    (v >= 6 ? (v >= 7 ? w.compactNullableString((o.protocolType ?? null)) : w.compactString((o.protocolType ?? null) as string)) : (v >= 7 ? w.nullableString((o.protocolType ?? null)) : w.string((o.protocolType ?? null) as string)));
  }
  (v >= 6 ? (v >= 7 ? w.compactNullableString(o.protocolName) : w.compactString(o.protocolName as string)) : (v >= 7 ? w.nullableString(o.protocolName) : w.string(o.protocolName as string)));
  (v >= 6 ? w.compactString(o.leader as string) : w.string(o.leader as string));
  if (v >= 9) {
    w.bool((o.skipAssignment ?? false));
  }
  else {
    if (o.skipAssignment !== undefined && o.skipAssignment !== false) throw fieldNotInVersion('SkipAssignment', v);
  }
  (v >= 6 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  const a3 = o.members;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Members', v);
    (v >= 6 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 6 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeJoinGroupResponseJoinGroupResponseMember(w, v, s5);
    }
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

/** Encodes a JoinGroupResponse body at version `version` (0-9). */
export function encodeJoinGroupResponseBody(w: Writer, version: number, body: JoinGroupResponseInput): void {
  checkVersion('JoinGroupResponse', version, 0, 9);
  encodeJoinGroupResponse(w, version, body);
}

/** Decodes a JoinGroupResponse body at version `version` (0-9). */
export function decodeJoinGroupResponseBody(r: Reader, version: number): JoinGroupResponse {
  checkVersion('JoinGroupResponse', version, 0, 9);
  return decodeJoinGroupResponse(r, version);
}

// ---- JoinGroupRequest: versions 0-9, flexible 6+

export interface JoinGroupRequestJoinGroupRequestProtocol {
  /** The protocol name. (versions 0+) */
  name: string;
  /** The protocol metadata. (versions 0+) */
  metadata: Uint8Array;
}

export interface JoinGroupRequestJoinGroupRequestProtocolInput {
  name: string;
  metadata: Uint8Array;
}

export function defaultJoinGroupRequestJoinGroupRequestProtocol(): JoinGroupRequestJoinGroupRequestProtocol {
  return { name: "", metadata: EMPTY_BYTES };
}

export function decodeJoinGroupRequestJoinGroupRequestProtocol(r: Reader, v: number): JoinGroupRequestJoinGroupRequestProtocol {
  let f_name: JoinGroupRequestJoinGroupRequestProtocol['name'];
  let f_metadata: JoinGroupRequestJoinGroupRequestProtocol['metadata'];
  f_name = (v >= 6 ? r.compactString() : r.string());
  f_metadata = (v >= 6 ? r.compactBytes() : r.bytesField());
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, metadata: f_metadata };
}

export function encodeJoinGroupRequestJoinGroupRequestProtocol(w: Writer, v: number, o: JoinGroupRequestJoinGroupRequestProtocolInput): void {
  (v >= 6 ? w.compactString(o.name as string) : w.string(o.name as string));
  (v >= 6 ? w.compactBytes(o.metadata as Uint8Array) : w.bytes(o.metadata as Uint8Array));
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface JoinGroupRequest {
  /** The group identifier. (versions 0+) */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. (versions 0+) */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (versions 1+) */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5+) */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. (versions 0+) */
  protocolType: string;
  /** The list of protocols that the member supports. (versions 0+) */
  protocols: Array<JoinGroupRequestJoinGroupRequestProtocol>;
  /** The reason why the member (re-)joins the group. (versions 8+) */
  reason: string | null;
}

export interface JoinGroupRequestInput {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs?: number;
  memberId: string;
  groupInstanceId?: string | null;
  protocolType: string;
  protocols: Array<JoinGroupRequestJoinGroupRequestProtocolInput>;
  reason?: string | null;
}

export function defaultJoinGroupRequest(): JoinGroupRequest {
  return { groupId: "", sessionTimeoutMs: 0, rebalanceTimeoutMs: -1, memberId: "", groupInstanceId: null, protocolType: "", protocols: [], reason: null };
}

export function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  let f_groupId: JoinGroupRequest['groupId'];
  let f_sessionTimeoutMs: JoinGroupRequest['sessionTimeoutMs'];
  let f_rebalanceTimeoutMs: JoinGroupRequest['rebalanceTimeoutMs'];
  let f_memberId: JoinGroupRequest['memberId'];
  let f_groupInstanceId: JoinGroupRequest['groupInstanceId'];
  let f_protocolType: JoinGroupRequest['protocolType'];
  let f_protocols: JoinGroupRequest['protocols'];
  let f_reason: JoinGroupRequest['reason'];
  f_groupId = (v >= 6 ? r.compactString() : r.string());
  f_sessionTimeoutMs = r.int32();
  if (v >= 1) {
    f_rebalanceTimeoutMs = r.int32();
  }
  else {
    f_rebalanceTimeoutMs = -1;
  }
  f_memberId = (v >= 6 ? r.compactString() : r.string());
  if (v >= 5) {
    f_groupInstanceId = (v >= 6 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  f_protocolType = (v >= 6 ? r.compactString() : r.string());
  const n6 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_protocols = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeJoinGroupRequestJoinGroupRequestProtocol(r, v);
    }
    f_protocols = a7;
  }
  if (v >= 8) {
    f_reason = (v >= 6 ? (v >= 8 ? r.compactNullableString() : r.compactString()) : (v >= 8 ? r.nullableString() : r.string()));
  }
  else {
    f_reason = null;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, sessionTimeoutMs: f_sessionTimeoutMs, rebalanceTimeoutMs: f_rebalanceTimeoutMs, memberId: f_memberId, groupInstanceId: f_groupInstanceId, protocolType: f_protocolType, protocols: f_protocols, reason: f_reason };
}

export function encodeJoinGroupRequest(w: Writer, v: number, o: JoinGroupRequestInput): void {
  (v >= 6 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  w.int32(o.sessionTimeoutMs);
  if (v >= 1) {
    w.int32((o.rebalanceTimeoutMs ?? -1));
  }
  (v >= 6 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  if (v >= 5) {
    (v >= 6 ? (v >= 5 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 5 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw fieldNotInVersion('GroupInstanceId', v);
  }
  (v >= 6 ? w.compactString(o.protocolType as string) : w.string(o.protocolType as string));
  const a9 = o.protocols;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Protocols', v);
    (v >= 6 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 6 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeJoinGroupRequestJoinGroupRequestProtocol(w, v, s11);
    }
  }
  if (v >= 8) {
    (v >= 6 ? (v >= 8 ? w.compactNullableString((o.reason ?? null)) : w.compactString((o.reason ?? null) as string)) : (v >= 8 ? w.nullableString((o.reason ?? null)) : w.string((o.reason ?? null) as string)));
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

/** Encodes a JoinGroupRequest body at version `version` (0-9). */
export function encodeJoinGroupRequestBody(w: Writer, version: number, body: JoinGroupRequestInput): void {
  checkVersion('JoinGroupRequest', version, 0, 9);
  encodeJoinGroupRequest(w, version, body);
}

/** Decodes a JoinGroupRequest body at version `version` (0-9). */
export function decodeJoinGroupRequestBody(r: Reader, version: number): JoinGroupRequest {
  checkVersion('JoinGroupRequest', version, 0, 9);
  return decodeJoinGroupRequest(r, version);
}

