import { ErrorCode, type KafkaError } from '@kafkaline/protocol';
import { KafkaConnectionError, KafkaRequestTimeoutError } from './errors.js';

/**
 * Partition errors meaning "your metadata is out of date": the leader moved, the topic changed,
 * or the broker lost the partition. They trigger a (throttled) metadata refresh.
 */
export const REFRESH_METADATA_ERRORS: ReadonlySet<number> = new Set([
  ErrorCode.NOT_LEADER_OR_FOLLOWER,
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
  ErrorCode.LEADER_NOT_AVAILABLE,
  ErrorCode.FENCED_LEADER_EPOCH,
  ErrorCode.UNKNOWN_LEADER_EPOCH,
  ErrorCode.REPLICA_NOT_AVAILABLE,
  ErrorCode.KAFKA_STORAGE_ERROR,
  ErrorCode.OFFSET_NOT_AVAILABLE,
  ErrorCode.UNKNOWN_TOPIC_ID,
  ErrorCode.INCONSISTENT_TOPIC_ID,
  ErrorCode.LISTENER_NOT_FOUND,
  ErrorCode.NETWORK_EXCEPTION,
]);

/** Errors a leader hint in a Fetch response (KIP-951) can fix without a metadata refresh. */
export const LEADER_HINT_ERRORS: ReadonlySet<number> = new Set([ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.FENCED_LEADER_EPOCH]);

/** Coordinator-side errors after which a group request is repeated (same or new coordinator). */
export const GROUP_RETRY_ERRORS: ReadonlySet<number> = new Set([
  ErrorCode.NOT_COORDINATOR,
  ErrorCode.COORDINATOR_NOT_AVAILABLE,
  ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
  ErrorCode.REQUEST_TIMED_OUT,
  ErrorCode.NETWORK_EXCEPTION,
]);

/** Failures of the transport itself (no broker answer): worth a retry, possibly elsewhere. */
export function isTransportFailure(error: unknown): error is KafkaError {
  return error instanceof KafkaConnectionError || error instanceof KafkaRequestTimeoutError;
}
