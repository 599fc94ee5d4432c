// The contract between group membership (which runs JoinGroup/SyncGroup and, as leader, calls an
// assignor) and the assignors themselves, which are pure functions of the group's subscriptions.

export interface TopicPartitions {
  topic: string;
  partitions: number[];
}

/** One member's subscription, as the leader sees it in the JoinGroup response (ConsumerProtocolSubscription). */
export interface MemberSubscription {
  memberId: string;
  groupInstanceId: string | null;
  topics: string[];
  /** Partitions the member owns now (v1+); cooperative assignors must respect them. */
  ownedPartitions: TopicPartitions[];
  /** Generation of ownedPartitions (v2+, -1 when unknown): stale claims lose to newer ones. */
  generationId: number;
  rackId: string | null;
  userData: Uint8Array | null;
}

export type RebalanceProtocol = 'eager' | 'cooperative';

export interface PartitionAssignor {
  /** The protocol name sent in JoinGroup: 'range', 'roundrobin', 'cooperative-sticky'. */
  readonly name: string;
  /**
   * 'cooperative' assignors never move a partition directly between two members in one
   * generation: it is first revoked, then assigned in a follow-up rebalance.
   */
  readonly rebalanceProtocol: RebalanceProtocol;
  /**
   * Maps every member id to its assigned partitions. `partitionsPerTopic` holds the partition
   * count of every subscribed topic that exists; every partition of a subscribed topic goes to
   * exactly one subscriber (cooperative: or to nobody, while it is being revoked).
   */
  assign(members: readonly MemberSubscription[], partitionsPerTopic: ReadonlyMap<string, number>): Map<string, TopicPartitions[]>;
}
