// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- CreatePartitionsResponse: versions 0-3, flexible 2+

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number;
  /** The result message, or null if there was no error. (versions 0+) */
  errorMessage: string | null;
}

export interface CreatePartitionsResponseCreatePartitionsTopicResultInput {
  name: string;
  errorCode: number;
  errorMessage?: string | null;
}

export function defaultCreatePartitionsResponseCreatePartitionsTopicResult(): CreatePartitionsResponseCreatePartitionsTopicResult {
  return { name: "", errorCode: 0, errorMessage: null };
}

export function decodeCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, v: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  let f_name: CreatePartitionsResponseCreatePartitionsTopicResult['name'];
  let f_errorCode: CreatePartitionsResponseCreatePartitionsTopicResult['errorCode'];
  let f_errorMessage: CreatePartitionsResponseCreatePartitionsTopicResult['errorMessage'];
  f_name = (v >= 2 ? r.compactString() : r.string());
  f_errorCode = r.int16();
  f_errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, errorCode: f_errorCode, errorMessage: f_errorMessage };
}

export function encodeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, v: number, o: CreatePartitionsResponseCreatePartitionsTopicResultInput): void {
  (v >= 2 ? w.compactString(o.name as string) : w.string(o.name as string));
  w.int16(o.errorCode);
  (v >= 2 ? w.compactNullableString((o.errorMessage ?? null)) : w.nullableString((o.errorMessage ?? null)));
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The partition creation results for each topic. (versions 0+) */
  results: Array<CreatePartitionsResponseCreatePartitionsTopicResult>;
}

export interface CreatePartitionsResponseInput {
  throttleTimeMs: number;
  results: Array<CreatePartitionsResponseCreatePartitionsTopicResultInput>;
}

export function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return { throttleTimeMs: 0, results: [] };
}

export function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  let f_throttleTimeMs: CreatePartitionsResponse['throttleTimeMs'];
  let f_results: CreatePartitionsResponse['results'];
  f_throttleTimeMs = r.int32();
  const n0 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_results = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeCreatePartitionsResponseCreatePartitionsTopicResult(r, v);
    }
    f_results = a1;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, results: f_results };
}

export function encodeCreatePartitionsResponse(w: Writer, v: number, o: CreatePartitionsResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a3 = o.results;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Results', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeCreatePartitionsResponseCreatePartitionsTopicResult(w, v, s5);
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a CreatePartitionsResponse body at version `version` (0-3). */
export function encodeCreatePartitionsResponseBody(w: Writer, version: number, body: CreatePartitionsResponseInput): void {
  checkVersion('CreatePartitionsResponse', version, 0, 3);
  encodeCreatePartitionsResponse(w, version, body);
}

/** Decodes a CreatePartitionsResponse body at version `version` (0-3). */
export function decodeCreatePartitionsResponseBody(r: Reader, version: number): CreatePartitionsResponse {
  checkVersion('CreatePartitionsResponse', version, 0, 3);
  return decodeCreatePartitionsResponse(r, version);
}

// ---- CreatePartitionsRequest: versions 0-3, flexible 2+

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. (versions 0+) */
  brokerIds: Array<number>;
}

export interface CreatePartitionsRequestCreatePartitionsAssignmentInput {
  brokerIds: Array<number>;
}

export function defaultCreatePartitionsRequestCreatePartitionsAssignment(): CreatePartitionsRequestCreatePartitionsAssignment {
  return { brokerIds: [] };
}

export function decodeCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsAssignment {
  let f_brokerIds: CreatePartitionsRequestCreatePartitionsAssignment['brokerIds'];
  f_brokerIds = r.int32List(v >= 2, false) as never;
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { brokerIds: f_brokerIds };
}

export function encodeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, v: number, o: CreatePartitionsRequestCreatePartitionsAssignmentInput): void {
  const a6 = o.brokerIds;
  if (a6 === null) {
    if (!(false)) throw nullNotAllowed('BrokerIds', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a6.length + 1) : w.int32(a6.length));
    for (const x7 of a6) {
      w.int32(x7);
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The new partition count. (versions 0+) */
  count: number;
  /** The new partition assignments. (versions 0+) */
  assignments: Array<CreatePartitionsRequestCreatePartitionsAssignment> | null;
}

export interface CreatePartitionsRequestCreatePartitionsTopicInput {
  name: string;
  count: number;
  assignments: Array<CreatePartitionsRequestCreatePartitionsAssignmentInput> | null;
}

export function defaultCreatePartitionsRequestCreatePartitionsTopic(): CreatePartitionsRequestCreatePartitionsTopic {
  return { name: "", count: 0, assignments: [] };
}

export function decodeCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopic {
  let f_name: CreatePartitionsRequestCreatePartitionsTopic['name'];
  let f_count: CreatePartitionsRequestCreatePartitionsTopic['count'];
  let f_assignments: CreatePartitionsRequestCreatePartitionsTopic['assignments'];
  f_name = (v >= 2 ? r.compactString() : r.string());
  f_count = r.int32();
  const n8 = (v >= 2 ? r.compactArrayLength(true) : r.arrayLength(true));
  if (n8 === null) {
    f_assignments = null as never;
  }
  else {
    const a9 = new Array(n8);
    for (let i10 = 0; i10 < n8; i10++) {
      a9[i10] = decodeCreatePartitionsRequestCreatePartitionsAssignment(r, v);
    }
    f_assignments = a9;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, count: f_count, assignments: f_assignments };
}

export function encodeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, v: number, o: CreatePartitionsRequestCreatePartitionsTopicInput): void {
  (v >= 2 ? w.compactString(o.name as string) : w.string(o.name as string));
  w.int32(o.count);
  const a11 = o.assignments;
  if (a11 === null) {
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a11.length + 1) : w.int32(a11.length));
    for (const x12 of a11) {
      const s13 = x12;
      encodeCreatePartitionsRequestCreatePartitionsAssignment(w, v, s13);
    }
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. (versions 0+) */
  topics: Array<CreatePartitionsRequestCreatePartitionsTopic>;
  /** The time in ms to wait for the partitions to be created. (versions 0+) */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. (versions 0+) */
  validateOnly: boolean;
}

export interface CreatePartitionsRequestInput {
  topics: Array<CreatePartitionsRequestCreatePartitionsTopicInput>;
  timeoutMs: number;
  validateOnly: boolean;
}

export function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return { topics: [], timeoutMs: 0, validateOnly: false };
}

export function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  let f_topics: CreatePartitionsRequest['topics'];
  let f_timeoutMs: CreatePartitionsRequest['timeoutMs'];
  let f_validateOnly: CreatePartitionsRequest['validateOnly'];
  const n14 = (v >= 2 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n14 === null) {
    f_topics = null as never;
  }
  else {
    const a15 = new Array(n14);
    for (let i16 = 0; i16 < n14; i16++) {
      a15[i16] = decodeCreatePartitionsRequestCreatePartitionsTopic(r, v);
    }
    f_topics = a15;
  }
  f_timeoutMs = r.int32();
  f_validateOnly = r.bool();
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topics: f_topics, timeoutMs: f_timeoutMs, validateOnly: f_validateOnly };
}

export function encodeCreatePartitionsRequest(w: Writer, v: number, o: CreatePartitionsRequestInput): void {
  const a17 = o.topics;
  if (a17 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 2 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 2 ? w.uvarint(a17.length + 1) : w.int32(a17.length));
    for (const x18 of a17) {
      const s19 = x18;
      encodeCreatePartitionsRequestCreatePartitionsTopic(w, v, s19);
    }
  }
  w.int32(o.timeoutMs);
  w.bool(o.validateOnly);
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a CreatePartitionsRequest body at version `version` (0-3). */
export function encodeCreatePartitionsRequestBody(w: Writer, version: number, body: CreatePartitionsRequestInput): void {
  checkVersion('CreatePartitionsRequest', version, 0, 3);
  encodeCreatePartitionsRequest(w, version, body);
}

/** Decodes a CreatePartitionsRequest body at version `version` (0-3). */
export function decodeCreatePartitionsRequestBody(r: Reader, version: number): CreatePartitionsRequest {
  checkVersion('CreatePartitionsRequest', version, 0, 3);
  return decodeCreatePartitionsRequest(r, version);
}

