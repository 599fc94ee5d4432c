// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed, EMPTY_BYTES } from '../primitives/codec-support.js';

// ---- SyncGroupResponse: versions 0-5, flexible 4+

export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The group protocol type. (versions 5+) */
  protocolType: string | null;
  /** The group protocol name. (versions 5+) */
  protocolName: string | null;
  /** The member assignment. (versions 0+) */
  assignment: Uint8Array;
}

export interface SyncGroupResponseInput {
  throttleTimeMs?: number;
  errorCode: number;
  protocolType?: string | null;
  protocolName?: string | null;
  assignment: Uint8Array;
}

export function defaultSyncGroupResponse(): SyncGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, protocolType: null, protocolName: null, assignment: EMPTY_BYTES };
}

export function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  let f_throttleTimeMs: SyncGroupResponse['throttleTimeMs'];
  let f_errorCode: SyncGroupResponse['errorCode'];
  let f_protocolType: SyncGroupResponse['protocolType'];
  let f_protocolName: SyncGroupResponse['protocolName'];
  let f_assignment: SyncGroupResponse['assignment'];
  if (v >= 1) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  f_errorCode = r.int16();
  if (v >= 5) {
    f_protocolType = (v >= 4 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_protocolType = null;
  }
  if (v >= 5) {
    f_protocolName = (v >= 4 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_protocolName = null;
  }
  f_assignment = (v >= 4 ? r.compactBytes() : r.bytesField());
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, protocolType: f_protocolType, protocolName: f_protocolName, assignment: f_assignment };
}

export function encodeSyncGroupResponse(w: Writer, v: number, o: SyncGroupResponseInput): void {
  if (v >= 1) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  w.int16(o.errorCode);
  if (v >= 5) {
    (v >= 4 ? (v >= 5 ? w.compactNullableString((o.protocolType ?? null)) : w.compactString((o.protocolType ?? null) as string)) : (v >= 5 ? w.nullableString((o.protocolType ?? null)) : w.string((o.protocolType ?? null) as string)));
  }
  if (v >= 5) {
    (v >= 4 ? (v >= 5 ? w.compactNullableString((o.protocolName ?? null)) : w.compactString((o.protocolName ?? null) as string)) : (v >= 5 ? w.nullableString((o.protocolName ?? null)) : w.string((o.protocolName ?? null) as string)));
  }
  (v >= 4 ? w.compactBytes(o.assignment as Uint8Array) : w.bytes(o.assignment as Uint8Array));
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a SyncGroupResponse body at version `version` (0-5). */
export function encodeSyncGroupResponseBody(w: Writer, version: number, body: SyncGroupResponseInput): void {
  checkVersion('SyncGroupResponse', version, 0, 5);
  encodeSyncGroupResponse(w, version, body);
}

/** Decodes a SyncGroupResponse body at version `version` (0-5). */
export function decodeSyncGroupResponseBody(r: Reader, version: number): SyncGroupResponse {
  checkVersion('SyncGroupResponse', version, 0, 5);
  return decodeSyncGroupResponse(r, version);
}

// ---- SyncGroupRequest: versions 0-5, flexible 4+

export interface SyncGroupRequestSyncGroupRequestAssignment {
  /** The ID of the member to assign. (versions 0+) */
  memberId: string;
  /** The member assignment. (versions 0+) */
  assignment: Uint8Array;
}

export interface SyncGroupRequestSyncGroupRequestAssignmentInput {
  memberId: string;
  assignment: Uint8Array;
}

export function defaultSyncGroupRequestSyncGroupRequestAssignment(): SyncGroupRequestSyncGroupRequestAssignment {
  return { memberId: "", assignment: EMPTY_BYTES };
}

export function decodeSyncGroupRequestSyncGroupRequestAssignment(r: Reader, v: number): SyncGroupRequestSyncGroupRequestAssignment {
  let f_memberId: SyncGroupRequestSyncGroupRequestAssignment['memberId'];
  let f_assignment: SyncGroupRequestSyncGroupRequestAssignment['assignment'];
  f_memberId = (v >= 4 ? r.compactString() : r.string());
  f_assignment = (v >= 4 ? r.compactBytes() : r.bytesField());
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { memberId: f_memberId, assignment: f_assignment };
}

export function encodeSyncGroupRequestSyncGroupRequestAssignment(w: Writer, v: number, o: SyncGroupRequestSyncGroupRequestAssignmentInput): void {
  (v >= 4 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  (v >= 4 ? w.compactBytes(o.assignment as Uint8Array) : w.bytes(o.assignment as Uint8Array));
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface SyncGroupRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string;
  /** The generation of the group. (versions 0+) */
  generationId: number;
  /** The member ID assigned by the group. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3+) */
  groupInstanceId: string | null;
  /** The group protocol type. (versions 5+) */
  protocolType: string | null;
  /** The group protocol name. (versions 5+) */
  protocolName: string | null;
  /** Each assignment. (versions 0+) */
  assignments: Array<SyncGroupRequestSyncGroupRequestAssignment>;
}

export interface SyncGroupRequestInput {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null;
  protocolType?: string | null;
  protocolName?: string | null;
  assignments: Array<SyncGroupRequestSyncGroupRequestAssignmentInput>;
}

export function defaultSyncGroupRequest(): SyncGroupRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] };
}

export function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  let f_groupId: SyncGroupRequest['groupId'];
  let f_generationId: SyncGroupRequest['generationId'];
  let f_memberId: SyncGroupRequest['memberId'];
  let f_groupInstanceId: SyncGroupRequest['groupInstanceId'];
  let f_protocolType: SyncGroupRequest['protocolType'];
  let f_protocolName: SyncGroupRequest['protocolName'];
  let f_assignments: SyncGroupRequest['assignments'];
  f_groupId = (v >= 4 ? r.compactString() : r.string());
  f_generationId = r.int32();
  f_memberId = (v >= 4 ? r.compactString() : r.string());
  if (v >= 3) {
    f_groupInstanceId = (v >= 4 ? (v >= 3 ? r.compactNullableString() : r.compactString()) : (v >= 3 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  if (v >= 5) {
    f_protocolType = (v >= 4 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_protocolType = null;
  }
  if (v >= 5) {
    f_protocolName = (v >= 4 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_protocolName = null;
  }
  const n0 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_assignments = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeSyncGroupRequestSyncGroupRequestAssignment(r, v);
    }
    f_assignments = a1;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, generationId: f_generationId, memberId: f_memberId, groupInstanceId: f_groupInstanceId, protocolType: f_protocolType, protocolName: f_protocolName, assignments: f_assignments };
}

export function encodeSyncGroupRequest(w: Writer, v: number, o: SyncGroupRequestInput): void {
  (v >= 4 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  w.int32(o.generationId);
  (v >= 4 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  if (v >= 3) {
    (v >= 4 ? (v >= 3 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 3 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw fieldNotInVersion('GroupInstanceId', v);
  }
  if (v >= 5) {
    (v >= 4 ? (v >= 5 ? w.compactNullableString((o.protocolType ?? null)) : w.compactString((o.protocolType ?? null) as string)) : (v >= 5 ? w.nullableString((o.protocolType ?? null)) : w.string((o.protocolType ?? null) as string)));
  }
  if (v >= 5) {
    (v >= 4 ? (v >= 5 ? w.compactNullableString((o.protocolName ?? null)) : w.compactString((o.protocolName ?? null) as string)) : (v >= 5 ? w.nullableString((o.protocolName ?? null)) : w.string((o.protocolName ?? null) as string)));
  }
  const a3 = o.assignments;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Assignments', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeSyncGroupRequestSyncGroupRequestAssignment(w, v, s5);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a SyncGroupRequest body at version `version` (0-5). */
export function encodeSyncGroupRequestBody(w: Writer, version: number, body: SyncGroupRequestInput): void {
  checkVersion('SyncGroupRequest', version, 0, 5);
  encodeSyncGroupRequest(w, version, body);
}

/** Decodes a SyncGroupRequest body at version `version` (0-5). */
export function decodeSyncGroupRequestBody(r: Reader, version: number): SyncGroupRequest {
  checkVersion('SyncGroupRequest', version, 0, 5);
  return decodeSyncGroupRequest(r, version);
}

