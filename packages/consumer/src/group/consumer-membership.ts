import { randomBytes } from 'node:crypto';
import type { ConsumerGroupHeartbeatResult } from '@kafkaline/network';
import type { KafkaError } from '@kafkaline/protocol';
import type { CommitIdentity } from './membership.js';
import { MembershipBase, type MembershipOptions } from './membership-base.js';
import { type MembershipReaction, membershipReaction } from './membership-errors.js';
import { wholeNameRegex } from './subscription.js';
import { TopicIds } from './topic-ids.js';
import { groupByTopic, minus, type TopicPartition } from './topic-partition-set.js';

export interface ConsumerMembershipOptions extends MembershipOptions {
  /** 'uniform' or 'range'; null = the broker's default. */
  remoteAssignor: string | null;
}

const JOIN_EPOCH = 0;
const LEAVE_EPOCH = -1;
const STATIC_LEAVE_EPOCH = -2;

/** Kafka's Uuid in its 22-character URL-safe base64 form, as the Java client makes member ids. */
function newMemberId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * KIP-848 membership (`groupProtocol: 'consumer'`): no JoinGroup, no client-side assignor. One
 * ConsumerGroupHeartbeat joins (epoch 0, full subscription), later ones keep the member alive at
 * the period the coordinator chose and bring new target assignments. Reconciliation revokes first
 * (listener, commit, stop), then starts the new partitions, then acknowledges what is owned in
 * the next heartbeat, which lets the coordinator bump the epoch. FENCED_MEMBER_EPOCH and
 * UNKNOWN_MEMBER_ID drop every partition without committing and rejoin with epoch 0 and the same
 * member id; FENCED_INSTANCE_ID, UNRELEASED_INSTANCE_ID, UNSUPPORTED_ASSIGNOR,
 * INVALID_REGULAR_EXPRESSION and authorization errors stop the consumer.
 */
export class ConsumerMembership extends MembershipBase {
  private readonly memberId = newMemberId();
  private memberEpoch = JOIN_EPOCH;
  private heartbeatMs: number;
  private heartbeatInFlight = false;
  /** The last assignment from the coordinator, by name; null when nothing new arrived. */
  private target: TopicPartition[] | null = null;
  /** Ids of the target that were not resolvable to names yet. */
  private unresolved = false;
  /** Owned partitions changed since the coordinator last heard them. */
  private ownedChanged = false;
  private epochLost = false;
  private readonly topicIds: TopicIds;
  private readonly remoteAssignor: string | null;

  constructor(options: ConsumerMembershipOptions) {
    super(options);
    this.heartbeatMs = options.heartbeatIntervalMs;
    this.remoteAssignor = options.remoteAssignor;
    this.topicIds = new TopicIds(options.client);
  }

  commitIdentity(): CommitIdentity {
    return { generationId: this.memberEpoch, memberId: this.memberId, groupInstanceId: this.options.groupInstanceId };
  }

  onCommitRefused(error: KafkaError): void {
    this.react(error, 'OffsetCommit');
  }

  protected override heartbeatPeriodMs(): number {
    return this.heartbeatMs;
  }

  /** Joins when needed, then reconciles towards the latest target assignment. */
  protected async rebalance(reason: string): Promise<void> {
    if (this.epochLost) {
      this.epochLost = false;
      await this.ownership.lose(this.ownership.current());
    }
    if (this.memberEpoch === JOIN_EPOCH) {
      this.log('info', `joining (${reason})`);
      const answer = await this.send(true);
      if (answer === null) {
        // A transient failure (fencing rejoins at once, fatal errors stop the loop).
        if (!this.epochLost && this.fatal === null && !this.closing) await this.backOff();
        return;
      }
      if (this.closing) return;
    }
    await this.reconcile();
  }

  protected async heartbeat(): Promise<void> {
    if (this.memberEpoch === JOIN_EPOCH || this.heartbeatInFlight || this.state === 'left' || this.rejoinPending) return;
    await this.send(false);
  }

  protected async leaveGroup(): Promise<void> {
    if (this.memberEpoch === JOIN_EPOCH) return;
    const epoch = this.options.groupInstanceId === null ? LEAVE_EPOCH : STATIC_LEAVE_EPOCH;
    const { error } = await this.options.client.consumerGroupHeartbeat({
      groupId: this.options.groupId,
      memberId: this.memberId,
      memberEpoch: epoch,
      instanceId: this.options.groupInstanceId,
    });
    if (error) this.log('warn', `leave heartbeat failed (the session timeout will remove the member): ${error.message}`);
  }

  protected resetAfterLeave(): void {
    this.memberEpoch = JOIN_EPOCH;
    this.target = null;
  }

  private async send(join: boolean): Promise<ConsumerGroupHeartbeatResult | null> {
    this.heartbeatInFlight = true;
    let answer: ConsumerGroupHeartbeatResult;
    try {
      const owned = join || this.ownedChanged ? await this.ownedByTopicId() : null;
      const spec = this.subscription;
      answer = await this.options.client.consumerGroupHeartbeat({
        groupId: this.options.groupId,
        memberId: this.memberId,
        memberEpoch: join ? JOIN_EPOCH : this.memberEpoch,
        ...(join
          ? {
              instanceId: this.options.groupInstanceId,
              rebalanceTimeoutMs: this.options.rebalanceTimeoutMs,
              serverAssignor: this.remoteAssignor,
              ...(spec instanceof RegExp ? { subscribedTopicRegex: wholeNameRegex(spec) } : { subscribedTopicNames: [...spec] }),
            }
          : {}),
        topicPartitions: owned,
      });
      if (owned !== null && answer.error === null) this.ownedChanged = false;
    } finally {
      this.heartbeatInFlight = false;
    }
    if (this.closing && !join) return answer;
    if (answer.error) {
      this.onHeartbeatError(answer.error);
      return null;
    }
    this.memberEpoch = answer.memberEpoch;
    // A commit refused with STALE_MEMBER_EPOCH goes again with this epoch.
    if (!join) this.identityRefreshed();
    if (answer.heartbeatIntervalMs > 0 && answer.heartbeatIntervalMs !== this.heartbeatMs) {
      this.heartbeatMs = answer.heartbeatIntervalMs;
      this.heartbeatPeriodChanged();
    }
    if (answer.assignment !== null) {
      const names = await this.topicIds.resolveIds(answer.assignment.map((a) => a.topicId));
      this.unresolved = answer.assignment.some((a) => !names.has(a.topicId));
      this.target = answer.assignment.flatMap((a) => {
        const topic = names.get(a.topicId);
        return topic === undefined ? [] : a.partitions.map((partition) => ({ topic, partition }));
      });
      if (!join) this.requestRejoin('a new assignment arrived');
    } else if (this.state !== 'stable' && join) {
      this.target ??= [];
    }
    return answer;
  }

  private async reconcile(): Promise<void> {
    const target = this.target;
    if (target === null) {
      if (this.memberEpoch !== JOIN_EPOCH) this.markStable();
      return;
    }
    this.target = null;
    const owned = this.ownership.current();
    const revoked = minus(owned, target);
    const added = minus(target, owned);
    // Revoke before assign: a partition moving to this member may still be committed by its old owner.
    await this.ownership.revoke(revoked);
    await this.ownership.assign(added);
    if (revoked.length > 0 || added.length > 0) {
      this.ownedChanged = true;
      // Acknowledge at once so that the coordinator can move on (bump the epoch, free partitions).
      if (!this.closing && this.fatal === null) await this.send(false);
    }
    if (this.unresolved) this.log('debug', 'some assigned topic ids are not in metadata yet; retrying with the next heartbeat');
    this.markStable();
  }

  private async ownedByTopicId(): Promise<Array<{ topicId: string; partitions: number[] }>> {
    const owned = groupByTopic(this.ownership.current());
    const ids = await this.topicIds.idsOf(owned.map((tp) => tp.topic));
    return owned.filter((tp) => ids.has(tp.topic)).map((tp) => ({ topicId: ids.get(tp.topic) as string, partitions: tp.partitions }));
  }

  private onHeartbeatError(error: KafkaError): void {
    const reaction = this.react(error, 'ConsumerGroupHeartbeat');
    if (reaction === 'rejoin' || reaction === 'retry') {
      this.log('debug', `ConsumerGroupHeartbeat failed, will retry: ${error.message}`);
      if (this.memberEpoch === JOIN_EPOCH) this.requestRejoin(`join failed: ${error.code}`);
    }
  }

  /** Fencing and fatal errors, whichever request met them; the rest is left to the caller. */
  private react(error: KafkaError, api: string): MembershipReaction {
    const reaction = membershipReaction(error);
    if (reaction === 'reset-generation' || reaction === 'reset-member') this.fenced(error, api);
    else if (reaction === 'fenced' || reaction === 'fatal') this.fail(error, api);
    return reaction;
  }

  /** Fenced epoch or unknown member: drop everything without committing, rejoin with epoch 0 and the same id. */
  private fenced(error: KafkaError, api: string): void {
    this.log('info', `${api}: ${error.code}; dropping partitions and rejoining with epoch 0`);
    this.memberEpoch = JOIN_EPOCH;
    this.epochLost = true;
    this.target = null;
    this.requestRejoin(`${api}: ${error.code}`);
  }
}
