// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion } from '../primitives/codec-support.js';

// ---- InitProducerIdResponse: versions 0-6, flexible 2+

export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The current producer id. (versions 0+) */
  producerId: bigint;
  /** The current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number;
  /** The producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing. (versions 6+) */
  ongoingTxnProducerId: bigint;
  /** The epoch associated with the  producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing. (versions 6+) */
  ongoingTxnProducerEpoch: number;
}

export interface InitProducerIdResponseInput {
  throttleTimeMs: number;
  errorCode: number;
  producerId?: bigint;
  producerEpoch: number;
  ongoingTxnProducerId?: bigint;
  ongoingTxnProducerEpoch?: number;
}

export function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerId: -1n, producerEpoch: 0, ongoingTxnProducerId: -1n, ongoingTxnProducerEpoch: -1 };
}

export function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  let f_throttleTimeMs: InitProducerIdResponse['throttleTimeMs'];
  let f_errorCode: InitProducerIdResponse['errorCode'];
  let f_producerId: InitProducerIdResponse['producerId'];
  let f_producerEpoch: InitProducerIdResponse['producerEpoch'];
  let f_ongoingTxnProducerId: InitProducerIdResponse['ongoingTxnProducerId'];
  let f_ongoingTxnProducerEpoch: InitProducerIdResponse['ongoingTxnProducerEpoch'];
  f_throttleTimeMs = r.int32();
  f_errorCode = r.int16();
  f_producerId = r.int64();
  f_producerEpoch = r.int16();
  if (v >= 6) {
    f_ongoingTxnProducerId = r.int64();
  }
  else {
    f_ongoingTxnProducerId = -1n;
  }
  if (v >= 6) {
    f_ongoingTxnProducerEpoch = r.int16();
  }
  else {
    f_ongoingTxnProducerEpoch = -1;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, producerId: f_producerId, producerEpoch: f_producerEpoch, ongoingTxnProducerId: f_ongoingTxnProducerId, ongoingTxnProducerEpoch: f_ongoingTxnProducerEpoch };
}

export function encodeInitProducerIdResponse(w: Writer, v: number, o: InitProducerIdResponseInput): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.int64((o.producerId ?? -1n));
  w.int16(o.producerEpoch);
  if (v >= 6) {
    w.int64((o.ongoingTxnProducerId ?? -1n));
  }
  else {
    if (o.ongoingTxnProducerId !== undefined && o.ongoingTxnProducerId !== -1n) throw fieldNotInVersion('OngoingTxnProducerId', v);
  }
  if (v >= 6) {
    w.int16((o.ongoingTxnProducerEpoch ?? -1));
  }
  else {
    if (o.ongoingTxnProducerEpoch !== undefined && o.ongoingTxnProducerEpoch !== -1) throw fieldNotInVersion('OngoingTxnProducerEpoch', v);
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a InitProducerIdResponse body at version `version` (0-6). */
export function encodeInitProducerIdResponseBody(w: Writer, version: number, body: InitProducerIdResponseInput): void {
  checkVersion('InitProducerIdResponse', version, 0, 6);
  encodeInitProducerIdResponse(w, version, body);
}

/** Decodes a InitProducerIdResponse body at version `version` (0-6). */
export function decodeInitProducerIdResponseBody(r: Reader, version: number): InitProducerIdResponse {
  checkVersion('InitProducerIdResponse', version, 0, 6);
  return decodeInitProducerIdResponse(r, version);
}

// ---- InitProducerIdRequest: versions 0-6, flexible 2+

export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (versions 0+) */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (versions 0+) */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (versions 3+) */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (versions 3+) */
  producerEpoch: number;
  /** True if the client wants to enable two-phase commit (2PC) protocol for transactions. (versions 6+) */
  enable2Pc: boolean;
  /** True if the client wants to keep the currently ongoing transaction instead of aborting it. (versions 6+) */
  keepPreparedTxn: boolean;
}

export interface InitProducerIdRequestInput {
  transactionalId: string | null;
  transactionTimeoutMs: number;
  producerId?: bigint;
  producerEpoch?: number;
  enable2Pc?: boolean;
  keepPreparedTxn?: boolean;
}

export function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return { transactionalId: "", transactionTimeoutMs: 0, producerId: -1n, producerEpoch: -1, enable2Pc: false, keepPreparedTxn: false };
}

export function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  let f_transactionalId: InitProducerIdRequest['transactionalId'];
  let f_transactionTimeoutMs: InitProducerIdRequest['transactionTimeoutMs'];
  let f_producerId: InitProducerIdRequest['producerId'];
  let f_producerEpoch: InitProducerIdRequest['producerEpoch'];
  let f_enable2Pc: InitProducerIdRequest['enable2Pc'];
  let f_keepPreparedTxn: InitProducerIdRequest['keepPreparedTxn'];
  f_transactionalId = (v >= 2 ? r.compactNullableString() : r.nullableString());
  f_transactionTimeoutMs = r.int32();
  if (v >= 3) {
    f_producerId = r.int64();
  }
  else {
    f_producerId = -1n;
  }
  if (v >= 3) {
    f_producerEpoch = r.int16();
  }
  else {
    f_producerEpoch = -1;
  }
  if (v >= 6) {
    f_enable2Pc = r.bool();
  }
  else {
    f_enable2Pc = false;
  }
  if (v >= 6) {
    f_keepPreparedTxn = r.bool();
  }
  else {
    f_keepPreparedTxn = false;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactionalId: f_transactionalId, transactionTimeoutMs: f_transactionTimeoutMs, producerId: f_producerId, producerEpoch: f_producerEpoch, enable2Pc: f_enable2Pc, keepPreparedTxn: f_keepPreparedTxn };
}

export function encodeInitProducerIdRequest(w: Writer, v: number, o: InitProducerIdRequestInput): void {
  (v >= 2 ? w.compactNullableString(o.transactionalId) : w.nullableString(o.transactionalId));
  w.int32(o.transactionTimeoutMs);
  if (v >= 3) {
    w.int64((o.producerId ?? -1n));
  }
  else {
    if (o.producerId !== undefined && o.producerId !== -1n) throw fieldNotInVersion('ProducerId', v);
  }
  if (v >= 3) {
    w.int16((o.producerEpoch ?? -1));
  }
  else {
    if (o.producerEpoch !== undefined && o.producerEpoch !== -1) throw fieldNotInVersion('ProducerEpoch', v);
  }
  if (v >= 6) {
    w.bool((o.enable2Pc ?? false));
  }
  else {
    if (o.enable2Pc !== undefined && o.enable2Pc !== false) throw fieldNotInVersion('Enable2Pc', v);
  }
  if (v >= 6) {
    w.bool((o.keepPreparedTxn ?? false));
  }
  else {
    if (o.keepPreparedTxn !== undefined && o.keepPreparedTxn !== false) throw fieldNotInVersion('KeepPreparedTxn', v);
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a InitProducerIdRequest body at version `version` (0-6). */
export function encodeInitProducerIdRequestBody(w: Writer, version: number, body: InitProducerIdRequestInput): void {
  checkVersion('InitProducerIdRequest', version, 0, 6);
  encodeInitProducerIdRequest(w, version, body);
}

/** Decodes a InitProducerIdRequest body at version `version` (0-6). */
export function decodeInitProducerIdRequestBody(r: Reader, version: number): InitProducerIdRequest {
  checkVersion('InitProducerIdRequest', version, 0, 6);
  return decodeInitProducerIdRequest(r, version);
}

