// ConsumerGroupHeartbeat (API 68, KIP-848): the whole of the new consumer group protocol's
// membership in one request. Joining, staying, acknowledging revocations and leaving are all
// heartbeats that differ by MemberEpoch and by which optional fields are set.
import { KafkaConfigError, type KafkaError } from '@kafkaline/protocol';
import type { ClientContext } from '../context.js';
import { brokerError, checkGroupId, groupRequest } from './coordinator-request.js';

/** MemberEpoch values with a meaning of their own. */
export const MEMBER_EPOCH = {
  /** Join (or rejoin after being fenced) the group. */
  join: 0,
  /** Leave the group; its partitions are reassigned at once. */
  leave: -1,
  /** A static member going away for a while: its partitions wait for it (session timeout). */
  staticLeave: -2,
} as const;

export interface ConsumerGroupTopicPartitions {
  /** Topic id in Kafka's 22-character base64 form (Metadata v10+ gives names for them). */
  topicId: string;
  partitions: number[];
}

export interface ConsumerGroupHeartbeatOptions {
  groupId: string;
  /** Client-generated and kept for the consumer's lifetime (required from v1; v0 lets the coordinator pick when ''). */
  memberId: string;
  /** 0 to join, the last epoch received otherwise, -1 to leave, -2 for a static member's temporary leave. */
  memberEpoch: number;
  /** The fields below are sent on the join and when they change; omitted (null / -1) means "unchanged". */
  instanceId?: string | null;
  rackId?: string | null;
  rebalanceTimeoutMs?: number;
  subscribedTopicNames?: readonly string[] | null;
  /** RE2/J syntax, evaluated by the broker (v1+). */
  subscribedTopicRegex?: string | null;
  /** 'uniform' or 'range' on Kafka 4.x; null = the broker's default. */
  serverAssignor?: string | null;
  /** What the member owns now: sent on the join (empty) and after every reconciliation. */
  topicPartitions?: readonly ConsumerGroupTopicPartitions[] | null;
}

export interface ConsumerGroupHeartbeatResult {
  /** Null on success; the broker's errorMessage, if any, is in the error's message. */
  error: KafkaError | null;
  /** The member id the coordinator knows the member by (v0 may assign one). */
  memberId: string | null;
  memberEpoch: number;
  /** The period to heartbeat at, chosen by the coordinator. */
  heartbeatIntervalMs: number;
  /** Null = unchanged; otherwise every partition the member may own right now. */
  assignment: ConsumerGroupTopicPartitions[] | null;
}

function checkMemberEpoch(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MEMBER_EPOCH.staticLeave || value > 2 ** 31 - 1) {
    throw new KafkaConfigError('memberEpoch', `expected an integer >= -2 (0 joins, -1 leaves, -2 leaves a static member), got ${String(value)}`);
  }
  return value;
}

function checkRebalanceTimeout(value: unknown): number {
  if (value === undefined || value === -1) return -1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 2 ** 31 - 1) {
    throw new KafkaConfigError('rebalanceTimeoutMs', `expected a positive integer (ms), or -1 for unchanged, got ${String(value)}`);
  }
  return value;
}

/**
 * One heartbeat to the group's coordinator, with the coordinator handling of every group API
 * (NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE look it up again, COORDINATOR_LOAD_IN_PROGRESS
 * retries after backoff). Every other error, fencing included, comes back in `error` for the
 * membership state machine to act on; a broker without KIP-848 gives UnsupportedVersionError.
 */
export async function consumerGroupHeartbeat(ctx: ClientContext, options: ConsumerGroupHeartbeatOptions): Promise<ConsumerGroupHeartbeatResult> {
  ctx.throwIfClosed('consumerGroupHeartbeat');
  checkGroupId(options.groupId);
  if (typeof options.memberId !== 'string') throw new KafkaConfigError('memberId', `expected a string, got ${String(options.memberId)}`);
  const memberEpoch = checkMemberEpoch(options.memberEpoch);
  const rebalanceTimeoutMs = checkRebalanceTimeout(options.rebalanceTimeoutMs);
  const outcome = await groupRequest(
    ctx,
    options.groupId,
    'ConsumerGroupHeartbeat',
    (versions) => {
      const version = versions.pick('ConsumerGroupHeartbeat');
      if (version < 1 && options.subscribedTopicRegex != null) {
        throw new KafkaConfigError('subscribedTopicRegex', `a regex subscription needs ConsumerGroupHeartbeat v1+, and this broker supports at most v${version}`);
      }
      return {
        version,
        body: {
          groupId: options.groupId,
          memberId: options.memberId,
          memberEpoch,
          instanceId: options.instanceId ?? null,
          rackId: options.rackId ?? null,
          rebalanceTimeoutMs,
          subscribedTopicNames: options.subscribedTopicNames ? [...options.subscribedTopicNames] : null,
          ...(version >= 1 ? { subscribedTopicRegex: options.subscribedTopicRegex ?? null } : {}),
          serverAssignor: options.serverAssignor ?? null,
          topicPartitions: options.topicPartitions ? options.topicPartitions.map((tp) => ({ topicId: tp.topicId, partitions: [...tp.partitions] })) : null,
        },
      };
    },
    (body) => body.errorCode,
  );
  if (!outcome.ok) return { error: outcome.error, memberId: null, memberEpoch: -1, heartbeatIntervalMs: 0, assignment: null };
  const b = outcome.body;
  return {
    error: brokerError(b.errorCode, 'ConsumerGroupHeartbeat', b.errorMessage),
    memberId: b.memberId,
    memberEpoch: b.memberEpoch,
    heartbeatIntervalMs: b.heartbeatIntervalMs,
    assignment: b.assignment === null ? null : b.assignment.topicPartitions.map((tp) => ({ topicId: tp.topicId, partitions: tp.partitions })),
  };
}
