// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- CreateTopicsResponse: versions 2-7, flexible 5+

export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. (versions 5+) */
  name: string;
  /** The configuration value. (versions 5+) */
  value: string | null;
  /** True if the configuration is read-only. (versions 5+) */
  readOnly: boolean;
  /** The configuration source. (versions 5+) */
  configSource: number;
  /** True if this configuration is sensitive. (versions 5+) */
  isSensitive: boolean;
}

export interface CreateTopicsResponseCreatableTopicConfigsInput {
  name?: string;
  value?: string | null;
  readOnly?: boolean;
  configSource?: number;
  isSensitive?: boolean;
}

export function defaultCreateTopicsResponseCreatableTopicConfigs(): CreateTopicsResponseCreatableTopicConfigs {
  return { name: "", value: "", readOnly: false, configSource: -1, isSensitive: false };
}

export function decodeCreateTopicsResponseCreatableTopicConfigs(r: Reader, v: number): CreateTopicsResponseCreatableTopicConfigs {
  let f_name: CreateTopicsResponseCreatableTopicConfigs['name'];
  let f_value: CreateTopicsResponseCreatableTopicConfigs['value'];
  let f_readOnly: CreateTopicsResponseCreatableTopicConfigs['readOnly'];
  let f_configSource: CreateTopicsResponseCreatableTopicConfigs['configSource'];
  let f_isSensitive: CreateTopicsResponseCreatableTopicConfigs['isSensitive'];
  if (v >= 5) {
    f_name = (v >= 5 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v >= 5) {
    f_value = (v >= 5 ? (v >= 5 ? r.compactNullableString() : r.compactString()) : (v >= 5 ? r.nullableString() : r.string()));
  }
  else {
    f_value = "";
  }
  if (v >= 5) {
    f_readOnly = r.bool();
  }
  else {
    f_readOnly = false;
  }
  if (v >= 5) {
    f_configSource = r.int8();
  }
  else {
    f_configSource = -1;
  }
  if (v >= 5) {
    f_isSensitive = r.bool();
  }
  else {
    f_isSensitive = false;
  }
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, value: f_value, readOnly: f_readOnly, configSource: f_configSource, isSensitive: f_isSensitive };
}

export function encodeCreateTopicsResponseCreatableTopicConfigs(w: Writer, v: number, o: CreateTopicsResponseCreatableTopicConfigsInput): void {
  if (v >= 5) {
    (v >= 5 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  else {
    if (o.name !== undefined && o.name !== "") throw fieldNotInVersion('Name', v);
  }
  if (v >= 5) {
    (v >= 5 ? (v >= 5 ? w.compactNullableString((o.value === undefined ? "" : o.value)) : w.compactString((o.value === undefined ? "" : o.value) as string)) : (v >= 5 ? w.nullableString((o.value === undefined ? "" : o.value)) : w.string((o.value === undefined ? "" : o.value) as string)));
  }
  else {
    if (o.value !== undefined && o.value !== "") throw fieldNotInVersion('Value', v);
  }
  if (v >= 5) {
    w.bool((o.readOnly ?? false));
  }
  else {
    if (o.readOnly !== undefined && o.readOnly !== false) throw fieldNotInVersion('ReadOnly', v);
  }
  if (v >= 5) {
    w.int8((o.configSource ?? -1));
  }
  if (v >= 5) {
    w.bool((o.isSensitive ?? false));
  }
  else {
    if (o.isSensitive !== undefined && o.isSensitive !== false) throw fieldNotInVersion('IsSensitive', v);
  }
  if (v >= 5) {
    w.uvarint(0);
  }
}

export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** The unique topic ID. (versions 7+) */
  topicId: string;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 1+) */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. (versions 5+, tag 0) */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. (versions 5+) */
  numPartitions: number;
  /** Replication factor of the topic. (versions 5+) */
  replicationFactor: number;
  /** Configuration of the topic. (versions 5+) */
  configs: Array<CreateTopicsResponseCreatableTopicConfigs> | null;
}

export interface CreateTopicsResponseCreatableTopicResultInput {
  name: string;
  topicId?: string;
  errorCode: number;
  errorMessage: string | null;
  topicConfigErrorCode?: number;
  numPartitions?: number;
  replicationFactor?: number;
  configs?: Array<CreateTopicsResponseCreatableTopicConfigsInput> | null;
}

export function defaultCreateTopicsResponseCreatableTopicResult(): CreateTopicsResponseCreatableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: "", topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: [] };
}

export function decodeCreateTopicsResponseCreatableTopicResult(r: Reader, v: number): CreateTopicsResponseCreatableTopicResult {
  let f_name: CreateTopicsResponseCreatableTopicResult['name'];
  let f_topicId: CreateTopicsResponseCreatableTopicResult['topicId'];
  let f_errorCode: CreateTopicsResponseCreatableTopicResult['errorCode'];
  let f_errorMessage: CreateTopicsResponseCreatableTopicResult['errorMessage'];
  let f_topicConfigErrorCode: CreateTopicsResponseCreatableTopicResult['topicConfigErrorCode'] = 0;
  let f_numPartitions: CreateTopicsResponseCreatableTopicResult['numPartitions'];
  let f_replicationFactor: CreateTopicsResponseCreatableTopicResult['replicationFactor'];
  let f_configs: CreateTopicsResponseCreatableTopicResult['configs'];
  f_name = (v >= 5 ? r.compactString() : r.string());
  if (v >= 7) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  f_errorCode = r.int16();
  f_errorMessage = (v >= 5 ? r.compactNullableString() : r.nullableString());
  if (v >= 5) {
    f_numPartitions = r.int32();
  }
  else {
    f_numPartitions = -1;
  }
  if (v >= 5) {
    f_replicationFactor = r.int16();
  }
  else {
    f_replicationFactor = -1;
  }
  if (v >= 5) {
    const n0 = (v >= 5 ? r.compactArrayLength(v >= 5) : r.arrayLength(v >= 5));
    if (n0 === null) {
      f_configs = null as never;
    }
    else {
      const a1 = new Array(n0);
      for (let i2 = 0; i2 < n0; i2++) {
        a1[i2] = decodeCreateTopicsResponseCreatableTopicConfigs(r, v);
      }
      f_configs = a1;
    }
  }
  else {
    f_configs = [];
  }
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 5) {
            f_topicConfigErrorCode = r.int16();
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, errorCode: f_errorCode, errorMessage: f_errorMessage, topicConfigErrorCode: f_topicConfigErrorCode, numPartitions: f_numPartitions, replicationFactor: f_replicationFactor, configs: f_configs };
}

export function encodeCreateTopicsResponseCreatableTopicResult(w: Writer, v: number, o: CreateTopicsResponseCreatableTopicResultInput): void {
  (v >= 5 ? w.compactString(o.name as string) : w.string(o.name as string));
  if (v >= 7) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  w.int16(o.errorCode);
  (v >= 5 ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  if (v >= 5) {
    w.int32((o.numPartitions ?? -1));
  }
  if (v >= 5) {
    w.int16((o.replicationFactor ?? -1));
  }
  if (v >= 5) {
    const a3 = (o.configs === undefined ? [] : o.configs);
    if (a3 === null) {
      if (!(v >= 5)) throw nullNotAllowed('Configs', v);
      (v >= 5 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 5 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
      for (const x4 of a3) {
        const s5 = x4;
        encodeCreateTopicsResponseCreatableTopicConfigs(w, v, s5);
      }
    }
  }
  if (v >= 5) {
    let tagCount = 0;
    const send_topicConfigErrorCode = v >= 5 && o.topicConfigErrorCode !== undefined && o.topicConfigErrorCode !== 0;
    if (send_topicConfigErrorCode) tagCount++;
    w.uvarint(tagCount);
    if (send_topicConfigErrorCode) {
      const at = w.beginTaggedField(0);
      w.int16(o.topicConfigErrorCode!);
      w.endTaggedField(at);
    }
  }
}

export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+) */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. (versions 0+) */
  topics: Array<CreateTopicsResponseCreatableTopicResult>;
}

export interface CreateTopicsResponseInput {
  throttleTimeMs: number;
  topics: Array<CreateTopicsResponseCreatableTopicResultInput>;
}

export function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

export function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  let f_throttleTimeMs: CreateTopicsResponse['throttleTimeMs'];
  let f_topics: CreateTopicsResponse['topics'];
  f_throttleTimeMs = r.int32();
  const n6 = (v >= 5 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_topics = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeCreateTopicsResponseCreatableTopicResult(r, v);
    }
    f_topics = a7;
  }
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, topics: f_topics };
}

export function encodeCreateTopicsResponse(w: Writer, v: number, o: CreateTopicsResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a9 = o.topics;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeCreateTopicsResponseCreatableTopicResult(w, v, s11);
    }
  }
  if (v >= 5) {
    w.uvarint(0);
  }
}

/** Encodes a CreateTopicsResponse body at version `version` (2-7). */
export function encodeCreateTopicsResponseBody(w: Writer, version: number, body: CreateTopicsResponseInput): void {
  checkVersion('CreateTopicsResponse', version, 2, 7);
  encodeCreateTopicsResponse(w, version, body);
}

/** Decodes a CreateTopicsResponse body at version `version` (2-7). */
export function decodeCreateTopicsResponseBody(r: Reader, version: number): CreateTopicsResponse {
  checkVersion('CreateTopicsResponse', version, 2, 7);
  return decodeCreateTopicsResponse(r, version);
}

// ---- CreateTopicsRequest: versions 2-7, flexible 5+

export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The brokers to place the partition on. (versions 0+) */
  brokerIds: Array<number>;
}

export interface CreateTopicsRequestCreatableReplicaAssignmentInput {
  partitionIndex: number;
  brokerIds: Array<number>;
}

export function defaultCreateTopicsRequestCreatableReplicaAssignment(): CreateTopicsRequestCreatableReplicaAssignment {
  return { partitionIndex: 0, brokerIds: [] };
}

export function decodeCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number): CreateTopicsRequestCreatableReplicaAssignment {
  let f_partitionIndex: CreateTopicsRequestCreatableReplicaAssignment['partitionIndex'];
  let f_brokerIds: CreateTopicsRequestCreatableReplicaAssignment['brokerIds'];
  f_partitionIndex = r.int32();
  f_brokerIds = r.int32List(v >= 5, false) as never;
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, brokerIds: f_brokerIds };
}

export function encodeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, v: number, o: CreateTopicsRequestCreatableReplicaAssignmentInput): void {
  w.int32(o.partitionIndex);
  const a12 = o.brokerIds;
  if (a12 === null) {
    if (!(false)) throw nullNotAllowed('BrokerIds', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a12.length + 1) : w.int32(a12.length));
    for (const x13 of a12) {
      w.int32(x13);
    }
  }
  if (v >= 5) {
    w.uvarint(0);
  }
}

export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. (versions 0+) */
  name: string;
  /** The configuration value. (versions 0+) */
  value: string | null;
}

export interface CreateTopicsRequestCreatableTopicConfigInput {
  name: string;
  value: string | null;
}

export function defaultCreateTopicsRequestCreatableTopicConfig(): CreateTopicsRequestCreatableTopicConfig {
  return { name: "", value: "" };
}

export function decodeCreateTopicsRequestCreatableTopicConfig(r: Reader, v: number): CreateTopicsRequestCreatableTopicConfig {
  let f_name: CreateTopicsRequestCreatableTopicConfig['name'];
  let f_value: CreateTopicsRequestCreatableTopicConfig['value'];
  f_name = (v >= 5 ? r.compactString() : r.string());
  f_value = (v >= 5 ? r.compactNullableString() : r.nullableString());
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, value: f_value };
}

export function encodeCreateTopicsRequestCreatableTopicConfig(w: Writer, v: number, o: CreateTopicsRequestCreatableTopicConfigInput): void {
  (v >= 5 ? w.compactString(o.name as string) : w.string(o.name as string));
  (v >= 5 ? w.compactNullableString(o.value) : w.nullableString(o.value));
  if (v >= 5) {
    w.uvarint(0);
  }
}

export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. (versions 0+) */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. (versions 0+) */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. (versions 0+) */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. (versions 0+) */
  assignments: Array<CreateTopicsRequestCreatableReplicaAssignment>;
  /** The custom topic configurations to set. (versions 0+) */
  configs: Array<CreateTopicsRequestCreatableTopicConfig>;
}

export interface CreateTopicsRequestCreatableTopicInput {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignments: Array<CreateTopicsRequestCreatableReplicaAssignmentInput>;
  configs: Array<CreateTopicsRequestCreatableTopicConfigInput>;
}

export function defaultCreateTopicsRequestCreatableTopic(): CreateTopicsRequestCreatableTopic {
  return { name: "", numPartitions: 0, replicationFactor: 0, assignments: [], configs: [] };
}

export function decodeCreateTopicsRequestCreatableTopic(r: Reader, v: number): CreateTopicsRequestCreatableTopic {
  let f_name: CreateTopicsRequestCreatableTopic['name'];
  let f_numPartitions: CreateTopicsRequestCreatableTopic['numPartitions'];
  let f_replicationFactor: CreateTopicsRequestCreatableTopic['replicationFactor'];
  let f_assignments: CreateTopicsRequestCreatableTopic['assignments'];
  let f_configs: CreateTopicsRequestCreatableTopic['configs'];
  f_name = (v >= 5 ? r.compactString() : r.string());
  f_numPartitions = r.int32();
  f_replicationFactor = r.int16();
  const n14 = (v >= 5 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n14 === null) {
    f_assignments = null as never;
  }
  else {
    const a15 = new Array(n14);
    for (let i16 = 0; i16 < n14; i16++) {
      a15[i16] = decodeCreateTopicsRequestCreatableReplicaAssignment(r, v);
    }
    f_assignments = a15;
  }
  const n17 = (v >= 5 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n17 === null) {
    f_configs = null as never;
  }
  else {
    const a18 = new Array(n17);
    for (let i19 = 0; i19 < n17; i19++) {
      a18[i19] = decodeCreateTopicsRequestCreatableTopicConfig(r, v);
    }
    f_configs = a18;
  }
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, numPartitions: f_numPartitions, replicationFactor: f_replicationFactor, assignments: f_assignments, configs: f_configs };
}

export function encodeCreateTopicsRequestCreatableTopic(w: Writer, v: number, o: CreateTopicsRequestCreatableTopicInput): void {
  (v >= 5 ? w.compactString(o.name as string) : w.string(o.name as string));
  w.int32(o.numPartitions);
  w.int16(o.replicationFactor);
  const a20 = o.assignments;
  if (a20 === null) {
    if (!(false)) throw nullNotAllowed('Assignments', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a20.length + 1) : w.int32(a20.length));
    for (const x21 of a20) {
      const s22 = x21;
      encodeCreateTopicsRequestCreatableReplicaAssignment(w, v, s22);
    }
  }
  const a23 = o.configs;
  if (a23 === null) {
    if (!(false)) throw nullNotAllowed('Configs', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a23.length + 1) : w.int32(a23.length));
    for (const x24 of a23) {
      const s25 = x24;
      encodeCreateTopicsRequestCreatableTopicConfig(w, v, s25);
    }
  }
  if (v >= 5) {
    w.uvarint(0);
  }
}

export interface CreateTopicsRequest {
  /** The topics to create. (versions 0+) */
  topics: Array<CreateTopicsRequestCreatableTopic>;
  /** How long to wait in milliseconds before timing out the request. (versions 0+) */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. (versions 1+) */
  validateOnly: boolean;
}

export interface CreateTopicsRequestInput {
  topics: Array<CreateTopicsRequestCreatableTopicInput>;
  timeoutMs?: number;
  validateOnly?: boolean;
}

export function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return { topics: [], timeoutMs: 60000, validateOnly: false };
}

export function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  let f_topics: CreateTopicsRequest['topics'];
  let f_timeoutMs: CreateTopicsRequest['timeoutMs'];
  let f_validateOnly: CreateTopicsRequest['validateOnly'];
  const n26 = (v >= 5 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n26 === null) {
    f_topics = null as never;
  }
  else {
    const a27 = new Array(n26);
    for (let i28 = 0; i28 < n26; i28++) {
      a27[i28] = decodeCreateTopicsRequestCreatableTopic(r, v);
    }
    f_topics = a27;
  }
  f_timeoutMs = r.int32();
  f_validateOnly = r.bool();
  if (v >= 5) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topics: f_topics, timeoutMs: f_timeoutMs, validateOnly: f_validateOnly };
}

export function encodeCreateTopicsRequest(w: Writer, v: number, o: CreateTopicsRequestInput): void {
  const a29 = o.topics;
  if (a29 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 5 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 5 ? w.uvarint(a29.length + 1) : w.int32(a29.length));
    for (const x30 of a29) {
      const s31 = x30;
      encodeCreateTopicsRequestCreatableTopic(w, v, s31);
    }
  }
  w.int32((o.timeoutMs ?? 60000));
  w.bool((o.validateOnly ?? false));
  if (v >= 5) {
    w.uvarint(0);
  }
}

/** Encodes a CreateTopicsRequest body at version `version` (2-7). */
export function encodeCreateTopicsRequestBody(w: Writer, version: number, body: CreateTopicsRequestInput): void {
  checkVersion('CreateTopicsRequest', version, 2, 7);
  encodeCreateTopicsRequest(w, version, body);
}

/** Decodes a CreateTopicsRequest body at version `version` (2-7). */
export function decodeCreateTopicsRequestBody(r: Reader, version: number): CreateTopicsRequest {
  checkVersion('CreateTopicsRequest', version, 2, 7);
  return decodeCreateTopicsRequest(r, version);
}

