import { ErrorCode } from '@kafkaline/protocol';
import type { Clock } from './clock.js';

export type GroupStateName = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export interface CommittedOffset {
  offset: number;
  leaderEpoch: number;
  metadata: string | null;
  commitTimestamp: number;
}

export interface JoinResult {
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  memberId: string;
  members: Array<{ memberId: string; groupInstanceId: string | null; metadata: Uint8Array }>;
}

export interface SyncResult {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Uint8Array;
}

export interface JoinRequestInfo {
  groupId: string;
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: Array<{ name: string; metadata: Uint8Array }>;
  /** JoinGroup v4+: a dynamic member's first join must come back with the id it is given. */
  requireKnownMemberId: boolean;
}

export interface GroupMember {
  readonly memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: Array<{ name: string; metadata: Uint8Array }>;
  assignment: Uint8Array;
  pendingJoin: ((result: JoinResult) => void) | null;
  pendingSync: ((result: SyncResult) => void) | null;
  sessionTimer: unknown;
}

export interface GroupCoordinatorOptions {
  clock: Clock;
  newMemberId: (clientId: string) => string;
  initialRebalanceDelayMs: number;
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
}

const EMPTY = new Uint8Array(0);

/**
 * One consumer group as Kafka's classic group coordinator keeps it: membership, the generation,
 * the chosen protocol and leader, the assignment handed out by SyncGroup, and committed offsets.
 */
export class Group {
  state: GroupStateName = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  readonly members = new Map<string, GroupMember>();
  /** Ids handed out with MEMBER_ID_REQUIRED, waiting for the member to join with them. */
  readonly pendingMembers = new Map<string, unknown>();
  readonly offsets = new Map<string, CommittedOffset>();
  /** Transactional offsets awaiting their transaction's end, by producer id. */
  readonly pendingTransactionalOffsets = new Map<number, Map<string, CommittedOffset>>();
  rebalanceTimer: unknown = null;
  initialDelayTimer: unknown = null;
  syncTimer: unknown = null;

  constructor(readonly groupId: string) {}

  /** The member that is the leader, if any. */
  get leader(): GroupMember | undefined {
    return this.leaderId === null ? undefined : this.members.get(this.leaderId);
  }

  hasPendingTransactionalOffset(key: string): boolean {
    for (const offsets of this.pendingTransactionalOffsets.values()) if (offsets.has(key)) return true;
    return false;
  }
}

export function offsetKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

export function parseOffsetKey(key: string): { topic: string; partition: number } {
  const at = key.lastIndexOf('\u0000');
  return { topic: key.slice(0, at), partition: Number(key.slice(at + 1)) };
}

/**
 * Kafka's classic group protocol (JoinGroup / SyncGroup / Heartbeat / LeaveGroup), with every
 * wait and timeout on the cluster's clock: the join phase ends when every known member has
 * rejoined (or the rebalance timeout drops the ones that did not), the leader's SyncGroup hands
 * out the assignment, and a member that stops heartbeating for its session timeout is removed,
 * which starts a new rebalance.
 */
export class GroupCoordinator {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly options: GroupCoordinatorOptions) {}

  get(groupId: string): Group | undefined {
    return this.groups.get(groupId);
  }

  getOrCreate(groupId: string): Group {
    let group = this.groups.get(groupId);
    if (group === undefined) {
      group = new Group(groupId);
      this.groups.set(groupId, group);
    }
    return group;
  }

  all(): Group[] {
    return [...this.groups.values()];
  }

  delete(groupId: string): void {
    const group = this.groups.get(groupId);
    if (group) this.cancelTimers(group);
    this.groups.delete(groupId);
  }

  join(request: JoinRequestInfo): Promise<JoinResult> | JoinResult {
    const { groupId, memberId } = request;
    const fail = (errorCode: number, id = memberId): JoinResult => joinError(errorCode, id);
    if (groupId === '') return fail(ErrorCode.INVALID_GROUP_ID);
    if (request.sessionTimeoutMs < this.options.minSessionTimeoutMs || request.sessionTimeoutMs > this.options.maxSessionTimeoutMs) {
      return fail(ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    const existing = this.groups.get(groupId);
    if (existing === undefined && memberId !== '') return fail(ErrorCode.UNKNOWN_MEMBER_ID);
    const group = existing ?? this.getOrCreate(groupId);
    if (group.state === 'Dead') return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (!this.supportsProtocols(group, request.protocolType, request.protocols)) return fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);

    if (memberId === '') {
      if (request.groupInstanceId !== null) return this.joinStatic(group, request);
      const newId = this.options.newMemberId(request.clientId);
      if (request.requireKnownMemberId) {
        // KIP-394: the id is only good once the member comes back with it within its session.
        const timer = this.options.clock.setTimeout(() => {
          group.pendingMembers.delete(newId);
          this.tryCompleteJoin(group);
        }, request.sessionTimeoutMs);
        group.pendingMembers.set(newId, timer);
        return fail(ErrorCode.MEMBER_ID_REQUIRED, newId);
      }
      return this.addMemberAndRebalance(group, newId, request);
    }

    const pendingTimer = group.pendingMembers.get(memberId);
    if (pendingTimer !== undefined) {
      this.options.clock.clearTimeout(pendingTimer);
      group.pendingMembers.delete(memberId);
      return this.addMemberAndRebalance(group, memberId, request);
    }
    if (staticMemberFenced(group, memberId, request.groupInstanceId)) return fail(ErrorCode.FENCED_INSTANCE_ID);
    const member = group.members.get(memberId);
    if (member === undefined) return fail(ErrorCode.UNKNOWN_MEMBER_ID);
    if (member.groupInstanceId !== request.groupInstanceId) return fail(ErrorCode.FENCED_INSTANCE_ID);
    return this.rejoin(group, member, request);
  }

  private joinStatic(group: Group, request: JoinRequestInfo): Promise<JoinResult> | JoinResult {
    const previous = [...group.members.values()].find((m) => m.groupInstanceId === request.groupInstanceId);
    const newId = this.options.newMemberId(request.clientId);
    if (previous && group.state === 'Stable' && sameProtocols(previous.protocols, request.protocols)) {
      // KIP-345: a static member restarting into a stable group takes its old place (and
      // assignment) under a new member id, without a rebalance; the old id is fenced.
      return this.joinResultFor(group, this.replaceStaticMember(group, previous, newId, request));
    }
    if (previous) {
      // A static member coming back under a new member id replaces (fences) the old id.
      this.removeMember(group, previous, ErrorCode.FENCED_INSTANCE_ID);
    }
    return this.addMemberAndRebalance(group, newId, request);
  }

  private replaceStaticMember(group: Group, previous: GroupMember, newId: string, request: JoinRequestInfo): GroupMember {
    const wasLeader = group.leaderId === previous.memberId;
    this.dropMember(group, previous);
    previous.pendingJoin?.(joinError(ErrorCode.FENCED_INSTANCE_ID, previous.memberId));
    previous.pendingJoin = null;
    this.resolveSync(previous, syncError(ErrorCode.FENCED_INSTANCE_ID));
    const member: GroupMember = { ...previous, memberId: newId, pendingJoin: null, pendingSync: null, sessionTimer: null };
    this.updateMember(member, request);
    group.members.set(newId, member);
    if (wasLeader || group.leaderId === null) group.leaderId = newId;
    this.touchSession(group, member);
    return member;
  }

  private rejoin(group: Group, member: GroupMember, request: JoinRequestInfo): Promise<JoinResult> | JoinResult {
    const changed = !sameProtocols(member.protocols, request.protocols);
    this.updateMember(member, request);
    this.touchSession(group, member);
    if (group.state === 'PreparingRebalance') return this.awaitJoin(group, member);
    if (!changed && member.memberId !== group.leaderId && (group.state === 'CompletingRebalance' || group.state === 'Stable')) {
      // Nothing to rebalance for: the follower gets the current generation back at once.
      return this.joinResultFor(group, member);
    }
    if (!changed && group.state === 'CompletingRebalance') return this.joinResultFor(group, member);
    const waiting = this.awaitJoin(group, member);
    this.prepareRebalance(group);
    return waiting;
  }

  private addMemberAndRebalance(group: Group, memberId: string, request: JoinRequestInfo): Promise<JoinResult> {
    const member: GroupMember = {
      memberId,
      groupInstanceId: request.groupInstanceId,
      clientId: request.clientId,
      clientHost: request.clientHost,
      sessionTimeoutMs: request.sessionTimeoutMs,
      rebalanceTimeoutMs: request.rebalanceTimeoutMs,
      protocolType: request.protocolType,
      protocols: request.protocols,
      assignment: EMPTY,
      pendingJoin: null,
      pendingSync: null,
      sessionTimer: null,
    };
    group.members.set(memberId, member);
    if (group.leaderId === null) group.leaderId = memberId;
    if (group.protocolType === null) group.protocolType = request.protocolType;
    this.touchSession(group, member);
    const waiting = this.awaitJoin(group, member);
    if (group.state === 'PreparingRebalance') this.tryCompleteJoin(group);
    else this.prepareRebalance(group);
    return waiting;
  }

  private updateMember(member: GroupMember, request: JoinRequestInfo): void {
    member.protocols = request.protocols;
    member.protocolType = request.protocolType;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.clientId = request.clientId;
    member.clientHost = request.clientHost;
  }

  private awaitJoin(group: Group, member: GroupMember): Promise<JoinResult> {
    // A member that joins twice in one rebalance only gets an answer on its latest request.
    member.pendingJoin?.(joinError(ErrorCode.UNKNOWN_MEMBER_ID, member.memberId));
    return new Promise<JoinResult>((resolve) => {
      member.pendingJoin = resolve;
      queueMicrotask(() => this.tryCompleteJoin(group));
    });
  }

  /** Moves the group to PreparingRebalance: every member must rejoin within the rebalance timeout. */
  prepareRebalance(group: Group): void {
    if (group.state === 'PreparingRebalance') return;
    if (group.state === 'CompletingRebalance') {
      // Followers waiting on SyncGroup learn the generation is gone.
      for (const m of group.members.values()) this.resolveSync(m, syncError(ErrorCode.REBALANCE_IN_PROGRESS));
    }
    const clock = this.options.clock;
    clock.clearTimeout(group.syncTimer);
    const wasEmpty = group.state === 'Empty';
    group.state = 'PreparingRebalance';
    const timeout = Math.max(0, ...[...group.members.values()].map((m) => m.rebalanceTimeoutMs));
    group.rebalanceTimer = clock.setTimeout(() => {
      group.rebalanceTimer = null;
      this.completeJoin(group);
    }, timeout);
    if (wasEmpty && this.options.initialRebalanceDelayMs > 0) {
      // group.initial.rebalance.delay.ms: the first rebalance of an empty group waits a little
      // so that members starting together land in one generation.
      group.initialDelayTimer = clock.setTimeout(() => {
        group.initialDelayTimer = null;
        this.tryCompleteJoin(group);
      }, this.options.initialRebalanceDelayMs);
    }
  }

  private tryCompleteJoin(group: Group): void {
    if (group.state !== 'PreparingRebalance' || group.initialDelayTimer !== null) return;
    const everyoneJoined = [...group.members.values()].every((m) => m.pendingJoin !== null);
    if (everyoneJoined && group.pendingMembers.size === 0) this.completeJoin(group);
  }

  private completeJoin(group: Group): void {
    if (group.state !== 'PreparingRebalance') return;
    const clock = this.options.clock;
    clock.clearTimeout(group.rebalanceTimer);
    clock.clearTimeout(group.initialDelayTimer);
    group.rebalanceTimer = null;
    group.initialDelayTimer = null;
    // Members that did not rejoin within the rebalance timeout are out.
    for (const member of [...group.members.values()]) {
      if (member.pendingJoin === null) this.dropMember(group, member);
    }
    group.generationId++;
    if (group.members.size === 0) {
      group.state = 'Empty';
      group.protocolName = null;
      group.protocolType = null;
      group.leaderId = null;
      return;
    }
    group.state = 'CompletingRebalance';
    if (group.leaderId === null || !group.members.has(group.leaderId)) group.leaderId = group.members.keys().next().value ?? null;
    group.protocolName = this.selectProtocol(group);
    for (const member of group.members.values()) {
      member.assignment = EMPTY;
      const resolve = member.pendingJoin;
      member.pendingJoin = null;
      this.touchSession(group, member);
      resolve?.(this.joinResultFor(group, member));
    }
    // The leader must send the assignment within the rebalance timeout, or the group rebalances.
    const timeout = Math.max(0, ...[...group.members.values()].map((m) => m.rebalanceTimeoutMs));
    group.syncTimer = clock.setTimeout(() => {
      group.syncTimer = null;
      if (group.state !== 'CompletingRebalance') return;
      for (const member of [...group.members.values()]) {
        if (member.pendingSync === null) this.removeMember(group, member, ErrorCode.REBALANCE_IN_PROGRESS);
      }
      if (group.state === 'CompletingRebalance') this.prepareRebalance(group);
    }, timeout);
  }

  private joinResultFor(group: Group, member: GroupMember): JoinResult {
    const isLeader = member.memberId === group.leaderId;
    return {
      errorCode: ErrorCode.NONE,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: group.leaderId ?? '',
      memberId: member.memberId,
      members: isLeader
        ? [...group.members.values()].map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            metadata: m.protocols.find((p) => p.name === group.protocolName)?.metadata ?? EMPTY,
          }))
        : [],
    };
  }

  /** Each member votes for its most preferred protocol that every member supports; most votes wins. */
  private selectProtocol(group: Group): string | null {
    const members = [...group.members.values()];
    const common = (members[0]?.protocols ?? []).map((p) => p.name).filter((name) => members.every((m) => m.protocols.some((p) => p.name === name)));
    const votes = new Map<string, number>();
    for (const m of members) {
      const choice = m.protocols.find((p) => common.includes(p.name))?.name;
      if (choice !== undefined) votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const name of common) if (best === null || (votes.get(name) ?? 0) > (votes.get(best) ?? 0)) best = name;
    return best;
  }

  private supportsProtocols(group: Group, protocolType: string, protocols: Array<{ name: string }>): boolean {
    if (protocolType === '' || protocols.length === 0) return false;
    if (group.members.size === 0) return true;
    if (group.protocolType !== null && group.protocolType !== protocolType) return false;
    return protocols.some((p) => [...group.members.values()].every((m) => m.protocols.some((q) => q.name === p.name)));
  }

  sync(
    groupId: string,
    generationId: number,
    memberId: string,
    groupInstanceId: string | null,
    protocolType: string | null,
    protocolName: string | null,
    assignments: Array<{ memberId: string; assignment: Uint8Array }>,
  ): Promise<SyncResult> | SyncResult {
    const group = this.groups.get(groupId);
    if (group === undefined || group.state === 'Dead') return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (staticMemberFenced(group, memberId, groupInstanceId)) return syncError(ErrorCode.FENCED_INSTANCE_ID);
    const member = group.members.get(memberId);
    if (member === undefined) return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (member.groupInstanceId !== groupInstanceId) return syncError(ErrorCode.FENCED_INSTANCE_ID);
    if (generationId !== group.generationId) return syncError(ErrorCode.ILLEGAL_GENERATION);
    if ((protocolType !== null && protocolType !== group.protocolType) || (protocolName !== null && protocolName !== group.protocolName)) {
      return syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    if (group.state === 'PreparingRebalance') return syncError(ErrorCode.REBALANCE_IN_PROGRESS);
    this.touchSession(group, member);
    if (group.state === 'Stable') return this.syncResultFor(group, member);
    // CompletingRebalance: wait for the leader's assignment.
    const waiting = new Promise<SyncResult>((resolve) => {
      member.pendingSync?.(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      member.pendingSync = resolve;
    });
    if (memberId === group.leaderId) {
      for (const m of group.members.values()) {
        m.assignment = assignments.find((a) => a.memberId === m.memberId)?.assignment ?? EMPTY;
      }
      group.state = 'Stable';
      this.options.clock.clearTimeout(group.syncTimer);
      group.syncTimer = null;
      for (const m of group.members.values()) this.resolveSync(m, this.syncResultFor(group, m));
    }
    return waiting;
  }

  private syncResultFor(group: Group, member: GroupMember): SyncResult {
    return { errorCode: ErrorCode.NONE, protocolType: group.protocolType, protocolName: group.protocolName, assignment: member.assignment };
  }

  private resolveSync(member: GroupMember, result: SyncResult): void {
    const resolve = member.pendingSync;
    member.pendingSync = null;
    resolve?.(result);
  }

  heartbeat(groupId: string, generationId: number, memberId: string, groupInstanceId: string | null): number {
    const group = this.groups.get(groupId);
    if (group === undefined || group.state === 'Dead') return ErrorCode.UNKNOWN_MEMBER_ID;
    if (staticMemberFenced(group, memberId, groupInstanceId)) return ErrorCode.FENCED_INSTANCE_ID;
    const member = group.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (member.groupInstanceId !== groupInstanceId) return ErrorCode.FENCED_INSTANCE_ID;
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    this.touchSession(group, member);
    if (group.state === 'PreparingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
    return ErrorCode.NONE;
  }

  /** LeaveGroup for one member identity; returns the member-level error code. */
  leave(groupId: string, memberId: string, groupInstanceId: string | null): number {
    const group = this.groups.get(groupId);
    if (group === undefined || group.state === 'Dead') return ErrorCode.UNKNOWN_MEMBER_ID;
    let member = group.members.get(memberId);
    if (groupInstanceId !== null) {
      const byInstance = [...group.members.values()].find((m) => m.groupInstanceId === groupInstanceId);
      if (byInstance === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (memberId !== '' && byInstance.memberId !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
      member = byInstance;
    }
    if (member === undefined) {
      const pending = group.pendingMembers.get(memberId);
      if (pending === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      this.options.clock.clearTimeout(pending);
      group.pendingMembers.delete(memberId);
      this.tryCompleteJoin(group);
      return ErrorCode.NONE;
    }
    this.removeMember(group, member, ErrorCode.UNKNOWN_MEMBER_ID);
    return ErrorCode.NONE;
  }

  /** Takes a member out (leave, session expiry, fencing) and rebalances the rest. */
  removeMember(group: Group, member: GroupMember, pendingError: number): void {
    this.dropMember(group, member);
    member.pendingJoin?.(joinError(pendingError, member.memberId));
    member.pendingJoin = null;
    this.resolveSync(member, syncError(pendingError));
    if (group.state === 'Stable' || group.state === 'CompletingRebalance') this.prepareRebalance(group);
    else if (group.state === 'PreparingRebalance') this.tryCompleteJoin(group);
  }

  private dropMember(group: Group, member: GroupMember): void {
    this.options.clock.clearTimeout(member.sessionTimer);
    group.members.delete(member.memberId);
    if (group.leaderId === member.memberId) group.leaderId = group.members.keys().next().value ?? null;
  }

  /** (Re)starts the member's session timer: no heartbeat within the session timeout removes it. */
  private touchSession(group: Group, member: GroupMember): void {
    const clock = this.options.clock;
    clock.clearTimeout(member.sessionTimer);
    member.sessionTimer = clock.setTimeout(() => {
      member.sessionTimer = null;
      // A member parked in JoinGroup is covered by the rebalance timeout instead.
      if (member.pendingJoin !== null || group.members.get(member.memberId) !== member) return;
      this.removeMember(group, member, ErrorCode.UNKNOWN_MEMBER_ID);
    }, member.sessionTimeoutMs);
  }

  /**
   * Answers every request parked on the group (JoinGroup, SyncGroup) with `errorCode`: what a
   * coordinator that loses the group (it moved, or the broker stops) does to them.
   */
  abortPending(groupId: string | null, errorCode: number): void {
    for (const group of this.groups.values()) {
      if (groupId !== null && group.groupId !== groupId) continue;
      for (const member of group.members.values()) {
        const join = member.pendingJoin;
        member.pendingJoin = null;
        join?.(joinError(errorCode, member.memberId));
        this.resolveSync(member, syncError(errorCode));
      }
    }
  }

  private cancelTimers(group: Group): void {
    const clock = this.options.clock;
    clock.clearTimeout(group.rebalanceTimer);
    clock.clearTimeout(group.initialDelayTimer);
    clock.clearTimeout(group.syncTimer);
    for (const timer of group.pendingMembers.values()) clock.clearTimeout(timer);
    for (const member of group.members.values()) clock.clearTimeout(member.sessionTimer);
  }

  /** Stops every timer (cluster shutdown). */
  shutdown(): void {
    for (const group of this.groups.values()) this.cancelTimers(group);
    this.abortPending(null, ErrorCode.COORDINATOR_NOT_AVAILABLE);
  }

  /**
   * Kafka's check before an OffsetCommit (or TxnOffsetCommit with member info): simple commits
   * (generation -1, no member) only to an empty group; members must be known and current.
   */
  validateCommit(group: Group | undefined, generationId: number, memberId: string, groupInstanceId: string | null): number {
    if (group === undefined) return generationId < 0 ? ErrorCode.NONE : ErrorCode.ILLEGAL_GENERATION;
    if (group.state === 'Dead') return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (generationId < 0 && group.state === 'Empty') return ErrorCode.NONE;
    if (staticMemberFenced(group, memberId, groupInstanceId)) return ErrorCode.FENCED_INSTANCE_ID;
    const member = group.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (groupInstanceId !== null && member.groupInstanceId !== groupInstanceId) return ErrorCode.FENCED_INSTANCE_ID;
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    if (group.state === 'CompletingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
    this.touchSession(group, member);
    return ErrorCode.NONE;
  }
}

/**
 * Kafka's isStaticMemberFenced: the instance id now belongs to another member id (a newer
 * instance took it over), so the old id is fenced rather than merely unknown.
 */
function staticMemberFenced(group: Group, memberId: string, groupInstanceId: string | null): boolean {
  if (groupInstanceId === null) return false;
  const holder = [...group.members.values()].find((m) => m.groupInstanceId === groupInstanceId);
  return holder !== undefined && holder.memberId !== memberId;
}

function joinError(errorCode: number, memberId: string): JoinResult {
  return { errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId, members: [] };
}

function syncError(errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY };
}

function sameProtocols(a: Array<{ name: string; metadata: Uint8Array }>, b: Array<{ name: string; metadata: Uint8Array }>): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]?.name && Buffer.compare(p.metadata, (b[i] as { metadata: Uint8Array }).metadata) === 0);
}
