import { type KafkaClient, partitionKey } from '@kafkaline/network';
import { CliCommandError } from '../errors.js';

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface PartitionBounds extends TopicPartition {
  earliest: number;
  latest: number;
}

/** The partitions of a topic; a topic the cluster does not know is a one-line error. */
export async function partitionsOf(client: KafkaClient, topic: string): Promise<number[]> {
  try {
    return await client.partitionsFor(topic);
  } catch (error) {
    if ((error as { code?: string }).code === 'UNKNOWN_TOPIC_OR_PARTITION') {
      throw new CliCommandError(`topic '${topic}' does not exist`, 'UNKNOWN_TOPIC_OR_PARTITION');
    }
    throw error;
  }
}

/** Offsets of one kind for each partition, in order; the first partition-level error is thrown. */
export async function listOffsetsOrThrow(client: KafkaClient, partitions: readonly TopicPartition[], timestamp: 'earliest' | 'latest' | number): Promise<number[]> {
  if (partitions.length === 0) return [];
  const results = await client.listOffsets({ partitions: partitions.map((tp) => ({ ...tp, timestamp })) });
  const failed = results.find((r) => r.error !== null);
  if (failed?.error) throw failed.error;
  return results.map((r) => r.offset);
}

/** Earliest and latest offset of each partition, in the given order. */
export async function partitionBounds(client: KafkaClient, partitions: readonly TopicPartition[]): Promise<PartitionBounds[]> {
  const [earliest, latest] = await Promise.all([listOffsetsOrThrow(client, partitions, 'earliest'), listOffsetsOrThrow(client, partitions, 'latest')]);
  return partitions.map((tp, i) => ({ ...tp, earliest: earliest[i] as number, latest: latest[i] as number }));
}

/**
 * A group's committed offsets (OffsetFetch) for these partitions, or for every partition it
 * committed to when null, keyed by partitionKey; partitions without one are left out. The first
 * error is thrown.
 */
export async function committedOffsets(client: KafkaClient, group: string, partitions: readonly TopicPartition[] | null): Promise<Map<string, TopicPartition & { offset: number }>> {
  const fetched = await client.offsetFetch({ groupId: group, partitions });
  if (fetched.error) throw fetched.error;
  const out = new Map<string, TopicPartition & { offset: number }>();
  for (const p of fetched.partitions) {
    if (p.error) throw p.error;
    if (p.offset >= 0) out.set(partitionKey(p.topic, p.partition), { topic: p.topic, partition: p.partition, offset: p.offset });
  }
  return out;
}
