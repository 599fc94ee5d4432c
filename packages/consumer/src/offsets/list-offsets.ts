import { partitionKey } from '@kafkaline/network';
import type { IsolationLevel, KafkaClient } from '@kafkaline/network';
import { specificError } from '../errors.js';
import type { TopicPartitionRef } from './committed-offsets.js';

/**
 * The earliest or latest offset of each partition (latest = the log end, or the last stable
 * offset under read_committed), by `partitionKey`. The first partition error is thrown.
 */
export async function boundaryOffsets(
  client: KafkaClient,
  partitions: readonly TopicPartitionRef[],
  which: 'earliest' | 'latest',
  isolationLevel: IsolationLevel,
): Promise<Map<string, number>> {
  const offsets = new Map<string, number>();
  if (partitions.length === 0) return offsets;
  const results = await client.listOffsets({ partitions: partitions.map(({ topic, partition }) => ({ topic, partition, timestamp: which })), isolationLevel });
  for (const r of results) {
    if (r.error) throw specificError(r.error, { topic: r.topic, partition: r.partition, api: 'ListOffsets' });
    offsets.set(partitionKey(r.topic, r.partition), r.offset);
  }
  return offsets;
}
