import { ErrorCode, KafkaBrokerError, type KafkaError } from '@kafkaline/protocol';

/**
 * What a member does about an error from JoinGroup, SyncGroup, Heartbeat, OffsetCommit or
 * ConsumerGroupHeartbeat (the Java client's reactions):
 * - `rejoin`: the group is rebalancing; rejoin keeping member id and generation;
 * - `reset-generation`: the generation (or member epoch) is gone; partitions are lost, rejoin
 *   with the same member id;
 * - `reset-member`: the coordinator does not know this member; partitions are lost, rejoin as new;
 * - `fenced`: another instance took this groupInstanceId; stop for good;
 * - `fatal`: configuration, authorization or protocol problems that retrying cannot fix;
 * - `retry`: transient (coordinator moving or loading, connection lost); try again after a backoff.
 */
export type MembershipReaction = 'rejoin' | 'reset-generation' | 'reset-member' | 'fenced' | 'fatal' | 'retry';

const FATAL = new Set<number>([
  ErrorCode.GROUP_AUTHORIZATION_FAILED,
  ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
  ErrorCode.INVALID_SESSION_TIMEOUT,
  ErrorCode.INVALID_GROUP_ID,
  ErrorCode.GROUP_MAX_SIZE_REACHED,
  ErrorCode.UNSUPPORTED_VERSION,
  ErrorCode.UNSUPPORTED_ASSIGNOR,
  ErrorCode.UNRELEASED_INSTANCE_ID,
  ErrorCode.INVALID_REGULAR_EXPRESSION,
  ErrorCode.TOPIC_AUTHORIZATION_FAILED,
  ErrorCode.INVALID_REQUEST,
]);

export function membershipReaction(error: KafkaError): MembershipReaction {
  if (!(error instanceof KafkaBrokerError)) return error.retriable ? 'retry' : 'fatal';
  switch (error.errorCode) {
    case ErrorCode.REBALANCE_IN_PROGRESS:
      return 'rejoin';
    case ErrorCode.ILLEGAL_GENERATION:
    case ErrorCode.FENCED_MEMBER_EPOCH:
      return 'reset-generation';
    case ErrorCode.UNKNOWN_MEMBER_ID:
      return 'reset-member';
    case ErrorCode.FENCED_INSTANCE_ID:
      return 'fenced';
    case ErrorCode.STALE_MEMBER_EPOCH:
      // KIP-848 commits: the next heartbeat brings the current epoch.
      return 'retry';
    default:
      return FATAL.has(error.errorCode) || !error.retriable ? 'fatal' : 'retry';
  }
}

/** Refusals that a commit overcomes by going again once the member has a fresh generation or epoch. */
export function refusedForNow(error: KafkaError): boolean {
  return error.code === 'REBALANCE_IN_PROGRESS' || error.code === 'STALE_MEMBER_EPOCH';
}
