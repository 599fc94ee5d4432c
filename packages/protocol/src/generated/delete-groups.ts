// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- DeleteGroupsResponse: versions 0-2, flexible 2+

export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id. (versions 0+) */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number;
}

export interface DeleteGroupsResponseDeletableGroupResultInput {
  groupId: string;
  errorCode: number;
}

export function defaultDeleteGroupsResponseDeletableGroupResult(): DeleteGroupsResponseDeletableGroupResult {
  return { groupId: "", errorCode: 0 };
}

export function decodeDeleteGroupsResponseDeletableGroupResult(r: Reader, v: number): DeleteGroupsResponseDeletableGroupResult {
  let f_groupId: DeleteGroupsResponseDeletableGroupResult['groupId'];
  let f_errorCode: DeleteGroupsResponseDeletableGroupResult['errorCode'];
  f_groupId = (v >= 2 ? r.compactString() : r.string());
  f_errorCode = r.int16();
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, errorCode: f_errorCode };
}

export function encodeDeleteGroupsResponseDeletableGroupResult(w: Writer, v: number, o: DeleteGroupsResponseDeletableGroupResultInput): void {
  (v >= 2 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  w.int16(o.errorCode);
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The deletion results. (versions 0+) */
  results: Array<DeleteGroupsResponseDeletableGroupResult>;
}

export interface DeleteGroupsResponseInput {
  throttleTimeMs: number;
  results: Array<DeleteGroupsResponseDeletableGroupResultInput>;
}

export function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return { throttleTimeMs: 0, results: [] };
}

export function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  let f_throttleTimeMs: DeleteGroupsResponse['throttleTimeMs'];
  let f_results: DeleteGroupsResponse['results'];
  f_throttleTimeMs = r.int32();
  const n0 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_results = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeDeleteGroupsResponseDeletableGroupResult(r, v);
    }
    f_results = a1;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, results: f_results };
}

export function encodeDeleteGroupsResponse(w: Writer, v: number, o: DeleteGroupsResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a3 = o.results;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Results', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeDeleteGroupsResponseDeletableGroupResult(w, v, s5);
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a DeleteGroupsResponse body at version `version` (0-2). */
export function encodeDeleteGroupsResponseBody(w: Writer, version: number, body: DeleteGroupsResponseInput): void {
  checkVersion('DeleteGroupsResponse', version, 0, 2);
  encodeDeleteGroupsResponse(w, version, body);
}

/** Decodes a DeleteGroupsResponse body at version `version` (0-2). */
export function decodeDeleteGroupsResponseBody(r: Reader, version: number): DeleteGroupsResponse {
  checkVersion('DeleteGroupsResponse', version, 0, 2);
  return decodeDeleteGroupsResponse(r, version);
}

// ---- DeleteGroupsRequest: versions 0-2, flexible 2+

export interface DeleteGroupsRequest {
  /** The group names to delete. (versions 0+) */
  groupsNames: Array<string>;
}

export interface DeleteGroupsRequestInput {
  groupsNames: Array<string>;
}

export function defaultDeleteGroupsRequest(): DeleteGroupsRequest {
  return { groupsNames: [] };
}

export function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  let f_groupsNames: DeleteGroupsRequest['groupsNames'];
  const n6 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_groupsNames = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = (v >= 2 ? r.compactString() : r.string());
    }
    f_groupsNames = a7;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupsNames: f_groupsNames };
}

export function encodeDeleteGroupsRequest(w: Writer, v: number, o: DeleteGroupsRequestInput): void {
  const a9 = o.groupsNames;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('GroupsNames', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      (v >= 2 ? w.compactString(x10 as string) : w.string(x10 as string));
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a DeleteGroupsRequest body at version `version` (0-2). */
export function encodeDeleteGroupsRequestBody(w: Writer, version: number, body: DeleteGroupsRequestInput): void {
  checkVersion('DeleteGroupsRequest', version, 0, 2);
  encodeDeleteGroupsRequest(w, version, body);
}

/** Decodes a DeleteGroupsRequest body at version `version` (0-2). */
export function decodeDeleteGroupsRequestBody(r: Reader, version: number): DeleteGroupsRequest {
  checkVersion('DeleteGroupsRequest', version, 0, 2);
  return decodeDeleteGroupsRequest(r, version);
}

