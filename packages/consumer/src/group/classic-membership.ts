import type { JoinGroupResult } from '@kafkaline/network';
import { ErrorCode, KafkaBrokerError, KafkaConfigError, type KafkaError } from '@kafkaline/protocol';
import type { PartitionAssignor, TopicPartitions } from './assignors/assignor.js';
import { decodeAssignment, encodeAssignment, encodeSubscription, memberSubscriptionFromMetadata } from './assignors/consumer-protocol.js';
import type { CommitIdentity } from './membership.js';
import { MembershipBase, type MembershipOptions } from './membership-base.js';
import { membershipReaction } from './membership-errors.js';
import { partitionCounts, subscribedTopics } from './subscription.js';
import { flattenTopicPartitions, groupByTopic, minus, type TopicPartition } from './topic-partition-set.js';

export interface ClassicMembershipOptions extends MembershipOptions {
  /** In preference order; each one's name is a protocol offered in JoinGroup. */
  assignors: readonly PartitionAssignor[];
}

const NO_GENERATION = -1;

interface ResolvedSubscription {
  topics: string[];
  counts: Map<string, number>;
}

/**
 * Classic group membership (JoinGroup / SyncGroup / Heartbeat / LeaveGroup), as the Java
 * client runs it:
 * - join: JoinGroup (rejoining at once with the id MEMBER_ID_REQUIRED hands out); the leader
 *   fetches metadata, runs the chosen assignor and sends every member's assignment in SyncGroup;
 * - eager protocols revoke (commit, then stop) everything before rejoining; cooperative ones keep
 *   their partitions, send them as owned, revoke only what the new assignment takes away, and
 *   rejoin once more so the revoked partitions can be handed out;
 * - the rebalance protocol is cooperative only when every configured assignor is, since an eager
 *   leader could otherwise hand a partition to a new owner while the old one still fetches it;
 * - heartbeats run on a timer; errors: REBALANCE_IN_PROGRESS rejoins, ILLEGAL_GENERATION rejoins
 *   keeping the member id, UNKNOWN_MEMBER_ID rejoins as a new member (both lose the partitions,
 *   which another member may own by now), FENCED_INSTANCE_ID stops the consumer; coordinator
 *   moves are looked up again by the client.
 */
export class ClassicMembership extends MembershipBase {
  private memberId = '';
  private generationId = NO_GENERATION;
  private protocolName: string | null = null;
  private joinInFlight = false;
  private heartbeatInFlight = false;
  /** The generation ended under us: what is owned must be dropped without committing. */
  private generationLost = false;
  private readonly assignors: readonly PartitionAssignor[];
  private readonly rebalanceProtocol: 'eager' | 'cooperative';
  /** The subscription as resolved for the last join: topics and their partition counts. */
  private joinedWith: ResolvedSubscription | null = null;

  constructor(options: ClassicMembershipOptions) {
    super(options);
    if (options.assignors.length === 0) throw new KafkaConfigError('partitionAssignors', 'at least one partition assignor is needed');
    this.assignors = options.assignors;
    this.rebalanceProtocol = options.assignors.every((a) => a.rebalanceProtocol === 'cooperative') ? 'cooperative' : 'eager';
  }

  commitIdentity(): CommitIdentity {
    return { generationId: this.generationId, memberId: this.memberId, groupInstanceId: this.options.groupInstanceId };
  }

  onCommitRefused(error: KafkaError): void {
    this.react(error, 'OffsetCommit', this.generationId, this.memberId);
  }

  protected async rebalance(reason: string): Promise<void> {
    await this.prepareJoin();
    if (this.closing) return;
    const subscribed = await this.resolveSubscription();
    const joined = await this.join(subscribed.topics, reason);
    if (joined === null || this.closing) return;
    const assigned = await this.sync(joined);
    if (assigned === null || this.closing) return;
    this.joinedWith = subscribed;
    await this.applyAssignment(flattenTopicPartitions(assigned));
  }

  /** A new topic for a RegExp subscription, a topic gone, or a partition count changed. */
  protected override async metadataChanged(): Promise<string | null> {
    const joinedWith = this.joinedWith;
    if (joinedWith === null) return null;
    const { topics, counts } = await this.resolveSubscription();
    const added = topics.filter((t) => !joinedWith.topics.includes(t));
    if (added.length > 0) return `new subscribed topic(s) ${added.join(', ')}`;
    for (const topic of joinedWith.topics) {
      const before = joinedWith.counts.get(topic);
      const now = counts.get(topic);
      if (before !== now) return `topic ${topic} has ${now ?? 'no'} partitions (was ${before ?? 'none'})`;
    }
    return null;
  }

  protected async heartbeat(): Promise<void> {
    // A parked JoinGroup stands in for heartbeats (the coordinator's rebalance timeout applies).
    if (this.memberId === '' || this.generationId === NO_GENERATION || this.joinInFlight || this.heartbeatInFlight || this.state === 'left') return;
    const generationId = this.generationId;
    const memberId = this.memberId;
    this.heartbeatInFlight = true;
    try {
      const { error } = await this.options.client.heartbeat({ groupId: this.options.groupId, generationId, memberId, groupInstanceId: this.options.groupInstanceId });
      if (error) this.react(error, 'Heartbeat', generationId, memberId);
    } finally {
      this.heartbeatInFlight = false;
    }
  }

  protected async leaveGroup(reason: string): Promise<void> {
    // Static members do not leave: coming back within the session timeout causes no rebalance.
    if (this.options.groupInstanceId !== null || this.memberId === '') return;
    const { error } = await this.options.client.leaveGroup({ groupId: this.options.groupId, memberId: this.memberId, reason });
    if (error) this.log('warn', `LeaveGroup failed (the session timeout will remove the member): ${error.message}`);
  }

  protected resetAfterLeave(): void {
    if (this.options.groupInstanceId === null) this.memberId = '';
    this.generationId = NO_GENERATION;
  }

  /** The subscription's topics right now, and their partition counts. */
  private async resolveSubscription(): Promise<ResolvedSubscription> {
    const topics = await subscribedTopics(this.options.client, this.subscription);
    return { topics, counts: await partitionCounts(this.options.client, topics) };
  }

  /** Java's onJoinPrepare: lose what a dead generation owned; eager protocols revoke everything. */
  private async prepareJoin(): Promise<void> {
    if (this.generationLost) {
      this.generationLost = false;
      await this.ownership.lose(this.ownership.current());
    } else if (this.rebalanceProtocol === 'eager') {
      await this.ownership.revoke(this.ownership.current());
    }
  }

  private async join(topics: string[], reason: string): Promise<JoinGroupResult | null> {
    for (;;) {
      const owned = this.rebalanceProtocol === 'cooperative' ? groupByTopic(this.ownership.current()) : [];
      const metadata = encodeSubscription({ topics, ownedPartitions: owned, generationId: this.generationId, rackId: null });
      this.joinInFlight = true;
      let result: JoinGroupResult;
      try {
        result = await this.options.client.joinGroup({
          groupId: this.options.groupId,
          memberId: this.memberId,
          groupInstanceId: this.options.groupInstanceId,
          sessionTimeoutMs: this.options.sessionTimeoutMs,
          rebalanceTimeoutMs: this.options.rebalanceTimeoutMs,
          protocolType: 'consumer',
          protocols: this.assignors.map((assignor) => ({ name: assignor.name, metadata })),
          reason,
        });
      } finally {
        this.joinInFlight = false;
      }
      if (this.closing) return null;
      if (result.error === null) {
        this.memberId = result.memberId;
        this.generationId = result.generationId;
        this.protocolName = result.protocolName;
        this.log('info', `joined generation ${result.generationId} as ${result.memberId === result.leader ? 'leader' : 'follower'} (${result.protocolName})`);
        return result;
      }
      if (result.error instanceof KafkaBrokerError && result.error.errorCode === ErrorCode.MEMBER_ID_REQUIRED) {
        // KIP-394: the coordinator hands out the id first; join again with it at once.
        this.memberId = result.memberId;
        continue;
      }
      await this.afterFailure(result.error, 'JoinGroup');
      return null;
    }
  }

  private async sync(joined: JoinGroupResult): Promise<TopicPartitions[] | null> {
    const assignments = joined.leader === joined.memberId && !joined.skipAssignment ? await this.assignAsLeader(joined) : [];
    if (this.closing) return null;
    const result = await this.options.client.syncGroup({
      groupId: this.options.groupId,
      generationId: joined.generationId,
      memberId: joined.memberId,
      groupInstanceId: this.options.groupInstanceId,
      protocolType: 'consumer',
      protocolName: joined.protocolName,
      assignments,
    });
    if (this.closing) return null;
    if (result.error) {
      await this.afterFailure(result.error, 'SyncGroup');
      return null;
    }
    return decodeAssignment(result.assignment).value.assignedPartitions;
  }

  private async assignAsLeader(joined: JoinGroupResult): Promise<Array<{ memberId: string; assignment: Uint8Array }>> {
    const assignor = this.assignors.find((a) => a.name === joined.protocolName);
    if (assignor === undefined) {
      throw new KafkaConfigError('partitionAssignors', `the group chose assignor '${joined.protocolName}', which this consumer does not run`);
    }
    const members = joined.members.map((m) => memberSubscriptionFromMetadata(m.memberId, m.groupInstanceId, m.metadata));
    const topics = [...new Set(members.flatMap((m) => m.topics))].sort();
    const counts = await partitionCounts(this.options.client, topics);
    const plan = assignor.assign(members, counts);
    // Every member gets an assignment, an empty one included (Java members fail on a missing one).
    return members.map((m) => ({ memberId: m.memberId, assignment: encodeAssignment({ assignedPartitions: plan.get(m.memberId) ?? [] }) }));
  }

  private async applyAssignment(assigned: TopicPartition[]): Promise<void> {
    const owned = this.ownership.current();
    const revoked = minus(owned, assigned);
    if (revoked.length > 0) {
      await this.ownership.revoke(revoked);
      // The revoked partitions are handed out in the next generation (cooperative protocol).
      if (this.rebalanceProtocol === 'cooperative') this.requestRejoin('partitions were revoked and need a new owner');
    }
    await this.ownership.assign(minus(assigned, owned));
    this.markStable();
  }

  /** After a failed JoinGroup / SyncGroup: react, then rejoin (after a backoff when transient). */
  private async afterFailure(error: KafkaError, api: string): Promise<void> {
    const reaction = this.react(error, api, this.generationId, this.memberId);
    if (reaction === 'retry') await this.backOff();
  }

  /**
   * Applies an error's reaction. Errors about a generation or member id that changed since the
   * request was sent are stale and ignored.
   */
  private react(error: KafkaError, api: string, sentGeneration: number, sentMemberId: string) {
    const reaction = membershipReaction(error);
    const stale = sentGeneration !== this.generationId || sentMemberId !== this.memberId;
    switch (reaction) {
      case 'rejoin':
        // A refused commit rejoins too (as the Java client does): the commit waiting for a fresh
        // generation must not depend on the next heartbeat hearing of the rebalance.
        if (api === 'JoinGroup' || api === 'SyncGroup' || api === 'OffsetCommit' || (api === 'Heartbeat' && this.state === 'stable')) this.requestRejoin(`${api}: the group is rebalancing`);
        break;
      case 'reset-generation':
        if (stale) break;
        this.log('info', `${api}: generation ${this.generationId} is over (${error.code}); rejoining`);
        this.generationId = NO_GENERATION;
        this.generationLost = true;
        this.requestRejoin(`${api}: ${error.code}`);
        break;
      case 'reset-member':
        if (stale) break;
        this.log('info', `${api}: the coordinator does not know member '${this.memberId}' (${error.code}); rejoining as a new member`);
        this.memberId = '';
        this.generationId = NO_GENERATION;
        this.generationLost = true;
        this.requestRejoin(`${api}: ${error.code}`);
        break;
      case 'fenced':
        if (!stale) this.fail(error, api);
        break;
      case 'fatal':
        this.fail(error, api);
        break;
      case 'retry':
        this.log('debug', `${api} failed, will retry: ${error.message}`);
        if (api === 'JoinGroup' || api === 'SyncGroup') this.requestRejoin(`${api} failed: ${error.code}`);
        break;
    }
    return reaction;
  }
}
