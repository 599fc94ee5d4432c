// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed, isDeepDefault } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- FetchResponse: versions 4-18, flexible 12+

export interface FetchResponseEpochEndOffset {
  /** The largest epoch. (versions 12+) */
  epoch: number;
  /** The end offset of the epoch. (versions 12+) */
  endOffset: bigint;
}

export interface FetchResponseEpochEndOffsetInput {
  epoch?: number;
  endOffset?: bigint;
}

export function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return { epoch: -1, endOffset: -1n };
}

export function decodeFetchResponseEpochEndOffset(r: Reader, v: number): FetchResponseEpochEndOffset {
  let f_epoch: FetchResponseEpochEndOffset['epoch'];
  let f_endOffset: FetchResponseEpochEndOffset['endOffset'];
  if (v >= 12) {
    f_epoch = r.int32();
  }
  else {
    f_epoch = -1;
  }
  if (v >= 12) {
    f_endOffset = r.int64();
  }
  else {
    f_endOffset = -1n;
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { epoch: f_epoch, endOffset: f_endOffset };
}

export function encodeFetchResponseEpochEndOffset(w: Writer, v: number, o: FetchResponseEpochEndOffsetInput): void {
  if (v >= 12) {
    w.int32((o.epoch ?? -1));
  }
  else {
    if (o.epoch !== undefined && o.epoch !== -1) throw fieldNotInVersion('Epoch', v);
  }
  if (v >= 12) {
    w.int64((o.endOffset ?? -1n));
  }
  else {
    if (o.endOffset !== undefined && o.endOffset !== -1n) throw fieldNotInVersion('EndOffset', v);
  }
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 12+) */
  leaderId: number;
  /** The latest known leader epoch. (versions 12+) */
  leaderEpoch: number;
}

export interface FetchResponseLeaderIdAndEpochInput {
  leaderId?: number;
  leaderEpoch?: number;
}

export function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

export function decodeFetchResponseLeaderIdAndEpoch(r: Reader, v: number): FetchResponseLeaderIdAndEpoch {
  let f_leaderId: FetchResponseLeaderIdAndEpoch['leaderId'];
  let f_leaderEpoch: FetchResponseLeaderIdAndEpoch['leaderEpoch'];
  if (v >= 12) {
    f_leaderId = r.int32();
  }
  else {
    f_leaderId = -1;
  }
  if (v >= 12) {
    f_leaderEpoch = r.int32();
  }
  else {
    f_leaderEpoch = -1;
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { leaderId: f_leaderId, leaderEpoch: f_leaderEpoch };
}

export function encodeFetchResponseLeaderIdAndEpoch(w: Writer, v: number, o: FetchResponseLeaderIdAndEpochInput): void {
  if (v >= 12) {
    w.int32((o.leaderId ?? -1));
  }
  else {
    if (o.leaderId !== undefined && o.leaderId !== -1) throw fieldNotInVersion('LeaderId', v);
  }
  if (v >= 12) {
    w.int32((o.leaderEpoch ?? -1));
  }
  else {
    if (o.leaderEpoch !== undefined && o.leaderEpoch !== -1) throw fieldNotInVersion('LeaderEpoch', v);
  }
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchResponseSnapshotId {
  /** The end offset of the epoch. (versions 0+) */
  endOffset: bigint;
  /** The largest epoch. (versions 0+) */
  epoch: number;
}

export interface FetchResponseSnapshotIdInput {
  endOffset?: bigint;
  epoch?: number;
}

export function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return { endOffset: -1n, epoch: -1 };
}

export function decodeFetchResponseSnapshotId(r: Reader, v: number): FetchResponseSnapshotId {
  let f_endOffset: FetchResponseSnapshotId['endOffset'];
  let f_epoch: FetchResponseSnapshotId['epoch'];
  f_endOffset = r.int64();
  f_epoch = r.int32();
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { endOffset: f_endOffset, epoch: f_epoch };
}

export function encodeFetchResponseSnapshotId(w: Writer, v: number, o: FetchResponseSnapshotIdInput): void {
  w.int64((o.endOffset ?? -1n));
  w.int32((o.epoch ?? -1));
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. (versions 4+) */
  producerId: bigint;
  /** The first offset in the aborted transaction. (versions 4+) */
  firstOffset: bigint;
}

export interface FetchResponseAbortedTransactionInput {
  producerId: bigint;
  firstOffset: bigint;
}

export function defaultFetchResponseAbortedTransaction(): FetchResponseAbortedTransaction {
  return { producerId: 0n, firstOffset: 0n };
}

export function decodeFetchResponseAbortedTransaction(r: Reader, v: number): FetchResponseAbortedTransaction {
  let f_producerId: FetchResponseAbortedTransaction['producerId'];
  let f_firstOffset: FetchResponseAbortedTransaction['firstOffset'];
  f_producerId = r.int64();
  f_firstOffset = r.int64();
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { producerId: f_producerId, firstOffset: f_firstOffset };
}

export function encodeFetchResponseAbortedTransaction(w: Writer, v: number, o: FetchResponseAbortedTransactionInput): void {
  w.int64(o.producerId);
  w.int64(o.firstOffset);
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number;
  /** The current high water mark. (versions 0+) */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED). (versions 4+) */
  lastStableOffset: bigint;
  /** The current log start offset. (versions 5+) */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge. (versions 12+, tag 0) */
  divergingEpoch: FetchResponseEpochEndOffset;
  /** The current leader of the partition. (versions 12+, tag 1) */
  currentLeader: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. (versions 12+, tag 2) */
  snapshotId: FetchResponseSnapshotId;
  /** The aborted transactions. (versions 4+) */
  abortedTransactions: Array<FetchResponseAbortedTransaction> | null;
  /** The preferred read replica for the consumer to use on its next fetch request. (versions 11+) */
  preferredReadReplica: number;
  /** The record data. (versions 0+) */
  records: Uint8Array | null;
}

export interface FetchResponsePartitionDataInput {
  partitionIndex: number;
  errorCode: number;
  highWatermark: bigint;
  lastStableOffset?: bigint;
  logStartOffset?: bigint;
  divergingEpoch?: FetchResponseEpochEndOffsetInput;
  currentLeader?: FetchResponseLeaderIdAndEpochInput;
  snapshotId?: FetchResponseSnapshotIdInput;
  abortedTransactions: Array<FetchResponseAbortedTransactionInput> | null;
  preferredReadReplica?: number;
  records: Uint8Array | null;
}

export function defaultFetchResponsePartitionData(): FetchResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, highWatermark: 0n, lastStableOffset: -1n, logStartOffset: -1n, divergingEpoch: defaultFetchResponseEpochEndOffset(), currentLeader: defaultFetchResponseLeaderIdAndEpoch(), snapshotId: defaultFetchResponseSnapshotId(), abortedTransactions: [], preferredReadReplica: -1, records: null };
}

export function decodeFetchResponsePartitionData(r: Reader, v: number): FetchResponsePartitionData {
  let f_partitionIndex: FetchResponsePartitionData['partitionIndex'];
  let f_errorCode: FetchResponsePartitionData['errorCode'];
  let f_highWatermark: FetchResponsePartitionData['highWatermark'];
  let f_lastStableOffset: FetchResponsePartitionData['lastStableOffset'];
  let f_logStartOffset: FetchResponsePartitionData['logStartOffset'];
  let f_divergingEpoch: FetchResponsePartitionData['divergingEpoch'] = defaultFetchResponseEpochEndOffset();
  let f_currentLeader: FetchResponsePartitionData['currentLeader'] = defaultFetchResponseLeaderIdAndEpoch();
  let f_snapshotId: FetchResponsePartitionData['snapshotId'] = defaultFetchResponseSnapshotId();
  let f_abortedTransactions: FetchResponsePartitionData['abortedTransactions'];
  let f_preferredReadReplica: FetchResponsePartitionData['preferredReadReplica'];
  let f_records: FetchResponsePartitionData['records'];
  f_partitionIndex = r.int32();
  f_errorCode = r.int16();
  f_highWatermark = r.int64();
  f_lastStableOffset = r.int64();
  if (v >= 5) {
    f_logStartOffset = r.int64();
  }
  else {
    f_logStartOffset = -1n;
  }
  const n0 = (v >= 12 ? r.compactArrayLength(true) : r.arrayLength(true));
  if (n0 === null) {
    f_abortedTransactions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeFetchResponseAbortedTransaction(r, v);
    }
    f_abortedTransactions = a1;
  }
  if (v >= 11) {
    f_preferredReadReplica = r.int32();
  }
  else {
    f_preferredReadReplica = -1;
  }
  f_records = (v >= 12 ? r.compactNullableBytes() : r.nullableBytes());
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 12) {
            f_divergingEpoch = decodeFetchResponseEpochEndOffset(r, v);
          }
          break;

        case 1:
          if (v >= 12) {
            f_currentLeader = decodeFetchResponseLeaderIdAndEpoch(r, v);
          }
          break;

        case 2:
          if (v >= 12) {
            f_snapshotId = decodeFetchResponseSnapshotId(r, v);
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, errorCode: f_errorCode, highWatermark: f_highWatermark, lastStableOffset: f_lastStableOffset, logStartOffset: f_logStartOffset, divergingEpoch: f_divergingEpoch, currentLeader: f_currentLeader, snapshotId: f_snapshotId, abortedTransactions: f_abortedTransactions, preferredReadReplica: f_preferredReadReplica, records: f_records };
}

export function encodeFetchResponsePartitionData(w: Writer, v: number, o: FetchResponsePartitionDataInput): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int64(o.highWatermark);
  w.int64((o.lastStableOffset ?? -1n));
  if (v >= 5) {
    w.int64((o.logStartOffset ?? -1n));
  }
  const a3 = o.abortedTransactions;
  if (a3 === null) {
    (v >= 12 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 12 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeFetchResponseAbortedTransaction(w, v, s5);
    }
  }
  if (v >= 11) {
    w.int32((o.preferredReadReplica ?? -1));
  }
  else {
    if (o.preferredReadReplica !== undefined && o.preferredReadReplica !== -1) throw fieldNotInVersion('PreferredReadReplica', v);
  }
  (v >= 12 ? w.compactNullableBytes(o.records) : w.nullableBytes(o.records));
  if (v >= 12) {
    let tagCount = 0;
    const send_divergingEpoch = v >= 12 && o.divergingEpoch !== undefined && !isDeepDefault(o.divergingEpoch, defaultFetchResponseEpochEndOffset());
    if (send_divergingEpoch) tagCount++;
    const send_currentLeader = v >= 12 && o.currentLeader !== undefined && !isDeepDefault(o.currentLeader, defaultFetchResponseLeaderIdAndEpoch());
    if (send_currentLeader) tagCount++;
    const send_snapshotId = v >= 12 && o.snapshotId !== undefined && !isDeepDefault(o.snapshotId, defaultFetchResponseSnapshotId());
    if (send_snapshotId) tagCount++;
    w.uvarint(tagCount);
    if (send_divergingEpoch) {
      const at = w.beginTaggedField(0);
      const s6 = o.divergingEpoch!;
      encodeFetchResponseEpochEndOffset(w, v, s6);
      w.endTaggedField(at);
    }
    if (send_currentLeader) {
      const at = w.beginTaggedField(1);
      const s7 = o.currentLeader!;
      encodeFetchResponseLeaderIdAndEpoch(w, v, s7);
      w.endTaggedField(at);
    }
    if (send_snapshotId) {
      const at = w.beginTaggedField(2);
      const s8 = o.snapshotId!;
      encodeFetchResponseSnapshotId(w, v, s8);
      w.endTaggedField(at);
    }
  }
}

export interface FetchResponseFetchableTopicResponse {
  /** The topic name. (versions 0-12) */
  topic: string;
  /** The unique topic ID. (versions 13+) */
  topicId: string;
  /** The topic partitions. (versions 0+) */
  partitions: Array<FetchResponsePartitionData>;
}

export interface FetchResponseFetchableTopicResponseInput {
  topic?: string;
  topicId?: string;
  partitions: Array<FetchResponsePartitionDataInput>;
}

export function defaultFetchResponseFetchableTopicResponse(): FetchResponseFetchableTopicResponse {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

export function decodeFetchResponseFetchableTopicResponse(r: Reader, v: number): FetchResponseFetchableTopicResponse {
  let f_topic: FetchResponseFetchableTopicResponse['topic'];
  let f_topicId: FetchResponseFetchableTopicResponse['topicId'];
  let f_partitions: FetchResponseFetchableTopicResponse['partitions'];
  if (v <= 12) {
    f_topic = (v >= 12 ? r.compactString() : r.string());
  }
  else {
    f_topic = "";
  }
  if (v >= 13) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  const n9 = (v >= 12 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n9 === null) {
    f_partitions = null as never;
  }
  else {
    const a10 = new Array(n9);
    for (let i11 = 0; i11 < n9; i11++) {
      a10[i11] = decodeFetchResponsePartitionData(r, v);
    }
    f_partitions = a10;
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topic: f_topic, topicId: f_topicId, partitions: f_partitions };
}

export function encodeFetchResponseFetchableTopicResponse(w: Writer, v: number, o: FetchResponseFetchableTopicResponseInput): void {
  if (v <= 12) {
    (v >= 12 ? w.compactString((o.topic ?? "") as string) : w.string((o.topic ?? "") as string));
  }
  if (v >= 13) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  const a12 = o.partitions;
  if (a12 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 12 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 12 ? w.uvarint(a12.length + 1) : w.int32(a12.length));
    for (const x13 of a12) {
      const s14 = x13;
      encodeFetchResponsePartitionData(w, v, s14);
    }
  }
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. (versions 16+) */
  nodeId: number;
  /** The node's hostname. (versions 16+) */
  host: string;
  /** The node's port. (versions 16+) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 16+) */
  rack: string | null;
}

export interface FetchResponseNodeEndpointInput {
  nodeId?: number;
  host?: string;
  port?: number;
  rack?: string | null;
}

export function defaultFetchResponseNodeEndpoint(): FetchResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

export function decodeFetchResponseNodeEndpoint(r: Reader, v: number): FetchResponseNodeEndpoint {
  let f_nodeId: FetchResponseNodeEndpoint['nodeId'];
  let f_host: FetchResponseNodeEndpoint['host'];
  let f_port: FetchResponseNodeEndpoint['port'];
  let f_rack: FetchResponseNodeEndpoint['rack'];
  if (v >= 16) {
    f_nodeId = r.int32();
  }
  else {
    f_nodeId = 0;
  }
  if (v >= 16) {
    f_host = (v >= 12 ? r.compactString() : r.string());
  }
  else {
    f_host = "";
  }
  if (v >= 16) {
    f_port = r.int32();
  }
  else {
    f_port = 0;
  }
  if (v >= 16) {
    f_rack = (v >= 12 ? (v >= 16 ? r.compactNullableString() : r.compactString()) : (v >= 16 ? r.nullableString() : r.string()));
  }
  else {
    f_rack = null;
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { nodeId: f_nodeId, host: f_host, port: f_port, rack: f_rack };
}

export function encodeFetchResponseNodeEndpoint(w: Writer, v: number, o: FetchResponseNodeEndpointInput): void {
  if (v >= 16) {
    w.int32((o.nodeId ?? 0));
  }
  else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw fieldNotInVersion('NodeId', v);
  }
  if (v >= 16) {
    (v >= 12 ? w.compactString((o.host ?? "") as string) : w.string((o.host ?? "") as string));
  }
  else {
    if (o.host !== undefined && o.host !== "") throw fieldNotInVersion('Host', v);
  }
  if (v >= 16) {
    w.int32((o.port ?? 0));
  }
  else {
    if (o.port !== undefined && o.port !== 0) throw fieldNotInVersion('Port', v);
  }
  if (v >= 16) {
    (v >= 12 ? (v >= 16 ? w.compactNullableString((o.rack ?? null)) : w.compactString((o.rack ?? null) as string)) : (v >= 16 ? w.nullableString((o.rack ?? null)) : w.string((o.rack ?? null) as string)));
  }
  else {
    if (o.rack !== undefined && o.rack !== null) throw fieldNotInVersion('Rack', v);
  }
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 7+) */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. (versions 7+) */
  sessionId: number;
  /** The response topics. (versions 0+) */
  responses: Array<FetchResponseFetchableTopicResponse>;
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (versions 16+, tag 0) */
  nodeEndpoints: Array<FetchResponseNodeEndpoint>;
}

export interface FetchResponseInput {
  throttleTimeMs: number;
  errorCode?: number;
  sessionId?: number;
  responses: Array<FetchResponseFetchableTopicResponseInput>;
  nodeEndpoints?: Array<FetchResponseNodeEndpointInput>;
}

export function defaultFetchResponse(): FetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [], nodeEndpoints: [] };
}

export function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  let f_throttleTimeMs: FetchResponse['throttleTimeMs'];
  let f_errorCode: FetchResponse['errorCode'];
  let f_sessionId: FetchResponse['sessionId'];
  let f_responses: FetchResponse['responses'];
  let f_nodeEndpoints: FetchResponse['nodeEndpoints'] = [];
  f_throttleTimeMs = r.int32();
  if (v >= 7) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 7) {
    f_sessionId = r.int32();
  }
  else {
    f_sessionId = 0;
  }
  const n15 = (v >= 12 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n15 === null) {
    f_responses = null as never;
  }
  else {
    const a16 = new Array(n15);
    for (let i17 = 0; i17 < n15; i17++) {
      a16[i17] = decodeFetchResponseFetchableTopicResponse(r, v);
    }
    f_responses = a16;
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 16) {
            const n18 = (v >= 12 ? r.compactArrayLength(false) : r.arrayLength(false));
            if (n18 === null) {
              f_nodeEndpoints = null as never;
            }
            else {
              const a19 = new Array(n18);
              for (let i20 = 0; i20 < n18; i20++) {
                a19[i20] = decodeFetchResponseNodeEndpoint(r, v);
              }
              f_nodeEndpoints = a19;
            }
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, sessionId: f_sessionId, responses: f_responses, nodeEndpoints: f_nodeEndpoints };
}

export function encodeFetchResponse(w: Writer, v: number, o: FetchResponseInput): void {
  w.int32(o.throttleTimeMs);
  if (v >= 7) {
    w.int16((o.errorCode ?? 0));
  }
  if (v >= 7) {
    w.int32((o.sessionId ?? 0));
  }
  else {
    if (o.sessionId !== undefined && o.sessionId !== 0) throw fieldNotInVersion('SessionId', v);
  }
  const a21 = o.responses;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Responses', v);
    (v >= 12 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 12 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      const s23 = x22;
      encodeFetchResponseFetchableTopicResponse(w, v, s23);
    }
  }
  if (v >= 12) {
    let tagCount = 0;
    const send_nodeEndpoints = v >= 16 && o.nodeEndpoints !== undefined && (o.nodeEndpoints === null || o.nodeEndpoints.length > 0);
    if (send_nodeEndpoints) tagCount++;
    w.uvarint(tagCount);
    if (send_nodeEndpoints) {
      const at = w.beginTaggedField(0);
      const a24 = o.nodeEndpoints!;
      if (a24 === null) {
        if (!(false)) throw nullNotAllowed('NodeEndpoints', v);
        (v >= 12 ? w.uvarint(0) : w.int32(-1));
      }
      else {
        (v >= 12 ? w.uvarint(a24.length + 1) : w.int32(a24.length));
        for (const x25 of a24) {
          const s26 = x25;
          encodeFetchResponseNodeEndpoint(w, v, s26);
        }
      }
      w.endTaggedField(at);
    }
  }
}

/** Encodes a FetchResponse body at version `version` (4-18). */
export function encodeFetchResponseBody(w: Writer, version: number, body: FetchResponseInput): void {
  checkVersion('FetchResponse', version, 4, 18);
  encodeFetchResponse(w, version, body);
}

/** Decodes a FetchResponse body at version `version` (4-18). */
export function decodeFetchResponseBody(r: Reader, version: number): FetchResponse {
  checkVersion('FetchResponse', version, 4, 18);
  return decodeFetchResponse(r, version);
}

// ---- FetchRequest: versions 4-18, flexible 12+

export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. (versions 15+) */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. (versions 15+) */
  replicaEpoch: bigint;
}

export interface FetchRequestReplicaStateInput {
  replicaId?: number;
  replicaEpoch?: bigint;
}

export function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return { replicaId: -1, replicaEpoch: -1n };
}

export function decodeFetchRequestReplicaState(r: Reader, v: number): FetchRequestReplicaState {
  let f_replicaId: FetchRequestReplicaState['replicaId'];
  let f_replicaEpoch: FetchRequestReplicaState['replicaEpoch'];
  if (v >= 15) {
    f_replicaId = r.int32();
  }
  else {
    f_replicaId = -1;
  }
  if (v >= 15) {
    f_replicaEpoch = r.int64();
  }
  else {
    f_replicaEpoch = -1n;
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { replicaId: f_replicaId, replicaEpoch: f_replicaEpoch };
}

export function encodeFetchRequestReplicaState(w: Writer, v: number, o: FetchRequestReplicaStateInput): void {
  if (v >= 15) {
    w.int32((o.replicaId ?? -1));
  }
  else {
    if (o.replicaId !== undefined && o.replicaId !== -1) throw fieldNotInVersion('ReplicaId', v);
  }
  if (v >= 15) {
    w.int64((o.replicaEpoch ?? -1n));
  }
  else {
    if (o.replicaEpoch !== undefined && o.replicaEpoch !== -1n) throw fieldNotInVersion('ReplicaEpoch', v);
  }
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchRequestFetchPartition {
  /** The partition index. (versions 0+) */
  partition: number;
  /** The current leader epoch of the partition. (versions 9+) */
  currentLeaderEpoch: number;
  /** The message offset. (versions 0+) */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none. (versions 12+) */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. (versions 5+) */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. (versions 0+) */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching. (versions 17+, tag 0) */
  replicaDirectoryId: string;
  /** The high-watermark known by the replica. -1 if the high-watermark is not known and 9223372036854775807 if the feature is not supported. (versions 18+, tag 1) */
  highWatermark: bigint;
}

export interface FetchRequestFetchPartitionInput {
  partition: number;
  currentLeaderEpoch?: number;
  fetchOffset: bigint;
  lastFetchedEpoch?: number;
  logStartOffset?: bigint;
  partitionMaxBytes: number;
  replicaDirectoryId?: string;
  highWatermark?: bigint;
}

export function defaultFetchRequestFetchPartition(): FetchRequestFetchPartition {
  return { partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 0, replicaDirectoryId: ZERO_UUID, highWatermark: 9223372036854775807n };
}

export function decodeFetchRequestFetchPartition(r: Reader, v: number): FetchRequestFetchPartition {
  let f_partition: FetchRequestFetchPartition['partition'];
  let f_currentLeaderEpoch: FetchRequestFetchPartition['currentLeaderEpoch'];
  let f_fetchOffset: FetchRequestFetchPartition['fetchOffset'];
  let f_lastFetchedEpoch: FetchRequestFetchPartition['lastFetchedEpoch'];
  let f_logStartOffset: FetchRequestFetchPartition['logStartOffset'];
  let f_partitionMaxBytes: FetchRequestFetchPartition['partitionMaxBytes'];
  let f_replicaDirectoryId: FetchRequestFetchPartition['replicaDirectoryId'] = ZERO_UUID;
  let f_highWatermark: FetchRequestFetchPartition['highWatermark'] = 9223372036854775807n;
  f_partition = r.int32();
  if (v >= 9) {
    f_currentLeaderEpoch = r.int32();
  }
  else {
    f_currentLeaderEpoch = -1;
  }
  f_fetchOffset = r.int64();
  if (v >= 12) {
    f_lastFetchedEpoch = r.int32();
  }
  else {
    f_lastFetchedEpoch = -1;
  }
  if (v >= 5) {
    f_logStartOffset = r.int64();
  }
  else {
    f_logStartOffset = -1n;
  }
  f_partitionMaxBytes = r.int32();
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 17) {
            f_replicaDirectoryId = r.uuid();
          }
          break;

        case 1:
          if (v >= 18) {
            f_highWatermark = r.int64();
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { partition: f_partition, currentLeaderEpoch: f_currentLeaderEpoch, fetchOffset: f_fetchOffset, lastFetchedEpoch: f_lastFetchedEpoch, logStartOffset: f_logStartOffset, partitionMaxBytes: f_partitionMaxBytes, replicaDirectoryId: f_replicaDirectoryId, highWatermark: f_highWatermark };
}

export function encodeFetchRequestFetchPartition(w: Writer, v: number, o: FetchRequestFetchPartitionInput): void {
  w.int32(o.partition);
  if (v >= 9) {
    w.int32((o.currentLeaderEpoch ?? -1));
  }
  w.int64(o.fetchOffset);
  if (v >= 12) {
    w.int32((o.lastFetchedEpoch ?? -1));
  }
  else {
    if (o.lastFetchedEpoch !== undefined && o.lastFetchedEpoch !== -1) throw fieldNotInVersion('LastFetchedEpoch', v);
  }
  if (v >= 5) {
    w.int64((o.logStartOffset ?? -1n));
  }
  w.int32(o.partitionMaxBytes);
  if (v >= 12) {
    let tagCount = 0;
    const send_replicaDirectoryId = v >= 17 && o.replicaDirectoryId !== undefined && o.replicaDirectoryId !== ZERO_UUID;
    if (send_replicaDirectoryId) tagCount++;
    const send_highWatermark = v >= 18 && o.highWatermark !== undefined && o.highWatermark !== 9223372036854775807n;
    if (send_highWatermark) tagCount++;
    w.uvarint(tagCount);
    if (send_replicaDirectoryId) {
      const at = w.beginTaggedField(0);
      w.uuid(o.replicaDirectoryId!);
      w.endTaggedField(at);
    }
    if (send_highWatermark) {
      const at = w.beginTaggedField(1);
      w.int64(o.highWatermark!);
      w.endTaggedField(at);
    }
  }
}

export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. (versions 0-12) */
  topic: string;
  /** The unique topic ID. (versions 13+) */
  topicId: string;
  /** The partitions to fetch. (versions 0+) */
  partitions: Array<FetchRequestFetchPartition>;
}

export interface FetchRequestFetchTopicInput {
  topic?: string;
  topicId?: string;
  partitions: Array<FetchRequestFetchPartitionInput>;
}

export function defaultFetchRequestFetchTopic(): FetchRequestFetchTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

export function decodeFetchRequestFetchTopic(r: Reader, v: number): FetchRequestFetchTopic {
  let f_topic: FetchRequestFetchTopic['topic'];
  let f_topicId: FetchRequestFetchTopic['topicId'];
  let f_partitions: FetchRequestFetchTopic['partitions'];
  if (v <= 12) {
    f_topic = (v >= 12 ? r.compactString() : r.string());
  }
  else {
    f_topic = "";
  }
  if (v >= 13) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  const n27 = (v >= 12 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n27 === null) {
    f_partitions = null as never;
  }
  else {
    const a28 = new Array(n27);
    for (let i29 = 0; i29 < n27; i29++) {
      a28[i29] = decodeFetchRequestFetchPartition(r, v);
    }
    f_partitions = a28;
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topic: f_topic, topicId: f_topicId, partitions: f_partitions };
}

export function encodeFetchRequestFetchTopic(w: Writer, v: number, o: FetchRequestFetchTopicInput): void {
  if (v <= 12) {
    (v >= 12 ? w.compactString((o.topic ?? "") as string) : w.string((o.topic ?? "") as string));
  }
  if (v >= 13) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  const a30 = o.partitions;
  if (a30 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 12 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 12 ? w.uvarint(a30.length + 1) : w.int32(a30.length));
    for (const x31 of a30) {
      const s32 = x31;
      encodeFetchRequestFetchPartition(w, v, s32);
    }
  }
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchRequestForgottenTopic {
  /** The topic name. (versions 7-12) */
  topic: string;
  /** The unique topic ID. (versions 13+) */
  topicId: string;
  /** The partitions indexes to forget. (versions 7+) */
  partitions: Array<number>;
}

export interface FetchRequestForgottenTopicInput {
  topic?: string;
  topicId?: string;
  partitions?: Array<number>;
}

export function defaultFetchRequestForgottenTopic(): FetchRequestForgottenTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

export function decodeFetchRequestForgottenTopic(r: Reader, v: number): FetchRequestForgottenTopic {
  let f_topic: FetchRequestForgottenTopic['topic'];
  let f_topicId: FetchRequestForgottenTopic['topicId'];
  let f_partitions: FetchRequestForgottenTopic['partitions'];
  if (v >= 7 && v <= 12) {
    f_topic = (v >= 12 ? r.compactString() : r.string());
  }
  else {
    f_topic = "";
  }
  if (v >= 13) {
    f_topicId = r.uuid();
  }
  else {
    f_topicId = ZERO_UUID;
  }
  if (v >= 7) {
    f_partitions = r.int32List(v >= 12, false) as never;
  }
  else {
    f_partitions = [];
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topic: f_topic, topicId: f_topicId, partitions: f_partitions };
}

export function encodeFetchRequestForgottenTopic(w: Writer, v: number, o: FetchRequestForgottenTopicInput): void {
  if (v >= 7 && v <= 12) {
    (v >= 12 ? w.compactString((o.topic ?? "") as string) : w.string((o.topic ?? "") as string));
  }
  if (v >= 13) {
    w.uuid((o.topicId ?? ZERO_UUID));
  }
  if (v >= 7) {
    const a33 = (o.partitions ?? []);
    if (a33 === null) {
      if (!(false)) throw nullNotAllowed('Partitions', v);
      (v >= 12 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 12 ? w.uvarint(a33.length + 1) : w.int32(a33.length));
      for (const x34 of a33) {
        w.int32(x34);
      }
    }
  }
  else {
    if (o.partitions !== undefined && (o.partitions === null || o.partitions.length > 0)) throw fieldNotInVersion('Partitions', v);
  }
  if (v >= 12) {
    w.uvarint(0);
  }
}

export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. (versions 12+, tag 0) */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 0-14) */
  replicaId: number;
  /** The state of the replica in the follower. (versions 15+, tag 1) */
  replicaState: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. (versions 0+) */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (versions 0+) */
  minBytes: number;
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (versions 3+) */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. (versions 4+) */
  isolationLevel: number;
  /** The fetch session ID. (versions 7+) */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. (versions 7+) */
  sessionEpoch: number;
  /** The topics to fetch. (versions 0+) */
  topics: Array<FetchRequestFetchTopic>;
  /** In an incremental fetch request, the partitions to remove. (versions 7+) */
  forgottenTopicsData: Array<FetchRequestForgottenTopic>;
  /** Rack ID of the consumer making this request. (versions 11+) */
  rackId: string;
}

export interface FetchRequestInput {
  clusterId?: string | null;
  replicaId?: number;
  replicaState?: FetchRequestReplicaStateInput;
  maxWaitMs: number;
  minBytes: number;
  maxBytes?: number;
  isolationLevel?: number;
  sessionId?: number;
  sessionEpoch?: number;
  topics: Array<FetchRequestFetchTopicInput>;
  forgottenTopicsData?: Array<FetchRequestForgottenTopicInput>;
  rackId?: string;
}

export function defaultFetchRequest(): FetchRequest {
  return { clusterId: null, replicaId: -1, replicaState: defaultFetchRequestReplicaState(), maxWaitMs: 0, minBytes: 0, maxBytes: 2147483647, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [], forgottenTopicsData: [], rackId: "" };
}

export function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  let f_clusterId: FetchRequest['clusterId'] = null;
  let f_replicaId: FetchRequest['replicaId'];
  let f_replicaState: FetchRequest['replicaState'] = defaultFetchRequestReplicaState();
  let f_maxWaitMs: FetchRequest['maxWaitMs'];
  let f_minBytes: FetchRequest['minBytes'];
  let f_maxBytes: FetchRequest['maxBytes'];
  let f_isolationLevel: FetchRequest['isolationLevel'];
  let f_sessionId: FetchRequest['sessionId'];
  let f_sessionEpoch: FetchRequest['sessionEpoch'];
  let f_topics: FetchRequest['topics'];
  let f_forgottenTopicsData: FetchRequest['forgottenTopicsData'];
  let f_rackId: FetchRequest['rackId'];
  if (v <= 14) {
    f_replicaId = r.int32();
  }
  else {
    f_replicaId = -1;
  }
  f_maxWaitMs = r.int32();
  f_minBytes = r.int32();
  f_maxBytes = r.int32();
  f_isolationLevel = r.int8();
  if (v >= 7) {
    f_sessionId = r.int32();
  }
  else {
    f_sessionId = 0;
  }
  if (v >= 7) {
    f_sessionEpoch = r.int32();
  }
  else {
    f_sessionEpoch = -1;
  }
  const n35 = (v >= 12 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n35 === null) {
    f_topics = null as never;
  }
  else {
    const a36 = new Array(n35);
    for (let i37 = 0; i37 < n35; i37++) {
      a36[i37] = decodeFetchRequestFetchTopic(r, v);
    }
    f_topics = a36;
  }
  if (v >= 7) {
    const n38 = (v >= 12 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n38 === null) {
      f_forgottenTopicsData = null as never;
    }
    else {
      const a39 = new Array(n38);
      for (let i40 = 0; i40 < n38; i40++) {
        a39[i40] = decodeFetchRequestForgottenTopic(r, v);
      }
      f_forgottenTopicsData = a39;
    }
  }
  else {
    f_forgottenTopicsData = [];
  }
  if (v >= 11) {
    f_rackId = (v >= 12 ? r.compactString() : r.string());
  }
  else {
    f_rackId = "";
  }
  if (v >= 12) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 12) {
            f_clusterId = (v >= 12 ? (v >= 12 ? r.compactNullableString() : r.compactString()) : (v >= 12 ? r.nullableString() : r.string()));
          }
          break;

        case 1:
          if (v >= 15) {
            f_replicaState = decodeFetchRequestReplicaState(r, v);
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { clusterId: f_clusterId, replicaId: f_replicaId, replicaState: f_replicaState, maxWaitMs: f_maxWaitMs, minBytes: f_minBytes, maxBytes: f_maxBytes, isolationLevel: f_isolationLevel, sessionId: f_sessionId, sessionEpoch: f_sessionEpoch, topics: f_topics, forgottenTopicsData: f_forgottenTopicsData, rackId: f_rackId };
}

export function encodeFetchRequest(w: Writer, v: number, o: FetchRequestInput): void {
  if (v <= 14) {
    w.int32((o.replicaId ?? -1));
  }
  else {
    if (o.replicaId !== undefined && o.replicaId !== -1) throw fieldNotInVersion('ReplicaId', v);
  }
  w.int32(o.maxWaitMs);
  w.int32(o.minBytes);
  w.int32((o.maxBytes ?? 2147483647));
  w.int8((o.isolationLevel ?? 0));
  if (v >= 7) {
    w.int32((o.sessionId ?? 0));
  }
  if (v >= 7) {
    w.int32((o.sessionEpoch ?? -1));
  }
  const a41 = o.topics;
  if (a41 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    (v >= 12 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 12 ? w.uvarint(a41.length + 1) : w.int32(a41.length));
    for (const x42 of a41) {
      const s43 = x42;
      encodeFetchRequestFetchTopic(w, v, s43);
    }
  }
  if (v >= 7) {
    const a44 = (o.forgottenTopicsData ?? []);
    if (a44 === null) {
      if (!(false)) throw nullNotAllowed('ForgottenTopicsData', v);
      (v >= 12 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 12 ? w.uvarint(a44.length + 1) : w.int32(a44.length));
      for (const x45 of a44) {
        const s46 = x45;
        encodeFetchRequestForgottenTopic(w, v, s46);
      }
    }
  }
  else {
    if (o.forgottenTopicsData !== undefined && (o.forgottenTopicsData === null || o.forgottenTopicsData.length > 0)) throw fieldNotInVersion('ForgottenTopicsData', v);
  }
  if (v >= 11) {
    (v >= 12 ? w.compactString((o.rackId ?? "") as string) : w.string((o.rackId ?? "") as string));
  }
  if (v >= 12) {
    let tagCount = 0;
    const send_clusterId = v >= 12 && o.clusterId !== undefined && o.clusterId !== null;
    if (send_clusterId) tagCount++;
    const send_replicaState = v >= 15 && o.replicaState !== undefined && !isDeepDefault(o.replicaState, defaultFetchRequestReplicaState());
    if (send_replicaState) tagCount++;
    w.uvarint(tagCount);
    if (send_clusterId) {
      const at = w.beginTaggedField(0);
      (v >= 12 ? (v >= 12 ? w.compactNullableString(o.clusterId!) : w.compactString(o.clusterId! as string)) : (v >= 12 ? w.nullableString(o.clusterId!) : w.string(o.clusterId! as string)));
      w.endTaggedField(at);
    }
    if (send_replicaState) {
      const at = w.beginTaggedField(1);
      const s47 = o.replicaState!;
      encodeFetchRequestReplicaState(w, v, s47);
      w.endTaggedField(at);
    }
  }
}

/** Encodes a FetchRequest body at version `version` (4-18). */
export function encodeFetchRequestBody(w: Writer, version: number, body: FetchRequestInput): void {
  checkVersion('FetchRequest', version, 4, 18);
  encodeFetchRequest(w, version, body);
}

/** Decodes a FetchRequest body at version `version` (4-18). */
export function decodeFetchRequestBody(r: Reader, version: number): FetchRequest {
  checkVersion('FetchRequest', version, 4, 18);
  return decodeFetchRequest(r, version);
}

