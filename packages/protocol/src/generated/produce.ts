// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed, isDeepDefault } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- ProduceResponse: versions 3-13, flexible 9+

export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that caused the batch to be dropped. (versions 8+) */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped. (versions 8+) */
  batchIndexErrorMessage: string | null;
}

export interface ProduceResponseBatchIndexAndErrorMessageInput {
  batchIndex?: number;
  batchIndexErrorMessage?: string | null;
}

export function defaultProduceResponseBatchIndexAndErrorMessage(): ProduceResponseBatchIndexAndErrorMessage {
  return { batchIndex: 0, batchIndexErrorMessage: null };
}

export function decodeProduceResponseBatchIndexAndErrorMessage(r: Reader, v: number): ProduceResponseBatchIndexAndErrorMessage {
  let f_batchIndex: ProduceResponseBatchIndexAndErrorMessage['batchIndex'];
  let f_batchIndexErrorMessage: ProduceResponseBatchIndexAndErrorMessage['batchIndexErrorMessage'];
  if (v >= 8) {
    f_batchIndex = r.int32();
  }
  else {
    f_batchIndex = 0;
  }
  if (v >= 8) {
    f_batchIndexErrorMessage = (v >= 9 ? (v >= 8 ? r.compactNullableString() : r.compactString()) : (v >= 8 ? r.nullableString() : r.string()));
  }
  else {
    f_batchIndexErrorMessage = null;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { batchIndex: f_batchIndex, batchIndexErrorMessage: f_batchIndexErrorMessage };
}

export function encodeProduceResponseBatchIndexAndErrorMessage(w: Writer, v: number, o: ProduceResponseBatchIndexAndErrorMessageInput): void {
  if (v >= 8) {
    w.int32((o.batchIndex ?? 0));
  }
  else {
    if (o.batchIndex !== undefined && o.batchIndex !== 0) throw fieldNotInVersion('BatchIndex', v);
  }
  if (v >= 8) {
    (v >= 9 ? (v >= 8 ? w.compactNullableString((o.batchIndexErrorMessage ?? null)) : w.compactString((o.batchIndexErrorMessage ?? null) as string)) : (v >= 8 ? w.nullableString((o.batchIndexErrorMessage ?? null)) : w.string((o.batchIndexErrorMessage ?? null) as string)));
  }
  else {
    if (o.batchIndexErrorMessage !== undefined && o.batchIndexErrorMessage !== null) throw fieldNotInVersion('BatchIndexErrorMessage', v);
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 10+) */
  leaderId: number;
  /** The latest known leader epoch. (versions 10+) */
  leaderEpoch: number;
}

export interface ProduceResponseLeaderIdAndEpochInput {
  leaderId?: number;
  leaderEpoch?: number;
}

export function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

export function decodeProduceResponseLeaderIdAndEpoch(r: Reader, v: number): ProduceResponseLeaderIdAndEpoch {
  let f_leaderId: ProduceResponseLeaderIdAndEpoch['leaderId'];
  let f_leaderEpoch: ProduceResponseLeaderIdAndEpoch['leaderEpoch'];
  if (v >= 10) {
    f_leaderId = r.int32();
  }
  else {
    f_leaderId = -1;
  }
  if (v >= 10) {
    f_leaderEpoch = r.int32();
  }
  else {
    f_leaderEpoch = -1;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { leaderId: f_leaderId, leaderEpoch: f_leaderEpoch };
}

export function encodeProduceResponseLeaderIdAndEpoch(w: Writer, v: number, o: ProduceResponseLeaderIdAndEpochInput): void {
  if (v >= 10) {
    w.int32((o.leaderId ?? -1));
  }
  else {
    if (o.leaderId !== undefined && o.leaderId !== -1) throw fieldNotInVersion('LeaderId', v);
  }
  if (v >= 10) {
    w.int32((o.leaderEpoch ?? -1));
  }
  else {
    if (o.leaderEpoch !== undefined && o.leaderEpoch !== -1) throw fieldNotInVersion('LeaderEpoch', v);
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. (versions 0+) */
  index: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The base offset. (versions 0+) */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (versions 2+) */
  logAppendTimeMs: bigint;
  /** The log start offset. (versions 5+) */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped. (versions 8+) */
  recordErrors: Array<ProduceResponseBatchIndexAndErrorMessage>;
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped. (versions 8+) */
  errorMessage: string | null;
  /** The leader broker that the producer should use for future requests. (versions 10+, tag 0) */
  currentLeader: ProduceResponseLeaderIdAndEpoch;
}

export interface ProduceResponsePartitionProduceResponseInput {
  index: number;
  errorCode: number;
  baseOffset: bigint;
  logAppendTimeMs?: bigint;
  logStartOffset?: bigint;
  recordErrors?: Array<ProduceResponseBatchIndexAndErrorMessageInput>;
  errorMessage?: string | null;
  currentLeader?: ProduceResponseLeaderIdAndEpochInput;
}

export function defaultProduceResponsePartitionProduceResponse(): ProduceResponsePartitionProduceResponse {
  return { index: 0, errorCode: 0, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: null, currentLeader: defaultProduceResponseLeaderIdAndEpoch() };
}

export function decodeProduceResponsePartitionProduceResponse(r: Reader, v: number): ProduceResponsePartitionProduceResponse {
  let f_index: ProduceResponsePartitionProduceResponse['index'];
  let f_errorCode: ProduceResponsePartitionProduceResponse['errorCode'];
  let f_baseOffset: ProduceResponsePartitionProduceResponse['baseOffset'];
  let f_logAppendTimeMs: ProduceResponsePartitionProduceResponse['logAppendTimeMs'];
  let f_logStartOffset: ProduceResponsePartitionProduceResponse['logStartOffset'];
  let f_recordErrors: ProduceResponsePartitionProduceResponse['recordErrors'];
  let f_errorMessage: ProduceResponsePartitionProduceResponse['errorMessage'];
  let f_currentLeader: ProduceResponsePartitionProduceResponse['currentLeader'] = defaultProduceResponseLeaderIdAndEpoch();
  f_index = r.int32();
  f_errorCode = r.int16();
  f_baseOffset = r.int64();
  f_logAppendTimeMs = r.int64();
  if (v >= 5) {
    f_logStartOffset = r.int64();
  }
  else {
    f_logStartOffset = -1n;
  }
  if (v >= 8) {
    const n0 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n0 === null) {
      f_recordErrors = null as never;
    }
    else {
      const a1 = new Array(n0);
      for (let i2 = 0; i2 < n0; i2++) {
        a1[i2] = decodeProduceResponseBatchIndexAndErrorMessage(r, v);
      }
      f_recordErrors = a1;
    }
  }
  else {
    f_recordErrors = [];
  }
  if (v >= 8) {
    f_errorMessage = (v >= 9 ? (v >= 8 ? r.compactNullableString() : r.compactString()) : (v >= 8 ? r.nullableString() : r.string()));
  }
  else {
    f_errorMessage = null;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 10) {
            f_currentLeader = decodeProduceResponseLeaderIdAndEpoch(r, v);
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { index: f_index, errorCode: f_errorCode, baseOffset: f_baseOffset, logAppendTimeMs: f_logAppendTimeMs, logStartOffset: f_logStartOffset, recordErrors: f_recordErrors, errorMessage: f_errorMessage, currentLeader: f_currentLeader };
}

export function encodeProduceResponsePartitionProduceResponse(w: Writer, v: number, o: ProduceResponsePartitionProduceResponseInput): void {
  w.int32(o.index);
  w.int16(o.errorCode);
  w.int64(o.baseOffset);
  w.int64((o.logAppendTimeMs ?? -1n));
  if (v >= 5) {
    w.int64((o.logStartOffset ?? -1n));
  }
  if (v >= 8) {
    const a3 = (o.recordErrors ?? []);
    if (a3 === null) {
      if (!(false)) throw nullNotAllowed('RecordErrors', v);
      (v >= 9 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 9 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
      for (const x4 of a3) {
        const s5 = x4;
        encodeProduceResponseBatchIndexAndErrorMessage(w, v, s5);
      }
    }
  }
  if (v >= 8) {
    (v >= 9 ? (v >= 8 ? w.compactNullableString((o.errorMessage ?? null)) : w.compactString((o.errorMessage ?? null) as string)) : (v >= 8 ? w.nullableString((o.errorMessage ?? null)) : w.string((o.errorMessage ?? null) as string)));
  }
  if (v >= 9) {
    let tagCount = 0;
    const send_currentLeader = v >= 10 && o.currentLeader !== undefined && !isDeepDefault(o.currentLeader, defaultProduceResponseLeaderIdAndEpoch());
    if (send_currentLeader) tagCount++;
    w.uvarint(tagCount);
    if (send_currentLeader) {
      const at = w.beginTaggedField(0);
      const s6 = o.currentLeader!;
      encodeProduceResponseLeaderIdAndEpoch(w, v, s6);
      w.endTaggedField(at);
    }
  }
}

export interface ProduceResponseTopicProduceResponse {
  /** The topic name. (versions 0-12) */
  name: string;
  /** The unique topic ID (versions 13+) */
  topicId: string;
  /** Each partition that we produced to within the topic. (versions 0+) */
  partitionResponses: Array<ProduceResponsePartitionProduceResponse>;
}

export interface ProduceResponseTopicProduceResponseInput {
  name?: string;
  topicId?: string;
  partitionResponses: Array<ProduceResponsePartitionProduceResponseInput>;
}

export function defaultProduceResponseTopicProduceResponse(): ProduceResponseTopicProduceResponse {
  return { name: "", topicId: ZERO_UUID, partitionResponses: [] };
}

export function decodeProduceResponseTopicProduceResponse(r: Reader, v: number): ProduceResponseTopicProduceResponse {
  let f_name: ProduceResponseTopicProduceResponse['name'];
  let f_topicId: ProduceResponseTopicProduceResponse['topicId'];
  let f_partitionResponses: ProduceResponseTopicProduceResponse['partitionResponses'];
  if (v <= 12) {
    f_name = (v >= 9 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v >= 13) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  const n7 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n7 === null) {
    f_partitionResponses = null as never;
  }
  else {
    const a8 = new Array(n7);
    for (let i9 = 0; i9 < n7; i9++) {
      a8[i9] = decodeProduceResponsePartitionProduceResponse(r, v);
    }
    f_partitionResponses = a8;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, partitionResponses: f_partitionResponses };
}

export function encodeProduceResponseTopicProduceResponse(w: Writer, v: number, o: ProduceResponseTopicProduceResponseInput): void {
  if (v <= 12) {
    (v >= 9 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  if (v >= 13) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  const a10 = o.partitionResponses;
  if (a10 === null) {
    if (!(false)) throw nullNotAllowed('PartitionResponses', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a10.length + 1) : w.int32(a10.length));
    for (const x11 of a10) {
      const s12 = x11;
      encodeProduceResponsePartitionProduceResponse(w, v, s12);
    }
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. (versions 10+) */
  nodeId: number;
  /** The node's hostname. (versions 10+) */
  host: string;
  /** The node's port. (versions 10+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 10+) */
  rack: string | null;
}

export interface ProduceResponseNodeEndpointInput {
  nodeId?: number;
  host?: string;
  port?: number;
  rack?: string | null;
}

export function defaultProduceResponseNodeEndpoint(): ProduceResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

export function decodeProduceResponseNodeEndpoint(r: Reader, v: number): ProduceResponseNodeEndpoint {
  let f_nodeId: ProduceResponseNodeEndpoint['nodeId'];
  let f_host: ProduceResponseNodeEndpoint['host'];
  let f_port: ProduceResponseNodeEndpoint['port'];
  let f_rack: ProduceResponseNodeEndpoint['rack'];
  if (v >= 10) {
    f_nodeId = r.int32();
  }
  else {
    f_nodeId = 0;
  }
  if (v >= 10) {
    f_host = (v >= 9 ? r.compactString() : r.string());
  }
  else {
    f_host = "";
  }
  if (v >= 10) {
    f_port = r.int32();
  }
  else {
    f_port = 0;
  }
  if (v >= 10) {
    f_rack = (v >= 9 ? (v >= 10 ? r.compactNullableString() : r.compactString()) : (v >= 10 ? r.nullableString() : r.string()));
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

export function encodeProduceResponseNodeEndpoint(w: Writer, v: number, o: ProduceResponseNodeEndpointInput): void {
  if (v >= 10) {
    w.int32((o.nodeId ?? 0));
  }
  else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw fieldNotInVersion('NodeId', v);
  }
  if (v >= 10) {
    (v >= 9 ? w.compactString((o.host ?? "") as string) : w.string((o.host ?? "") as string));
  }
  else {
    if (o.host !== undefined && o.host !== "") throw fieldNotInVersion('Host', v);
  }
  if (v >= 10) {
    w.int32((o.port ?? 0));
  }
  else {
    if (o.port !== undefined && o.port !== 0) throw fieldNotInVersion('Port', v);
  }
  if (v >= 10) {
    (v >= 9 ? (v >= 10 ? w.compactNullableString((o.rack ?? null)) : w.compactString((o.rack ?? null) as string)) : (v >= 10 ? w.nullableString((o.rack ?? null)) : w.string((o.rack ?? null) as string)));
  }
  else {
    if (o.rack !== undefined && o.rack !== null) throw fieldNotInVersion('Rack', v);
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface ProduceResponse {
  /** Each produce response. (versions 0+) */
  responses: Array<ProduceResponseTopicProduceResponse>;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. (versions 10+, tag 0) */
  nodeEndpoints: Array<ProduceResponseNodeEndpoint>;
}

export interface ProduceResponseInput {
  responses: Array<ProduceResponseTopicProduceResponseInput>;
  throttleTimeMs?: number;
  nodeEndpoints?: Array<ProduceResponseNodeEndpointInput>;
}

export function defaultProduceResponse(): ProduceResponse {
  return { responses: [], throttleTimeMs: 0, nodeEndpoints: [] };
}

export function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  let f_responses: ProduceResponse['responses'];
  let f_throttleTimeMs: ProduceResponse['throttleTimeMs'];
  let f_nodeEndpoints: ProduceResponse['nodeEndpoints'] = [];
  const n13 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n13 === null) {
    f_responses = null as never;
  }
  else {
    const a14 = new Array(n13);
    for (let i15 = 0; i15 < n13; i15++) {
      a14[i15] = decodeProduceResponseTopicProduceResponse(r, v);
    }
    f_responses = a14;
  }
  f_throttleTimeMs = r.int32();
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 10) {
            const n16 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
            if (n16 === null) {
              f_nodeEndpoints = null as never;
            }
            else {
              const a17 = new Array(n16);
              for (let i18 = 0; i18 < n16; i18++) {
                a17[i18] = decodeProduceResponseNodeEndpoint(r, v);
              }
              f_nodeEndpoints = a17;
            }
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { responses: f_responses, throttleTimeMs: f_throttleTimeMs, nodeEndpoints: f_nodeEndpoints };
}

export function encodeProduceResponse(w: Writer, v: number, o: ProduceResponseInput): void {
  const a19 = o.responses;
  if (a19 === null) {
    if (!(false)) throw nullNotAllowed('Responses', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a19.length + 1) : w.int32(a19.length));
    for (const x20 of a19) {
      const s21 = x20;
      encodeProduceResponseTopicProduceResponse(w, v, s21);
    }
  }
  w.int32((o.throttleTimeMs ?? 0));
  if (v >= 9) {
    let tagCount = 0;
    const send_nodeEndpoints = v >= 10 && o.nodeEndpoints !== undefined && (o.nodeEndpoints === null || o.nodeEndpoints.length > 0);
    if (send_nodeEndpoints) tagCount++;
    w.uvarint(tagCount);
    if (send_nodeEndpoints) {
      const at = w.beginTaggedField(0);
      const a22 = o.nodeEndpoints!;
      if (a22 === null) {
        if (!(false)) throw nullNotAllowed('NodeEndpoints', v);
        (v >= 9 ? w.uvarint(0) : w.int32(-1));
      }
      else {
        (v >= 9 ? w.uvarint(a22.length + 1) : w.int32(a22.length));
        for (const x23 of a22) {
          const s24 = x23;
          encodeProduceResponseNodeEndpoint(w, v, s24);
        }
      }
      w.endTaggedField(at);
    }
  }
}

/** Encodes a ProduceResponse body at version `version` (3-13). */
export function encodeProduceResponseBody(w: Writer, version: number, body: ProduceResponseInput): void {
  checkVersion('ProduceResponse', version, 3, 13);
  encodeProduceResponse(w, version, body);
}

/** Decodes a ProduceResponse body at version `version` (3-13). */
export function decodeProduceResponseBody(r: Reader, version: number): ProduceResponse {
  checkVersion('ProduceResponse', version, 3, 13);
  return decodeProduceResponse(r, version);
}

// ---- ProduceRequest: versions 3-13, flexible 9+

export interface ProduceRequestPartitionProduceData {
  /** The partition index. (versions 0+) */
  index: number;
  /** The record data to be produced. (versions 0+) */
  records: Uint8Array | null;
}

export interface ProduceRequestPartitionProduceDataInput {
  index: number;
  records: Uint8Array | null;
}

export function defaultProduceRequestPartitionProduceData(): ProduceRequestPartitionProduceData {
  return { index: 0, records: null };
}

export function decodeProduceRequestPartitionProduceData(r: Reader, v: number): ProduceRequestPartitionProduceData {
  let f_index: ProduceRequestPartitionProduceData['index'];
  let f_records: ProduceRequestPartitionProduceData['records'];
  f_index = r.int32();
  f_records = (v >= 9 ? r.compactNullableBytes() : r.nullableBytes());
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { index: f_index, records: f_records };
}

export function encodeProduceRequestPartitionProduceData(w: Writer, v: number, o: ProduceRequestPartitionProduceDataInput): void {
  w.int32(o.index);
  (v >= 9 ? w.compactNullableBytes(o.records) : w.nullableBytes(o.records));
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface ProduceRequestTopicProduceData {
  /** The topic name. (versions 0-12) */
  name: string;
  /** The unique topic ID (versions 13+) */
  topicId: string;
  /** Each partition to produce to. (versions 0+) */
  partitionData: Array<ProduceRequestPartitionProduceData>;
}

export interface ProduceRequestTopicProduceDataInput {
  name?: string;
  topicId?: string;
  partitionData: Array<ProduceRequestPartitionProduceDataInput>;
}

export function defaultProduceRequestTopicProduceData(): ProduceRequestTopicProduceData {
  return { name: "", topicId: ZERO_UUID, partitionData: [] };
}

export function decodeProduceRequestTopicProduceData(r: Reader, v: number): ProduceRequestTopicProduceData {
  let f_name: ProduceRequestTopicProduceData['name'];
  let f_topicId: ProduceRequestTopicProduceData['topicId'];
  let f_partitionData: ProduceRequestTopicProduceData['partitionData'];
  if (v <= 12) {
    f_name = (v >= 9 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v >= 13) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  const n25 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n25 === null) {
    f_partitionData = null as never;
  }
  else {
    const a26 = new Array(n25);
    for (let i27 = 0; i27 < n25; i27++) {
      a26[i27] = decodeProduceRequestPartitionProduceData(r, v);
    }
    f_partitionData = a26;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, topicId: f_topicId, partitionData: f_partitionData };
}

export function encodeProduceRequestTopicProduceData(w: Writer, v: number, o: ProduceRequestTopicProduceDataInput): void {
  if (v <= 12) {
    (v >= 9 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  if (v >= 13) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  const a28 = o.partitionData;
  if (a28 === null) {
    if (!(false)) throw nullNotAllowed('PartitionData', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a28.length + 1) : w.int32(a28.length));
    for (const x29 of a28) {
      const s30 = x29;
      encodeProduceRequestPartitionProduceData(w, v, s30);
    }
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (versions 3+) */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. (versions 0+) */
  acks: number;
  /** The timeout to await a response in milliseconds. (versions 0+) */
  timeoutMs: number;
  /** Each topic to produce to. (versions 0+) */
  topicData: Array<ProduceRequestTopicProduceData>;
}

export interface ProduceRequestInput {
  transactionalId?: string | null;
  acks: number;
  timeoutMs: number;
  topicData: Array<ProduceRequestTopicProduceDataInput>;
}

export function defaultProduceRequest(): ProduceRequest {
  return { transactionalId: null, acks: 0, timeoutMs: 0, topicData: [] };
}

export function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  let f_transactionalId: ProduceRequest['transactionalId'];
  let f_acks: ProduceRequest['acks'];
  let f_timeoutMs: ProduceRequest['timeoutMs'];
  let f_topicData: ProduceRequest['topicData'];
  f_transactionalId = (v >= 9 ? r.compactNullableString() : r.nullableString());
  f_acks = r.int16();
  f_timeoutMs = r.int32();
  const n31 = (v >= 9 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n31 === null) {
    f_topicData = null as never;
  }
  else {
    const a32 = new Array(n31);
    for (let i33 = 0; i33 < n31; i33++) {
      a32[i33] = decodeProduceRequestTopicProduceData(r, v);
    }
    f_topicData = a32;
  }
  if (v >= 9) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactionalId: f_transactionalId, acks: f_acks, timeoutMs: f_timeoutMs, topicData: f_topicData };
}

export function encodeProduceRequest(w: Writer, v: number, o: ProduceRequestInput): void {
  (v >= 9 ? w.compactNullableString((o.transactionalId ?? null)) : w.nullableString((o.transactionalId ?? null)));
  w.int16(o.acks);
  w.int32(o.timeoutMs);
  const a34 = o.topicData;
  if (a34 === null) {
    if (!(false)) throw nullNotAllowed('TopicData', v);
    (v >= 9 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 9 ? w.uvarint(a34.length + 1) : w.int32(a34.length));
    for (const x35 of a34) {
      const s36 = x35;
      encodeProduceRequestTopicProduceData(w, v, s36);
    }
  }
  if (v >= 9) {
    w.uvarint(0);
  }
}

/** Encodes a ProduceRequest body at version `version` (3-13). */
export function encodeProduceRequestBody(w: Writer, version: number, body: ProduceRequestInput): void {
  checkVersion('ProduceRequest', version, 3, 13);
  encodeProduceRequest(w, version, body);
}

/** Decodes a ProduceRequest body at version `version` (3-13). */
export function decodeProduceRequestBody(r: Reader, version: number): ProduceRequest {
  checkVersion('ProduceRequest', version, 3, 13);
  return decodeProduceRequest(r, version);
}

