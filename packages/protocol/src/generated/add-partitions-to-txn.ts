// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- AddPartitionsToTxnResponse: versions 0-5, flexible 3+

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. (versions 0+) */
  partitionIndex: number;
  /** The response error code. (versions 0+) */
  partitionErrorCode: number;
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultInput {
  partitionIndex: number;
  partitionErrorCode: number;
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return { partitionIndex: 0, partitionErrorCode: 0 };
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  let f_partitionIndex: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult['partitionIndex'];
  let f_partitionErrorCode: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult['partitionErrorCode'];
  f_partitionIndex = r.int32();
  f_partitionErrorCode = r.int16();
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { partitionIndex: f_partitionIndex, partitionErrorCode: f_partitionErrorCode };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, v: number, o: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultInput): void {
  w.int32(o.partitionIndex);
  w.int16(o.partitionErrorCode);
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. (versions 0+) */
  name: string;
  /** The results for each partition. (versions 0+) */
  resultsByPartition: Array<AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult>;
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResultInput {
  name: string;
  resultsByPartition: Array<AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultInput>;
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return { name: "", resultsByPartition: [] };
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  let f_name: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult['name'];
  let f_resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult['resultsByPartition'];
  f_name = (v >= 3 ? r.compactString() : r.string());
  const n0 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_resultsByPartition = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, v);
    }
    f_resultsByPartition = a1;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, resultsByPartition: f_resultsByPartition };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, v: number, o: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResultInput): void {
  (v >= 3 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a3 = o.resultsByPartition;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('ResultsByPartition', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, v, s5);
    }
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. (versions 4+) */
  transactionalId: string;
  /** The results for each topic. (versions 4+) */
  topicResults: Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>;
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResultInput {
  transactionalId?: string;
  topicResults?: Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResultInput>;
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult(): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return { transactionalId: "", topicResults: [] };
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  let f_transactionalId: AddPartitionsToTxnResponseAddPartitionsToTxnResult['transactionalId'];
  let f_topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnResult['topicResults'];
  if (v >= 4) {
    f_transactionalId = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_transactionalId = "";
  }
  if (v >= 4) {
    const n6 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n6 === null) {
      f_topicResults = null as never;
    }
    else {
      const a7 = new Array(n6);
      for (let i8 = 0; i8 < n6; i8++) {
        a7[i8] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v);
      }
      f_topicResults = a7;
    }
  }
  else {
    f_topicResults = [];
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactionalId: f_transactionalId, topicResults: f_topicResults };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, v: number, o: AddPartitionsToTxnResponseAddPartitionsToTxnResultInput): void {
  if (v >= 4) {
    (v >= 3 ? w.compactString((o.transactionalId ?? "") as string) : w.string((o.transactionalId ?? "") as string));
  }
  else {
    if (o.transactionalId !== undefined && o.transactionalId !== "") throw fieldNotInVersion('TransactionalId', v);
  }
  if (v >= 4) {
    const a9 = (o.topicResults ?? []);
    if (a9 === null) {
      if (!(false)) throw nullNotAllowed('TopicResults', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
      for (const x10 of a9) {
        const s11 = x10;
        encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, v, s11);
      }
    }
  }
  else {
    if (o.topicResults !== undefined && (o.topicResults === null || o.topicResults.length > 0)) throw fieldNotInVersion('TopicResults', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The response top level error code. (versions 4+) */
  errorCode: number;
  /** Results categorized by transactional ID. (versions 4+) */
  resultsByTransaction: Array<AddPartitionsToTxnResponseAddPartitionsToTxnResult>;
  /** The results for each topic. (versions 0-3) */
  resultsByTopicV3AndBelow: Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>;
}

export interface AddPartitionsToTxnResponseInput {
  throttleTimeMs: number;
  errorCode?: number;
  resultsByTransaction?: Array<AddPartitionsToTxnResponseAddPartitionsToTxnResultInput>;
  resultsByTopicV3AndBelow?: Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResultInput>;
}

export function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow: [] };
}

export function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  let f_throttleTimeMs: AddPartitionsToTxnResponse['throttleTimeMs'];
  let f_errorCode: AddPartitionsToTxnResponse['errorCode'];
  let f_resultsByTransaction: AddPartitionsToTxnResponse['resultsByTransaction'];
  let f_resultsByTopicV3AndBelow: AddPartitionsToTxnResponse['resultsByTopicV3AndBelow'];
  f_throttleTimeMs = r.int32();
  if (v >= 4) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 4) {
    const n12 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n12 === null) {
      f_resultsByTransaction = null as never;
    }
    else {
      const a13 = new Array(n12);
      for (let i14 = 0; i14 < n12; i14++) {
        a13[i14] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, v);
      }
      f_resultsByTransaction = a13;
    }
  }
  else {
    f_resultsByTransaction = [];
  }
  if (v <= 3) {
    const n15 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n15 === null) {
      f_resultsByTopicV3AndBelow = null as never;
    }
    else {
      const a16 = new Array(n15);
      for (let i17 = 0; i17 < n15; i17++) {
        a16[i17] = decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v);
      }
      f_resultsByTopicV3AndBelow = a16;
    }
  }
  else {
    f_resultsByTopicV3AndBelow = [];
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, resultsByTransaction: f_resultsByTransaction, resultsByTopicV3AndBelow: f_resultsByTopicV3AndBelow };
}

export function encodeAddPartitionsToTxnResponse(w: Writer, v: number, o: AddPartitionsToTxnResponseInput): void {
  w.int32(o.throttleTimeMs);
  if (v >= 4) {
    w.int16((o.errorCode ?? 0));
  }
  if (v >= 4) {
    const a18 = (o.resultsByTransaction ?? []);
    if (a18 === null) {
      if (!(false)) throw nullNotAllowed('ResultsByTransaction', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a18.length + 1) : w.int32(a18.length));
      for (const x19 of a18) {
        const s20 = x19;
        encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, v, s20);
      }
    }
  }
  else {
    if (o.resultsByTransaction !== undefined && (o.resultsByTransaction === null || o.resultsByTransaction.length > 0)) throw fieldNotInVersion('ResultsByTransaction', v);
  }
  if (v <= 3) {
    const a21 = (o.resultsByTopicV3AndBelow ?? []);
    if (a21 === null) {
      if (!(false)) throw nullNotAllowed('ResultsByTopicV3AndBelow', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
      for (const x22 of a21) {
        const s23 = x22;
        encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, v, s23);
      }
    }
  }
  else {
    if (o.resultsByTopicV3AndBelow !== undefined && (o.resultsByTopicV3AndBelow === null || o.resultsByTopicV3AndBelow.length > 0)) throw fieldNotInVersion('ResultsByTopicV3AndBelow', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a AddPartitionsToTxnResponse body at version `version` (0-5). */
export function encodeAddPartitionsToTxnResponseBody(w: Writer, version: number, body: AddPartitionsToTxnResponseInput): void {
  checkVersion('AddPartitionsToTxnResponse', version, 0, 5);
  encodeAddPartitionsToTxnResponse(w, version, body);
}

/** Decodes a AddPartitionsToTxnResponse body at version `version` (0-5). */
export function decodeAddPartitionsToTxnResponseBody(r: Reader, version: number): AddPartitionsToTxnResponse {
  checkVersion('AddPartitionsToTxnResponse', version, 0, 5);
  return decodeAddPartitionsToTxnResponse(r, version);
}

// ---- AddPartitionsToTxnRequest: versions 0-5, flexible 3+

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. (versions 0+) */
  name: string;
  /** The partition indexes to add to the transaction. (versions 0+) */
  partitions: Array<number>;
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopicInput {
  name: string;
  partitions: Array<number>;
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic(): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return { name: "", partitions: [] };
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  let f_name: AddPartitionsToTxnRequestAddPartitionsToTxnTopic['name'];
  let f_partitions: AddPartitionsToTxnRequestAddPartitionsToTxnTopic['partitions'];
  f_name = (v >= 3 ? r.compactString() : r.string());
  f_partitions = r.int32List(v >= 3, false) as never;
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, partitions: f_partitions };
}

export function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, v: number, o: AddPartitionsToTxnRequestAddPartitionsToTxnTopicInput): void {
  (v >= 3 ? w.compactString(o.name as string) : w.string(o.name as string));
  const a24 = o.partitions;
  if (a24 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a24.length + 1) : w.int32(a24.length));
    for (const x25 of a24) {
      w.int32(x25);
    }
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. (versions 4+) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 4+) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (versions 4+) */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. (versions 4+) */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. (versions 4+) */
  topics: Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>;
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransactionInput {
  transactionalId?: string;
  producerId?: bigint;
  producerEpoch?: number;
  verifyOnly?: boolean;
  topics?: Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopicInput>;
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, verifyOnly: false, topics: [] };
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  let f_transactionalId: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction['transactionalId'];
  let f_producerId: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction['producerId'];
  let f_producerEpoch: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction['producerEpoch'];
  let f_verifyOnly: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction['verifyOnly'];
  let f_topics: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction['topics'];
  if (v >= 4) {
    f_transactionalId = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_transactionalId = "";
  }
  if (v >= 4) {
    f_producerId = r.int64();
  }
  else {
    f_producerId = 0n;
  }
  if (v >= 4) {
    f_producerEpoch = r.int16();
  }
  else {
    f_producerEpoch = 0;
  }
  if (v >= 4) {
    f_verifyOnly = r.bool();
  }
  else {
    f_verifyOnly = false;
  }
  if (v >= 4) {
    const n26 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n26 === null) {
      f_topics = null as never;
    }
    else {
      const a27 = new Array(n26);
      for (let i28 = 0; i28 < n26; i28++) {
        a27[i28] = decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v);
      }
      f_topics = a27;
    }
  }
  else {
    f_topics = [];
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactionalId: f_transactionalId, producerId: f_producerId, producerEpoch: f_producerEpoch, verifyOnly: f_verifyOnly, topics: f_topics };
}

export function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, v: number, o: AddPartitionsToTxnRequestAddPartitionsToTxnTransactionInput): void {
  if (v >= 4) {
    (v >= 3 ? w.compactString((o.transactionalId ?? "") as string) : w.string((o.transactionalId ?? "") as string));
  }
  else {
    if (o.transactionalId !== undefined && o.transactionalId !== "") throw fieldNotInVersion('TransactionalId', v);
  }
  if (v >= 4) {
    w.int64((o.producerId ?? 0n));
  }
  else {
    if (o.producerId !== undefined && o.producerId !== 0n) throw fieldNotInVersion('ProducerId', v);
  }
  if (v >= 4) {
    w.int16((o.producerEpoch ?? 0));
  }
  else {
    if (o.producerEpoch !== undefined && o.producerEpoch !== 0) throw fieldNotInVersion('ProducerEpoch', v);
  }
  if (v >= 4) {
    w.bool((o.verifyOnly ?? false));
  }
  else {
    if (o.verifyOnly !== undefined && o.verifyOnly !== false) throw fieldNotInVersion('VerifyOnly', v);
  }
  if (v >= 4) {
    const a29 = (o.topics ?? []);
    if (a29 === null) {
      if (!(false)) throw nullNotAllowed('Topics', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a29.length + 1) : w.int32(a29.length));
      for (const x30 of a29) {
        const s31 = x30;
        encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, v, s31);
      }
    }
  }
  else {
    if (o.topics !== undefined && (o.topics === null || o.topics.length > 0)) throw fieldNotInVersion('Topics', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. (versions 4+) */
  transactions: Array<AddPartitionsToTxnRequestAddPartitionsToTxnTransaction>;
  /** The transactional id corresponding to the transaction. (versions 0-3) */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0-3) */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. (versions 0-3) */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. (versions 0-3) */
  v3AndBelowTopics: Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>;
}

export interface AddPartitionsToTxnRequestInput {
  transactions?: Array<AddPartitionsToTxnRequestAddPartitionsToTxnTransactionInput>;
  v3AndBelowTransactionalId?: string;
  v3AndBelowProducerId?: bigint;
  v3AndBelowProducerEpoch?: number;
  v3AndBelowTopics?: Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopicInput>;
}

export function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return { transactions: [], v3AndBelowTransactionalId: "", v3AndBelowProducerId: 0n, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [] };
}

export function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  let f_transactions: AddPartitionsToTxnRequest['transactions'];
  let f_v3AndBelowTransactionalId: AddPartitionsToTxnRequest['v3AndBelowTransactionalId'];
  let f_v3AndBelowProducerId: AddPartitionsToTxnRequest['v3AndBelowProducerId'];
  let f_v3AndBelowProducerEpoch: AddPartitionsToTxnRequest['v3AndBelowProducerEpoch'];
  let f_v3AndBelowTopics: AddPartitionsToTxnRequest['v3AndBelowTopics'];
  if (v >= 4) {
    const n32 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n32 === null) {
      f_transactions = null as never;
    }
    else {
      const a33 = new Array(n32);
      for (let i34 = 0; i34 < n32; i34++) {
        a33[i34] = decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, v);
      }
      f_transactions = a33;
    }
  }
  else {
    f_transactions = [];
  }
  if (v <= 3) {
    f_v3AndBelowTransactionalId = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_v3AndBelowTransactionalId = "";
  }
  if (v <= 3) {
    f_v3AndBelowProducerId = r.int64();
  }
  else {
    f_v3AndBelowProducerId = 0n;
  }
  if (v <= 3) {
    f_v3AndBelowProducerEpoch = r.int16();
  }
  else {
    f_v3AndBelowProducerEpoch = 0;
  }
  if (v <= 3) {
    const n35 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n35 === null) {
      f_v3AndBelowTopics = null as never;
    }
    else {
      const a36 = new Array(n35);
      for (let i37 = 0; i37 < n35; i37++) {
        a36[i37] = decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v);
      }
      f_v3AndBelowTopics = a36;
    }
  }
  else {
    f_v3AndBelowTopics = [];
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { transactions: f_transactions, v3AndBelowTransactionalId: f_v3AndBelowTransactionalId, v3AndBelowProducerId: f_v3AndBelowProducerId, v3AndBelowProducerEpoch: f_v3AndBelowProducerEpoch, v3AndBelowTopics: f_v3AndBelowTopics };
}

export function encodeAddPartitionsToTxnRequest(w: Writer, v: number, o: AddPartitionsToTxnRequestInput): void {
  if (v >= 4) {
    const a38 = (o.transactions ?? []);
    if (a38 === null) {
      if (!(false)) throw nullNotAllowed('Transactions', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a38.length + 1) : w.int32(a38.length));
      for (const x39 of a38) {
        const s40 = x39;
        encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, v, s40);
      }
    }
  }
  else {
    if (o.transactions !== undefined && (o.transactions === null || o.transactions.length > 0)) throw fieldNotInVersion('Transactions', v);
  }
  if (v <= 3) {
    (v >= 3 ? w.compactString((o.v3AndBelowTransactionalId ?? "") as string) : w.string((o.v3AndBelowTransactionalId ?? "") as string));
  }
  else {
    if (o.v3AndBelowTransactionalId !== undefined && o.v3AndBelowTransactionalId !== "") throw fieldNotInVersion('V3AndBelowTransactionalId', v);
  }
  if (v <= 3) {
    w.int64((o.v3AndBelowProducerId ?? 0n));
  }
  else {
    if (o.v3AndBelowProducerId !== undefined && o.v3AndBelowProducerId !== 0n) throw fieldNotInVersion('V3AndBelowProducerId', v);
  }
  if (v <= 3) {
    w.int16((o.v3AndBelowProducerEpoch ?? 0));
  }
  else {
    if (o.v3AndBelowProducerEpoch !== undefined && o.v3AndBelowProducerEpoch !== 0) throw fieldNotInVersion('V3AndBelowProducerEpoch', v);
  }
  if (v <= 3) {
    const a41 = (o.v3AndBelowTopics ?? []);
    if (a41 === null) {
      if (!(false)) throw nullNotAllowed('V3AndBelowTopics', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a41.length + 1) : w.int32(a41.length));
      for (const x42 of a41) {
        const s43 = x42;
        encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, v, s43);
      }
    }
  }
  else {
    if (o.v3AndBelowTopics !== undefined && (o.v3AndBelowTopics === null || o.v3AndBelowTopics.length > 0)) throw fieldNotInVersion('V3AndBelowTopics', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a AddPartitionsToTxnRequest body at version `version` (0-5). */
export function encodeAddPartitionsToTxnRequestBody(w: Writer, version: number, body: AddPartitionsToTxnRequestInput): void {
  checkVersion('AddPartitionsToTxnRequest', version, 0, 5);
  encodeAddPartitionsToTxnRequest(w, version, body);
}

/** Decodes a AddPartitionsToTxnRequest body at version `version` (0-5). */
export function decodeAddPartitionsToTxnRequestBody(r: Reader, version: number): AddPartitionsToTxnRequest {
  checkVersion('AddPartitionsToTxnRequest', version, 0, 5);
  return decodeAddPartitionsToTxnRequest(r, version);
}

