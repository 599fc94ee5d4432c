// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion } from '../primitives/codec-support.js';

// ---- AddOffsetsToTxnResponse: versions 0-4, flexible 3+

export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

export interface AddOffsetsToTxnResponseInput {
  throttleTimeMs: number;
  errorCode: number;
}

export function defaultAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

export function decodeAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  let f_throttleTimeMs: AddOffsetsToTxnResponse['throttleTimeMs'];
  let f_errorCode: AddOffsetsToTxnResponse['errorCode'];
  f_throttleTimeMs = r.int32();
  f_errorCode = r.int16();
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode };
}

export function encodeAddOffsetsToTxnResponse(w: Writer, v: number, o: AddOffsetsToTxnResponseInput): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a AddOffsetsToTxnResponse body at version `version` (0-4). */
export function encodeAddOffsetsToTxnResponseBody(w: Writer, version: number, body: AddOffsetsToTxnResponseInput): void {
  checkVersion('AddOffsetsToTxnResponse', version, 0, 4);
  encodeAddOffsetsToTxnResponse(w, version, body);
}

/** Decodes a AddOffsetsToTxnResponse body at version `version` (0-4). */
export function decodeAddOffsetsToTxnResponseBody(r: Reader, version: number): AddOffsetsToTxnResponse {
  checkVersion('AddOffsetsToTxnResponse', version, 0, 4);
  return decodeAddOffsetsToTxnResponse(r, version);
}

// ---- AddOffsetsToTxnRequest: versions 0-4, flexible 3+

export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. (versions 0+) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0+) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number;
  /** The unique group identifier. (versions 0+) */
  groupId: string;
}

export interface AddOffsetsToTxnRequestInput {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  groupId: string;
}

export function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, groupId: "" };
}

export function decodeAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  let f_transactionalId: AddOffsetsToTxnRequest['transactionalId'];
  let f_producerId: AddOffsetsToTxnRequest['producerId'];
  let f_producerEpoch: AddOffsetsToTxnRequest['producerEpoch'];
  let f_groupId: AddOffsetsToTxnRequest['groupId'];
  f_transactionalId = (v >= 3 ? r.compactString() : r.string());
  f_producerId = r.int64();
  f_producerEpoch = r.int16();
  f_groupId = (v >= 3 ? r.compactString() : r.string());
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactionalId: f_transactionalId, producerId: f_producerId, producerEpoch: f_producerEpoch, groupId: f_groupId };
}

export function encodeAddOffsetsToTxnRequest(w: Writer, v: number, o: AddOffsetsToTxnRequestInput): void {
  (v >= 3 ? w.compactString(o.transactionalId as string) : w.string(o.transactionalId as string));
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  (v >= 3 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a AddOffsetsToTxnRequest body at version `version` (0-4). */
export function encodeAddOffsetsToTxnRequestBody(w: Writer, version: number, body: AddOffsetsToTxnRequestInput): void {
  checkVersion('AddOffsetsToTxnRequest', version, 0, 4);
  encodeAddOffsetsToTxnRequest(w, version, body);
}

/** Decodes a AddOffsetsToTxnRequest body at version `version` (0-4). */
export function decodeAddOffsetsToTxnRequestBody(r: Reader, version: number): AddOffsetsToTxnRequest {
  checkVersion('AddOffsetsToTxnRequest', version, 0, 4);
  return decodeAddOffsetsToTxnRequest(r, version);
}

