// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- ConsumerProtocolAssignment: versions 0-3, flexible never

export interface ConsumerProtocolAssignmentTopicPartition {
  /** The topic name. (versions 0+) */
  topic: string;
  /** The list of partitions assigned to this consumer. (versions 0+) */
  partitions: Array<number>;
}

export interface ConsumerProtocolAssignmentTopicPartitionInput {
  topic: string;
  partitions: Array<number>;
}

export function defaultConsumerProtocolAssignmentTopicPartition(): ConsumerProtocolAssignmentTopicPartition {
  return { topic: "", partitions: [] };
}

export function decodeConsumerProtocolAssignmentTopicPartition(r: Reader, v: number): ConsumerProtocolAssignmentTopicPartition {
  let f_topic: ConsumerProtocolAssignmentTopicPartition['topic'];
  let f_partitions: ConsumerProtocolAssignmentTopicPartition['partitions'];
  f_topic = r.string();
  f_partitions = r.int32List(false, false) as never;
  return { topic: f_topic, partitions: f_partitions };
}

export function encodeConsumerProtocolAssignmentTopicPartition(w: Writer, v: number, o: ConsumerProtocolAssignmentTopicPartitionInput): void {
  w.string(o.topic as string);
  const a0 = o.partitions;
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

export interface ConsumerProtocolAssignment {
  /** The list of topics and partitions assigned to this consumer. (versions 0+) */
  assignedPartitions: Array<ConsumerProtocolAssignmentTopicPartition>;
  /** User data. (versions 0+) */
  userData: Uint8Array | null;
}

export interface ConsumerProtocolAssignmentInput {
  assignedPartitions: Array<ConsumerProtocolAssignmentTopicPartitionInput>;
  userData?: Uint8Array | null;
}

export function defaultConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return { assignedPartitions: [], userData: null };
}

export function decodeConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  let f_assignedPartitions: ConsumerProtocolAssignment['assignedPartitions'];
  let f_userData: ConsumerProtocolAssignment['userData'];
  const n2 = r.arrayLength(false);
  if (n2 === null) {
    f_assignedPartitions = null as never;
  }
  else {
    const a3 = new Array(n2);
    for (let i4 = 0; i4 < n2; i4++) {
      a3[i4] = decodeConsumerProtocolAssignmentTopicPartition(r, v);
    }
    f_assignedPartitions = a3;
  }
  f_userData = r.nullableBytes();
  return { assignedPartitions: f_assignedPartitions, userData: f_userData };
}

export function encodeConsumerProtocolAssignment(w: Writer, v: number, o: ConsumerProtocolAssignmentInput): void {
  const a5 = o.assignedPartitions;
  if (a5 === null) {
    if (!(false)) throw nullNotAllowed('AssignedPartitions', v);
    w.int32(-1);
  }
  else {
    w.int32(a5.length);
    for (const x6 of a5) {
      const s7 = x6;
      encodeConsumerProtocolAssignmentTopicPartition(w, v, s7);
    }
  }
  w.nullableBytes((o.userData ?? null));
}

/** Encodes a ConsumerProtocolAssignment body at version `version` (0-3). */
export function encodeConsumerProtocolAssignmentBody(w: Writer, version: number, body: ConsumerProtocolAssignmentInput): void {
  checkVersion('ConsumerProtocolAssignment', version, 0, 3);
  encodeConsumerProtocolAssignment(w, version, body);
}

/** Decodes a ConsumerProtocolAssignment body at version `version` (0-3). */
export function decodeConsumerProtocolAssignmentBody(r: Reader, version: number): ConsumerProtocolAssignment {
  checkVersion('ConsumerProtocolAssignment', version, 0, 3);
  return decodeConsumerProtocolAssignment(r, version);
}

