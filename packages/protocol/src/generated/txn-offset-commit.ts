// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- TxnOffsetCommitResponse: versions 0-5, flexible 3+

export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartitionInput {
  partitionIndex: number;
  errorCode: number;
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

export function decodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  let f_partitionIndex: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition['partitionIndex'];
  let f_errorCode: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition['errorCode'];
  f_partitionIndex = r.int32();
  f_errorCode = r.int16();
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, errorCode: f_errorCode };
}

export function encodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w: Writer, v: number, o: TxnOffsetCommitResponseTxnOffsetCommitResponsePartitionInput): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: Array<TxnOffsetCommitResponseTxnOffsetCommitResponsePartition>;
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopicInput {
  name: string;
  partitions: Array<TxnOffsetCommitResponseTxnOffsetCommitResponsePartitionInput>;
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  return { name: "", partitions: [] };
}

export function decodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  let f_name: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic['name'];
  let f_partitions: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic['partitions'];
  f_name = (v >= 3 ? r.compactString() : r.string());
  const n0 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r, v);
    }
    f_partitions = a1;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w: Writer, v: number, o: TxnOffsetCommitResponseTxnOffsetCommitResponseTopicInput): void {
  (v >= 3 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a3 = o.partitions;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w, v, s5);
    }
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0+) */
  topics: Array<TxnOffsetCommitResponseTxnOffsetCommitResponseTopic>;
}

export interface TxnOffsetCommitResponseInput {
  throttleTimeMs: number;
  topics: Array<TxnOffsetCommitResponseTxnOffsetCommitResponseTopicInput>;
}

export function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

export function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  let f_throttleTimeMs: TxnOffsetCommitResponse['throttleTimeMs'];
  let f_topics: TxnOffsetCommitResponse['topics'];
  f_throttleTimeMs = r.int32();
  const n6 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_topics = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r, v);
    }
    f_topics = a7;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeTxnOffsetCommitResponse(w: Writer, v: number, o: TxnOffsetCommitResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a9 = o.topics;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w, v, s11);
    }
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a TxnOffsetCommitResponse body at version `version` (0-5). */
export function encodeTxnOffsetCommitResponseBody(w: Writer, version: number, body: TxnOffsetCommitResponseInput): void {
  checkVersion('TxnOffsetCommitResponse', version, 0, 5);
  encodeTxnOffsetCommitResponse(w, version, body);
}

/** Decodes a TxnOffsetCommitResponse body at version `version` (0-5). */
export function decodeTxnOffsetCommitResponseBody(r: Reader, version: number): TxnOffsetCommitResponse {
  checkVersion('TxnOffsetCommitResponse', version, 0, 5);
  return decodeTxnOffsetCommitResponse(r, version);
}

// ---- TxnOffsetCommitRequest: versions 0-5, flexible 3+

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. (versions 0+) */
  partitionIndex: number;
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. (versions 2+) */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. (versions 0+) */
  committedMetadata: string | null;
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartitionInput {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch?: number;
  committedMetadata: string | null;
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" };
}

export function decodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  let f_partitionIndex: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition['partitionIndex'];
  let f_committedOffset: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition['committedOffset'];
  let f_committedLeaderEpoch: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition['committedLeaderEpoch'];
  let f_committedMetadata: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition['committedMetadata'];
  f_partitionIndex = r.int32();
  f_committedOffset = r.int64();
  if (v >= 2) {
    f_committedLeaderEpoch = r.int32();
  }
  else {
    f_committedLeaderEpoch = -1;
  }
  f_committedMetadata = (v >= 3 ? r.compactNullableString() : r.nullableString());
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, committedOffset: f_committedOffset, committedLeaderEpoch: f_committedLeaderEpoch, committedMetadata: f_committedMetadata };
}

export function encodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w: Writer, v: number, o: TxnOffsetCommitRequestTxnOffsetCommitRequestPartitionInput): void {
  w.int32(o.partitionIndex);
  w.int64(o.committedOffset);
  if (v >= 2) {
    w.int32((o.committedLeaderEpoch ?? -1));
  }
  (v >= 3 ? w.compactNullableString(o.committedMetadata) : w.nullableString(o.committedMetadata));
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The partitions inside the topic that we want to commit offsets for. (versions 0+) */
  partitions: Array<TxnOffsetCommitRequestTxnOffsetCommitRequestPartition>;
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopicInput {
  name: string;
  partitions: Array<TxnOffsetCommitRequestTxnOffsetCommitRequestPartitionInput>;
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  return { name: "", partitions: [] };
}

export function decodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  let f_name: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic['name'];
  let f_partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic['partitions'];
  f_name = (v >= 3 ? r.compactString() : r.string());
  const n12 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_partitions = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r, v);
    }
    f_partitions = a13;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w: Writer, v: number, o: TxnOffsetCommitRequestTxnOffsetCommitRequestTopicInput): void {
  (v >= 3 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a15 = o.partitions;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
    for (const x16 of a15) {
      const s17 = x16;
      encodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w, v, s17);
    }
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. (versions 0+) */
  transactionalId: string;
  /** The ID of the group. (versions 0+) */
  groupId: string;
  /** The current producer ID in use by the transactional ID. (versions 0+) */
  producerId: bigint;
  /** The current epoch associated with the producer ID. (versions 0+) */
  producerEpoch: number;
  /** The generation of the consumer. (versions 3+) */
  generationId: number;
  /** The member ID assigned by the group coordinator. (versions 3+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3+) */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. (versions 0+) */
  topics: Array<TxnOffsetCommitRequestTxnOffsetCommitRequestTopic>;
}

export interface TxnOffsetCommitRequestInput {
  transactionalId: string;
  groupId: string;
  producerId: bigint;
  producerEpoch: number;
  generationId?: number;
  memberId?: string;
  groupInstanceId?: string | null;
  topics: Array<TxnOffsetCommitRequestTxnOffsetCommitRequestTopicInput>;
}

export function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return { transactionalId: "", groupId: "", producerId: 0n, producerEpoch: 0, generationId: -1, memberId: "", groupInstanceId: null, topics: [] };
}

export function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  let f_transactionalId: TxnOffsetCommitRequest['transactionalId'];
  let f_groupId: TxnOffsetCommitRequest['groupId'];
  let f_producerId: TxnOffsetCommitRequest['producerId'];
  let f_producerEpoch: TxnOffsetCommitRequest['producerEpoch'];
  let f_generationId: TxnOffsetCommitRequest['generationId'];
  let f_memberId: TxnOffsetCommitRequest['memberId'];
  let f_groupInstanceId: TxnOffsetCommitRequest['groupInstanceId'];
  let f_topics: TxnOffsetCommitRequest['topics'];
  f_transactionalId = (v >= 3 ? r.compactString() : r.string());
  f_groupId = (v >= 3 ? r.compactString() : r.string());
  f_producerId = r.int64();
  f_producerEpoch = r.int16();
  if (v >= 3) {
    f_generationId = r.int32();
  }
  else {
    f_generationId = -1;
  }
  if (v >= 3) {
    f_memberId = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_memberId = "";
  }
  if (v >= 3) {
    f_groupInstanceId = (v >= 3 ? (v >= 3 ? r.compactNullableString() : r.compactString()) : (v >= 3 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  const n18 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n18 === null) {
    f_topics = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = decodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r, v);
    }
    f_topics = a19;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactionalId: f_transactionalId, groupId: f_groupId, producerId: f_producerId, producerEpoch: f_producerEpoch, generationId: f_generationId, memberId: f_memberId, groupInstanceId: f_groupInstanceId, topics: f_topics };
}

export function encodeTxnOffsetCommitRequest(w: Writer, v: number, o: TxnOffsetCommitRequestInput): void {
  (v >= 3 ? w.compactString(o.transactionalId as string) : w.string(o.transactionalId as string));
  (v >= 3 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  if (v >= 3) {
    w.int32((o.generationId ?? -1));
  }
  else {
    if (o.generationId !== undefined && o.generationId !== -1) throw fieldNotInVersion('GenerationId', v);
  }
  if (v >= 3) {
    (v >= 3 ? w.compactString((o.memberId ?? "") as string) : w.string((o.memberId ?? "") as string));
  }
  else {
    if (o.memberId !== undefined && o.memberId !== "") throw fieldNotInVersion('MemberId', v);
  }
  if (v >= 3) {
    (v >= 3 ? (v >= 3 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 3 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw fieldNotInVersion('GroupInstanceId', v);
  }
  const a21 = o.topics;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      const s23 = x22;
      encodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w, v, s23);
    }
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a TxnOffsetCommitRequest body at version `version` (0-5). */
export function encodeTxnOffsetCommitRequestBody(w: Writer, version: number, body: TxnOffsetCommitRequestInput): void {
  checkVersion('TxnOffsetCommitRequest', version, 0, 5);
  encodeTxnOffsetCommitRequest(w, version, body);
}

/** Decodes a TxnOffsetCommitRequest body at version `version` (0-5). */
export function decodeTxnOffsetCommitRequestBody(r: Reader, version: number): TxnOffsetCommitRequest {
  checkVersion('TxnOffsetCommitRequest', version, 0, 5);
  return decodeTxnOffsetCommitRequest(r, version);
}

