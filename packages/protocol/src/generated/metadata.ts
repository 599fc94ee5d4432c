// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- MetadataResponse: versions 0-13, flexible 9+

export interface MetadataResponseMetadataResponseBroker {
  /** The broker ID. (versions 0+) */
  nodeId: number;
  /** The broker hostname. (versions 0+) */
  host: string;
  /** The broker port. (versions 0+) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 1+) */
  rack: string | null;
}

export interface MetadataResponseMetadataResponseBrokerInput {
  nodeId: number;
  host: string;
  port: number;
  rack?: string | null;
}

export function defaultMetadataResponseMetadataResponseBroker(): MetadataResponseMetadataResponseBroker {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

export function decodeMetadataResponseMetadataResponseBroker(r: Reader, v: number): MetadataResponseMetadataResponseBroker {
  let f_nodeId: MetadataResponseMetadataResponseBroker['nodeId'];
  let f_host: MetadataResponseMetadataResponseBroker['host'];
  let f_port: MetadataResponseMetadataResponseBroker['port'];
  let f_rack: MetadataResponseMetadataResponseBroker['rack'];
  f_nodeId = r.int32();
  f_host = (v >= 9 ? r.compactString() : r.string());
  f_port = r.int32();
  if (v >= 1) {
    f_rack = (v >= 9 ? (v >= 1 ? r.compactNullableString() : r.compactString()) : (v >= 1 ? r.nullableString() : r.string()));
  }
  else {
    f_rack = null;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { nodeId: f_nodeId, host: f_host, port: f_port, rack: f_rack };
}

export function encodeMetadataResponseMetadataResponseBroker(w: Writer, v: number, o: MetadataResponseMetadataResponseBrokerInput): void {
  w.int32(o.nodeId);
  (v >= 9 ? w.compactString(o.host as string) : w.string(o.host as string));
  w.int32(o.port);
  if (v >= 1) {
    (v >= 9 ? (v >= 1 ? w.compactNullableString((o.rack ?? null)) : w.compactString((o.rack ?? null) as string)) : (v >= 1 ? w.nullableString((o.rack ?? null)) : w.string((o.rack ?? null) as string)));
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface MetadataResponseMetadataResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The ID of the leader broker. (versions 0+) */
  leaderId: number;
  /** The leader epoch of this partition. (versions 7+) */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. (versions 0+) */
  replicaNodes: Array<number>;
  /** The set of nodes that are in sync with the leader for this partition. (versions 0+) */
  isrNodes: Array<number>;
  /** The set of offline replicas of this partition. (versions 5+) */
  offlineReplicas: Array<number>;
}

export interface MetadataResponseMetadataResponsePartitionInput {
  errorCode: number;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch?: number;
  replicaNodes: Array<number>;
  isrNodes: Array<number>;
  offlineReplicas?: Array<number>;
}

export function defaultMetadataResponseMetadataResponsePartition(): MetadataResponseMetadataResponsePartition {
  return { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], offlineReplicas: [] };
}

export function decodeMetadataResponseMetadataResponsePartition(r: Reader, v: number): MetadataResponseMetadataResponsePartition {
  let f_errorCode: MetadataResponseMetadataResponsePartition['errorCode'];
  let f_partitionIndex: MetadataResponseMetadataResponsePartition['partitionIndex'];
  let f_leaderId: MetadataResponseMetadataResponsePartition['leaderId'];
  let f_leaderEpoch: MetadataResponseMetadataResponsePartition['leaderEpoch'];
  let f_replicaNodes: MetadataResponseMetadataResponsePartition['replicaNodes'];
  let f_isrNodes: MetadataResponseMetadataResponsePartition['isrNodes'];
  let f_offlineReplicas: MetadataResponseMetadataResponsePartition['offlineReplicas'];
  f_errorCode = r.int16();
  f_partitionIndex = r.int32();
  f_leaderId = r.int32();
  if (v >= 7) {
    f_leaderEpoch = r.int32();
  }
  else {
    f_leaderEpoch = -1;
  }
  f_replicaNodes = r.int32List(v >= 9, false) as never;
  f_isrNodes = r.int32List(v >= 9, false) as never;
  if (v >= 5) {
    f_offlineReplicas = r.int32List(v >= 9, false) as never;
  }
  else {
    f_offlineReplicas = [];
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, partitionIndex: f_partitionIndex, leaderId: f_leaderId, leaderEpoch: f_leaderEpoch, replicaNodes: f_replicaNodes, isrNodes: f_isrNodes, offlineReplicas: f_offlineReplicas };
}

export function encodeMetadataResponseMetadataResponsePartition(w: Writer, v: number, o: MetadataResponseMetadataResponsePartitionInput): void {
  w.int16(o.errorCode);
  w.int32(o.partitionIndex);
  w.int32(o.leaderId);
  if (v >= 7) {
    w.int32((o.leaderEpoch ?? -1));
  }
  const a0 = o.replicaNodes;
  if (a0 === null) {
    if (!(false)) throw nullNotAllowed('ReplicaNodes', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a0.length + 1) : w.int32(a0.length));
    for (const x1 of a0) {
      w.int32(x1);
    }
  }
  const a2 = o.isrNodes;
  if (a2 === null) {
    if (!(false)) throw nullNotAllowed('IsrNodes', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a2.length + 1) : w.int32(a2.length));
    for (const x3 of a2) {
      w.int32(x3);
    }
  }
  if (v >= 5) {
    const a4 = (o.offlineReplicas ?? []);
    if (a4 === null) {
      if (!(false)) throw nullNotAllowed('OfflineReplicas', v);
      (v >= 9 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 9 ? w.uvarint(a4.length + 1) : w.int32(a4.length));
      for (const x5 of a4) {
        w.int32(x5);
      }
    }
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface MetadataResponseMetadataResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (versions 0+) */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. (versions 10+) */
  topicId: string;
  /** True if the topic is internal. (versions 1+) */
  isInternal: boolean;
  /** Each partition in the topic. (versions 0+) */
  partitions: Array<MetadataResponseMetadataResponsePartition>;
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 8+) */
  topicAuthorizedOperations: number;
}

export interface MetadataResponseMetadataResponseTopicInput {
  errorCode: number;
  name: string | null;
  topicId?: string;
  isInternal?: boolean;
  partitions: Array<MetadataResponseMetadataResponsePartitionInput>;
  topicAuthorizedOperations?: number;
}

export function defaultMetadataResponseMetadataResponseTopic(): MetadataResponseMetadataResponseTopic {
  return { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 };
}

export function decodeMetadataResponseMetadataResponseTopic(r: Reader, v: number): MetadataResponseMetadataResponseTopic {
  let f_errorCode: MetadataResponseMetadataResponseTopic['errorCode'];
  let f_name: MetadataResponseMetadataResponseTopic['name'];
  let f_topicId: MetadataResponseMetadataResponseTopic['topicId'];
  let f_isInternal: MetadataResponseMetadataResponseTopic['isInternal'];
  let f_partitions: MetadataResponseMetadataResponseTopic['partitions'];
  let f_topicAuthorizedOperations: MetadataResponseMetadataResponseTopic['topicAuthorizedOperations'];
  f_errorCode = r.int16();
  f_name = (v >= 9 ? (v >= 12 ? r.compactNullableString() : r.compactString()) : (v >= 12 ? r.nullableString() : r.string()));
  if (v >= 10) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  if (v >= 1) {
    f_isInternal = r.bool();
  }
  else {
    f_isInternal = false;
  }
  const n6 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_partitions = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeMetadataResponseMetadataResponsePartition(r, v);
    }
    f_partitions = a7;
  }
  if (v >= 8) {
    f_topicAuthorizedOperations = r.int32();
  }
  else {
    f_topicAuthorizedOperations = -2147483648;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, name: f_name, topicId: f_topicId, isInternal: f_isInternal, partitions: f_partitions, topicAuthorizedOperations: f_topicAuthorizedOperations };
}

export function encodeMetadataResponseMetadataResponseTopic(w: Writer, v: number, o: MetadataResponseMetadataResponseTopicInput): void {
  w.int16(o.errorCode);
  (v >= 9 ? (v >= 12 ? w.compactNullableString(o.name) : w.compactString(o.name as string)) : (v >= 12 ? w.nullableString(o.name) : w.string(o.name as string)));
  if (v >= 10) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  if (v >= 1) {
    w.bool((o.isInternal ?? false));
  }
  const a9 = o.partitions;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeMetadataResponseMetadataResponsePartition(w, v, s11);
    }
  }
  if (v >= 8) {
    w.int32((o.topicAuthorizedOperations ?? -2147483648));
  }
  else {
    if (o.topicAuthorizedOperations !== undefined && o.topicAuthorizedOperations !== -2147483648) throw fieldNotInVersion('TopicAuthorizedOperations', v);
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+) */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. (versions 0+) */
  brokers: Array<MetadataResponseMetadataResponseBroker>;
  /** The cluster ID that responding broker belongs to. (versions 2+) */
  clusterId: string | null;
  /** The ID of the controller broker. (versions 1+) */
  controllerId: number;
  /** Each topic in the response. (versions 0+) */
  topics: Array<MetadataResponseMetadataResponseTopic>;
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 8-10) */
  clusterAuthorizedOperations: number;
  /** The top-level error code, or 0 if there was no error. (versions 13+) */
  errorCode: number;
}

export interface MetadataResponseInput {
  throttleTimeMs?: number;
  brokers: Array<MetadataResponseMetadataResponseBrokerInput>;
  clusterId?: string | null;
  controllerId?: number;
  topics: Array<MetadataResponseMetadataResponseTopicInput>;
  clusterAuthorizedOperations?: number;
  errorCode?: number;
}

export function defaultMetadataResponse(): MetadataResponse {
  return { throttleTimeMs: 0, brokers: [], clusterId: null, controllerId: -1, topics: [], clusterAuthorizedOperations: -2147483648, errorCode: 0 };
}

export function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  let f_throttleTimeMs: MetadataResponse['throttleTimeMs'];
  let f_brokers: MetadataResponse['brokers'];
  let f_clusterId: MetadataResponse['clusterId'];
  let f_controllerId: MetadataResponse['controllerId'];
  let f_topics: MetadataResponse['topics'];
  let f_clusterAuthorizedOperations: MetadataResponse['clusterAuthorizedOperations'];
  let f_errorCode: MetadataResponse['errorCode'];
  if (v >= 3) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  const n12 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_brokers = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeMetadataResponseMetadataResponseBroker(r, v);
    }
    f_brokers = a13;
  }
  if (v >= 2) {
    f_clusterId = (v >= 9 ? (v >= 2 ? r.compactNullableString() : r.compactString()) : (v >= 2 ? r.nullableString() : r.string()));
  }
  else {
    f_clusterId = null;
  }
  if (v >= 1) {
    f_controllerId = r.int32();
  }
  else {
    f_controllerId = -1;
  }
  const n15 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n15 === null) {
    f_topics = null as never;
  }
  else {
    const a16 = new Array(n15);
    for (let i17 = 0; i17 < n15; i17++) {
      a16[i17] = decodeMetadataResponseMetadataResponseTopic(r, v);
    }
    f_topics = a16;
  }
  if (v >= 8 && v <= 10) {
    f_clusterAuthorizedOperations = r.int32();
  }
  else {
    f_clusterAuthorizedOperations = -2147483648;
  }
  if (v >= 13) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, brokers: f_brokers, clusterId: f_clusterId, controllerId: f_controllerId, topics: f_topics, clusterAuthorizedOperations: f_clusterAuthorizedOperations, errorCode: f_errorCode };
}

export function encodeMetadataResponse(w: Writer, v: number, o: MetadataResponseInput): void {
  if (v >= 3) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  const a18 = o.brokers;
  if (a18 === null) {
    if (!(false)) throw nullNotAllowed('Brokers', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a18.length + 1) : w.int32(a18.length));
    for (const x19 of a18) {
      const s20 = x19;
      encodeMetadataResponseMetadataResponseBroker(w, v, s20);
    }
  }
  if (v >= 2) {
    (v >= 9 ? (v >= 2 ? w.compactNullableString((o.clusterId ?? null)) : w.compactString((o.clusterId ?? null) as string)) : (v >= 2 ? w.nullableString((o.clusterId ?? null)) : w.string((o.clusterId ?? null) as string)));
  }
  if (v >= 1) {
    w.int32((o.controllerId ?? -1));
  }
  const a21 = o.topics;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      const s23 = x22;
      encodeMetadataResponseMetadataResponseTopic(w, v, s23);
    }
  }
  if (v >= 8 && v <= 10) {
    w.int32((o.clusterAuthorizedOperations ?? -2147483648));
  }
  else {
    if (o.clusterAuthorizedOperations !== undefined && o.clusterAuthorizedOperations !== -2147483648) throw fieldNotInVersion('ClusterAuthorizedOperations', v);
  }
  if (v >= 13) {
    w.int16((o.errorCode ?? 0));
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

/** Encodes a MetadataResponse body at version `version` (0-13). */
export function encodeMetadataResponseBody(w: Writer, version: number, body: MetadataResponseInput): void {
  checkVersion('MetadataResponse', version, 0, 13);
  encodeMetadataResponse(w, version, body);
}

/** Decodes a MetadataResponse body at version `version` (0-13). */
export function decodeMetadataResponseBody(r: Reader, version: number): MetadataResponse {
  checkVersion('MetadataResponse', version, 0, 13);
  return decodeMetadataResponse(r, version);
}

// ---- MetadataRequest: versions 0-13, flexible 9+

export interface MetadataRequestMetadataRequestTopic {
  /** The topic id. (versions 10+) */
  topicId: string;
  /** The topic name. (versions 0+) */
  name: string | null;
}

export interface MetadataRequestMetadataRequestTopicInput {
  topicId?: string;
  name: string | null;
}

export function defaultMetadataRequestMetadataRequestTopic(): MetadataRequestMetadataRequestTopic {
  return { topicId: ZERO_UUID, name: "" };
}

export function decodeMetadataRequestMetadataRequestTopic(r: Reader, v: number): MetadataRequestMetadataRequestTopic {
  let f_topicId: MetadataRequestMetadataRequestTopic['topicId'];
  let f_name: MetadataRequestMetadataRequestTopic['name'];
  if (v >= 10) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  f_name = (v >= 9 ? (v >= 10 ? r.compactNullableString() : r.compactString()) : (v >= 10 ? r.nullableString() : r.string()));
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topicId: f_topicId, name: f_name };
}

export function encodeMetadataRequestMetadataRequestTopic(w: Writer, v: number, o: MetadataRequestMetadataRequestTopicInput): void {
  if (v >= 10) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  (v >= 9 ? (v >= 10 ? w.compactNullableString(o.name) : w.compactString(o.name as string)) : (v >= 10 ? w.nullableString(o.name) : w.string(o.name as string)));
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface MetadataRequest {
  /** The topics to fetch metadata for. (versions 0+) */
  topics: Array<MetadataRequestMetadataRequestTopic> | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (versions 4+) */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. (versions 8-10) */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. (versions 8+) */
  includeTopicAuthorizedOperations: boolean;
}

export interface MetadataRequestInput {
  topics: Array<MetadataRequestMetadataRequestTopicInput> | null;
  allowAutoTopicCreation?: boolean;
  includeClusterAuthorizedOperations?: boolean;
  includeTopicAuthorizedOperations?: boolean;
}

export function defaultMetadataRequest(): MetadataRequest {
  return { topics: [], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
}

export function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  let f_topics: MetadataRequest['topics'];
  let f_allowAutoTopicCreation: MetadataRequest['allowAutoTopicCreation'];
  let f_includeClusterAuthorizedOperations: MetadataRequest['includeClusterAuthorizedOperations'];
  let f_includeTopicAuthorizedOperations: MetadataRequest['includeTopicAuthorizedOperations'];
  const n24 = (v >= 9 ? r.compactArrayLength(v >= 1) : r.arrayLength(v >= 1));
  if (n24 === null) {
    f_topics = null as never;
  }
  else {
    const a25 = new Array(n24);
    for (let i26 = 0; i26 < n24; i26++) {
      a25[i26] = decodeMetadataRequestMetadataRequestTopic(r, v);
    }
    f_topics = a25;
  }
  if (v >= 4) {
    f_allowAutoTopicCreation = r.bool();
  }
  else {
    f_allowAutoTopicCreation = true;
  }
  if (v >= 8 && v <= 10) {
    f_includeClusterAuthorizedOperations = r.bool();
  }
  else {
    f_includeClusterAuthorizedOperations = false;
  }
  if (v >= 8) {
    f_includeTopicAuthorizedOperations = r.bool();
  }
  else {
    f_includeTopicAuthorizedOperations = false;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topics: f_topics, allowAutoTopicCreation: f_allowAutoTopicCreation, includeClusterAuthorizedOperations: f_includeClusterAuthorizedOperations, includeTopicAuthorizedOperations: f_includeTopicAuthorizedOperations };
}

export function encodeMetadataRequest(w: Writer, v: number, o: MetadataRequestInput): void {
  const a27 = o.topics;
  if (a27 === null) {
    if (!(v >= 1)) throw nullNotAllowed('Topics', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a27.length + 1) : w.int32(a27.length));
    for (const x28 of a27) {
      const s29 = x28;
      encodeMetadataRequestMetadataRequestTopic(w, v, s29);
    }
  }
  if (v >= 4) {
    w.bool((o.allowAutoTopicCreation ?? true));
  }
  else {
    if (o.allowAutoTopicCreation !== undefined && o.allowAutoTopicCreation !== true) throw fieldNotInVersion('AllowAutoTopicCreation', v);
  }
  if (v >= 8 && v <= 10) {
    w.bool((o.includeClusterAuthorizedOperations ?? false));
  }
  else {
    if (o.includeClusterAuthorizedOperations !== undefined && o.includeClusterAuthorizedOperations !== false) throw fieldNotInVersion('IncludeClusterAuthorizedOperations', v);
  }
  if (v >= 8) {
    w.bool((o.includeTopicAuthorizedOperations ?? false));
  }
  else {
    if (o.includeTopicAuthorizedOperations !== undefined && o.includeTopicAuthorizedOperations !== false) throw fieldNotInVersion('IncludeTopicAuthorizedOperations', v);
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

/** Encodes a MetadataRequest body at version `version` (0-13). */
export function encodeMetadataRequestBody(w: Writer, version: number, body: MetadataRequestInput): void {
  checkVersion('MetadataRequest', version, 0, 13);
  encodeMetadataRequest(w, version, body);
}

/** Decodes a MetadataRequest body at version `version` (0-13). */
export function decodeMetadataRequestBody(r: Reader, version: number): MetadataRequest {
  checkVersion('MetadataRequest', version, 0, 13);
  return decodeMetadataRequest(r, version);
}

