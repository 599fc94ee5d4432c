// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- OffsetForLeaderEpochResponse: versions 2-4, flexible 4+

export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition index. (versions 0+) */
  partition: number;
  /** The leader epoch of the partition. (versions 1+) */
  leaderEpoch: number;
  /** The end offset of the epoch. (versions 0+) */
  endOffset: bigint;
}

export interface OffsetForLeaderEpochResponseEpochEndOffsetInput {
  errorCode: number;
  partition: number;
  leaderEpoch?: number;
  endOffset?: bigint;
}

export function defaultOffsetForLeaderEpochResponseEpochEndOffset(): OffsetForLeaderEpochResponseEpochEndOffset {
  return { errorCode: 0, partition: 0, leaderEpoch: -1, endOffset: -1n };
}

export function decodeOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, v: number): OffsetForLeaderEpochResponseEpochEndOffset {
  let f_errorCode: OffsetForLeaderEpochResponseEpochEndOffset['errorCode'];
  let f_partition: OffsetForLeaderEpochResponseEpochEndOffset['partition'];
  let f_leaderEpoch: OffsetForLeaderEpochResponseEpochEndOffset['leaderEpoch'];
  let f_endOffset: OffsetForLeaderEpochResponseEpochEndOffset['endOffset'];
  f_errorCode = r.int16();
  f_partition = r.int32();
  f_leaderEpoch = r.int32();
  f_endOffset = r.int64();
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, partition: f_partition, leaderEpoch: f_leaderEpoch, endOffset: f_endOffset };
}

export function encodeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, v: number, o: OffsetForLeaderEpochResponseEpochEndOffsetInput): void {
  w.int16(o.errorCode);
  w.int32(o.partition);
  w.int32((o.leaderEpoch ?? -1));
  w.int64((o.endOffset ?? -1n));
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. (versions 0+) */
  topic: string;
  /** Each partition in the topic we fetched offsets for. (versions 0+) */
  partitions: Array<OffsetForLeaderEpochResponseEpochEndOffset>;
}

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResultInput {
  topic: string;
  partitions: Array<OffsetForLeaderEpochResponseEpochEndOffsetInput>;
}

export function defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return { topic: "", partitions: [] };
}

export function decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, v: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  let f_topic: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult['topic'];
  let f_partitions: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult['partitions'];
  f_topic = (v >= 4 ? r.compactString() : r.string());
  const n0 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeOffsetForLeaderEpochResponseEpochEndOffset(r, v);
    }
    f_partitions = a1;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topic: f_topic, partitions: f_partitions };
}

export function encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, v: number, o: OffsetForLeaderEpochResponseOffsetForLeaderTopicResultInput): void {
  (v >= 4 ? w.compactString(o.topic as string) : w.string(o.topic as string));
  const a3 = o.partitions;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeOffsetForLeaderEpochResponseEpochEndOffset(w, v, s5);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. (versions 0+) */
  topics: Array<OffsetForLeaderEpochResponseOffsetForLeaderTopicResult>;
}

export interface OffsetForLeaderEpochResponseInput {
  throttleTimeMs: number;
  topics: Array<OffsetForLeaderEpochResponseOffsetForLeaderTopicResultInput>;
}

export function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return { throttleTimeMs: 0, topics: [] };
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  let f_throttleTimeMs: OffsetForLeaderEpochResponse['throttleTimeMs'];
  let f_topics: OffsetForLeaderEpochResponse['topics'];
  f_throttleTimeMs = r.int32();
  const n6 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_topics = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, v);
    }
    f_topics = a7;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeOffsetForLeaderEpochResponse(w: Writer, v: number, o: OffsetForLeaderEpochResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a9 = o.topics;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, v, s11);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a OffsetForLeaderEpochResponse body at version `version` (2-4). */
export function encodeOffsetForLeaderEpochResponseBody(w: Writer, version: number, body: OffsetForLeaderEpochResponseInput): void {
  checkVersion('OffsetForLeaderEpochResponse', version, 2, 4);
  encodeOffsetForLeaderEpochResponse(w, version, body);
}

/** Decodes a OffsetForLeaderEpochResponse body at version `version` (2-4). */
export function decodeOffsetForLeaderEpochResponseBody(r: Reader, version: number): OffsetForLeaderEpochResponse {
  checkVersion('OffsetForLeaderEpochResponse', version, 2, 4);
  return decodeOffsetForLeaderEpochResponse(r, version);
}

// ---- OffsetForLeaderEpochRequest: versions 2-4, flexible 4+

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. (versions 0+) */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. (versions 2+) */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. (versions 0+) */
  leaderEpoch: number;
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartitionInput {
  partition: number;
  currentLeaderEpoch?: number;
  leaderEpoch: number;
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition(): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return { partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 };
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  let f_partition: OffsetForLeaderEpochRequestOffsetForLeaderPartition['partition'];
  let f_currentLeaderEpoch: OffsetForLeaderEpochRequestOffsetForLeaderPartition['currentLeaderEpoch'];
  let f_leaderEpoch: OffsetForLeaderEpochRequestOffsetForLeaderPartition['leaderEpoch'];
  f_partition = r.int32();
  f_currentLeaderEpoch = r.int32();
  f_leaderEpoch = r.int32();
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partition: f_partition, currentLeaderEpoch: f_currentLeaderEpoch, leaderEpoch: f_leaderEpoch };
}

export function encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, v: number, o: OffsetForLeaderEpochRequestOffsetForLeaderPartitionInput): void {
  w.int32(o.partition);
  w.int32((o.currentLeaderEpoch ?? -1));
  w.int32(o.leaderEpoch);
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. (versions 0+) */
  topic: string;
  /** Each partition to get offsets for. (versions 0+) */
  partitions: Array<OffsetForLeaderEpochRequestOffsetForLeaderPartition>;
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopicInput {
  topic: string;
  partitions: Array<OffsetForLeaderEpochRequestOffsetForLeaderPartitionInput>;
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic(): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return { topic: "", partitions: [] };
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  let f_topic: OffsetForLeaderEpochRequestOffsetForLeaderTopic['topic'];
  let f_partitions: OffsetForLeaderEpochRequestOffsetForLeaderTopic['partitions'];
  f_topic = (v >= 4 ? r.compactString() : r.string());
  const n12 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_partitions = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, v);
    }
    f_partitions = a13;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topic: f_topic, partitions: f_partitions };
}

export function encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, v: number, o: OffsetForLeaderEpochRequestOffsetForLeaderTopicInput): void {
  (v >= 4 ? w.compactString(o.topic as string) : w.string(o.topic as string));
  const a15 = o.partitions;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
    for (const x16 of a15) {
      const s17 = x16;
      encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, v, s17);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 3+) */
  replicaId: number;
  /** Each topic to get offsets for. (versions 0+) */
  topics: Array<OffsetForLeaderEpochRequestOffsetForLeaderTopic>;
}

export interface OffsetForLeaderEpochRequestInput {
  replicaId?: number;
  topics: Array<OffsetForLeaderEpochRequestOffsetForLeaderTopicInput>;
}

export function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return { replicaId: -2, topics: [] };
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  let f_replicaId: OffsetForLeaderEpochRequest['replicaId'];
  let f_topics: OffsetForLeaderEpochRequest['topics'];
  if (v >= 3) {
    f_replicaId = r.int32();
  }
  else {
    f_replicaId = -2;
  }
  const n18 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n18 === null) {
    f_topics = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, v);
    }
    f_topics = a19;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { replicaId: f_replicaId, topics: f_topics };
}

export function encodeOffsetForLeaderEpochRequest(w: Writer, v: number, o: OffsetForLeaderEpochRequestInput): void {
  if (v >= 3) {
    w.int32((o.replicaId ?? -2));
  }
  const a21 = o.topics;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      const s23 = x22;
      encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, v, s23);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a OffsetForLeaderEpochRequest body at version `version` (2-4). */
export function encodeOffsetForLeaderEpochRequestBody(w: Writer, version: number, body: OffsetForLeaderEpochRequestInput): void {
  checkVersion('OffsetForLeaderEpochRequest', version, 2, 4);
  encodeOffsetForLeaderEpochRequest(w, version, body);
}

/** Decodes a OffsetForLeaderEpochRequest body at version `version` (2-4). */
export function decodeOffsetForLeaderEpochRequestBody(r: Reader, version: number): OffsetForLeaderEpochRequest {
  checkVersion('OffsetForLeaderEpochRequest', version, 2, 4);
  return decodeOffsetForLeaderEpochRequest(r, version);
}

