// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- OffsetFetchResponse: versions 1-10, flexible 6+

export interface OffsetFetchResponseOffsetFetchResponsePartition {
  /** The partition index. (versions 0-7) */
  partitionIndex: number;
  /** The committed message offset. (versions 0-7) */
  committedOffset: bigint;
  /** The leader epoch. (versions 5-7) */
  committedLeaderEpoch: number;
  /** The partition metadata. (versions 0-7) */
  metadata: string | null;
  /** The error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number;
}

export interface OffsetFetchResponseOffsetFetchResponsePartitionInput {
  partitionIndex?: number;
  committedOffset?: bigint;
  committedLeaderEpoch?: number;
  metadata?: string | null;
  errorCode?: number;
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartition(): OffsetFetchResponseOffsetFetchResponsePartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 };
}

export function decodeOffsetFetchResponseOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponseOffsetFetchResponsePartition {
  let f_partitionIndex: OffsetFetchResponseOffsetFetchResponsePartition['partitionIndex'];
  let f_committedOffset: OffsetFetchResponseOffsetFetchResponsePartition['committedOffset'];
  let f_committedLeaderEpoch: OffsetFetchResponseOffsetFetchResponsePartition['committedLeaderEpoch'];
  let f_metadata: OffsetFetchResponseOffsetFetchResponsePartition['metadata'];
  let f_errorCode: OffsetFetchResponseOffsetFetchResponsePartition['errorCode'];
  if (v <= 7) {
    f_partitionIndex = r.int32();
  }
  else {
    f_partitionIndex = 0;
  }
  if (v <= 7) {
    f_committedOffset = r.int64();
  }
  else {
    f_committedOffset = 0n;
  }
  if (v >= 5 && v <= 7) {
    f_committedLeaderEpoch = r.int32();
  }
  else {
    f_committedLeaderEpoch = -1;
  }
  if (v <= 7) {
    f_metadata = (v >= 6 ? (v <= 7 ? r.compactNullableString() : r.compactString()) : (v <= 7 ? r.nullableString() : r.string()));
  }
  else {
    f_metadata = "";
  }
  if (v <= 7) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, committedOffset: f_committedOffset, committedLeaderEpoch: f_committedLeaderEpoch, metadata: f_metadata, errorCode: f_errorCode };
}

export function encodeOffsetFetchResponseOffsetFetchResponsePartition(w: Writer, v: number, o: OffsetFetchResponseOffsetFetchResponsePartitionInput): void {
  if (v <= 7) {
    w.int32((o.partitionIndex ?? 0));
  }
  else {
    if (o.partitionIndex !== undefined && o.partitionIndex !== 0) throw fieldNotInVersion('PartitionIndex', v);
  }
  if (v <= 7) {
    w.int64((o.committedOffset ?? 0n));
  }
  else {
    if (o.committedOffset !== undefined && o.committedOffset !== 0n) throw fieldNotInVersion('CommittedOffset', v);
  }
  if (v >= 5 && v <= 7) {
    w.int32((o.committedLeaderEpoch ?? -1));
  }
  if (v <= 7) {
    (v >= 6 ? (v <= 7 ? w.compactNullableString((o.metadata === undefined ? "" : o.metadata)) : w.compactString((o.metadata === undefined ? "" : o.metadata) as string)) : (v <= 7 ? w.nullableString((o.metadata === undefined ? "" : o.metadata)) : w.string((o.metadata === undefined ? "" : o.metadata) as string)));
  }
  else {
    if (o.metadata !== undefined && o.metadata !== "") throw fieldNotInVersion('Metadata', v);
  }
  if (v <= 7) {
    w.int16((o.errorCode ?? 0));
  }
  else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw fieldNotInVersion('ErrorCode', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchResponseOffsetFetchResponseTopic {
  /** The topic name. (versions 0-7) */
  name: string;
  /** The responses per partition. (versions 0-7) */
  partitions: Array<OffsetFetchResponseOffsetFetchResponsePartition>;
}

export interface OffsetFetchResponseOffsetFetchResponseTopicInput {
  name?: string;
  partitions?: Array<OffsetFetchResponseOffsetFetchResponsePartitionInput>;
}

export function defaultOffsetFetchResponseOffsetFetchResponseTopic(): OffsetFetchResponseOffsetFetchResponseTopic {
  return { name: "", partitions: [] };
}

export function decodeOffsetFetchResponseOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseOffsetFetchResponseTopic {
  let f_name: OffsetFetchResponseOffsetFetchResponseTopic['name'];
  let f_partitions: OffsetFetchResponseOffsetFetchResponseTopic['partitions'];
  if (v <= 7) {
    f_name = (v >= 6 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v <= 7) {
    const n0 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n0 === null) {
      f_partitions = null as never;
    }
    else {
      const a1 = new Array(n0);
      for (let i2 = 0; i2 < n0; i2++) {
        a1[i2] = decodeOffsetFetchResponseOffsetFetchResponsePartition(r, v);
      }
      f_partitions = a1;
    }
  }
  else {
    f_partitions = [];
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

export function encodeOffsetFetchResponseOffsetFetchResponseTopic(w: Writer, v: number, o: OffsetFetchResponseOffsetFetchResponseTopicInput): void {
  if (v <= 7) {
    (v >= 6 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  else {
    if (o.name !== undefined && o.name !== "") throw fieldNotInVersion('Name', v);
  }
  if (v <= 7) {
    const a3 = (o.partitions ?? []);
    if (a3 === null) {
      if (!(false)) throw nullNotAllowed('Partitions', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
      for (const x4 of a3) {
        const s5 = x4;
        encodeOffsetFetchResponseOffsetFetchResponsePartition(w, v, s5);
      }
    }
  }
  else {
    if (o.partitions !== undefined && (o.partitions === null || o.partitions.length > 0)) throw fieldNotInVersion('Partitions', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchResponseOffsetFetchResponsePartitions {
  /** The partition index. (versions 8+) */
  partitionIndex: number;
  /** The committed message offset. (versions 8+) */
  committedOffset: bigint;
  /** The leader epoch. (versions 8+) */
  committedLeaderEpoch: number;
  /** The partition metadata. (versions 8+) */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. (versions 8+) */
  errorCode: number;
}

export interface OffsetFetchResponseOffsetFetchResponsePartitionsInput {
  partitionIndex?: number;
  committedOffset?: bigint;
  committedLeaderEpoch?: number;
  metadata?: string | null;
  errorCode?: number;
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartitions(): OffsetFetchResponseOffsetFetchResponsePartitions {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 };
}

export function decodeOffsetFetchResponseOffsetFetchResponsePartitions(r: Reader, v: number): OffsetFetchResponseOffsetFetchResponsePartitions {
  let f_partitionIndex: OffsetFetchResponseOffsetFetchResponsePartitions['partitionIndex'];
  let f_committedOffset: OffsetFetchResponseOffsetFetchResponsePartitions['committedOffset'];
  let f_committedLeaderEpoch: OffsetFetchResponseOffsetFetchResponsePartitions['committedLeaderEpoch'];
  let f_metadata: OffsetFetchResponseOffsetFetchResponsePartitions['metadata'];
  let f_errorCode: OffsetFetchResponseOffsetFetchResponsePartitions['errorCode'];
  if (v >= 8) {
    f_partitionIndex = r.int32();
  }
  else {
    f_partitionIndex = 0;
  }
  if (v >= 8) {
    f_committedOffset = r.int64();
  }
  else {
    f_committedOffset = 0n;
  }
  if (v >= 8) {
    f_committedLeaderEpoch = r.int32();
  }
  else {
    f_committedLeaderEpoch = -1;
  }
  if (v >= 8) {
    f_metadata = (v >= 6 ? (v >= 8 ? r.compactNullableString() : r.compactString()) : (v >= 8 ? r.nullableString() : r.string()));
  }
  else {
    f_metadata = "";
  }
  if (v >= 8) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, committedOffset: f_committedOffset, committedLeaderEpoch: f_committedLeaderEpoch, metadata: f_metadata, errorCode: f_errorCode };
}

export function encodeOffsetFetchResponseOffsetFetchResponsePartitions(w: Writer, v: number, o: OffsetFetchResponseOffsetFetchResponsePartitionsInput): void {
  if (v >= 8) {
    w.int32((o.partitionIndex ?? 0));
  }
  else {
    if (o.partitionIndex !== undefined && o.partitionIndex !== 0) throw fieldNotInVersion('PartitionIndex', v);
  }
  if (v >= 8) {
    w.int64((o.committedOffset ?? 0n));
  }
  else {
    if (o.committedOffset !== undefined && o.committedOffset !== 0n) throw fieldNotInVersion('CommittedOffset', v);
  }
  if (v >= 8) {
    w.int32((o.committedLeaderEpoch ?? -1));
  }
  if (v >= 8) {
    (v >= 6 ? (v >= 8 ? w.compactNullableString((o.metadata === undefined ? "" : o.metadata)) : w.compactString((o.metadata === undefined ? "" : o.metadata) as string)) : (v >= 8 ? w.nullableString((o.metadata === undefined ? "" : o.metadata)) : w.string((o.metadata === undefined ? "" : o.metadata) as string)));
  }
  else {
    if (o.metadata !== undefined && o.metadata !== "") throw fieldNotInVersion('Metadata', v);
  }
  if (v >= 8) {
    w.int16((o.errorCode ?? 0));
  }
  else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw fieldNotInVersion('ErrorCode', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchResponseOffsetFetchResponseTopics {
  /** The topic name. (versions 8-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** The responses per partition. (versions 8+) */
  partitions: Array<OffsetFetchResponseOffsetFetchResponsePartitions>;
}

export interface OffsetFetchResponseOffsetFetchResponseTopicsInput {
  name?: string;
  topicId?: string;
  partitions?: Array<OffsetFetchResponseOffsetFetchResponsePartitionsInput>;
}

export function defaultOffsetFetchResponseOffsetFetchResponseTopics(): OffsetFetchResponseOffsetFetchResponseTopics {
  return { name: "", topicId: ZERO_UUID, partitions: [] };
}

export function decodeOffsetFetchResponseOffsetFetchResponseTopics(r: Reader, v: number): OffsetFetchResponseOffsetFetchResponseTopics {
  let f_name: OffsetFetchResponseOffsetFetchResponseTopics['name'];
  let f_topicId: OffsetFetchResponseOffsetFetchResponseTopics['topicId'];
  let f_partitions: OffsetFetchResponseOffsetFetchResponseTopics['partitions'];
  if (v >= 8 && v <= 9) {
    f_name = (v >= 6 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v >= 10) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  if (v >= 8) {
    const n6 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n6 === null) {
      f_partitions = null as never;
    }
    else {
      const a7 = new Array(n6);
      for (let i8 = 0; i8 < n6; i8++) {
        a7[i8] = decodeOffsetFetchResponseOffsetFetchResponsePartitions(r, v);
      }
      f_partitions = a7;
    }
  }
  else {
    f_partitions = [];
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, partitions: f_partitions };
}

export function encodeOffsetFetchResponseOffsetFetchResponseTopics(w: Writer, v: number, o: OffsetFetchResponseOffsetFetchResponseTopicsInput): void {
  if (v >= 8 && v <= 9) {
    (v >= 6 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  if (v >= 10) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  if (v >= 8) {
    const a9 = (o.partitions ?? []);
    if (a9 === null) {
      if (!(false)) throw nullNotAllowed('Partitions', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
      for (const x10 of a9) {
        const s11 = x10;
        encodeOffsetFetchResponseOffsetFetchResponsePartitions(w, v, s11);
      }
    }
  }
  else {
    if (o.partitions !== undefined && (o.partitions === null || o.partitions.length > 0)) throw fieldNotInVersion('Partitions', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchResponseOffsetFetchResponseGroup {
  /** The group ID. (versions 8+) */
  groupId: string;
  /** The responses per topic. (versions 8+) */
  topics: Array<OffsetFetchResponseOffsetFetchResponseTopics>;
  /** The group-level error code, or 0 if there was no error. (versions 8+) */
  errorCode: number;
}

export interface OffsetFetchResponseOffsetFetchResponseGroupInput {
  groupId?: string;
  topics?: Array<OffsetFetchResponseOffsetFetchResponseTopicsInput>;
  errorCode?: number;
}

export function defaultOffsetFetchResponseOffsetFetchResponseGroup(): OffsetFetchResponseOffsetFetchResponseGroup {
  return { groupId: "", topics: [], errorCode: 0 };
}

export function decodeOffsetFetchResponseOffsetFetchResponseGroup(r: Reader, v: number): OffsetFetchResponseOffsetFetchResponseGroup {
  let f_groupId: OffsetFetchResponseOffsetFetchResponseGroup['groupId'];
  let f_topics: OffsetFetchResponseOffsetFetchResponseGroup['topics'];
  let f_errorCode: OffsetFetchResponseOffsetFetchResponseGroup['errorCode'];
  if (v >= 8) {
    f_groupId = (v >= 6 ? r.compactString() : r.string());
  }
  else {
    f_groupId = "";
  }
  if (v >= 8) {
    const n12 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n12 === null) {
      f_topics = null as never;
    }
    else {
      const a13 = new Array(n12);
      for (let i14 = 0; i14 < n12; i14++) {
        a13[i14] = decodeOffsetFetchResponseOffsetFetchResponseTopics(r, v);
      }
      f_topics = a13;
    }
  }
  else {
    f_topics = [];
  }
  if (v >= 8) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, topics: f_topics, errorCode: f_errorCode };
}

export function encodeOffsetFetchResponseOffsetFetchResponseGroup(w: Writer, v: number, o: OffsetFetchResponseOffsetFetchResponseGroupInput): void {
  if (v >= 8) {
    (v >= 6 ? w.compactString((o.groupId ?? "") as string) : w.string((o.groupId ?? "") as string));
  }
  else {
    if (o.groupId !== undefined && o.groupId !== "") throw fieldNotInVersion('GroupId', v);
  }
  if (v >= 8) {
    const a15 = (o.topics ?? []);
    if (a15 === null) {
      if (!(false)) throw nullNotAllowed('Topics', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
      for (const x16 of a15) {
        const s17 = x16;
        encodeOffsetFetchResponseOffsetFetchResponseTopics(w, v, s17);
      }
    }
  }
  else {
    if (o.topics !== undefined && (o.topics === null || o.topics.length > 0)) throw fieldNotInVersion('Topics', v);
  }
  if (v >= 8) {
    w.int16((o.errorCode ?? 0));
  }
  else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw fieldNotInVersion('ErrorCode', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+) */
  throttleTimeMs: number;
  /** The responses per topic. (versions 0-7) */
  topics: Array<OffsetFetchResponseOffsetFetchResponseTopic>;
  /** The top-level error code, or 0 if there was no error. (versions 2-7) */
  errorCode: number;
  /** The responses per group id. (versions 8+) */
  groups: Array<OffsetFetchResponseOffsetFetchResponseGroup>;
}

export interface OffsetFetchResponseInput {
  throttleTimeMs?: number;
  topics?: Array<OffsetFetchResponseOffsetFetchResponseTopicInput>;
  errorCode?: number;
  groups?: Array<OffsetFetchResponseOffsetFetchResponseGroupInput>;
}

export function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return { throttleTimeMs: 0, topics: [], errorCode: 0, groups: [] };
}

export function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  let f_throttleTimeMs: OffsetFetchResponse['throttleTimeMs'];
  let f_topics: OffsetFetchResponse['topics'];
  let f_errorCode: OffsetFetchResponse['errorCode'];
  let f_groups: OffsetFetchResponse['groups'];
  if (v >= 3) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  if (v <= 7) {
    const n18 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n18 === null) {
      f_topics = null as never;
    }
    else {
      const a19 = new Array(n18);
      for (let i20 = 0; i20 < n18; i20++) {
        a19[i20] = decodeOffsetFetchResponseOffsetFetchResponseTopic(r, v);
      }
      f_topics = a19;
    }
  }
  else {
    f_topics = [];
  }
  if (v >= 2 && v <= 7) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 8) {
    const n21 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n21 === null) {
      f_groups = null as never;
    }
    else {
      const a22 = new Array(n21);
      for (let i23 = 0; i23 < n21; i23++) {
        a22[i23] = decodeOffsetFetchResponseOffsetFetchResponseGroup(r, v);
      }
      f_groups = a22;
    }
  }
  else {
    f_groups = [];
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics, errorCode: f_errorCode, groups: f_groups };
}

export function encodeOffsetFetchResponse(w: Writer, v: number, o: OffsetFetchResponseInput): void {
  if (v >= 3) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  if (v <= 7) {
    const a24 = (o.topics ?? []);
    if (a24 === null) {
      if (!(false)) throw nullNotAllowed('Topics', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a24.length + 1) : w.int32(a24.length));
      for (const x25 of a24) {
        const s26 = x25;
        encodeOffsetFetchResponseOffsetFetchResponseTopic(w, v, s26);
      }
    }
  }
  else {
    if (o.topics !== undefined && (o.topics === null || o.topics.length > 0)) throw fieldNotInVersion('Topics', v);
  }
  if (v >= 2 && v <= 7) {
    w.int16((o.errorCode ?? 0));
  }
  if (v >= 8) {
    const a27 = (o.groups ?? []);
    if (a27 === null) {
      if (!(false)) throw nullNotAllowed('Groups', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a27.length + 1) : w.int32(a27.length));
      for (const x28 of a27) {
        const s29 = x28;
        encodeOffsetFetchResponseOffsetFetchResponseGroup(w, v, s29);
      }
    }
  }
  else {
    if (o.groups !== undefined && (o.groups === null || o.groups.length > 0)) throw fieldNotInVersion('Groups', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

/** Encodes a OffsetFetchResponse body at version `version` (1-10). */
export function encodeOffsetFetchResponseBody(w: Writer, version: number, body: OffsetFetchResponseInput): void {
  checkVersion('OffsetFetchResponse', version, 1, 10);
  encodeOffsetFetchResponse(w, version, body);
}

/** Decodes a OffsetFetchResponse body at version `version` (1-10). */
export function decodeOffsetFetchResponseBody(r: Reader, version: number): OffsetFetchResponse {
  checkVersion('OffsetFetchResponse', version, 1, 10);
  return decodeOffsetFetchResponse(r, version);
}

// ---- OffsetFetchRequest: versions 1-10, flexible 6+

export interface OffsetFetchRequestOffsetFetchRequestTopic {
  /** The topic name. (versions 0-7) */
  name: string;
  /** The partition indexes we would like to fetch offsets for. (versions 0-7) */
  partitionIndexes: Array<number>;
}

export interface OffsetFetchRequestOffsetFetchRequestTopicInput {
  name?: string;
  partitionIndexes?: Array<number>;
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopic(): OffsetFetchRequestOffsetFetchRequestTopic {
  return { name: "", partitionIndexes: [] };
}

export function decodeOffsetFetchRequestOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestOffsetFetchRequestTopic {
  let f_name: OffsetFetchRequestOffsetFetchRequestTopic['name'];
  let f_partitionIndexes: OffsetFetchRequestOffsetFetchRequestTopic['partitionIndexes'];
  if (v <= 7) {
    f_name = (v >= 6 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v <= 7) {
    f_partitionIndexes = r.int32List(v >= 6, false) as never;
  }
  else {
    f_partitionIndexes = [];
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitionIndexes: f_partitionIndexes };
}

export function encodeOffsetFetchRequestOffsetFetchRequestTopic(w: Writer, v: number, o: OffsetFetchRequestOffsetFetchRequestTopicInput): void {
  if (v <= 7) {
    (v >= 6 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  else {
    if (o.name !== undefined && o.name !== "") throw fieldNotInVersion('Name', v);
  }
  if (v <= 7) {
    const a30 = (o.partitionIndexes ?? []);
    if (a30 === null) {
      if (!(false)) throw nullNotAllowed('PartitionIndexes', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a30.length + 1) : w.int32(a30.length));
      for (const x31 of a30) {
        w.int32(x31);
      }
    }
  }
  else {
    if (o.partitionIndexes !== undefined && (o.partitionIndexes === null || o.partitionIndexes.length > 0)) throw fieldNotInVersion('PartitionIndexes', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchRequestOffsetFetchRequestTopics {
  /** The topic name. (versions 8-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** The partition indexes we would like to fetch offsets for. (versions 8+) */
  partitionIndexes: Array<number>;
}

export interface OffsetFetchRequestOffsetFetchRequestTopicsInput {
  name?: string;
  topicId?: string;
  partitionIndexes?: Array<number>;
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopics(): OffsetFetchRequestOffsetFetchRequestTopics {
  return { name: "", topicId: ZERO_UUID, partitionIndexes: [] };
}

export function decodeOffsetFetchRequestOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestOffsetFetchRequestTopics {
  let f_name: OffsetFetchRequestOffsetFetchRequestTopics['name'];
  let f_topicId: OffsetFetchRequestOffsetFetchRequestTopics['topicId'];
  let f_partitionIndexes: OffsetFetchRequestOffsetFetchRequestTopics['partitionIndexes'];
  if (v >= 8 && v <= 9) {
    f_name = (v >= 6 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v >= 10) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  if (v >= 8) {
    f_partitionIndexes = r.int32List(v >= 6, false) as never;
  }
  else {
    f_partitionIndexes = [];
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, partitionIndexes: f_partitionIndexes };
}

export function encodeOffsetFetchRequestOffsetFetchRequestTopics(w: Writer, v: number, o: OffsetFetchRequestOffsetFetchRequestTopicsInput): void {
  if (v >= 8 && v <= 9) {
    (v >= 6 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  if (v >= 10) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  if (v >= 8) {
    const a32 = (o.partitionIndexes ?? []);
    if (a32 === null) {
      if (!(false)) throw nullNotAllowed('PartitionIndexes', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a32.length + 1) : w.int32(a32.length));
      for (const x33 of a32) {
        w.int32(x33);
      }
    }
  }
  else {
    if (o.partitionIndexes !== undefined && (o.partitionIndexes === null || o.partitionIndexes.length > 0)) throw fieldNotInVersion('PartitionIndexes', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchRequestOffsetFetchRequestGroup {
  /** The group ID. (versions 8+) */
  groupId: string;
  /** The member id. (versions 9+) */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). (versions 9+) */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 8+) */
  topics: Array<OffsetFetchRequestOffsetFetchRequestTopics> | null;
}

export interface OffsetFetchRequestOffsetFetchRequestGroupInput {
  groupId?: string;
  memberId?: string | null;
  memberEpoch?: number;
  topics?: Array<OffsetFetchRequestOffsetFetchRequestTopicsInput> | null;
}

export function defaultOffsetFetchRequestOffsetFetchRequestGroup(): OffsetFetchRequestOffsetFetchRequestGroup {
  return { groupId: "", memberId: null, memberEpoch: -1, topics: [] };
}

export function decodeOffsetFetchRequestOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestOffsetFetchRequestGroup {
  let f_groupId: OffsetFetchRequestOffsetFetchRequestGroup['groupId'];
  let f_memberId: OffsetFetchRequestOffsetFetchRequestGroup['memberId'];
  let f_memberEpoch: OffsetFetchRequestOffsetFetchRequestGroup['memberEpoch'];
  let f_topics: OffsetFetchRequestOffsetFetchRequestGroup['topics'];
  if (v >= 8) {
    f_groupId = (v >= 6 ? r.compactString() : r.string());
  }
  else {
    f_groupId = "";
  }
  if (v >= 9) {
    f_memberId = (v >= 6 ? (v >= 9 ? r.compactNullableString() : r.compactString()) : (v >= 9 ? r.nullableString() : r.string()));
  }
  else {
    f_memberId = null;
  }
  if (v >= 9) {
    f_memberEpoch = r.int32();
  }
  else {
    f_memberEpoch = -1;
  }
  if (v >= 8) {
    const n34 = (v >= 6 ? r.compactArrayLength(v >= 8) : r.arrayLength(v >= 8));
    if (n34 === null) {
      f_topics = null as never;
    }
    else {
      const a35 = new Array(n34);
      for (let i36 = 0; i36 < n34; i36++) {
        a35[i36] = decodeOffsetFetchRequestOffsetFetchRequestTopics(r, v);
      }
      f_topics = a35;
    }
  }
  else {
    f_topics = [];
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, memberId: f_memberId, memberEpoch: f_memberEpoch, topics: f_topics };
}

export function encodeOffsetFetchRequestOffsetFetchRequestGroup(w: Writer, v: number, o: OffsetFetchRequestOffsetFetchRequestGroupInput): void {
  if (v >= 8) {
    (v >= 6 ? w.compactString((o.groupId ?? "") as string) : w.string((o.groupId ?? "") as string));
  }
  else {
    if (o.groupId !== undefined && o.groupId !== "") throw fieldNotInVersion('GroupId', v);
  }
  if (v >= 9) {
    (v >= 6 ? (v >= 9 ? w.compactNullableString((o.memberId ?? null)) : w.compactString((o.memberId ?? null) as string)) : (v >= 9 ? w.nullableString((o.memberId ?? null)) : w.string((o.memberId ?? null) as string)));
  }
  if (v >= 9) {
    w.int32((o.memberEpoch ?? -1));
  }
  if (v >= 8) {
    const a37 = (o.topics === undefined ? [] : o.topics);
    if (a37 === null) {
      if (!(v >= 8)) throw nullNotAllowed('Topics', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a37.length + 1) : w.int32(a37.length));
      for (const x38 of a37) {
        const s39 = x38;
        encodeOffsetFetchRequestOffsetFetchRequestTopics(w, v, s39);
      }
    }
  }
  else {
    if (o.topics !== undefined && (o.topics === null || o.topics.length > 0)) throw fieldNotInVersion('Topics', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

export interface OffsetFetchRequest {
  /** The group to fetch offsets for. (versions 0-7) */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 0-7) */
  topics: Array<OffsetFetchRequestOffsetFetchRequestTopic> | null;
  /** Each group we would like to fetch offsets for. (versions 8+) */
  groups: Array<OffsetFetchRequestOffsetFetchRequestGroup>;
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (versions 7+) */
  requireStable: boolean;
}

export interface OffsetFetchRequestInput {
  groupId?: string;
  topics?: Array<OffsetFetchRequestOffsetFetchRequestTopicInput> | null;
  groups?: Array<OffsetFetchRequestOffsetFetchRequestGroupInput>;
  requireStable?: boolean;
}

export function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return { groupId: "", topics: [], groups: [], requireStable: false };
}

export function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  let f_groupId: OffsetFetchRequest['groupId'];
  let f_topics: OffsetFetchRequest['topics'];
  let f_groups: OffsetFetchRequest['groups'];
  let f_requireStable: OffsetFetchRequest['requireStable'];
  if (v <= 7) {
    f_groupId = (v >= 6 ? r.compactString() : r.string());
  }
  else {
    f_groupId = "";
  }
  if (v <= 7) {
    const n40 = (v >= 6 ? r.compactArrayLength(v >= 2 && v <= 7) : r.arrayLength(v >= 2 && v <= 7));
    if (n40 === null) {
      f_topics = null as never;
    }
    else {
      const a41 = new Array(n40);
      for (let i42 = 0; i42 < n40; i42++) {
        a41[i42] = decodeOffsetFetchRequestOffsetFetchRequestTopic(r, v);
      }
      f_topics = a41;
    }
  }
  else {
    f_topics = [];
  }
  if (v >= 8) {
    const n43 = (v >= 6 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n43 === null) {
      f_groups = null as never;
    }
    else {
      const a44 = new Array(n43);
      for (let i45 = 0; i45 < n43; i45++) {
        a44[i45] = decodeOffsetFetchRequestOffsetFetchRequestGroup(r, v);
      }
      f_groups = a44;
    }
  }
  else {
    f_groups = [];
  }
  if (v >= 7) {
    f_requireStable = r.bool();
  }
  else {
    f_requireStable = false;
  }
  if (v >= 6) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, topics: f_topics, groups: f_groups, requireStable: f_requireStable };
}

export function encodeOffsetFetchRequest(w: Writer, v: number, o: OffsetFetchRequestInput): void {
  if (v <= 7) {
    (v >= 6 ? w.compactString((o.groupId ?? "") as string) : w.string((o.groupId ?? "") as string));
  }
  else {
    if (o.groupId !== undefined && o.groupId !== "") throw fieldNotInVersion('GroupId', v);
  }
  if (v <= 7) {
    const a46 = (o.topics === undefined ? [] : o.topics);
    if (a46 === null) {
      if (!(v >= 2 && v <= 7)) throw nullNotAllowed('Topics', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a46.length + 1) : w.int32(a46.length));
      for (const x47 of a46) {
        const s48 = x47;
        encodeOffsetFetchRequestOffsetFetchRequestTopic(w, v, s48);
      }
    }
  }
  else {
    if (o.topics !== undefined && (o.topics === null || o.topics.length > 0)) throw fieldNotInVersion('Topics', v);
  }
  if (v >= 8) {
    const a49 = (o.groups ?? []);
    if (a49 === null) {
      if (!(false)) throw nullNotAllowed('Groups', v);
      (v >= 6 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 6 ? w.uvarint(a49.length + 1) : w.int32(a49.length));
      for (const x50 of a49) {
        const s51 = x50;
        encodeOffsetFetchRequestOffsetFetchRequestGroup(w, v, s51);
      }
    }
  }
  else {
    if (o.groups !== undefined && (o.groups === null || o.groups.length > 0)) throw fieldNotInVersion('Groups', v);
  }
  if (v >= 7) {
    w.bool((o.requireStable ?? false));
  }
  else {
    if (o.requireStable !== undefined && o.requireStable !== false) throw fieldNotInVersion('RequireStable', v);
  }
  if (v >= 6) {
    w.uvarint(0);
  }
}

/** Encodes a OffsetFetchRequest body at version `version` (1-10). */
export function encodeOffsetFetchRequestBody(w: Writer, version: number, body: OffsetFetchRequestInput): void {
  checkVersion('OffsetFetchRequest', version, 1, 10);
  encodeOffsetFetchRequest(w, version, body);
}

/** Decodes a OffsetFetchRequest body at version `version` (1-10). */
export function decodeOffsetFetchRequestBody(r: Reader, version: number): OffsetFetchRequest {
  checkVersion('OffsetFetchRequest', version, 1, 10);
  return decodeOffsetFetchRequest(r, version);
}

