// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- ConsumerProtocolSubscription: versions 0-3, flexible never

export interface ConsumerProtocolSubscriptionTopicPartition {
  /** The topic name. (versions 1+) */
  topic: string;
  /** The partition ids. (versions 1+) */
  partitions: Array<number>;
}

export interface ConsumerProtocolSubscriptionTopicPartitionInput {
  topic?: string;
  partitions?: Array<number>;
}

export function defaultConsumerProtocolSubscriptionTopicPartition(): ConsumerProtocolSubscriptionTopicPartition {
  return { topic: "", partitions: [] };
}

export function decodeConsumerProtocolSubscriptionTopicPartition(r: Reader, v: number): ConsumerProtocolSubscriptionTopicPartition {
  let f_topic: ConsumerProtocolSubscriptionTopicPartition['topic'];
  let f_partitions: ConsumerProtocolSubscriptionTopicPartition['partitions'];
  if (v >= 1) {
    f_topic = r.string();
  }
  else {
    f_topic = "";
  }
  if (v >= 1) {
    f_partitions = r.int32List(false, false) as never;
  }
  else {
    f_partitions = [];
  }
  return { topic: f_topic, partitions: f_partitions };
}

export function encodeConsumerProtocolSubscriptionTopicPartition(w: Writer, v: number, o: ConsumerProtocolSubscriptionTopicPartitionInput): void {
  if (v >= 1) {
    w.string((o.topic ?? "") as string);
  }
  else {
    if (o.topic !== undefined && o.topic !== "") throw fieldNotInVersion('Topic', v);
  }
  if (v >= 1) {
    const a0 = (o.partitions ?? []);
    if (a0 === null) {
      if (!(false)) throw nullNotAllowed('Partitions', v);
      w.int32(-1);
    }
    else {
      w.int32(a0.length);
      for (const x1 of a0) {
        w.int32(x1);
      }
    }
  }
  else {
    if (o.partitions !== undefined && (o.partitions === null || o.partitions.length > 0)) throw fieldNotInVersion('Partitions', v);
  }
}

export interface ConsumerProtocolSubscription {
  /** The topics that the member wants to consume. (versions 0+) */
  topics: Array<string>;
  /** User data that will be passed back to the consumer. (versions 0+) */
  userData: Uint8Array | null;
  /** The partitions that the member owns. (versions 1+) */
  ownedPartitions: Array<ConsumerProtocolSubscriptionTopicPartition>;
  /** The generation id of the member. (versions 2+) */
  generationId: number;
  /** The rack id of the member. (versions 3+) */
  rackId: string | null;
}

export interface ConsumerProtocolSubscriptionInput {
  topics: Array<string>;
  userData?: Uint8Array | null;
  ownedPartitions?: Array<ConsumerProtocolSubscriptionTopicPartitionInput>;
  generationId?: number;
  rackId?: string | null;
}

export function defaultConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return { topics: [], userData: null, ownedPartitions: [], generationId: -1, rackId: null };
}

export function decodeConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  let f_topics: ConsumerProtocolSubscription['topics'];
  let f_userData: ConsumerProtocolSubscription['userData'];
  let f_ownedPartitions: ConsumerProtocolSubscription['ownedPartitions'];
  let f_generationId: ConsumerProtocolSubscription['generationId'];
  let f_rackId: ConsumerProtocolSubscription['rackId'];
  const n2 = r.arrayLength(false);
  if (n2 === null) {
    f_topics = null as never;
  }
  else {
    const a3 = new Array(n2);
    for (let i4 = 0; i4 < n2; i4++) {
      a3[i4] = r.string();
    }
    f_topics = a3;
  }
  f_userData = r.nullableBytes();
  if (v >= 1) {
    const n5 = r.arrayLength(false);
    if (n5 === null) {
      f_ownedPartitions = null as never;
    }
    else {
      const a6 = new Array(n5);
      for (let i7 = 0; i7 < n5; i7++) {
        a6[i7] = decodeConsumerProtocolSubscriptionTopicPartition(r, v);
      }
      f_ownedPartitions = a6;
    }
  }
  else {
    f_ownedPartitions = [];
  }
  if (v >= 2) {
    f_generationId = r.int32();
  }
  else {
    f_generationId = -1;
  }
  if (v >= 3) {
    f_rackId = (v >= 3 ? r.nullableString() : r.string());
  }
  else {
    f_rackId = null;
  }
  return { topics: f_topics, userData: f_userData, ownedPartitions: f_ownedPartitions, generationId: f_generationId, rackId: f_rackId };
}

export function encodeConsumerProtocolSubscription(w: Writer, v: number, o: ConsumerProtocolSubscriptionInput): void {
  const a8 = o.topics;
  if (a8 === null) {
    if (!(false)) throw nullNotAllowed('Topics', v);
    w.int32(-1);
  }
  else {
    w.int32(a8.length);
    for (const x9 of a8) {
      w.string(x9 as string);
    }
  }
  w.nullableBytes((o.userData ?? null));
  if (v >= 1) {
    const a10 = (o.ownedPartitions ?? []);
    if (a10 === null) {
      if (!(false)) throw nullNotAllowed('OwnedPartitions', v);
      w.int32(-1);
    }
    else {
      w.int32(a10.length);
      for (const x11 of a10) {
        const s12 = x11;
        encodeConsumerProtocolSubscriptionTopicPartition(w, v, s12);
      }
    }
  }
  if (v >= 2) {
    w.int32((o.generationId ?? -1));
  }
  if (v >= 3) {
    (v >= 3 ? w.nullableString((o.rackId ?? null)) : w.string((o.rackId ?? null) as string));
  }
}

/** Encodes a ConsumerProtocolSubscription body at version `version` (0-3). */
export function encodeConsumerProtocolSubscriptionBody(w: Writer, version: number, body: ConsumerProtocolSubscriptionInput): void {
  checkVersion('ConsumerProtocolSubscription', version, 0, 3);
  encodeConsumerProtocolSubscription(w, version, body);
}

/** Decodes a ConsumerProtocolSubscription body at version `version` (0-3). */
export function decodeConsumerProtocolSubscriptionBody(r: Reader, version: number): ConsumerProtocolSubscription {
  checkVersion('ConsumerProtocolSubscription', version, 0, 3);
  return decodeConsumerProtocolSubscription(r, version);
}

