// Kafka's KIP-848 group coordinator ("consumer" group protocol) for the fake cluster: members
// join, heartbeat, reconcile and leave through ConsumerGroupHeartbeat alone; the coordinator
// computes the assignment with a server-side assignor and hands it out so that a partition
// never has two owners at once. Every timeout runs on the cluster clock.
import { type ConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatResponseInput, ErrorCode } from '@kafkaline/protocol';
import type { Clock } from '../clock.js';
import type { TopicRegistry } from '../topics.js';
import { ConsumerGroup, type ConsumerGroupMember } from './consumer-group.js';
import { keysOf, type PartitionKey, parsePartitionKey, toTopicPartitions } from './partition-keys.js';
import { rangeServerAssignor } from './range-assignor.js';
import { reconcileMember } from './reconciliation.js';
import type { AssignableTopic, ServerAssignor } from './server-assignor.js';
import { uniformServerAssignor } from './uniform-assignor.js';

/** MemberEpoch of a member leaving for good / a static member leaving for a while. */
const LEAVE_GROUP_MEMBER_EPOCH = -1;
const LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2;

/** group.consumer.assignors, the first being the default (Kafka 4.x). */
const SERVER_ASSIGNORS: ReadonlyMap<string, ServerAssignor> = new Map([
  [uniformServerAssignor.name, uniformServerAssignor],
  [rangeServerAssignor.name, rangeServerAssignor],
]);
const DEFAULT_SERVER_ASSIGNOR = uniformServerAssignor;

export interface ConsumerGroupCoordinatorOptions {
  clock: Clock;
  topics: TopicRegistry;
  /** Member ids the coordinator invents for v0 joins with an empty id. */
  newMemberId: () => string;
  /** group.consumer.session.timeout.ms (Kafka default 45000). */
  sessionTimeoutMs: number;
  /** group.consumer.heartbeat.interval.ms (Kafka default 5000). */
  heartbeatIntervalMs: number;
  /** A classic group with members holds this id: it is not a consumer group. */
  classicGroupInUse: (groupId: string) => boolean;
}

export interface HeartbeatOrigin {
  version: number;
  clientId: string;
  clientHost: string;
}

type Failure = { errorCode: number; message: string };

export class ConsumerGroupCoordinator {
  private readonly groups = new Map<string, ConsumerGroup>();

  constructor(private readonly options: ConsumerGroupCoordinatorOptions) {}

  get(groupId: string): ConsumerGroup | undefined {
    return this.groups.get(groupId);
  }

  all(): ConsumerGroup[] {
    return [...this.groups.values()];
  }

  heartbeat(request: ConsumerGroupHeartbeatRequest, origin: HeartbeatOrigin): ConsumerGroupHeartbeatResponseInput {
    const invalid = invalidRequest(request, origin.version);
    if (invalid !== null) return this.failure({ errorCode: ErrorCode.INVALID_REQUEST, message: invalid }, request);
    if (this.options.classicGroupInUse(request.groupId)) {
      return this.failure({ errorCode: ErrorCode.GROUP_ID_NOT_FOUND, message: `Group ${request.groupId} is not a consumer group` }, request);
    }
    if (request.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH || request.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) return this.leave(request);

    const unsupported = this.checkSubscriptionOptions(request);
    if (unsupported !== null) return this.failure(unsupported, request);
    let group = this.groups.get(request.groupId);
    if (group === undefined) {
      if (request.memberEpoch !== 0) return this.failure({ errorCode: ErrorCode.GROUP_ID_NOT_FOUND, message: `Group ${request.groupId} not found` }, request);
      group = new ConsumerGroup(request.groupId);
      this.groups.set(request.groupId, group);
    }
    const found = this.memberFor(group, request, origin);
    if ('errorCode' in found) return this.failure(found, request);
    const { member, joined } = found;
    const epochBefore = member.memberEpoch;
    const subscriptionChanged = this.updateSubscription(member, request);
    const metadataChanged = this.refreshSubscriptionMetadata(group);
    // One new group epoch per heartbeat, whatever changed.
    if (joined || subscriptionChanged || metadataChanged) group.groupEpoch++;
    this.touchSession(group, member);
    if (group.groupEpoch > group.targetAssignmentEpoch) this.computeTargetAssignment(group);
    this.dropDeletedTopics(member);

    const owned = request.topicPartitions === null ? null : keysOf(request.topicPartitions);
    const step = reconcileMember(group, member, owned);
    if (step.revocationCompleted) this.options.clock.clearTimeout(member.revocationTimer);
    if (step.revocationStarted) this.startRevocationTimer(group, member);
    const sendAssignment = request.memberEpoch === 0 || step.assignmentChanged || member.memberEpoch !== epochBefore;
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      memberId: member.memberId,
      memberEpoch: member.memberEpoch,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
      assignment: sendAssignment ? { topicPartitions: toTopicPartitions(member.assigned) } : null,
    };
  }

  /**
   * OffsetCommit against a consumer group with members (null: not one, the classic rules
   * apply). v9+ carries the member epoch in GenerationIdOrMemberEpoch; it must be the member's
   * current epoch.
   */
  validateOffsetCommit(groupId: string, memberId: string, memberEpoch: number, apiVersion: number): number | null {
    const group = this.groups.get(groupId);
    if (group === undefined || group.members.size === 0) return null;
    const member = group.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (apiVersion < 9) return ErrorCode.UNSUPPORTED_VERSION;
    if (memberEpoch !== member.memberEpoch) return ErrorCode.STALE_MEMBER_EPOCH;
    return ErrorCode.NONE;
  }

  /** OffsetFetch v9+ with a member id: the member must exist at that epoch (null: no check applies). */
  validateOffsetFetch(groupId: string, memberId: string | null, memberEpoch: number): number | null {
    const group = this.groups.get(groupId);
    if (group === undefined || group.members.size === 0 || memberId === null || memberEpoch < 0) return null;
    const member = group.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (memberEpoch !== member.memberEpoch) return ErrorCode.STALE_MEMBER_EPOCH;
    return ErrorCode.NONE;
  }

  /** Stops every timer (cluster shutdown). */
  shutdown(): void {
    for (const group of this.groups.values()) {
      for (const member of group.members.values()) this.clearTimers(member);
    }
  }

  // ---- membership ------------------------------------------------------------------------

  private memberFor(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest, origin: HeartbeatOrigin): { member: ConsumerGroupMember; joined: boolean } | Failure {
    const { memberEpoch, instanceId } = request;
    if (memberEpoch === 0) return this.joiningMember(group, request, origin);
    const member = group.members.get(request.memberId);
    if (member === undefined || member.temporarilyLeft) {
      const holder = instanceId === null ? undefined : group.memberByInstanceId(instanceId);
      if (holder !== undefined && holder.memberId !== request.memberId) {
        return { errorCode: ErrorCode.FENCED_INSTANCE_ID, message: `Static member ${instanceId} is now another member` };
      }
      return { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, message: `Member ${request.memberId} is not a member of group ${group.groupId}` };
    }
    if (instanceId !== null && member.instanceId !== instanceId) {
      return { errorCode: ErrorCode.FENCED_INSTANCE_ID, message: `Member ${member.memberId} is static member ${member.instanceId}, not ${instanceId}` };
    }
    if (memberEpoch > member.memberEpoch) {
      return { errorCode: ErrorCode.FENCED_MEMBER_EPOCH, message: `Member epoch ${memberEpoch} is ahead of the coordinator's ${member.memberEpoch}` };
    }
    if (memberEpoch < member.memberEpoch) {
      // The response that moved the member to its current epoch may have been lost: the previous
      // epoch is still fine if the member owns nothing it should not.
      const owned = request.topicPartitions === null ? null : keysOf(request.topicPartitions);
      const plausible = memberEpoch === member.previousMemberEpoch && owned !== null && [...owned].every((key) => member.assigned.has(key));
      if (!plausible) return { errorCode: ErrorCode.FENCED_MEMBER_EPOCH, message: `Member epoch ${memberEpoch} is behind the coordinator's ${member.memberEpoch}` };
    }
    return { member, joined: false };
  }

  private joiningMember(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest, origin: HeartbeatOrigin): { member: ConsumerGroupMember; joined: boolean } | Failure {
    const memberId = request.memberId !== '' ? request.memberId : this.options.newMemberId();
    if (request.instanceId !== null) {
      const holder = group.memberByInstanceId(request.instanceId);
      if (holder !== undefined && holder.memberId !== memberId) {
        if (!holder.temporarilyLeft) {
          return { errorCode: ErrorCode.UNRELEASED_INSTANCE_ID, message: `Static member ${request.instanceId} is still in use by member ${holder.memberId}` };
        }
        return { member: this.replaceStaticMember(group, holder, memberId, origin), joined: false };
      }
    }
    const existing = group.members.get(memberId);
    if (existing !== undefined) {
      // Rejoining with epoch 0 (after being fenced): the member owns nothing any more.
      this.options.clock.clearTimeout(existing.revocationTimer);
      existing.assigned = new Set();
      existing.pendingRevocation = new Set();
      existing.state = 'stable';
      existing.previousMemberEpoch = existing.memberEpoch;
      existing.memberEpoch = 0;
      existing.temporarilyLeft = false;
      return { member: existing, joined: false };
    }
    const member = newMember(memberId, request, origin);
    group.members.set(memberId, member);
    return { member, joined: true };
  }

  /**
   * A static member coming back under a new member id takes over its old identity's epoch and
   * partitions: no rebalance (KIP-345's promise, kept by KIP-848).
   */
  private replaceStaticMember(group: ConsumerGroup, previous: ConsumerGroupMember, memberId: string, origin: HeartbeatOrigin): ConsumerGroupMember {
    this.clearTimers(previous);
    group.members.delete(previous.memberId);
    const member: ConsumerGroupMember = { ...previous, memberId, clientId: origin.clientId, clientHost: origin.clientHost, temporarilyLeft: false, sessionTimer: null, revocationTimer: null };
    group.members.set(memberId, member);
    const target = group.targetAssignment.get(previous.memberId);
    group.targetAssignment.delete(previous.memberId);
    if (target !== undefined) group.targetAssignment.set(memberId, target);
    if (member.state === 'unrevoked') this.startRevocationTimer(group, member);
    return member;
  }

  private leave(request: ConsumerGroupHeartbeatRequest): ConsumerGroupHeartbeatResponseInput {
    const group = this.groups.get(request.groupId);
    const member = group?.members.get(request.memberId) ?? (request.instanceId !== null ? group?.memberByInstanceId(request.instanceId) : undefined);
    if (group === undefined || member === undefined) {
      return this.failure({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, message: `Member ${request.memberId} is not a member of group ${request.groupId}` }, request);
    }
    if (request.instanceId !== null && member.instanceId !== request.instanceId) {
      return this.failure({ errorCode: ErrorCode.FENCED_INSTANCE_ID, message: `Static member ${request.instanceId} is now member ${member.memberId}` }, request);
    }
    if (request.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH && member.instanceId !== null) {
      // Its partitions wait for it; only its session timeout hands them out.
      member.temporarilyLeft = true;
      this.options.clock.clearTimeout(member.revocationTimer);
      this.touchSession(group, member);
    } else {
      this.removeMember(group, member);
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      memberId: member.memberId,
      memberEpoch: request.memberEpoch,
      heartbeatIntervalMs: 0,
      assignment: null,
    };
  }

  private removeMember(group: ConsumerGroup, member: ConsumerGroupMember): void {
    if (group.members.get(member.memberId) !== member) return;
    this.clearTimers(member);
    group.members.delete(member.memberId);
    group.targetAssignment.delete(member.memberId);
    group.groupEpoch++;
  }

  /** Applies the fields the heartbeat sets (null / -1 = unchanged); true when the assignment must be recomputed. */
  private updateSubscription(member: ConsumerGroupMember, request: ConsumerGroupHeartbeatRequest): boolean {
    let changed = false;
    if (request.subscribedTopicNames !== null && !sameStrings(member.subscribedTopicNames, request.subscribedTopicNames)) {
      member.subscribedTopicNames = [...request.subscribedTopicNames];
      changed = true;
    }
    if (request.subscribedTopicRegex !== null && request.subscribedTopicRegex !== member.subscribedTopicRegex) {
      member.subscribedTopicRegex = request.subscribedTopicRegex === '' ? null : request.subscribedTopicRegex;
      changed = true;
    }
    if (request.serverAssignor !== null && request.serverAssignor !== member.serverAssignor) {
      member.serverAssignor = request.serverAssignor;
      changed = true;
    }
    if (request.rebalanceTimeoutMs !== -1) member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    if (request.rackId !== null) member.rackId = request.rackId;
    return changed;
  }

  private checkSubscriptionOptions(request: ConsumerGroupHeartbeatRequest): Failure | null {
    if (request.serverAssignor !== null && !SERVER_ASSIGNORS.has(request.serverAssignor)) {
      return { errorCode: ErrorCode.UNSUPPORTED_ASSIGNOR, message: `ServerAssignor ${request.serverAssignor} is not supported. Supported assignors: ${[...SERVER_ASSIGNORS.keys()].join(', ')}` };
    }
    if (request.subscribedTopicRegex !== null && request.subscribedTopicRegex !== '' && topicPattern(request.subscribedTopicRegex) === null) {
      return { errorCode: ErrorCode.INVALID_REGULAR_EXPRESSION, message: `SubscribedTopicRegex ${request.subscribedTopicRegex} is not a valid regular expression` };
    }
    return null;
  }

  // ---- assignment ------------------------------------------------------------------------

  /** The existing topics a member subscribes to, by name or by regex. */
  private subscribedTopics(member: ConsumerGroupMember): string[] {
    const names = new Set(member.subscribedTopicNames.filter((name) => this.options.topics.get(name) !== undefined));
    const pattern = member.subscribedTopicRegex === null ? null : topicPattern(member.subscribedTopicRegex);
    if (pattern !== null) for (const topic of this.options.topics.all()) if (pattern.test(topic.name)) names.add(topic.name);
    return [...names].sort();
  }

  /** Whether a topic was created, deleted or grown under the group's subscriptions since the last look. */
  private refreshSubscriptionMetadata(group: ConsumerGroup): boolean {
    const names = new Set<string>();
    for (const member of group.members.values()) for (const name of this.subscribedTopics(member)) names.add(name);
    const metadata = [...names]
      .sort()
      .map((name) => {
        const topic = this.options.topics.get(name);
        return `${name}:${topic?.id}:${topic?.partitions.length}`;
      })
      .join(',');
    if (metadata === group.subscriptionMetadata) return false;
    group.subscriptionMetadata = metadata;
    return true;
  }

  private computeTargetAssignment(group: ConsumerGroup): void {
    const members = [...group.members.values()]
      .sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0))
      .map((member) => ({ memberId: member.memberId, topics: this.subscribedTopics(member) }));
    const topics = new Map<string, AssignableTopic>();
    for (const { topics: names } of members) {
      for (const name of names) {
        const topic = this.options.topics.get(name);
        if (topic !== undefined) topics.set(name, { name, id: topic.id, partitions: topic.partitions.length });
      }
    }
    const target = this.assignorOf(group).assign({ members, topics, previous: group.targetAssignment });
    group.targetAssignment.clear();
    for (const [memberId, keys] of target) group.targetAssignment.set(memberId, keys);
    group.targetAssignmentEpoch = group.groupEpoch;
  }

  /** The server assignor the group uses (ConsumerGroupDescribe's AssignorName). */
  assignorNameOf(group: ConsumerGroup): string {
    return this.assignorOf(group).name;
  }

  /** The assignor most members ask for (ties: the first by name); the default when none asks. */
  private assignorOf(group: ConsumerGroup): ServerAssignor {
    const votes = new Map<string, number>();
    for (const member of group.members.values()) {
      if (member.serverAssignor !== null) votes.set(member.serverAssignor, (votes.get(member.serverAssignor) ?? 0) + 1);
    }
    const [chosen] = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    return (chosen && SERVER_ASSIGNORS.get(chosen[0])) || DEFAULT_SERVER_ASSIGNOR;
  }

  /** Partitions of deleted topics leave the member's assignment without a revocation round. */
  private dropDeletedTopics(member: ConsumerGroupMember): void {
    const exists = (key: PartitionKey) => this.options.topics.getById(parsePartitionKey(key).topicId) !== undefined;
    member.assigned = new Set([...member.assigned].filter(exists));
    member.pendingRevocation = new Set([...member.pendingRevocation].filter(exists));
  }

  // ---- timers ----------------------------------------------------------------------------

  /** No heartbeat within the session timeout removes the member (a static one that left, too). */
  private touchSession(group: ConsumerGroup, member: ConsumerGroupMember): void {
    const clock = this.options.clock;
    clock.clearTimeout(member.sessionTimer);
    member.sessionTimer = clock.setTimeout(() => {
      member.sessionTimer = null;
      this.removeMember(group, member);
    }, this.options.sessionTimeoutMs);
  }

  /** A member that does not confirm its revocation within its rebalance timeout is removed. */
  private startRevocationTimer(group: ConsumerGroup, member: ConsumerGroupMember): void {
    const clock = this.options.clock;
    clock.clearTimeout(member.revocationTimer);
    member.revocationTimer = clock.setTimeout(() => {
      member.revocationTimer = null;
      if (member.state === 'unrevoked') this.removeMember(group, member);
    }, member.rebalanceTimeoutMs);
  }

  private clearTimers(member: ConsumerGroupMember): void {
    this.options.clock.clearTimeout(member.sessionTimer);
    this.options.clock.clearTimeout(member.revocationTimer);
    member.sessionTimer = null;
    member.revocationTimer = null;
  }

  private failure(failure: Failure, request: ConsumerGroupHeartbeatRequest): ConsumerGroupHeartbeatResponseInput {
    return {
      throttleTimeMs: 0,
      errorCode: failure.errorCode,
      errorMessage: failure.message,
      memberId: request.memberId === '' ? null : request.memberId,
      memberEpoch: -1,
      heartbeatIntervalMs: 0,
      assignment: null,
    };
  }
}

function newMember(memberId: string, request: ConsumerGroupHeartbeatRequest, origin: HeartbeatOrigin): ConsumerGroupMember {
  return {
    memberId,
    instanceId: request.instanceId,
    rackId: request.rackId,
    clientId: origin.clientId,
    clientHost: origin.clientHost,
    rebalanceTimeoutMs: request.rebalanceTimeoutMs,
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    serverAssignor: null,
    memberEpoch: 0,
    previousMemberEpoch: -1,
    state: 'stable',
    assigned: new Set(),
    pendingRevocation: new Set(),
    temporarilyLeft: false,
    sessionTimer: null,
    revocationTimer: null,
  };
}

/** Kafka's request checks (throwIfConsumerGroupHeartbeatRequestIsInvalid): the reason, or null. */
function invalidRequest(request: ConsumerGroupHeartbeatRequest, version: number): string | null {
  if (request.groupId === '') return 'GroupId can\'t be empty.';
  if (request.instanceId === '') return 'InstanceId can\'t be empty.';
  if (request.rackId === '') return 'RackId can\'t be empty.';
  if (version >= 1 && request.memberId === '') return 'MemberId can\'t be empty.';
  if (request.memberEpoch < LEAVE_GROUP_STATIC_MEMBER_EPOCH) return `MemberEpoch is invalid: ${request.memberEpoch}.`;
  if (request.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH && request.instanceId === null) return 'InstanceId can\'t be null when leaving as a static member.';
  if (request.memberEpoch === 0) {
    if (request.rebalanceTimeoutMs === -1) return 'RebalanceTimeoutMs must be provided in first request.';
    if (request.topicPartitions === null || request.topicPartitions.length > 0) return 'TopicPartitions must be empty when (re-)joining.';
    if (request.subscribedTopicNames === null && request.subscribedTopicRegex === null) return 'SubscribedTopicNames or SubscribedTopicRegex must be set in first request.';
  }
  return null;
}

/**
 * Kafka evaluates the regex (RE2/J) against whole topic names; JavaScript's syntax covers the
 * common subset. RE2/J's leading inline flags (`(?i)`, `(?s)`), which Node 20's RegExp lacks,
 * become RegExp flags.
 */
function topicPattern(regex: string): RegExp | null {
  const inline = /^\(\?([is]+)\)/.exec(regex);
  try {
    return new RegExp(`^(?:${inline ? regex.slice(inline[0].length) : regex})$`, inline ? inline[1] : '');
  } catch {
    return null;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.length === sortedB.length && sortedA.every((value, i) => value === sortedB[i]);
}
