// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- LeaveGroupResponse: versions 0-5, flexible 4+

export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string;
  /** The group instance ID to remove from the group. (versions 3+) */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. (versions 3+) */
  errorCode: number;
}

export interface LeaveGroupResponseMemberResponseInput {
  memberId?: string;
  groupInstanceId?: string | null;
  errorCode?: number;
}

export function defaultLeaveGroupResponseMemberResponse(): LeaveGroupResponseMemberResponse {
  return { memberId: "", groupInstanceId: "", errorCode: 0 };
}

export function decodeLeaveGroupResponseMemberResponse(r: Reader, v: number): LeaveGroupResponseMemberResponse {
  let f_memberId: LeaveGroupResponseMemberResponse['memberId'];
  let f_groupInstanceId: LeaveGroupResponseMemberResponse['groupInstanceId'];
  let f_errorCode: LeaveGroupResponseMemberResponse['errorCode'];
  if (v >= 3) {
    f_memberId = (v >= 4 ? r.compactString() : r.string());
  }
  else {
    f_memberId = "";
  }
  if (v >= 3) {
    f_groupInstanceId = (v >= 4 ? (v >= 3 ? r.compactNullableString() : r.compactString()) : (v >= 3 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = "";
  }
  if (v >= 3) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { memberId: f_memberId, groupInstanceId: f_groupInstanceId, errorCode: f_errorCode };
}

export function encodeLeaveGroupResponseMemberResponse(w: Writer, v: number, o: LeaveGroupResponseMemberResponseInput): void {
  if (v >= 3) {
    (v >= 4 ? w.compactString((o.memberId ?? "") as string) : w.string((o.memberId ?? "") as string));
  }
  else {
    if (o.memberId !== undefined && o.memberId !== "") throw fieldNotInVersion('MemberId', v);
  }
  if (v >= 3) {
    (v >= 4 ? (v >= 3 ? w.compactNullableString((o.groupInstanceId === undefined ? "" : o.groupInstanceId)) : w.compactString((o.groupInstanceId === undefined ? "" : o.groupInstanceId) as string)) : (v >= 3 ? w.nullableString((o.groupInstanceId === undefined ? "" : o.groupInstanceId)) : w.string((o.groupInstanceId === undefined ? "" : o.groupInstanceId) as string)));
  }
  else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== "") throw fieldNotInVersion('GroupInstanceId', v);
  }
  if (v >= 3) {
    w.int16((o.errorCode ?? 0));
  }
  else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw fieldNotInVersion('ErrorCode', v);
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** List of leaving member responses. (versions 3+) */
  members: Array<LeaveGroupResponseMemberResponse>;
}

export interface LeaveGroupResponseInput {
  throttleTimeMs?: number;
  errorCode: number;
  members?: Array<LeaveGroupResponseMemberResponseInput>;
}

export function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, members: [] };
}

export function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  let f_throttleTimeMs: LeaveGroupResponse['throttleTimeMs'];
  let f_errorCode: LeaveGroupResponse['errorCode'];
  let f_members: LeaveGroupResponse['members'];
  if (v >= 1) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  f_errorCode = r.int16();
  if (v >= 3) {
    const n0 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n0 === null) {
      f_members = null as never;
    }
    else {
      const a1 = new Array(n0);
      for (let i2 = 0; i2 < n0; i2++) {
        a1[i2] = decodeLeaveGroupResponseMemberResponse(r, v);
      }
      f_members = a1;
    }
  }
  else {
    f_members = [];
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, members: f_members };
}

export function encodeLeaveGroupResponse(w: Writer, v: number, o: LeaveGroupResponseInput): void {
  if (v >= 1) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  w.int16(o.errorCode);
  if (v >= 3) {
    const a3 = (o.members ?? []);
    if (a3 === null) {
      if (!(false)) throw nullNotAllowed('Members', v);
      (v >= 4 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 4 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
      for (const x4 of a3) {
        const s5 = x4;
        encodeLeaveGroupResponseMemberResponse(w, v, s5);
      }
    }
  }
  else {
    if (o.members !== undefined && (o.members === null || o.members.length > 0)) throw fieldNotInVersion('Members', v);
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a LeaveGroupResponse body at version `version` (0-5). */
export function encodeLeaveGroupResponseBody(w: Writer, version: number, body: LeaveGroupResponseInput): void {
  checkVersion('LeaveGroupResponse', version, 0, 5);
  encodeLeaveGroupResponse(w, version, body);
}

/** Decodes a LeaveGroupResponse body at version `version` (0-5). */
export function decodeLeaveGroupResponseBody(r: Reader, version: number): LeaveGroupResponse {
  checkVersion('LeaveGroupResponse', version, 0, 5);
  return decodeLeaveGroupResponse(r, version);
}

// ---- LeaveGroupRequest: versions 0-5, flexible 4+

export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string;
  /** The group instance ID to remove from the group. (versions 3+) */
  groupInstanceId: string | null;
  /** The reason why the member left the group. (versions 5+) */
  reason: string | null;
}

export interface LeaveGroupRequestMemberIdentityInput {
  memberId?: string;
  groupInstanceId?: string | null;
  reason?: string | null;
}

export function defaultLeaveGroupRequestMemberIdentity(): LeaveGroupRequestMemberIdentity {
  return { memberId: "", groupInstanceId: null, reason: null };
}

export function decodeLeaveGroupRequestMemberIdentity(r: Reader, v: number): LeaveGroupRequestMemberIdentity {
  let f_memberId: LeaveGroupRequestMemberIdentity['memberId'];
  let f_groupInstanceId: LeaveGroupRequestMemberIdentity['groupInstanceId'];
  let f_reason: LeaveGroupRequestMemberIdentity['reason'];
  if (v >= 3) {
    f_memberId = (v >= 4 ? r.compactString() : r.string());
  }
  else {
    f_memberId = "";
  }
  if (v >= 3) {
    f_groupInstanceId = (v >= 4 ? (v >= 3 ? r.compactNullableString() : r.compactString()) : (v >= 3 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  if (v >= 5) {
    f_reason = (v >= 4 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_reason = null;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { memberId: f_memberId, groupInstanceId: f_groupInstanceId, reason: f_reason };
}

export function encodeLeaveGroupRequestMemberIdentity(w: Writer, v: number, o: LeaveGroupRequestMemberIdentityInput): void {
  if (v >= 3) {
    (v >= 4 ? w.compactString((o.memberId ?? "") as string) : w.string((o.memberId ?? "") as string));
  }
  else {
    if (o.memberId !== undefined && o.memberId !== "") throw fieldNotInVersion('MemberId', v);
  }
  if (v >= 3) {
    (v >= 4 ? (v >= 3 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 3 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw fieldNotInVersion('GroupInstanceId', v);
  }
  if (v >= 5) {
    (v >= 4 ? (v >= 5 ? w.compactNullableString((o.reason ?? null)) : w.compactString((o.reason ?? null) as string)) : (v >= 5 ? w.nullableString((o.reason ?? null)) : w.string((o.reason ?? null) as string)));
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface LeaveGroupRequest {
  /** The ID of the group to leave. (versions 0+) */
  groupId: string;
  /** The member ID to remove from the group. (versions 0-2) */
  memberId: string;
  /** List of leaving member identities. (versions 3+) */
  members: Array<LeaveGroupRequestMemberIdentity>;
}

export interface LeaveGroupRequestInput {
  groupId: string;
  memberId?: string;
  members?: Array<LeaveGroupRequestMemberIdentityInput>;
}

export function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return { groupId: "", memberId: "", members: [] };
}

export function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  let f_groupId: LeaveGroupRequest['groupId'];
  let f_memberId: LeaveGroupRequest['memberId'];
  let f_members: LeaveGroupRequest['members'];
  f_groupId = (v >= 4 ? r.compactString() : r.string());
  if (v <= 2) {
    f_memberId = (v >= 4 ? r.compactString() : r.string());
  }
  else {
    f_memberId = "";
  }
  if (v >= 3) {
    const n6 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n6 === null) {
      f_members = null as never;
    }
    else {
      const a7 = new Array(n6);
      for (let i8 = 0; i8 < n6; i8++) {
        a7[i8] = decodeLeaveGroupRequestMemberIdentity(r, v);
      }
      f_members = a7;
    }
  }
  else {
    f_members = [];
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, memberId: f_memberId, members: f_members };
}

export function encodeLeaveGroupRequest(w: Writer, v: number, o: LeaveGroupRequestInput): void {
  (v >= 4 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  if (v <= 2) {
    (v >= 4 ? w.compactString((o.memberId ?? "") as string) : w.string((o.memberId ?? "") as string));
  }
  else {
    if (o.memberId !== undefined && o.memberId !== "") throw fieldNotInVersion('MemberId', v);
  }
  if (v >= 3) {
    const a9 = (o.members ?? []);
    if (a9 === null) {
      if (!(false)) throw nullNotAllowed('Members', v);
      (v >= 4 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 4 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
      for (const x10 of a9) {
        const s11 = x10;
        encodeLeaveGroupRequestMemberIdentity(w, v, s11);
      }
    }
  }
  else {
    if (o.members !== undefined && (o.members === null || o.members.length > 0)) throw fieldNotInVersion('Members', v);
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a LeaveGroupRequest body at version `version` (0-5). */
export function encodeLeaveGroupRequestBody(w: Writer, version: number, body: LeaveGroupRequestInput): void {
  checkVersion('LeaveGroupRequest', version, 0, 5);
  encodeLeaveGroupRequest(w, version, body);
}

/** Decodes a LeaveGroupRequest body at version `version` (0-5). */
export function decodeLeaveGroupRequestBody(r: Reader, version: number): LeaveGroupRequest {
  checkVersion('LeaveGroupRequest', version, 0, 5);
  return decodeLeaveGroupRequest(r, version);
}

