// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- DeleteRecordsResponse: versions 0-2, flexible 2+

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition low water mark. (versions 0+) */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number;
}

export interface DeleteRecordsResponseDeleteRecordsPartitionResultInput {
  partitionIndex: number;
  lowWatermark: bigint;
  errorCode: number;
}

export function defaultDeleteRecordsResponseDeleteRecordsPartitionResult(): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return { partitionIndex: 0, lowWatermark: 0n, errorCode: 0 };
}

export function decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  let f_partitionIndex: DeleteRecordsResponseDeleteRecordsPartitionResult['partitionIndex'];
  let f_lowWatermark: DeleteRecordsResponseDeleteRecordsPartitionResult['lowWatermark'];
  let f_errorCode: DeleteRecordsResponseDeleteRecordsPartitionResult['errorCode'];
  f_partitionIndex = r.int32();
  f_lowWatermark = r.int64();
  f_errorCode = r.int16();
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, lowWatermark: f_lowWatermark, errorCode: f_errorCode };
}

export function encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, v: number, o: DeleteRecordsResponseDeleteRecordsPartitionResultInput): void {
  w.int32(o.partitionIndex);
  w.int64(o.lowWatermark);
  w.int16(o.errorCode);
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition that we wanted to delete records from. (versions 0+) */
  partitions: Array<DeleteRecordsResponseDeleteRecordsPartitionResult>;
}

export interface DeleteRecordsResponseDeleteRecordsTopicResultInput {
  name: string;
  partitions: Array<DeleteRecordsResponseDeleteRecordsPartitionResultInput>;
}

export function defaultDeleteRecordsResponseDeleteRecordsTopicResult(): DeleteRecordsResponseDeleteRecordsTopicResult {
  return { name: "", partitions: [] };
}

export function decodeDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  let f_name: DeleteRecordsResponseDeleteRecordsTopicResult['name'];
  let f_partitions: DeleteRecordsResponseDeleteRecordsTopicResult['partitions'];
  f_name = (v >= 2 ? r.compactString() : r.string());
  const n0 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r, v);
    }
    f_partitions = a1;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, v: number, o: DeleteRecordsResponseDeleteRecordsTopicResultInput): void {
  (v >= 2 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a3 = o.partitions;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w, v, s5);
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. (versions 0+) */
  topics: Array<DeleteRecordsResponseDeleteRecordsTopicResult>;
}

export interface DeleteRecordsResponseInput {
  throttleTimeMs: number;
  topics: Array<DeleteRecordsResponseDeleteRecordsTopicResultInput>;
}

export function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

export function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  let f_throttleTimeMs: DeleteRecordsResponse['throttleTimeMs'];
  let f_topics: DeleteRecordsResponse['topics'];
  f_throttleTimeMs = r.int32();
  const n6 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_topics = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeDeleteRecordsResponseDeleteRecordsTopicResult(r, v);
    }
    f_topics = a7;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeDeleteRecordsResponse(w: Writer, v: number, o: DeleteRecordsResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a9 = o.topics;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeDeleteRecordsResponseDeleteRecordsTopicResult(w, v, s11);
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a DeleteRecordsResponse body at version `version` (0-2). */
export function encodeDeleteRecordsResponseBody(w: Writer, version: number, body: DeleteRecordsResponseInput): void {
  checkVersion('DeleteRecordsResponse', version, 0, 2);
  encodeDeleteRecordsResponse(w, version, body);
}

/** Decodes a DeleteRecordsResponse body at version `version` (0-2). */
export function decodeDeleteRecordsResponseBody(r: Reader, version: number): DeleteRecordsResponse {
  checkVersion('DeleteRecordsResponse', version, 0, 2);
  return decodeDeleteRecordsResponse(r, version);
}

// ---- DeleteRecordsRequest: versions 0-2, flexible 2+

export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The deletion offset. -1 means that records should be truncated to the high watermark. (versions 0+) */
  offset: bigint;
}

export interface DeleteRecordsRequestDeleteRecordsPartitionInput {
  partitionIndex: number;
  offset: bigint;
}

export function defaultDeleteRecordsRequestDeleteRecordsPartition(): DeleteRecordsRequestDeleteRecordsPartition {
  return { partitionIndex: 0, offset: 0n };
}

export function decodeDeleteRecordsRequestDeleteRecordsPartition(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsPartition {
  let f_partitionIndex: DeleteRecordsRequestDeleteRecordsPartition['partitionIndex'];
  let f_offset: DeleteRecordsRequestDeleteRecordsPartition['offset'];
  f_partitionIndex = r.int32();
  f_offset = r.int64();
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, offset: f_offset };
}

export function encodeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, v: number, o: DeleteRecordsRequestDeleteRecordsPartitionInput): void {
  w.int32(o.partitionIndex);
  w.int64(o.offset);
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition that we want to delete records from. (versions 0+) */
  partitions: Array<DeleteRecordsRequestDeleteRecordsPartition>;
}

export interface DeleteRecordsRequestDeleteRecordsTopicInput {
  name: string;
  partitions: Array<DeleteRecordsRequestDeleteRecordsPartitionInput>;
}

export function defaultDeleteRecordsRequestDeleteRecordsTopic(): DeleteRecordsRequestDeleteRecordsTopic {
  return { name: "", partitions: [] };
}

export function decodeDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopic {
  let f_name: DeleteRecordsRequestDeleteRecordsTopic['name'];
  let f_partitions: DeleteRecordsRequestDeleteRecordsTopic['partitions'];
  f_name = (v >= 2 ? r.compactString() : r.string());
  const n12 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_partitions = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeDeleteRecordsRequestDeleteRecordsPartition(r, v);
    }
    f_partitions = a13;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, v: number, o: DeleteRecordsRequestDeleteRecordsTopicInput): void {
  (v >= 2 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a15 = o.partitions;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
    for (const x16 of a15) {
      const s17 = x16;
      encodeDeleteRecordsRequestDeleteRecordsPartition(w, v, s17);
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. (versions 0+) */
  topics: Array<DeleteRecordsRequestDeleteRecordsTopic>;
  /** How long to wait for the deletion to complete, in milliseconds. (versions 0+) */
  timeoutMs: number;
}

export interface DeleteRecordsRequestInput {
  topics: Array<DeleteRecordsRequestDeleteRecordsTopicInput>;
  timeoutMs: number;
}

export function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return { topics: [], timeoutMs: 0 };
}

export function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  let f_topics: DeleteRecordsRequest['topics'];
  let f_timeoutMs: DeleteRecordsRequest['timeoutMs'];
  const n18 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n18 === null) {
    f_topics = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = decodeDeleteRecordsRequestDeleteRecordsTopic(r, v);
    }
    f_topics = a19;
  }
  f_timeoutMs = r.int32();
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topics: f_topics, timeoutMs: f_timeoutMs };
}

export function encodeDeleteRecordsRequest(w: Writer, v: number, o: DeleteRecordsRequestInput): void {
  const a21 = o.topics;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      const s23 = x22;
      encodeDeleteRecordsRequestDeleteRecordsTopic(w, v, s23);
    }
  }
  w.int32(o.timeoutMs);
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a DeleteRecordsRequest body at version `version` (0-2). */
export function encodeDeleteRecordsRequestBody(w: Writer, version: number, body: DeleteRecordsRequestInput): void {
  checkVersion('DeleteRecordsRequest', version, 0, 2);
  encodeDeleteRecordsRequest(w, version, body);
}

/** Decodes a DeleteRecordsRequest body at version `version` (0-2). */
export function decodeDeleteRecordsRequestBody(r: Reader, version: number): DeleteRecordsRequest {
  checkVersion('DeleteRecordsRequest', version, 0, 2);
  return decodeDeleteRecordsRequest(r, version);
}

