// The state of one KIP-848 consumer group as the coordinator keeps it: the group epoch (bumped
// on every change that needs a new assignment), the target assignment computed for that
// epoch, and each member's own epoch and current assignment, which move toward the target one
// heartbeat at a time.
import type { PartitionKey } from './partition-keys.js';

/**
 * Where a member stands in reconciliation (Kafka's MemberState):
 * - stable: it has everything the target gives it, at the target's epoch;
 * - unrevoked: it was told to give partitions up and has not yet confirmed it did;
 * - unreleased: it is at the new epoch but some target partitions are still owned elsewhere.
 */
export type MemberReconciliationState = 'stable' | 'unrevoked' | 'unreleased';

export interface ConsumerGroupMember {
  readonly memberId: string;
  instanceId: string | null;
  rackId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  serverAssignor: string | null;
  memberEpoch: number;
  previousMemberEpoch: number;
  state: MemberReconciliationState;
  /** What the member may own now: what it was last told, minus what it must give up. */
  assigned: Set<PartitionKey>;
  /** Partitions it must give up; nobody else gets them until it confirms. */
  pendingRevocation: Set<PartitionKey>;
  /** A static member that left with epoch -2: its partitions wait for it until its session ends. */
  temporarilyLeft: boolean;
  sessionTimer: unknown;
  revocationTimer: unknown;
}

export class ConsumerGroup {
  groupEpoch = 0;
  targetAssignmentEpoch = 0;
  readonly targetAssignment = new Map<string, Set<PartitionKey>>();
  readonly members = new Map<string, ConsumerGroupMember>();
  /** The subscribed topics' ids and partition counts at the last look: a change means a new assignment. */
  subscriptionMetadata = '';

  constructor(readonly groupId: string) {}

  /** Member id holding a static instance id, if any. */
  memberByInstanceId(instanceId: string): ConsumerGroupMember | undefined {
    for (const member of this.members.values()) if (member.instanceId === instanceId) return member;
    return undefined;
  }

  /** Whether a member other than `memberId` still owns (or is still revoking) the partition. */
  ownedByAnother(memberId: string, key: PartitionKey): boolean {
    for (const member of this.members.values()) {
      if (member.memberId !== memberId && (member.assigned.has(key) || member.pendingRevocation.has(key))) return true;
    }
    return false;
  }

  get state(): 'Empty' | 'Assigning' | 'Reconciling' | 'Stable' {
    if (this.members.size === 0) return 'Empty';
    if (this.targetAssignmentEpoch !== this.groupEpoch) return 'Assigning';
    for (const member of this.members.values()) {
      if (member.state !== 'stable' || member.memberEpoch !== this.targetAssignmentEpoch) return 'Reconciling';
    }
    return 'Stable';
  }
}
