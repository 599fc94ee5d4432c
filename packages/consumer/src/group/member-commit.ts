import type { KafkaClient } from '@kafkaline/network';
import { KafkaBrokerError, KafkaError } from '@kafkaline/protocol';
import { specificError } from '../errors.js';
import type { OffsetToCommit } from '../offsets/committed-offsets.js';
import { CommitFailedError } from './errors.js';
import type { GroupMembership } from './membership.js';
import { membershipReaction } from './membership-errors.js';

/** Refusals that a commit overcomes by going again once the member has a fresh generation or epoch. */
export function refusedForNow(error: KafkaError): boolean {
  return error.code === 'REBALANCE_IN_PROGRESS' || error.code === 'STALE_MEMBER_EPOCH';
}

/** A CommitFailedError that KafkaConsumer.commit() makes again once the membership has a fresh identity. */
export function retriableAfterRejoin(error: unknown): boolean {
  return error instanceof CommitFailedError && error.cause instanceof KafkaError && refusedForNow(error.cause);
}

/**
 * Commits as a group member (generation or member epoch, member id, instance id), which is what
 * Kafka requires once the group has members. Membership errors tell the membership to rejoin
 * and come back as CommitFailedError; other errors per partition as before.
 */
export async function commitAsMember(
  client: KafkaClient,
  groupId: string,
  membership: GroupMembership,
  offsets: readonly OffsetToCommit[],
): Promise<Array<{ topic: string; partition: number; error: Error | null }>> {
  const identity = membership.commitIdentity();
  const results = await client.offsetCommit({
    groupId,
    generationId: identity.generationId,
    memberId: identity.memberId,
    groupInstanceId: identity.groupInstanceId,
    partitions: offsets.map(({ topic, partition, offset, metadata }) => ({ topic, partition, offset, metadata: metadata ?? null })),
  });
  let reported = false;
  return results.map((r) => {
    if (r.error === null) return { topic: r.topic, partition: r.partition, error: null };
    if (r.error instanceof KafkaBrokerError && (refusedForNow(r.error) || (membershipReaction(r.error) !== 'retry' && membershipReaction(r.error) !== 'fatal'))) {
      if (!reported) membership.onCommitRefused(r.error);
      reported = true;
      return { topic: r.topic, partition: r.partition, error: new CommitFailedError(groupId, r.error) };
    }
    return { topic: r.topic, partition: r.partition, error: specificError(r.error, { topic: r.topic, partition: r.partition, api: 'OffsetCommit' }) };
  });
}
