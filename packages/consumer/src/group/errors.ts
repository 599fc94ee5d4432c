import { KafkaError } from '@kafkaline/protocol';
import { refusedForNow } from './membership-errors.js';

/**
 * Another consumer joined with the same `groupInstanceId` (FENCED_INSTANCE_ID): this one is
 * fenced for good and stops. Give every running instance its own groupInstanceId.
 */
export class FencedInstanceIdError extends KafkaError {
  readonly groupId: string;
  readonly groupInstanceId: string | null;

  constructor(groupId: string, groupInstanceId: string | null, api: string) {
    super(
      `${api}: this consumer was fenced from group '${groupId}': another consumer uses groupInstanceId '${groupInstanceId ?? ''}'; every running instance needs its own groupInstanceId`,
      { code: 'FENCED_INSTANCE_ID', retriable: false },
    );
    this.groupId = groupId;
    this.groupInstanceId = groupInstanceId;
  }
}

/**
 * The application took longer than `maxPollIntervalMs` between two `next()` calls, so the
 * consumer left the group (as the Java client does) and its partitions went to other members.
 * Offsets marked done before that were committed; the next call rejoins the group.
 */
export class MaxPollIntervalExceededError extends KafkaError {
  readonly maxPollIntervalMs: number;
  readonly elapsedMs: number;

  constructor(groupId: string, maxPollIntervalMs: number, elapsedMs: number) {
    super(
      `No next() call for ${elapsedMs} ms, more than maxPollIntervalMs (${maxPollIntervalMs} ms): this consumer left group '${groupId}' and its partitions were reassigned. ` +
        'Process messages faster (or in smaller batches) or raise maxPollIntervalMs; the next call rejoins the group.',
      { code: 'MAX_POLL_INTERVAL_EXCEEDED', retriable: true },
    );
    this.maxPollIntervalMs = maxPollIntervalMs;
    this.elapsedMs = elapsedMs;
  }
}

/** The group refused this member for good (authorization, protocol or configuration): the consumer stops. */
export class GroupMembershipError extends KafkaError {
  readonly groupId: string;

  constructor(groupId: string, message: string, cause: KafkaError) {
    super(`Group '${groupId}': ${message}: ${cause.message}`, { code: cause.code, retriable: false, cause });
    this.groupId = groupId;
  }
}

/**
 * A commit was refused because this member is no longer in the generation that owns the
 * partitions (UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, a rebalance in progress): the group is
 * rebalancing and the partitions may belong to another member now. The consumer rejoins; the
 * messages since the last commit may be delivered again.
 */
export class CommitFailedError extends KafkaError {
  constructor(groupId: string, cause: KafkaError) {
    super(
      `Offset commit for group '${groupId}' failed: the group is rebalancing or this member left it (${cause.code}); the partitions may now belong to another member, which starts from the last committed offset`,
      { code: 'COMMIT_FAILED', retriable: refusedForNow(cause), cause },
    );
  }
}

/**
 * close() of a subscribed consumer gave up after closeTimeoutMs: the coordinator did not answer the
 * commit or the leave in time. Offsets marked done since the last successful commit may be
 * delivered again; the coordinator removes the member once its session times out.
 */
export class GroupCloseTimeoutError extends KafkaError {
  readonly groupId: string;

  constructor(groupId: string, timeoutMs: number) {
    super(
      `Group '${groupId}': close() gave up after ${timeoutMs} ms (closeTimeoutMs) without an answer from the coordinator; offsets marked done since the last commit may be delivered again, and the member is removed when its session times out`,
      { code: 'CLOSE_TIMEOUT', retriable: false },
    );
    this.groupId = groupId;
  }
}
