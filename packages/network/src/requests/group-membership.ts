import { KafkaBrokerError, KafkaConfigError, type KafkaError } from '@kafkaline/protocol';
import type { ClientContext } from '../context.js';
import { brokerError, checkGroupId, groupRequest } from './coordinator-request.js';

/** Java's max.poll.interval.ms, the rebalance timeout it sends. */
export const DEFAULT_REBALANCE_TIMEOUT_MS = 300_000;
// JoinGroup blocks until the rebalance completes; give the broker this much beyond it to answer.
const JOIN_GROUP_GRACE_MS = 5_000;

export interface JoinGroupOptions {
  groupId: string;
  /** '' on the first join; the id the coordinator gave afterwards. */
  memberId?: string;
  sessionTimeoutMs: number;
  /** Default 300000 (the Java client's max.poll.interval.ms). */
  rebalanceTimeoutMs?: number;
  /** Static membership (KIP-345, JoinGroup v5+). */
  groupInstanceId?: string | null;
  /** Default 'consumer'. */
  protocolType?: string;
  protocols: ReadonlyArray<{ name: string; metadata: Uint8Array }>;
  /** Why the member (re)joins (JoinGroup v8+; dropped on older brokers). */
  reason?: string | null;
}

export interface JoinGroupResult {
  /** Null on success. MEMBER_ID_REQUIRED comes with `memberId` set: rejoin with it. */
  error: KafkaError | null;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  memberId: string;
  skipAssignment: boolean;
  /** Non-empty only for the leader. */
  members: Array<{ memberId: string; groupInstanceId: string | null; metadata: Uint8Array }>;
}

export interface SyncGroupOptions {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null;
  protocolType?: string | null;
  protocolName?: string | null;
  /** The leader's assignment for every member; empty for followers. */
  assignments: ReadonlyArray<{ memberId: string; assignment: Uint8Array }>;
}

export interface SyncGroupResult {
  error: KafkaError | null;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Uint8Array;
}

export interface HeartbeatOptions {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null;
}

export interface HeartbeatResult {
  error: KafkaError | null;
}

export interface LeaveGroupOptions {
  groupId: string;
  memberId: string;
  groupInstanceId?: string | null;
  /** LeaveGroup v5+; dropped on older brokers. */
  reason?: string | null;
}

export interface LeaveGroupResult {
  error: KafkaError | null;
  /** Per-member outcome (LeaveGroup v3+; empty before). */
  members: Array<{ memberId: string; groupInstanceId: string | null; error: KafkaError | null }>;
}

function positiveInt(option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 2 ** 31 - 1) {
    throw new KafkaConfigError(option, `expected a positive integer (ms), got ${String(value)}`);
  }
  return value;
}

export async function joinGroup(ctx: ClientContext, options: JoinGroupOptions): Promise<JoinGroupResult> {
  ctx.throwIfClosed('joinGroup');
  checkGroupId(options.groupId);
  const sessionTimeoutMs = positiveInt('sessionTimeoutMs', options.sessionTimeoutMs);
  const rebalanceTimeoutMs = positiveInt('rebalanceTimeoutMs', options.rebalanceTimeoutMs ?? DEFAULT_REBALANCE_TIMEOUT_MS);
  if (!Array.isArray(options.protocols) || options.protocols.length === 0) {
    throw new KafkaConfigError('protocols', 'expected at least one { name, metadata } (the assignors this member supports)');
  }
  const outcome = await groupRequest(
    ctx,
    options.groupId,
    'JoinGroup',
    (versions) => {
      const version = versions.pick('JoinGroup');
      return {
        version,
        body: {
          groupId: options.groupId,
          sessionTimeoutMs,
          ...(version >= 1 ? { rebalanceTimeoutMs } : {}),
          memberId: options.memberId ?? '',
          ...(options.groupInstanceId != null ? { groupInstanceId: options.groupInstanceId } : {}),
          protocolType: options.protocolType ?? 'consumer',
          protocols: options.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
          ...(version >= 8 && options.reason != null ? { reason: options.reason } : {}),
        },
      };
    },
    (body) => body.errorCode,
    // v0 has no rebalance timeout: the session timeout bounds the rebalance there.
    { timeoutMs: Math.max(ctx.options.requestTimeoutMs, Math.max(rebalanceTimeoutMs, sessionTimeoutMs) + JOIN_GROUP_GRACE_MS) },
  );
  if (!outcome.ok) {
    return { error: outcome.error, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId: options.memberId ?? '', skipAssignment: false, members: [] };
  }
  const b = outcome.body;
  return {
    error: brokerError(b.errorCode, 'JoinGroup'),
    generationId: b.generationId,
    protocolType: b.protocolType,
    protocolName: b.protocolName,
    leader: b.leader,
    memberId: b.memberId,
    skipAssignment: b.skipAssignment,
    members: b.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata })),
  };
}

export async function syncGroup(ctx: ClientContext, options: SyncGroupOptions): Promise<SyncGroupResult> {
  ctx.throwIfClosed('syncGroup');
  checkGroupId(options.groupId);
  const outcome = await groupRequest(
    ctx,
    options.groupId,
    'SyncGroup',
    (versions) => {
      const version = versions.pick('SyncGroup');
      return {
        version,
        body: {
          groupId: options.groupId,
          generationId: options.generationId,
          memberId: options.memberId,
          ...(options.groupInstanceId != null ? { groupInstanceId: options.groupInstanceId } : {}),
          ...(version >= 5 ? { protocolType: options.protocolType ?? 'consumer', protocolName: options.protocolName ?? null } : {}),
          assignments: options.assignments.map((a) => ({ memberId: a.memberId, assignment: a.assignment })),
        },
      };
    },
    (body) => body.errorCode,
  );
  if (!outcome.ok) return { error: outcome.error, protocolType: null, protocolName: null, assignment: new Uint8Array(0) };
  const b = outcome.body;
  return { error: brokerError(b.errorCode, 'SyncGroup'), protocolType: b.protocolType, protocolName: b.protocolName, assignment: b.assignment };
}

export async function heartbeat(ctx: ClientContext, options: HeartbeatOptions): Promise<HeartbeatResult> {
  ctx.throwIfClosed('heartbeat');
  checkGroupId(options.groupId);
  const outcome = await groupRequest(
    ctx,
    options.groupId,
    'Heartbeat',
    (versions) => ({
      version: versions.pick('Heartbeat'),
      body: {
        groupId: options.groupId,
        generationId: options.generationId,
        memberId: options.memberId,
        ...(options.groupInstanceId != null ? { groupInstanceId: options.groupInstanceId } : {}),
      },
    }),
    (body) => body.errorCode,
  );
  if (!outcome.ok) return { error: outcome.error };
  return { error: brokerError(outcome.body.errorCode, 'Heartbeat') };
}

export async function leaveGroup(ctx: ClientContext, options: LeaveGroupOptions): Promise<LeaveGroupResult> {
  ctx.throwIfClosed('leaveGroup');
  checkGroupId(options.groupId);
  const outcome = await groupRequest(
    ctx,
    options.groupId,
    'LeaveGroup',
    (versions) => {
      const version = versions.pick('LeaveGroup');
      if (version <= 2) {
        if (options.groupInstanceId != null) {
          throw new KafkaConfigError('groupInstanceId', `static members need LeaveGroup v3+, and this broker supports at most v${version}`);
        }
        return { version, body: { groupId: options.groupId, memberId: options.memberId } };
      }
      return {
        version,
        body: {
          groupId: options.groupId,
          members: [
            {
              memberId: options.memberId,
              groupInstanceId: options.groupInstanceId ?? null,
              ...(version >= 5 && options.reason != null ? { reason: options.reason } : {}),
            },
          ],
        },
      };
    },
    (body) => body.errorCode,
  );
  if (!outcome.ok) return { error: outcome.error, members: [] };
  const b = outcome.body;
  return {
    error: brokerError(b.errorCode, 'LeaveGroup'),
    members: b.members.map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      error: m.errorCode === 0 ? null : new KafkaBrokerError(m.errorCode, { api: 'LeaveGroup' }),
    })),
  };
}
