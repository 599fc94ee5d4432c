// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- OffsetCommitResponse: versions 2-10, flexible 8+

export interface OffsetCommitResponseOffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

export interface OffsetCommitResponseOffsetCommitResponsePartitionInput {
  partitionIndex: number;
  errorCode: number;
}

export function defaultOffsetCommitResponseOffsetCommitResponsePartition(): OffsetCommitResponseOffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

export function decodeOffsetCommitResponseOffsetCommitResponsePartition(r: Reader, v: number): OffsetCommitResponseOffsetCommitResponsePartition {
  let f_partitionIndex: OffsetCommitResponseOffsetCommitResponsePartition['partitionIndex'];
  let f_errorCode: OffsetCommitResponseOffsetCommitResponsePartition['errorCode'];
  f_partitionIndex = r.int32();
  f_errorCode = r.int16();
  if (v >= 8) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, errorCode: f_errorCode };
}

export function encodeOffsetCommitResponseOffsetCommitResponsePartition(w: Writer, v: number, o: OffsetCommitResponseOffsetCommitResponsePartitionInput): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  if (v >= 8) {
    w.uvarint(0);
  }
}

export interface OffsetCommitResponseOffsetCommitResponseTopic {
  /** The topic name. (versions 0-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: Array<OffsetCommitResponseOffsetCommitResponsePartition>;
}

export interface OffsetCommitResponseOffsetCommitResponseTopicInput {
  name?: string;
  topicId?: string;
  partitions: Array<OffsetCommitResponseOffsetCommitResponsePartitionInput>;
}

export function defaultOffsetCommitResponseOffsetCommitResponseTopic(): OffsetCommitResponseOffsetCommitResponseTopic {
  return { name: "", topicId: ZERO_UUID, partitions: [] };
}

export function decodeOffsetCommitResponseOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseOffsetCommitResponseTopic {
  let f_name: OffsetCommitResponseOffsetCommitResponseTopic['name'];
  let f_topicId: OffsetCommitResponseOffsetCommitResponseTopic['topicId'];
  let f_partitions: OffsetCommitResponseOffsetCommitResponseTopic['partitions'];
  if (v <= 9) {
    f_name = (v >= 8 ? r.compactString() : r.string());
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
  const n0 = (v >= 8 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeOffsetCommitResponseOffsetCommitResponsePartition(r, v);
    }
    f_partitions = a1;
  }
  if (v >= 8) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, partitions: f_partitions };
}

export function encodeOffsetCommitResponseOffsetCommitResponseTopic(w: Writer, v: number, o: OffsetCommitResponseOffsetCommitResponseTopicInput): void {
  if (v <= 9) {
    (v >= 8 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  if (v >= 10) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  const a3 = o.partitions;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 8 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 8 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeOffsetCommitResponseOffsetCommitResponsePartition(w, v, s5);
    }
  }
  if (v >= 8) {
    w.uvarint(0);
  }
}

export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0+) */
  topics: Array<OffsetCommitResponseOffsetCommitResponseTopic>;
}

export interface OffsetCommitResponseInput {
  throttleTimeMs?: number;
  topics: Array<OffsetCommitResponseOffsetCommitResponseTopicInput>;
}

export function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

export function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  let f_throttleTimeMs: OffsetCommitResponse['throttleTimeMs'];
  let f_topics: OffsetCommitResponse['topics'];
  if (v >= 3) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  const n6 = (v >= 8 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_topics = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeOffsetCommitResponseOffsetCommitResponseTopic(r, v);
    }
    f_topics = a7;
  }
  if (v >= 8) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeOffsetCommitResponse(w: Writer, v: number, o: OffsetCommitResponseInput): void {
  if (v >= 3) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  const a9 = o.topics;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 8 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 8 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeOffsetCommitResponseOffsetCommitResponseTopic(w, v, s11);
    }
  }
  if (v >= 8) {
    w.uvarint(0);
  }
}

/** Encodes a OffsetCommitResponse body at version `version` (2-10). */
export function encodeOffsetCommitResponseBody(w: Writer, version: number, body: OffsetCommitResponseInput): void {
  checkVersion('OffsetCommitResponse', version, 2, 10);
  encodeOffsetCommitResponse(w, version, body);
}

/** Decodes a OffsetCommitResponse body at version `version` (2-10). */
export function decodeOffsetCommitResponseBody(r: Reader, version: number): OffsetCommitResponse {
  checkVersion('OffsetCommitResponse', version, 2, 10);
  return decodeOffsetCommitResponse(r, version);
}

// ---- OffsetCommitRequest: versions 2-10, flexible 8+

export interface OffsetCommitRequestOffsetCommitRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint;
  /** The leader epoch of this partition. (versions 6+) */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. (versions 0+) */
  committedMetadata: string | null;
}

export interface OffsetCommitRequestOffsetCommitRequestPartitionInput {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch?: number;
  committedMetadata: string | null;
}

export function defaultOffsetCommitRequestOffsetCommitRequestPartition(): OffsetCommitRequestOffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" };
}

export function decodeOffsetCommitRequestOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestOffsetCommitRequestPartition {
  let f_partitionIndex: OffsetCommitRequestOffsetCommitRequestPartition['partitionIndex'];
  let f_committedOffset: OffsetCommitRequestOffsetCommitRequestPartition['committedOffset'];
  let f_committedLeaderEpoch: OffsetCommitRequestOffsetCommitRequestPartition['committedLeaderEpoch'];
  let f_committedMetadata: OffsetCommitRequestOffsetCommitRequestPartition['committedMetadata'];
  f_partitionIndex = r.int32();
  f_committedOffset = r.int64();
  if (v >= 6) {
    f_committedLeaderEpoch = r.int32();
  }
  else {
    f_committedLeaderEpoch = -1;
  }
  f_committedMetadata = (v >= 8 ? r.compactNullableString() : r.nullableString());
  if (v >= 8) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, committedOffset: f_committedOffset, committedLeaderEpoch: f_committedLeaderEpoch, committedMetadata: f_committedMetadata };
}

export function encodeOffsetCommitRequestOffsetCommitRequestPartition(w: Writer, v: number, o: OffsetCommitRequestOffsetCommitRequestPartitionInput): void {
  w.int32(o.partitionIndex);
  w.int64(o.committedOffset);
  if (v >= 6) {
    w.int32((o.committedLeaderEpoch ?? -1));
  }
  (v >= 8 ? w.compactNullableString(o.committedMetadata) : w.nullableString(o.committedMetadata));
  if (v >= 8) {
    w.uvarint(0);
  }
}

export interface OffsetCommitRequestOffsetCommitRequestTopic {
  /** The topic name. (versions 0-9) */
  name: string;
  /** The topic ID. (versions 10+) */
  topicId: string;
  /** Each partition to commit offsets for. (versions 0+) */
  partitions: Array<OffsetCommitRequestOffsetCommitRequestPartition>;
}

export interface OffsetCommitRequestOffsetCommitRequestTopicInput {
  name?: string;
  topicId?: string;
  partitions: Array<OffsetCommitRequestOffsetCommitRequestPartitionInput>;
}

export function defaultOffsetCommitRequestOffsetCommitRequestTopic(): OffsetCommitRequestOffsetCommitRequestTopic {
  return { name: "", topicId: ZERO_UUID, partitions: [] };
}

export function decodeOffsetCommitRequestOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestOffsetCommitRequestTopic {
  let f_name: OffsetCommitRequestOffsetCommitRequestTopic['name'];
  let f_topicId: OffsetCommitRequestOffsetCommitRequestTopic['topicId'];
  let f_partitions: OffsetCommitRequestOffsetCommitRequestTopic['partitions'];
  if (v <= 9) {
    f_name = (v >= 8 ? r.compactString() : r.string());
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
  const n12 = (v >= 8 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_partitions = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeOffsetCommitRequestOffsetCommitRequestPartition(r, v);
    }
    f_partitions = a13;
  }
  if (v >= 8) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, partitions: f_partitions };
}

export function encodeOffsetCommitRequestOffsetCommitRequestTopic(w: Writer, v: number, o: OffsetCommitRequestOffsetCommitRequestTopicInput): void {
  if (v <= 9) {
    (v >= 8 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  if (v >= 10) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  const a15 = o.partitions;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 8 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 8 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
    for (const x16 of a15) {
      const s17 = x16;
      encodeOffsetCommitRequestOffsetCommitRequestPartition(w, v, s17);
    }
  }
  if (v >= 8) {
    w.uvarint(0);
  }
}

export interface OffsetCommitRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 1+) */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (versions 1+) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 7+) */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. (versions 2-4) */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. (versions 0+) */
  topics: Array<OffsetCommitRequestOffsetCommitRequestTopic>;
}

export interface OffsetCommitRequestInput {
  groupId: string;
  generationIdOrMemberEpoch?: number;
  memberId: string;
  groupInstanceId?: string | null;
  retentionTimeMs?: bigint;
  topics: Array<OffsetCommitRequestOffsetCommitRequestTopicInput>;
}

export function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return { groupId: "", generationIdOrMemberEpoch: -1, memberId: "", groupInstanceId: null, retentionTimeMs: -1n, topics: [] };
}

export function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  let f_groupId: OffsetCommitRequest['groupId'];
  let f_generationIdOrMemberEpoch: OffsetCommitRequest['generationIdOrMemberEpoch'];
  let f_memberId: OffsetCommitRequest['memberId'];
  let f_groupInstanceId: OffsetCommitRequest['groupInstanceId'];
  let f_retentionTimeMs: OffsetCommitRequest['retentionTimeMs'];
  let f_topics: OffsetCommitRequest['topics'];
  f_groupId = (v >= 8 ? r.compactString() : r.string());
  f_generationIdOrMemberEpoch = r.int32();
  f_memberId = (v >= 8 ? r.compactString() : r.string());
  if (v >= 7) {
    f_groupInstanceId = (v >= 8 ? (v >= 7 ? r.compactNullableString() : r.compactString()) : (v >= 7 ? r.nullableString() : r.string()));
  }
  else {
    f_groupInstanceId = null;
  }
  if (v <= 4) {
    f_retentionTimeMs = r.int64();
  }
  else {
    f_retentionTimeMs = -1n;
  }
  const n18 = (v >= 8 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n18 === null) {
    f_topics = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = decodeOffsetCommitRequestOffsetCommitRequestTopic(r, v);
    }
    f_topics = a19;
  }
  if (v >= 8) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, generationIdOrMemberEpoch: f_generationIdOrMemberEpoch, memberId: f_memberId, groupInstanceId: f_groupInstanceId, retentionTimeMs: f_retentionTimeMs, topics: f_topics };
}

export function encodeOffsetCommitRequest(w: Writer, v: number, o: OffsetCommitRequestInput): void {
  (v >= 8 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  w.int32((o.generationIdOrMemberEpoch ?? -1));
  (v >= 8 ? w.compactString(o.memberId as string) : w.string(o.memberId as string));
  if (v >= 7) {
    (v >= 8 ? (v >= 7 ? w.compactNullableString((o.groupInstanceId ?? null)) : w.compactString((o.groupInstanceId ?? null) as string)) : (v >= 7 ? w.nullableString((o.groupInstanceId ?? null)) : w.string((o.groupInstanceId ?? null) as string)));
  }
  else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw fieldNotInVersion('GroupInstanceId', v);
  }
  if (v <= 4) {
    w.int64((o.retentionTimeMs ?? -1n));
  }
  const a21 = o.topics;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 8 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 8 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      const s23 = x22;
      encodeOffsetCommitRequestOffsetCommitRequestTopic(w, v, s23);
    }
  }
  if (v >= 8) {
    w.uvarint(0);
  }
}

/** Encodes a OffsetCommitRequest body at version `version` (2-10). */
export function encodeOffsetCommitRequestBody(w: Writer, version: number, body: OffsetCommitRequestInput): void {
  checkVersion('OffsetCommitRequest', version, 2, 10);
  encodeOffsetCommitRequest(w, version, body);
}

/** Decodes a OffsetCommitRequest body at version `version` (2-10). */
export function decodeOffsetCommitRequestBody(r: Reader, version: number): OffsetCommitRequest {
  checkVersion('OffsetCommitRequest', version, 2, 10);
  return decodeOffsetCommitRequest(r, version);
}

