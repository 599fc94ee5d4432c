// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- ListOffsetsResponse: versions 1-11, flexible 6+

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The timestamp associated with the returned offset. (versions 1+) */
  timestamp: bigint;
  /** The returned offset. (versions 1+) */
  offset: bigint;
  /** The leader epoch associated with the returned offset. (versions 4+) */
  leaderEpoch: number;
}

export interface ListOffsetsResponseListOffsetsPartitionResponseInput {
  partitionIndex: number;
  errorCode: number;
  timestamp?: bigint;
  offset?: bigint;
  leaderEpoch?: number;
}

export function defaultListOffsetsResponseListOffsetsPartitionResponse(): ListOffsetsResponseListOffsetsPartitionResponse {
  return { partitionIndex: 0, errorCode: 0, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
}

export function decodeListOffsetsResponseListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsPartitionResponse {
  let f_partitionIndex: ListOffsetsResponseListOffsetsPartitionResponse['partitionIndex'];
  let f_errorCode: ListOffsetsResponseListOffsetsPartitionResponse['errorCode'];
  let f_timestamp: ListOffsetsResponseListOffsetsPartitionResponse['timestamp'];
  let f_offset: ListOffsetsResponseListOffsetsPartitionResponse['offset'];
  let f_leaderEpoch: ListOffsetsResponseListOffsetsPartitionResponse['leaderEpoch'];
  f_partitionIndex = r.int32();
  f_errorCode = r.int16();
  f_timestamp = r.int64();
  f_offset = r.int64();
  if (v >= 4) {
    f_leaderEpoch = r.int32();
  }
  else {
    f_leaderEpoch = -1;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, errorCode: f_errorCode, timestamp: f_timestamp, offset: f_offset, leaderEpoch: f_leaderEpoch };
}

export function encodeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, v: number, o: ListOffsetsResponseListOffsetsPartitionResponseInput): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int64((o.timestamp ?? -1n));
  w.int64((o.offset ?? -1n));
  if (v >= 4) {
    w.int32((o.leaderEpoch ?? -1));
  }
  else {
    if (o.leaderEpoch !== undefined && o.leaderEpoch !== -1) throw fieldNotInVersion('LeaderEpoch', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition in the response. (versions 0+) */
  partitions: Array<ListOffsetsResponseListOffsetsPartitionResponse>;
}

export interface ListOffsetsResponseListOffsetsTopicResponseInput {
  name: string;
  partitions: Array<ListOffsetsResponseListOffsetsPartitionResponseInput>;
}

export function defaultListOffsetsResponseListOffsetsTopicResponse(): ListOffsetsResponseListOffsetsTopicResponse {
  return { name: "", partitions: [] };
}

export function decodeListOffsetsResponseListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsTopicResponse {
  let f_name: ListOffsetsResponseListOffsetsTopicResponse['name'];
  let f_partitions: ListOffsetsResponseListOffsetsTopicResponse['partitions'];
  f_name = (v >= 6 ? r.compactString() : r.string());
  const n0 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeListOffsetsResponseListOffsetsPartitionResponse(r, v);
    }
    f_partitions = a1;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeListOffsetsResponseListOffsetsTopicResponse(w: Writer, v: number, o: ListOffsetsResponseListOffsetsTopicResponseInput): void {
  (v >= 6 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a3 = o.partitions;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 6 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 6 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeListOffsetsResponseListOffsetsPartitionResponse(w, v, s5);
    }
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0+) */
  topics: Array<ListOffsetsResponseListOffsetsTopicResponse>;
}

export interface ListOffsetsResponseInput {
  throttleTimeMs?: number;
  topics: Array<ListOffsetsResponseListOffsetsTopicResponseInput>;
}

export function defaultListOffsetsResponse(): ListOffsetsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

export function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  let f_throttleTimeMs: ListOffsetsResponse['throttleTimeMs'];
  let f_topics: ListOffsetsResponse['topics'];
  if (v >= 2) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  const n6 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_topics = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeListOffsetsResponseListOffsetsTopicResponse(r, v);
    }
    f_topics = a7;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeListOffsetsResponse(w: Writer, v: number, o: ListOffsetsResponseInput): void {
  if (v >= 2) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  const a9 = o.topics;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 6 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 6 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeListOffsetsResponseListOffsetsTopicResponse(w, v, s11);
    }
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

/** Encodes a ListOffsetsResponse body at version `version` (1-11). */
export function encodeListOffsetsResponseBody(w: Writer, version: number, body: ListOffsetsResponseInput): void {
  checkVersion('ListOffsetsResponse', version, 1, 11);
  encodeListOffsetsResponse(w, version, body);
}

/** Decodes a ListOffsetsResponse body at version `version` (1-11). */
export function decodeListOffsetsResponseBody(r: Reader, version: number): ListOffsetsResponse {
  checkVersion('ListOffsetsResponse', version, 1, 11);
  return decodeListOffsetsResponse(r, version);
}

// ---- ListOffsetsRequest: versions 1-11, flexible 6+

export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The current leader epoch. (versions 4+) */
  currentLeaderEpoch: number;
  /** The current timestamp. (versions 0+) */
  timestamp: bigint;
}

export interface ListOffsetsRequestListOffsetsPartitionInput {
  partitionIndex: number;
  currentLeaderEpoch?: number;
  timestamp: bigint;
}

export function defaultListOffsetsRequestListOffsetsPartition(): ListOffsetsRequestListOffsetsPartition {
  return { partitionIndex: 0, currentLeaderEpoch: -1, timestamp: 0n };
}

export function decodeListOffsetsRequestListOffsetsPartition(r: Reader, v: number): ListOffsetsRequestListOffsetsPartition {
  let f_partitionIndex: ListOffsetsRequestListOffsetsPartition['partitionIndex'];
  let f_currentLeaderEpoch: ListOffsetsRequestListOffsetsPartition['currentLeaderEpoch'];
  let f_timestamp: ListOffsetsRequestListOffsetsPartition['timestamp'];
  f_partitionIndex = r.int32();
  if (v >= 4) {
    f_currentLeaderEpoch = r.int32();
  }
  else {
    f_currentLeaderEpoch = -1;
  }
  f_timestamp = r.int64();
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, currentLeaderEpoch: f_currentLeaderEpoch, timestamp: f_timestamp };
}

export function encodeListOffsetsRequestListOffsetsPartition(w: Writer, v: number, o: ListOffsetsRequestListOffsetsPartitionInput): void {
  w.int32(o.partitionIndex);
  if (v >= 4) {
    w.int32((o.currentLeaderEpoch ?? -1));
  }
  w.int64(o.timestamp);
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition in the request. (versions 0+) */
  partitions: Array<ListOffsetsRequestListOffsetsPartition>;
}

export interface ListOffsetsRequestListOffsetsTopicInput {
  name: string;
  partitions: Array<ListOffsetsRequestListOffsetsPartitionInput>;
}

export function defaultListOffsetsRequestListOffsetsTopic(): ListOffsetsRequestListOffsetsTopic {
  return { name: "", partitions: [] };
}

export function decodeListOffsetsRequestListOffsetsTopic(r: Reader, v: number): ListOffsetsRequestListOffsetsTopic {
  let f_name: ListOffsetsRequestListOffsetsTopic['name'];
  let f_partitions: ListOffsetsRequestListOffsetsTopic['partitions'];
  f_name = (v >= 6 ? r.compactString() : r.string());
  const n12 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_partitions = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeListOffsetsRequestListOffsetsPartition(r, v);
    }
    f_partitions = a13;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeListOffsetsRequestListOffsetsTopic(w: Writer, v: number, o: ListOffsetsRequestListOffsetsTopicInput): void {
  (v >= 6 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a15 = o.partitions;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 6 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 6 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
    for (const x16 of a15) {
      const s17 = x16;
      encodeListOffsetsRequestListOffsetsPartition(w, v, s17);
    }
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. (versions 0+) */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. (versions 2+) */
  isolationLevel: number;
  /** Each topic in the request. (versions 0+) */
  topics: Array<ListOffsetsRequestListOffsetsTopic>;
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. (versions 10+) */
  timeoutMs: number;
}

export interface ListOffsetsRequestInput {
  replicaId: number;
  isolationLevel?: number;
  topics: Array<ListOffsetsRequestListOffsetsTopicInput>;
  timeoutMs?: number;
}

export function defaultListOffsetsRequest(): ListOffsetsRequest {
  return { replicaId: 0, isolationLevel: 0, topics: [], timeoutMs: 0 };
}

export function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  let f_replicaId: ListOffsetsRequest['replicaId'];
  let f_isolationLevel: ListOffsetsRequest['isolationLevel'];
  let f_topics: ListOffsetsRequest['topics'];
  let f_timeoutMs: ListOffsetsRequest['timeoutMs'];
  f_replicaId = r.int32();
  if (v >= 2) {
    f_isolationLevel = r.int8();
  }
  else {
    f_isolationLevel = 0;
  }
  const n18 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n18 === null) {
    f_topics = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = decodeListOffsetsRequestListOffsetsTopic(r, v);
    }
    f_topics = a19;
  }
  if (v >= 10) {
    f_timeoutMs = r.int32();
  }
  else {
    f_timeoutMs = 0;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { replicaId: f_replicaId, isolationLevel: f_isolationLevel, topics: f_topics, timeoutMs: f_timeoutMs };
}

export function encodeListOffsetsRequest(w: Writer, v: number, o: ListOffsetsRequestInput): void {
  w.int32(o.replicaId);
  if (v >= 2) {
    w.int8((o.isolationLevel ?? 0));
  }
  else {
    if (o.isolationLevel !== undefined && o.isolationLevel !== 0) throw fieldNotInVersion('IsolationLevel', v);
  }
  const a21 = o.topics;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 6 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 6 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      const s23 = x22;
      encodeListOffsetsRequestListOffsetsTopic(w, v, s23);
    }
  }
  if (v >= 10) {
    w.int32((o.timeoutMs ?? 0));
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

/** Encodes a ListOffsetsRequest body at version `version` (1-11). */
export function encodeListOffsetsRequestBody(w: Writer, version: number, body: ListOffsetsRequestInput): void {
  checkVersion('ListOffsetsRequest', version, 1, 11);
  encodeListOffsetsRequest(w, version, body);
}

/** Decodes a ListOffsetsRequest body at version `version` (1-11). */
export function decodeListOffsetsRequestBody(r: Reader, version: number): ListOffsetsRequest {
  checkVersion('ListOffsetsRequest', version, 1, 11);
  return decodeListOffsetsRequest(r, version);
}

