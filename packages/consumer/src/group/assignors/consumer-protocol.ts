// The bytes a classic consumer group carries inside JoinGroup metadata (Subscription) and
// SyncGroup assignments (Assignment). Both start with an int16 version; fields are only ever
// appended, so a reader parses a newer version with the newest layout it knows and ignores the
// tail, which is what the Java client does. Layouts come from the generated codecs.
import {
  decodeConsumerProtocolAssignmentBody,
  decodeConsumerProtocolSubscriptionBody,
  encodeConsumerProtocolAssignmentBody,
  encodeConsumerProtocolSubscriptionBody,
  KafkaProtocolError,
  Reader,
  Writer,
} from '@kafkaline/protocol';
import type { MemberSubscription, TopicPartitions } from './assignor.js';

/** The newest layout we know: 4.x Java clients write v3 for both formats. */
export const CONSUMER_PROTOCOL_VERSION = 3;

export interface Subscription {
  topics: string[];
  userData: Uint8Array | null;
  ownedPartitions: TopicPartitions[];
  /** -1 when unknown (and always on v0-v1 bytes). */
  generationId: number;
  rackId: string | null;
}

export interface Assignment {
  assignedPartitions: TopicPartitions[];
  userData: Uint8Array | null;
}

export interface Decoded<T> {
  /** The version written in the bytes, which may be newer than the layout used to read them. */
  version: number;
  value: T;
}

export interface SubscriptionInput {
  topics: readonly string[];
  userData?: Uint8Array | null;
  ownedPartitions?: readonly TopicPartitions[];
  generationId?: number;
  rackId?: string | null;
}

/**
 * Subscription bytes for JoinGroup `Protocols[].Metadata`. Topics and owned partitions are
 * written sorted (as Java does) so that equal subscriptions give equal bytes, which lets the
 * coordinator see an unchanged subscription as unchanged.
 */
export function encodeSubscription(subscription: SubscriptionInput, version = CONSUMER_PROTOCOL_VERSION): Uint8Array {
  return encodeVersioned(version, (writer) =>
    encodeConsumerProtocolSubscriptionBody(writer, version, {
      topics: [...new Set(subscription.topics)].sort(),
      userData: subscription.userData ?? null,
      ownedPartitions: version >= 1 ? sortedTopicPartitions(subscription.ownedPartitions ?? []) : [],
      generationId: subscription.generationId ?? -1,
      rackId: subscription.rackId ?? null,
    }),
  );
}

/** Reads Subscription bytes of any version >= 0; a newer version's extra fields are ignored. */
export function decodeSubscription(bytes: Uint8Array): Decoded<Subscription> {
  return decodeVersioned(bytes, 'subscription', decodeConsumerProtocolSubscriptionBody);
}

/** What an assignor needs to know about one JoinGroup member, from its metadata bytes. */
export function memberSubscriptionFromMetadata(memberId: string, groupInstanceId: string | null, metadata: Uint8Array): MemberSubscription {
  const { value } = decodeSubscription(metadata);
  return { memberId, groupInstanceId, ...value };
}

/**
 * Assignment bytes for SyncGroup. An empty assignment still gets its version header and an
 * empty array: a zero-length assignment makes Java consumers fail.
 */
export function encodeAssignment(assignment: Partial<Assignment> & { assignedPartitions: readonly TopicPartitions[] }, version = CONSUMER_PROTOCOL_VERSION): Uint8Array {
  return encodeVersioned(version, (writer) =>
    encodeConsumerProtocolAssignmentBody(writer, version, {
      assignedPartitions: sortedTopicPartitions(assignment.assignedPartitions),
      userData: assignment.userData ?? null,
    }),
  );
}

/**
 * Reads Assignment bytes of any version >= 0. Zero bytes read as an empty assignment: some
 * leaders send that for members that get nothing, and failing the member helps nobody.
 */
export function decodeAssignment(bytes: Uint8Array): Decoded<Assignment> {
  if (bytes.length === 0) return { version: 0, value: { assignedPartitions: [], userData: null } };
  return decodeVersioned(bytes, 'assignment', decodeConsumerProtocolAssignmentBody);
}

/** The int16 version header, then the body. */
function encodeVersioned(version: number, encodeBody: (writer: Writer) => void): Uint8Array {
  const writer = new Writer(64);
  writer.int16(version);
  encodeBody(writer);
  return writer.finish();
}

/** The version header, then the body with the newest layout we know (the generated decoders give the shapes above). */
function decodeVersioned<T>(bytes: Uint8Array, what: string, decodeBody: (reader: Reader, version: number) => T): Decoded<T> {
  const reader = new Reader(bytes);
  const version = reader.int16();
  if (version < 0) {
    throw new KafkaProtocolError(`Consumer protocol ${what} has version ${version}; versions below 0 are invalid`);
  }
  return { version, value: decodeBody(reader, Math.min(version, CONSUMER_PROTOCOL_VERSION)) };
}

/** One entry per topic, topics by name, partitions ascending; duplicates merged. */
export function sortedTopicPartitions(list: readonly TopicPartitions[]): TopicPartitions[] {
  const byTopic = new Map<string, Set<number>>();
  for (const { topic, partitions } of list) {
    let set = byTopic.get(topic);
    if (!set) byTopic.set(topic, (set = new Set()));
    for (const partition of partitions) set.add(partition);
  }
  return [...byTopic.keys()].sort().map((topic) => ({ topic, partitions: [...(byTopic.get(topic) as Set<number>)].sort((a, b) => a - b) }));
}
