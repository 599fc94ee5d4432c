// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- DeleteTopicsResponse: versions 1-6, flexible 4+

export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name. (versions 0+) */
  name: string | null;
  /** The unique topic ID. (versions 6+) */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 5+) */
  errorMessage: string | null;
}

export interface DeleteTopicsResponseDeletableTopicResultInput {
  name: string | null;
  topicId?: string;
  errorCode: number;
  errorMessage?: string | null;
}

export function defaultDeleteTopicsResponseDeletableTopicResult(): DeleteTopicsResponseDeletableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: null };
}

export function decodeDeleteTopicsResponseDeletableTopicResult(r: Reader, v: number): DeleteTopicsResponseDeletableTopicResult {
  let f_name: DeleteTopicsResponseDeletableTopicResult['name'];
  let f_topicId: DeleteTopicsResponseDeletableTopicResult['topicId'];
  let f_errorCode: DeleteTopicsResponseDeletableTopicResult['errorCode'];
  let f_errorMessage: DeleteTopicsResponseDeletableTopicResult['errorMessage'];
  f_name = (v >= 4 ? (v >= 6 ? r.compactNullableString() : r.compactString()) : (v >= 6 ? r.nullableString() : r.string()));
  if (v >= 6) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  f_errorCode = r.int16();
  if (v >= 5) {
    f_errorMessage = (v >= 4 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_errorMessage = null;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, errorCode: f_errorCode, errorMessage: f_errorMessage };
}

export function encodeDeleteTopicsResponseDeletableTopicResult(w: Writer, v: number, o: DeleteTopicsResponseDeletableTopicResultInput): void {
  (v >= 4 ? (v >= 6 ? w.compactNullableString(o.name) : w.compactString(o.name as string)) : (v >= 6 ? w.nullableString(o.name) : w.string(o.name as string)));
  if (v >= 6) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  w.int16(o.errorCode);
  if (v >= 5) {
    (v >= 4 ? (v >= 5 ? w.compactNullableString((o.errorMessage ?? null)) : w.compactString((o.errorMessage ?? null) as string)) : (v >= 5 ? w.nullableString((o.errorMessage ?? null)) : w.string((o.errorMessage ?? null) as string)));
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. (versions 0+) */
  responses: Array<DeleteTopicsResponseDeletableTopicResult>;
}

export interface DeleteTopicsResponseInput {
  throttleTimeMs: number;
  responses: Array<DeleteTopicsResponseDeletableTopicResultInput>;
}

export function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

export function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  let f_throttleTimeMs: DeleteTopicsResponse['throttleTimeMs'];
  let f_responses: DeleteTopicsResponse['responses'];
  f_throttleTimeMs = r.int32();
  const n0 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_responses = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeDeleteTopicsResponseDeletableTopicResult(r, v);
    }
    f_responses = a1;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, responses: f_responses };
}

export function encodeDeleteTopicsResponse(w: Writer, v: number, o: DeleteTopicsResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a3 = o.responses;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Responses', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeDeleteTopicsResponseDeletableTopicResult(w, v, s5);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a DeleteTopicsResponse body at version `version` (1-6). */
export function encodeDeleteTopicsResponseBody(w: Writer, version: number, body: DeleteTopicsResponseInput): void {
  checkVersion('DeleteTopicsResponse', version, 1, 6);
  encodeDeleteTopicsResponse(w, version, body);
}

/** Decodes a DeleteTopicsResponse body at version `version` (1-6). */
export function decodeDeleteTopicsResponseBody(r: Reader, version: number): DeleteTopicsResponse {
  checkVersion('DeleteTopicsResponse', version, 1, 6);
  return decodeDeleteTopicsResponse(r, version);
}

// ---- DeleteTopicsRequest: versions 1-6, flexible 4+

export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name. (versions 6+) */
  name: string | null;
  /** The unique topic ID. (versions 6+) */
  topicId: string;
}

export interface DeleteTopicsRequestDeleteTopicStateInput {
  name?: string | null;
  topicId?: string;
}

export function defaultDeleteTopicsRequestDeleteTopicState(): DeleteTopicsRequestDeleteTopicState {
  return { name: null, topicId: ZERO_UUID };
}

export function decodeDeleteTopicsRequestDeleteTopicState(r: Reader, v: number): DeleteTopicsRequestDeleteTopicState {
  let f_name: DeleteTopicsRequestDeleteTopicState['name'];
  let f_topicId: DeleteTopicsRequestDeleteTopicState['topicId'];
  if (v >= 6) {
    f_name = (v >= 4 ? (v >= 6 ? r.compactNullableString() : r.compactString()) : (v >= 6 ? r.nullableString() : r.string()));
  }
  else {
    f_name = null;
  }
  if (v >= 6) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId };
}

export function encodeDeleteTopicsRequestDeleteTopicState(w: Writer, v: number, o: DeleteTopicsRequestDeleteTopicStateInput): void {
  if (v >= 6) {
    (v >= 4 ? (v >= 6 ? w.compactNullableString((o.name ?? null)) : w.compactString((o.name ?? null) as string)) : (v >= 6 ? w.nullableString((o.name ?? null)) : w.string((o.name ?? null) as string)));
  }
  else {
    if (o.name !== undefined && o.name !== null) throw fieldNotInVersion('Name', v);
  }
  if (v >= 6) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  else {
    if (o.topicId !== undefined && o.topicId !== ZERO_UUID) throw fieldNotInVersion('TopicId', v);
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic. (versions 6+) */
  topics: Array<DeleteTopicsRequestDeleteTopicState>;
  /** The names of the topics to delete. (versions 0-5) */
  topicNames: Array<string>;
  /** The length of time in milliseconds to wait for the deletions to complete. (versions 0+) */
  timeoutMs: number;
}

export interface DeleteTopicsRequestInput {
  topics?: Array<DeleteTopicsRequestDeleteTopicStateInput>;
  topicNames?: Array<string>;
  timeoutMs: number;
}

export function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return { topics: [], topicNames: [], timeoutMs: 0 };
}

export function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  let f_topics: DeleteTopicsRequest['topics'];
  let f_topicNames: DeleteTopicsRequest['topicNames'];
  let f_timeoutMs: DeleteTopicsRequest['timeoutMs'];
  if (v >= 6) {
    const n6 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n6 === null) {
      f_topics = null as never;
    }
    else {
      const a7 = new Array(n6);
      for (let i8 = 0; i8 < n6; i8++) {
        a7[i8] = decodeDeleteTopicsRequestDeleteTopicState(r, v);
      }
      f_topics = a7;
    }
  }
  else {
    f_topics = [];
  }
  if (v <= 5) {
    const n9 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n9 === null) {
      f_topicNames = null as never;
    }
    else {
      const a10 = new Array(n9);
      for (let i11 = 0; i11 < n9; i11++) {
        a10[i11] = (v >= 4 ? r.compactString() : r.string());
      }
      f_topicNames = a10;
    }
  }
  else {
    f_topicNames = [];
  }
  f_timeoutMs = r.int32();
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topics: f_topics, topicNames: f_topicNames, timeoutMs: f_timeoutMs };
}

export function encodeDeleteTopicsRequest(w: Writer, v: number, o: DeleteTopicsRequestInput): void {
  if (v >= 6) {
    const a12 = (o.topics ?? []);
    if (a12 === null) {
      if (!(false)) throw nullNotAllowed('Topics', v);
      (v >= 4 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 4 ? w.uvarint(a12.length + 1) : w.int32(a12.length));
      for (const x13 of a12) {
        const s14 = x13;
        encodeDeleteTopicsRequestDeleteTopicState(w, v, s14);
      }
    }
  }
  else {
    if (o.topics !== undefined && (o.topics === null || o.topics.length > 0)) throw fieldNotInVersion('Topics', v);
  }
  if (v <= 5) {
    const a15 = (o.topicNames ?? []);
    if (a15 === null) {
      if (!(false)) throw nullNotAllowed('TopicNames', v);
      (v >= 4 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 4 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
      for (const x16 of a15) {
        (v >= 4 ? w.compactString(x16 as string) : w.string(x16 as string));
      }
    }
  }
  w.int32(o.timeoutMs);
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a DeleteTopicsRequest body at version `version` (1-6). */
export function encodeDeleteTopicsRequestBody(w: Writer, version: number, body: DeleteTopicsRequestInput): void {
  checkVersion('DeleteTopicsRequest', version, 1, 6);
  encodeDeleteTopicsRequest(w, version, body);
}

/** Decodes a DeleteTopicsRequest body at version `version` (1-6). */
export function decodeDeleteTopicsRequestBody(r: Reader, version: number): DeleteTopicsRequest {
  checkVersion('DeleteTopicsRequest', version, 1, 6);
  return decodeDeleteTopicsRequest(r, version);
}

