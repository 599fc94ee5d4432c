// The contract of the broker-side assignors of KIP-848 groups (`group.consumer.assignors`):
// the coordinator hands them each member's subscribed topics and the previous target
// assignment, and gets the new target back.
import type { PartitionKey } from './partition-keys.js';

export interface AssignableTopic {
  name: string;
  id: string;
  partitions: number;
}

export interface AssignmentSpec {
  /** Members in member-id order, with the existing topics each subscribes to. */
  members: ReadonlyArray<{ memberId: string; topics: readonly string[] }>;
  /** Every existing subscribed topic, by name. */
  topics: ReadonlyMap<string, AssignableTopic>;
  /** The previous target assignment, by member id (sticky assignors keep what they can). */
  previous: ReadonlyMap<string, ReadonlySet<PartitionKey>>;
}

export interface ServerAssignor {
  readonly name: string;
  assign(spec: AssignmentSpec): Map<string, Set<PartitionKey>>;
}
