import type { KafkaClient } from '@kafkaline/network';
import { KafkaBrokerError } from '@kafkaline/protocol';
import { specificError } from '../errors.js';
import type { OffsetToCommit } from '../offsets/committed-offsets.js';
import { CommitFailedError } from './errors.js';
import type { GroupMembership } from './membership.js';
import { membershipReaction, refusedForNow } from './membership-errors.js';

/**
 * A CommitFailedError that KafkaConsumer.commit() makes again once the membership has a fresh
 * identity: the retriable ones, refused for now (REBALANCE_IN_PROGRESS, STALE_MEMBER_EPOCH).
 */
export function retriableAfterRejoin(error: unknown): boolean {
  return error instanceof CommitFailedError && error.retriable;
}

/** An OffsetCommit error about the member rather than the partition: the membership has to hear of it. */
function refusedToMember(error: KafkaBrokerError): boolean {
  const reaction = membershipReaction(error);
  return refusedForNow(error) || (reaction !== 'retry' && reaction !== 'fatal');
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
    if (r.error instanceof KafkaBrokerError && refusedToMember(r.error)) {
      if (!reported) membership.onCommitRefused(r.error);
      reported = true;
      return { topic: r.topic, partition: r.partition, error: new CommitFailedError(groupId, r.error) };
    }
    return { topic: r.topic, partition: r.partition, error: specificError(r.error, { topic: r.topic, partition: r.partition, api: 'OffsetCommit' }) };
  });
}
