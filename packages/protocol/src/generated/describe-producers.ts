// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- DescribeProducersResponse: versions 0, flexible 0+

export interface DescribeProducersResponseProducerState {
  /** The producer id. (versions 0+) */
  producerId: bigint;
  /** The producer epoch. (versions 0+) */
  producerEpoch: number;
  /** The last sequence number sent by the producer. (versions 0+) */
  lastSequence: number;
  /** The last timestamp sent by the producer. (versions 0+) */
  lastTimestamp: bigint;
  /** The current epoch of the producer group. (versions 0+) */
  coordinatorEpoch: number;
  /** The current transaction start offset of the producer. (versions 0+) */
  currentTxnStartOffset: bigint;
}

export interface DescribeProducersResponseProducerStateInput {
  producerId: bigint;
  producerEpoch: number;
  lastSequence?: number;
  lastTimestamp?: bigint;
  coordinatorEpoch: number;
  currentTxnStartOffset?: bigint;
}

export function defaultDescribeProducersResponseProducerState(): DescribeProducersResponseProducerState {
  return { producerId: 0n, producerEpoch: 0, lastSequence: -1, lastTimestamp: -1n, coordinatorEpoch: 0, currentTxnStartOffset: -1n };
}

export function decodeDescribeProducersResponseProducerState(r: Reader, v: number): DescribeProducersResponseProducerState {
  let f_producerId: DescribeProducersResponseProducerState['producerId'];
  let f_producerEpoch: DescribeProducersResponseProducerState['producerEpoch'];
  let f_lastSequence: DescribeProducersResponseProducerState['lastSequence'];
  let f_lastTimestamp: DescribeProducersResponseProducerState['lastTimestamp'];
  let f_coordinatorEpoch: DescribeProducersResponseProducerState['coordinatorEpoch'];
  let f_currentTxnStartOffset: DescribeProducersResponseProducerState['currentTxnStartOffset'];
  f_producerId = r.int64();
  f_producerEpoch = r.int32();
  f_lastSequence = r.int32();
  f_lastTimestamp = r.int64();
  f_coordinatorEpoch = r.int32();
  f_currentTxnStartOffset = r.int64();
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { producerId: f_producerId, producerEpoch: f_producerEpoch, lastSequence: f_lastSequence, lastTimestamp: f_lastTimestamp, coordinatorEpoch: f_coordinatorEpoch, currentTxnStartOffset: f_currentTxnStartOffset };
}

export function encodeDescribeProducersResponseProducerState(w: Writer, v: number, o: DescribeProducersResponseProducerStateInput): void {
  w.int64(o.producerId);
  w.int32(o.producerEpoch);
  w.int32((o.lastSequence ?? -1));
  w.int64((o.lastTimestamp ?? -1n));
  w.int32(o.coordinatorEpoch);
  w.int64((o.currentTxnStartOffset ?? -1n));
  {
    w.uvarint(0);
  }
}

export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available. (versions 0+) */
  errorMessage: string | null;
  /** The active producers for the partition. (versions 0+) */
  activeProducers: Array<DescribeProducersResponseProducerState>;
}

export interface DescribeProducersResponsePartitionResponseInput {
  partitionIndex: number;
  errorCode: number;
  errorMessage?: string | null;
  activeProducers: Array<DescribeProducersResponseProducerStateInput>;
}

export function defaultDescribeProducersResponsePartitionResponse(): DescribeProducersResponsePartitionResponse {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, activeProducers: [] };
}

export function decodeDescribeProducersResponsePartitionResponse(r: Reader, v: number): DescribeProducersResponsePartitionResponse {
  let f_partitionIndex: DescribeProducersResponsePartitionResponse['partitionIndex'];
  let f_errorCode: DescribeProducersResponsePartitionResponse['errorCode'];
  let f_errorMessage: DescribeProducersResponsePartitionResponse['errorMessage'];
  let f_activeProducers: DescribeProducersResponsePartitionResponse['activeProducers'];
  f_partitionIndex = r.int32();
  f_errorCode = r.int16();
  f_errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(false);
  if (n0 === null) {
    f_activeProducers = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeDescribeProducersResponseProducerState(r, v);
    }
    f_activeProducers = a1;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, errorCode: f_errorCode, errorMessage: f_errorMessage, activeProducers: f_activeProducers };
}

export function encodeDescribeProducersResponsePartitionResponse(w: Writer, v: number, o: DescribeProducersResponsePartitionResponseInput): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.compactNullableString((o.errorMessage ?? null));
  const a3 = o.activeProducers;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('ActiveProducers', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a3.length + 1);
    for (const x4 of a3) {
      const s5 = x4;
      encodeDescribeProducersResponseProducerState(w, v, s5);
    }
  }
  {
    w.uvarint(0);
  }
}

export interface DescribeProducersResponseTopicResponse {
  /** The topic name. (versions 0+) */
  name: string;
  /** Each partition in the response. (versions 0+) */
  partitions: Array<DescribeProducersResponsePartitionResponse>;
}

export interface DescribeProducersResponseTopicResponseInput {
  name: string;
  partitions: Array<DescribeProducersResponsePartitionResponseInput>;
}

export function defaultDescribeProducersResponseTopicResponse(): DescribeProducersResponseTopicResponse {
  return { name: "", partitions: [] };
}

export function decodeDescribeProducersResponseTopicResponse(r: Reader, v: number): DescribeProducersResponseTopicResponse {
  let f_name: DescribeProducersResponseTopicResponse['name'];
  let f_partitions: DescribeProducersResponseTopicResponse['partitions'];
  f_name = r.compactString();
  const n6 = r.compactArrayLength(false);
  if (n6 === null) {
    f_partitions = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeDescribeProducersResponsePartitionResponse(r, v);
    }
    f_partitions = a7;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeDescribeProducersResponseTopicResponse(w: Writer, v: number, o: DescribeProducersResponseTopicResponseInput): void {
  w.compactString(o.name as string);
  const a9 = o.partitions;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a9.length + 1);
    for (const x10 of a9) {
      const s11 = x10;
      encodeDescribeProducersResponsePartitionResponse(w, v, s11);
    }
  }
  {
    w.uvarint(0);
  }
}

export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0+) */
  topics: Array<DescribeProducersResponseTopicResponse>;
}

export interface DescribeProducersResponseInput {
  throttleTimeMs: number;
  topics: Array<DescribeProducersResponseTopicResponseInput>;
}

export function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return { throttleTimeMs: 0, topics: [] };
}

export function decodeDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  let f_throttleTimeMs: DescribeProducersResponse['throttleTimeMs'];
  let f_topics: DescribeProducersResponse['topics'];
  f_throttleTimeMs = r.int32();
  const n12 = r.compactArrayLength(false);
  if (n12 === null) {
    f_topics = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeDescribeProducersResponseTopicResponse(r, v);
    }
    f_topics = a13;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeDescribeProducersResponse(w: Writer, v: number, o: DescribeProducersResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a15 = o.topics;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a15.length + 1);
    for (const x16 of a15) {
      const s17 = x16;
      encodeDescribeProducersResponseTopicResponse(w, v, s17);
    }
  }
  {
    w.uvarint(0);
  }
}

/** Encodes a DescribeProducersResponse body at version `version` (0). */
export function encodeDescribeProducersResponseBody(w: Writer, version: number, body: DescribeProducersResponseInput): void {
  checkVersion('DescribeProducersResponse', version, 0, 0);
  encodeDescribeProducersResponse(w, version, body);
}

/** Decodes a DescribeProducersResponse body at version `version` (0). */
export function decodeDescribeProducersResponseBody(r: Reader, version: number): DescribeProducersResponse {
  checkVersion('DescribeProducersResponse', version, 0, 0);
  return decodeDescribeProducersResponse(r, version);
}

// ---- DescribeProducersRequest: versions 0, flexible 0+

export interface DescribeProducersRequestTopicRequest {
  /** The topic name. (versions 0+) */
  name: string;
  /** The indexes of the partitions to list producers for. (versions 0+) */
  partitionIndexes: Array<number>;
}

export interface DescribeProducersRequestTopicRequestInput {
  name: string;
  partitionIndexes: Array<number>;
}

export function defaultDescribeProducersRequestTopicRequest(): DescribeProducersRequestTopicRequest {
  return { name: "", partitionIndexes: [] };
}

export function decodeDescribeProducersRequestTopicRequest(r: Reader, v: number): DescribeProducersRequestTopicRequest {
  let f_name: DescribeProducersRequestTopicRequest['name'];
  let f_partitionIndexes: DescribeProducersRequestTopicRequest['partitionIndexes'];
  f_name = r.compactString();
  f_partitionIndexes = r.int32List(true, false) as never;
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitionIndexes: f_partitionIndexes };
}

export function encodeDescribeProducersRequestTopicRequest(w: Writer, v: number, o: DescribeProducersRequestTopicRequestInput): void {
  w.compactString(o.name as string);
  const a18 = o.partitionIndexes;
  if (a18 === null) {
    if (!(false)) throw nullNotAllowed('PartitionIndexes', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a18.length + 1);
    for (const x19 of a18) {
      w.int32(x19);
    }
  }
  {
    w.uvarint(0);
  }
}

export interface DescribeProducersRequest {
  /** The topics to list producers for. (versions 0+) */
  topics: Array<DescribeProducersRequestTopicRequest>;
}

export interface DescribeProducersRequestInput {
  topics: Array<DescribeProducersRequestTopicRequestInput>;
}

export function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return { topics: [] };
}

export function decodeDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  let f_topics: DescribeProducersRequest['topics'];
  const n20 = r.compactArrayLength(false);
  if (n20 === null) {
    f_topics = null as never;
  }
  else {
    const a21 = new Array(n20);
    for (let i22 = 0; i22 < n20; i22++) {
      a21[i22] = decodeDescribeProducersRequestTopicRequest(r, v);
    }
    f_topics = a21;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topics: f_topics };
}

export function encodeDescribeProducersRequest(w: Writer, v: number, o: DescribeProducersRequestInput): void {
  const a23 = o.topics;
  if (a23 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a23.length + 1);
    for (const x24 of a23) {
      const s25 = x24;
      encodeDescribeProducersRequestTopicRequest(w, v, s25);
    }
  }
  {
    w.uvarint(0);
  }
}

/** Encodes a DescribeProducersRequest body at version `version` (0). */
export function encodeDescribeProducersRequestBody(w: Writer, version: number, body: DescribeProducersRequestInput): void {
  checkVersion('DescribeProducersRequest', version, 0, 0);
  encodeDescribeProducersRequest(w, version, body);
}

/** Decodes a DescribeProducersRequest body at version `version` (0). */
export function decodeDescribeProducersRequestBody(r: Reader, version: number): DescribeProducersRequest {
  checkVersion('DescribeProducersRequest', version, 0, 0);
  return decodeDescribeProducersRequest(r, version);
}

