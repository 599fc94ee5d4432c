import { encodeRecordBatch } from '@kafkaline/protocol';
import type { FakeCluster } from '@kafkaline/testing';
import { CliUsageError } from '../errors.js';

/**
 * Appends `count` small text records (`key-N` → `message N of topic/partition`) to every
 * partition of every topic the fake cluster started with, so a demo has something to tail.
 */
export async function seedRecords(cluster: FakeCluster, count: number, now: number): Promise<void> {
  const topics = cluster.topicNames().filter((name) => !name.startsWith('__'));
  if (topics.length === 0) throw new CliUsageError('--records needs at least one --topic to fill');
  for (const topic of topics) {
    for (let partition = 0; ; partition++) {
      let baseOffset: number;
      try {
        baseOffset = cluster.partition(topic, partition).highWatermark;
      } catch (error) {
        // Past the last partition.
        if ((error as { code?: string }).code === 'UNKNOWN_TOPIC_OR_PARTITION') break;
        throw error;
      }
      const records = Array.from({ length: count }, (_, i) => ({
        key: `key-${i}`,
        value: `message ${i} of ${topic}/${partition}`,
        timestamp: now + i,
      }));
      cluster.appendRaw(topic, partition, await encodeRecordBatch({ baseOffset, records }));
    }
  }
}
