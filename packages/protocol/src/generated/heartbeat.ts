// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion } from '../primitives/codec-support.js';

// ---- HeartbeatResponse: versions 0-4, flexible 4+

export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

export interface HeartbeatResponseInput {
  throttleTimeMs?: number;
  errorCode: number;
}

export function defaultHeartbeatResponse(): HeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

export function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  let f_throttleTimeMs: HeartbeatResponse['throttleTimeMs'];
  let f_errorCode: HeartbeatResponse['errorCode'];
  if (v >= 1) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  f_errorCode = r.int16();
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode };
}

export function encodeHeartbeatResponse(w: Writer, v: number, o: HeartbeatResponseInput): void {
  if (v >= 1) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  w.int16(o.errorCode);
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a HeartbeatResponse body at version `version` (0-4). */
export function encodeHeartbeatResponseBody(w: Writer, version: number, body: HeartbeatResponseInput): void {
  checkVersion('HeartbeatResponse', version, 0, 4);
  encodeHeartbeatResponse(w, version, body);
}

/** Decodes a HeartbeatResponse body at version `version` (0-4). */
export function decodeHeartbeatResponseBody(r: Reader, version: number): HeartbeatResponse {
  checkVersion('HeartbeatResponse', version, 0, 4);
  return decodeHeartbeatResponse(r, version);
}

// ---- HeartbeatRequest: versions 0-4, flexible 4+

export interface HeartbeatRequest {
  /** The group id. (versions 0+) */
  groupId: string;
  /** The generation of the group. (versions 0+) */
  generationId: number;
  /** The member ID. (versions 0+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3+) */
  groupInstanceId: string | null;
}

export interface HeartbeatRequestInput {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null;
}

export function defaultHeartbeatRequest(): HeartbeatRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null };
}

export function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  let f_groupId: HeartbeatRequest['groupId'];
  let f_generationId: HeartbeatRequest['generationId'];
  let f_memberId: HeartbeatRequest['memberId'];
  let f_groupInstanceId: HeartbeatRequest['groupInstanceId'];
  f_groupId = (v >= 4 ? r.compactString() : r.string());
  f_generationId = r.int32();
  f_memberId = (v >= 4 ? r.compactString() : r.string());
  if (v >= 3) {
    f_groupInstanceId = (v >= 4 ? (v >= 3 ? r.compactNullableString() : r.compactString()) : (v >= 3 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, generationId: f_generationId, memberId: f_memberId, groupInstanceId: f_groupInstanceId };
}

export function encodeHeartbeatRequest(w: Writer, v: number, o: HeartbeatRequestInput): void {
  (v >= 4 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  w.int32(o.generationId);
  (v >= 4 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  if (v >= 3) {
    (v >= 4 ? (v >= 3 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 3 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw fieldNotInVersion('GroupInstanceId', v);
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a HeartbeatRequest body at version `version` (0-4). */
export function encodeHeartbeatRequestBody(w: Writer, version: number, body: HeartbeatRequestInput): void {
  checkVersion('HeartbeatRequest', version, 0, 4);
  encodeHeartbeatRequest(w, version, body);
}

/** Decodes a HeartbeatRequest body at version `version` (0-4). */
export function decodeHeartbeatRequestBody(r: Reader, version: number): HeartbeatRequest {
  checkVersion('HeartbeatRequest', version, 0, 4);
  return decodeHeartbeatRequest(r, version);
}

