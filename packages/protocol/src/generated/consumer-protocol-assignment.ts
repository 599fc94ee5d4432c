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
  const n0 = r.arrayLength(false);
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    f_partitions = r.int32Array(n0);
  }
  return { topic: f_topic, partitions: f_partitions };
}

export function encodeConsumerProtocolAssignmentTopicPartition(w: Writer, v: number, o: ConsumerProtocolAssignmentTopicPartitionInput): void {
  w.string(o.topic as string);
  const a2 = o.partitions;
  if (a2 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    w.int32(-1);
  }
  else {
    w.int32(a2.length);
    for (const x3 of a2) {
      w.int32(x3);
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
  const n4 = r.arrayLength(false);
  if (n4 === null) {
    f_assignedPartitions = null as never;
  }
  else {
    const a5 = new Array(n4);
    for (let i6 = 0; i6 < n4; i6++) {
      a5[i6] = decodeConsumerProtocolAssignmentTopicPartition(r, v);
    }
    f_assignedPartitions = a5;
  }
  f_userData = r.nullableBytes();
  return { assignedPartitions: f_assignedPartitions, userData: f_userData };
}

export function encodeConsumerProtocolAssignment(w: Writer, v: number, o: ConsumerProtocolAssignmentInput): void {
  const a7 = o.assignedPartitions;
  if (a7 === null) {
    if (!(false)) throw nullNotAllowed('AssignedPartitions', v);
    w.int32(-1);
  }
  else {
    w.int32(a7.length);
    for (const x8 of a7) {
      const s9 = x8;
      encodeConsumerProtocolAssignmentTopicPartition(w, v, s9);
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

