// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion } from '../primitives/codec-support.js';

// ---- EndTxnResponse: versions 0-5, flexible 3+

export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The producer ID. (versions 5+) */
  producerId: bigint;
  /** The current epoch associated with the producer. (versions 5+) */
  producerEpoch: number;
}

export interface EndTxnResponseInput {
  throttleTimeMs: number;
  errorCode: number;
  producerId?: bigint;
  producerEpoch?: number;
}

export function defaultEndTxnResponse(): EndTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerId: -1n, producerEpoch: -1 };
}

export function decodeEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  let f_throttleTimeMs: EndTxnResponse['throttleTimeMs'];
  let f_errorCode: EndTxnResponse['errorCode'];
  let f_producerId: EndTxnResponse['producerId'];
  let f_producerEpoch: EndTxnResponse['producerEpoch'];
  f_throttleTimeMs = r.int32();
  f_errorCode = r.int16();
  if (v >= 5) {
    f_producerId = r.int64();
  }
  else {
    f_producerId = -1n;
  }
  if (v >= 5) {
    f_producerEpoch = r.int16();
  }
  else {
    f_producerEpoch = -1;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, producerId: f_producerId, producerEpoch: f_producerEpoch };
}

export function encodeEndTxnResponse(w: Writer, v: number, o: EndTxnResponseInput): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  if (v >= 5) {
    w.int64((o.producerId ?? -1n));
  }
  if (v >= 5) {
    w.int16((o.producerEpoch ?? -1));
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a EndTxnResponse body at version `version` (0-5). */
export function encodeEndTxnResponseBody(w: Writer, version: number, body: EndTxnResponseInput): void {
  checkVersion('EndTxnResponse', version, 0, 5);
  encodeEndTxnResponse(w, version, body);
}

/** Decodes a EndTxnResponse body at version `version` (0-5). */
export function decodeEndTxnResponseBody(r: Reader, version: number): EndTxnResponse {
  checkVersion('EndTxnResponse', version, 0, 5);
  return decodeEndTxnResponse(r, version);
}

// ---- EndTxnRequest: versions 0-5, flexible 3+

export interface EndTxnRequest {
  /** The ID of the transaction to end. (versions 0+) */
  transactionalId: string;
  /** The producer ID. (versions 0+) */
  producerId: bigint;
  /** The current epoch associated with the producer. (versions 0+) */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. (versions 0+) */
  committed: boolean;
}

export interface EndTxnRequestInput {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  committed: boolean;
}

export function defaultEndTxnRequest(): EndTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, committed: false };
}

export function decodeEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  let f_transactionalId: EndTxnRequest['transactionalId'];
  let f_producerId: EndTxnRequest['producerId'];
  let f_producerEpoch: EndTxnRequest['producerEpoch'];
  let f_committed: EndTxnRequest['committed'];
  f_transactionalId = (v >= 3 ? r.compactString() : r.string());
  f_producerId = r.int64();
  f_producerEpoch = r.int16();
  f_committed = r.bool();
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactionalId: f_transactionalId, producerId: f_producerId, producerEpoch: f_producerEpoch, committed: f_committed };
}

export function encodeEndTxnRequest(w: Writer, v: number, o: EndTxnRequestInput): void {
  (v >= 3 ? w.compactString(o.transactionalId as string) : w.string(o.transactionalId as string));
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  w.bool(o.committed);
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a EndTxnRequest body at version `version` (0-5). */
export function encodeEndTxnRequestBody(w: Writer, version: number, body: EndTxnRequestInput): void {
  checkVersion('EndTxnRequest', version, 0, 5);
  encodeEndTxnRequest(w, version, body);
}

/** Decodes a EndTxnRequest body at version `version` (0-5). */
export function decodeEndTxnRequestBody(r: Reader, version: number): EndTxnRequest {
  checkVersion('EndTxnRequest', version, 0, 5);
  return decodeEndTxnRequest(r, version);
}

