// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- OffsetDeleteResponse: versions 0, flexible never

export interface OffsetDeleteResponseOffsetDeleteResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
}

export interface OffsetDeleteResponseOffsetDeleteResponsePartitionInput {
  partitionIndex: number;
  errorCode: number;
}

export function defaultOffsetDeleteResponseOffsetDeleteResponsePartition(): OffsetDeleteResponseOffsetDeleteResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

export function decodeOffsetDeleteResponseOffsetDeleteResponsePartition(r: Reader, v: number): OffsetDeleteResponseOffsetDeleteResponsePartition {
  let f_partitionIndex: OffsetDeleteResponseOffsetDeleteResponsePartition['partitionIndex'];
  let f_errorCode: OffsetDeleteResponseOffsetDeleteResponsePartition['errorCode'];
  f_partitionIndex = r.int32();
  f_errorCode = r.int16();
  return { partitionIndex: f_partitionIndex, errorCode: f_errorCode };
}

export function encodeOffsetDeleteResponseOffsetDeleteResponsePartition(w: Writer, v: number, o: OffsetDeleteResponseOffsetDeleteResponsePartitionInput): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
}

export interface OffsetDeleteResponseOffsetDeleteResponseTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: Array<OffsetDeleteResponseOffsetDeleteResponsePartition>;
}

export interface OffsetDeleteResponseOffsetDeleteResponseTopicInput {
  name: string;
  partitions: Array<OffsetDeleteResponseOffsetDeleteResponsePartitionInput>;
}

export function defaultOffsetDeleteResponseOffsetDeleteResponseTopic(): OffsetDeleteResponseOffsetDeleteResponseTopic {
  return { name: "", partitions: [] };
}

export function decodeOffsetDeleteResponseOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseOffsetDeleteResponseTopic {
  let f_name: OffsetDeleteResponseOffsetDeleteResponseTopic['name'];
  let f_partitions: OffsetDeleteResponseOffsetDeleteResponseTopic['partitions'];
  f_name = r.string();
  const n0 = r.arrayLength(false);
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeOffsetDeleteResponseOffsetDeleteResponsePartition(r, v);
    }
    f_partitions = a1;
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeOffsetDeleteResponseOffsetDeleteResponseTopic(w: Writer, v: number, o: OffsetDeleteResponseOffsetDeleteResponseTopicInput): void {
  w.string(o.name as string);
  const a3 = o.partitions;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    w.int32(-1);
  }
  else {
    w.int32(a3.length);
    for (const x4 of a3) {
      const s5 = x4;
      encodeOffsetDeleteResponseOffsetDeleteResponsePartition(w, v, s5);
    }
  }
}

export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0+) */
  topics: Array<OffsetDeleteResponseOffsetDeleteResponseTopic>;
}

export interface OffsetDeleteResponseInput {
  errorCode: number;
  throttleTimeMs: number;
  topics: Array<OffsetDeleteResponseOffsetDeleteResponseTopicInput>;
}

export function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return { errorCode: 0, throttleTimeMs: 0, topics: [] };
}

export function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  let f_errorCode: OffsetDeleteResponse['errorCode'];
  let f_throttleTimeMs: OffsetDeleteResponse['throttleTimeMs'];
  let f_topics: OffsetDeleteResponse['topics'];
  f_errorCode = r.int16();
  f_throttleTimeMs = r.int32();
  const n6 = r.arrayLength(false);
  if (n6 === null) {
    f_topics = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeOffsetDeleteResponseOffsetDeleteResponseTopic(r, v);
    }
    f_topics = a7;
  }
  return { errorCode: f_errorCode, throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeOffsetDeleteResponse(w: Writer, v: number, o: OffsetDeleteResponseInput): void {
  w.int16(o.errorCode);
  w.int32(o.throttleTimeMs);
  const a9 = o.topics;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    w.int32(-1);
  }
  else {
    w.int32(a9.length);
    for (const x10 of a9) {
      const s11 = x10;
      encodeOffsetDeleteResponseOffsetDeleteResponseTopic(w, v, s11);
    }
  }
}

/** Encodes a OffsetDeleteResponse body at version `version` (0). */
export function encodeOffsetDeleteResponseBody(w: Writer, version: number, body: OffsetDeleteResponseInput): void {
  checkVersion('OffsetDeleteResponse', version, 0, 0);
  encodeOffsetDeleteResponse(w, version, body);
}

/** Decodes a OffsetDeleteResponse body at version `version` (0). */
export function decodeOffsetDeleteResponseBody(r: Reader, version: number): OffsetDeleteResponse {
  checkVersion('OffsetDeleteResponse', version, 0, 0);
  return decodeOffsetDeleteResponse(r, version);
}

// ---- OffsetDeleteRequest: versions 0, flexible never

export interface OffsetDeleteRequestOffsetDeleteRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
}

export interface OffsetDeleteRequestOffsetDeleteRequestPartitionInput {
  partitionIndex: number;
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestPartition(): OffsetDeleteRequestOffsetDeleteRequestPartition {
  return { partitionIndex: 0 };
}

export function decodeOffsetDeleteRequestOffsetDeleteRequestPartition(r: Reader, v: number): OffsetDeleteRequestOffsetDeleteRequestPartition {
  let f_partitionIndex: OffsetDeleteRequestOffsetDeleteRequestPartition['partitionIndex'];
  f_partitionIndex = r.int32();
  return { partitionIndex: f_partitionIndex };
}

export function encodeOffsetDeleteRequestOffsetDeleteRequestPartition(w: Writer, v: number, o: OffsetDeleteRequestOffsetDeleteRequestPartitionInput): void {
  w.int32(o.partitionIndex);
}

export interface OffsetDeleteRequestOffsetDeleteRequestTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition to delete offsets for. (versions 0+) */
  partitions: Array<OffsetDeleteRequestOffsetDeleteRequestPartition>;
}

export interface OffsetDeleteRequestOffsetDeleteRequestTopicInput {
  name: string;
  partitions: Array<OffsetDeleteRequestOffsetDeleteRequestPartitionInput>;
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestTopic(): OffsetDeleteRequestOffsetDeleteRequestTopic {
  return { name: "", partitions: [] };
}

export function decodeOffsetDeleteRequestOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestOffsetDeleteRequestTopic {
  let f_name: OffsetDeleteRequestOffsetDeleteRequestTopic['name'];
  let f_partitions: OffsetDeleteRequestOffsetDeleteRequestTopic['partitions'];
  f_name = r.string();
  const n12 = r.arrayLength(false);
  if (n12 === null) {
    f_partitions = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeOffsetDeleteRequestOffsetDeleteRequestPartition(r, v);
    }
    f_partitions = a13;
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeOffsetDeleteRequestOffsetDeleteRequestTopic(w: Writer, v: number, o: OffsetDeleteRequestOffsetDeleteRequestTopicInput): void {
  w.string(o.name as string);
  const a15 = o.partitions;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    w.int32(-1);
  }
  else {
    w.int32(a15.length);
    for (const x16 of a15) {
      const s17 = x16;
      encodeOffsetDeleteRequestOffsetDeleteRequestPartition(w, v, s17);
    }
  }
}

export interface OffsetDeleteRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string;
  /** The topics to delete offsets for. (versions 0+) */
  topics: Array<OffsetDeleteRequestOffsetDeleteRequestTopic>;
}

export interface OffsetDeleteRequestInput {
  groupId: string;
  topics: Array<OffsetDeleteRequestOffsetDeleteRequestTopicInput>;
}

export function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return { groupId: "", topics: [] };
}

export function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  let f_groupId: OffsetDeleteRequest['groupId'];
  let f_topics: OffsetDeleteRequest['topics'];
  f_groupId = r.string();
  const n18 = r.arrayLength(false);
  if (n18 === null) {
    f_topics = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = decodeOffsetDeleteRequestOffsetDeleteRequestTopic(r, v);
    }
    f_topics = a19;
  }
  return { groupId: f_groupId, topics: f_topics };
}

export function encodeOffsetDeleteRequest(w: Writer, v: number, o: OffsetDeleteRequestInput): void {
  w.string(o.groupId as string);
  const a21 = o.topics;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    w.int32(-1);
  }
  else {
    w.int32(a21.length);
    for (const x22 of a21) {
      const s23 = x22;
      encodeOffsetDeleteRequestOffsetDeleteRequestTopic(w, v, s23);
    }
  }
}

/** Encodes a OffsetDeleteRequest body at version `version` (0). */
export function encodeOffsetDeleteRequestBody(w: Writer, version: number, body: OffsetDeleteRequestInput): void {
  checkVersion('OffsetDeleteRequest', version, 0, 0);
  encodeOffsetDeleteRequest(w, version, body);
}

/** Decodes a OffsetDeleteRequest body at version `version` (0). */
export function decodeOffsetDeleteRequestBody(r: Reader, version: number): OffsetDeleteRequest {
  checkVersion('OffsetDeleteRequest', version, 0, 0);
  return decodeOffsetDeleteRequest(r, version);
}

