import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '@kafkaline/network';
import type { KafkaError } from '@kafkaline/protocol';
import type { RebalanceListener } from './rebalance-listener.js';
import type { SubscriptionSpec } from './subscription.js';
import { describeTopicPartitions, minus, type TopicPartition, topicPartitionKey } from './topic-partition-set.js';

/** What the consumer does for group membership: start and stop consuming partitions. */
export interface AssignmentHost {
  /** Starts fetching these partitions from the group's committed offsets (else autoOffsetReset). */
  startPartitions(partitions: TopicPartition[]): Promise<void>;
  /**
   * Stops fetching these partitions; with `commit`, first commits the offsets marked done for
   * them (a revocation), without it commits nothing (lost: another member may own them).
   */
  stopPartitions(partitions: TopicPartition[], commit: boolean): Promise<void>;
  /** Wakes a next() call blocked on fetching, so that it sees a fatal membership error. */
  interrupt(): void;
}

/** Who commits: OffsetCommit's GenerationIdOrMemberEpoch, MemberId and GroupInstanceId. */
export interface CommitIdentity {
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

export interface GroupMetadata extends CommitIdentity {
  groupId: string;
  /** 'joining' while (re)joining, 'stable' with an assignment, 'left' after leaving, 'failed' after a fatal error. */
  state: 'joining' | 'stable' | 'left' | 'failed';
}

/** One consumer's membership of its group, whichever protocol runs it. */
export interface GroupMembership {
  start(): void;
  /** Resolves when the first assignment has been applied (rejects on a fatal error). */
  firstAssignment(): Promise<void>;
  /** A new subscription: the member rejoins with it. */
  subscribe(spec: SubscriptionSpec): void;
  /** next() is about to wait: throws what the application must hear (fatal errors, poll timeout). */
  beforePoll(): void;
  pollStarted(): void;
  pollEnded(): void;
  commitIdentity(): CommitIdentity;
  /** A commit failed with a membership error (UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, ...): rejoin. */
  onCommitRefused(error: KafkaError): void;
  /** Goes up each time the commit identity is renewed (a generation joined, a KIP-848 heartbeat answered). */
  identityVersion(): number;
  /**
   * After a commit refused with REBALANCE_IN_PROGRESS or STALE_MEMBER_EPOCH: resolves true once
   * the identity is newer than `version` (at once if it already is), false when waiting cannot
   * help: inside a rebalance listener (the rebalance waits for the caller), closing, failed, left,
   * or no fresh identity within the rebalance timeout.
   */
  freshIdentity(version: number): Promise<boolean>;
  metadata(): GroupMetadata;
  /** Revokes (committing) what is owned, then leaves the group. */
  close(): Promise<void>;
}

export interface MembershipContext {
  groupId: string;
  host: AssignmentHost;
  listener: RebalanceListener;
  logger: Logger | null;
}

/**
 * Set while a rebalance listener runs (and in everything it awaits): a commit made from there must
 * not wait for the rebalance to end, since the rebalance waits for the listener.
 */
const insideRebalanceListener = new AsyncLocalStorage<boolean>();

/** Whether the caller runs inside a rebalance listener callback. */
export function calledFromRebalanceListener(): boolean {
  return insideRebalanceListener.getStore() === true;
}

/**
 * The partitions a member owns, and the order of events when they change: revoke = listener,
 * then commit, then stop; lose = listener, then stop without committing; assign = start, then
 * listener. Listener errors are logged and reported by the next `next()`, never swallowed.
 */
export class PartitionOwnership {
  private owned: TopicPartition[] = [];
  private listenerError: unknown = null;

  constructor(private readonly context: MembershipContext) {}

  current(): TopicPartition[] {
    return this.owned.map((tp) => ({ ...tp }));
  }

  /** Throws (once) the error a listener raised. */
  takeListenerError(): unknown {
    const error = this.listenerError;
    this.listenerError = null;
    return error;
  }

  async revoke(partitions: readonly TopicPartition[]): Promise<void> {
    const going = this.ownedAmong(partitions);
    if (going.length === 0) return;
    this.log('info', `revoking ${describeTopicPartitions(going)}`);
    await this.callListener('onPartitionsRevoked', going);
    try {
      await this.context.host.stopPartitions(going, true);
    } catch (error) {
      // The commit failed (the generation may be gone): the partitions are dropped all the same.
      this.log('warn', `committing revoked partitions failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.context.host.stopPartitions(going, false);
    }
    this.owned = minus(this.owned, going);
  }

  async lose(partitions: readonly TopicPartition[]): Promise<void> {
    const going = this.ownedAmong(partitions);
    if (going.length === 0) return;
    this.log('warn', `lost ${describeTopicPartitions(going)} without committing (another member may own them now)`);
    await this.callListener(this.context.listener.onPartitionsLost ? 'onPartitionsLost' : 'onPartitionsRevoked', going);
    await this.context.host.stopPartitions(going, false);
    this.owned = minus(this.owned, going);
  }

  async assign(partitions: readonly TopicPartition[]): Promise<void> {
    const fresh = minus(partitions, this.owned);
    if (fresh.length === 0) return;
    await this.context.host.startPartitions(fresh);
    this.owned.push(...fresh.map((tp) => ({ ...tp })));
    this.log('info', `assigned ${describeTopicPartitions(fresh)}`);
    await this.callListener('onPartitionsAssigned', fresh);
  }

  private ownedAmong(partitions: readonly TopicPartition[]): TopicPartition[] {
    const wanted = new Set(partitions.map(topicPartitionKey));
    return this.owned.filter((tp) => wanted.has(topicPartitionKey(tp)));
  }

  private async callListener(name: keyof RebalanceListener, partitions: TopicPartition[]): Promise<void> {
    const callback = this.context.listener[name];
    if (callback === undefined) return;
    try {
      await insideRebalanceListener.run(true, () => callback.call(this.context.listener, partitions.map((tp) => ({ ...tp }))));
    } catch (error) {
      this.log('error', `${name} threw: ${error instanceof Error ? error.message : String(error)}`);
      this.listenerError ??= error;
    }
  }

  private log(level: 'info' | 'warn' | 'error', message: string): void {
    this.context.logger?.(level, `group '${this.context.groupId}': ${message}`, { groupId: this.context.groupId });
  }
}
