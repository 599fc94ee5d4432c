import { partitionKey } from '@kafkaline/network';
import type { KafkaClient } from '@kafkaline/network';
import { ErrorCode, KafkaBrokerError } from '@kafkaline/protocol';
import { specificError } from '../errors.js';

export interface TopicPartitionRef {
  topic: string;
  partition: number;
}

/**
 * The group's committed offsets (the next offset to read) from its coordinator, by
 * `partitionKey`; null where nothing is committed (-1 on the modern protocol, or the
 * UNKNOWN_TOPIC_OR_PARTITION that 0.8-era brokers answered). Any other error is thrown.
 */
export async function fetchCommittedOffsets(client: KafkaClient, groupId: string, partitions: readonly TopicPartitionRef[]): Promise<Map<string, number | null>> {
  const committed = new Map<string, number | null>();
  if (partitions.length === 0) return committed;
  const answer = await client.offsetFetch({ groupId, partitions: partitions.map(({ topic, partition }) => ({ topic, partition })) });
  if (answer.error) throw specificError(answer.error, { api: 'OffsetFetch' });
  for (const result of answer.partitions) {
    const nothingCommitted = result.error instanceof KafkaBrokerError && result.error.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    if (result.error && !nothingCommitted) throw specificError(result.error, { topic: result.topic, partition: result.partition, api: 'OffsetFetch' });
    committed.set(partitionKey(result.topic, result.partition), nothingCommitted || result.offset < 0 ? null : result.offset);
  }
  return committed;
}

export interface OffsetToCommit extends TopicPartitionRef {
  offset: number;
  metadata?: string | null;
}

/**
 * Commits as a standalone consumer (generation -1, empty member id), which Kafka accepts for a
 * group without active members. The client retries coordinator moves and loads; what is left
 * comes back per partition.
 */
export async function commitOffsets(client: KafkaClient, groupId: string, offsets: readonly OffsetToCommit[]): Promise<Array<{ topic: string; partition: number; error: Error | null }>> {
  const results = await client.offsetCommit({
    groupId,
    generationId: -1,
    memberId: '',
    partitions: offsets.map(({ topic, partition, offset, metadata }) => ({ topic, partition, offset, metadata: metadata ?? null })),
  });
  return results.map((r) => ({ topic: r.topic, partition: r.partition, error: r.error ? specificError(r.error, { topic: r.topic, partition: r.partition, api: 'OffsetCommit' }) : null }));
}
