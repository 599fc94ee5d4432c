import { partitionKey, type TopicPartition } from '@kafkaline/network';
import type { TopicPartitions } from './assignors/assignor.js';
import { sortedTopicPartitions } from './assignors/consumer-protocol.js';

export type { TopicPartition };

export function topicPartitionKey(tp: TopicPartition): string {
  return partitionKey(tp.topic, tp.partition);
}

/** Expands the wire shape `{ topic, partitions[] }` into one entry per partition. */
export function flattenTopicPartitions(grouped: readonly TopicPartitions[]): TopicPartition[] {
  return grouped.flatMap(({ topic, partitions }) => partitions.map((partition) => ({ topic, partition })));
}

/** Groups partitions by topic (sorted by topic, then partition): the wire shape of owned partitions. */
export function groupByTopic(partitions: readonly TopicPartition[]): TopicPartitions[] {
  return sortedTopicPartitions(partitions.map(({ topic, partition }) => ({ topic, partitions: [partition] })));
}

/** Partitions of `from` that are not in `without`, in `from`'s order. */
export function minus(from: readonly TopicPartition[], without: readonly TopicPartition[]): TopicPartition[] {
  const drop = new Set(without.map(topicPartitionKey));
  return from.filter((tp) => !drop.has(topicPartitionKey(tp)));
}

export function sortTopicPartitions(partitions: readonly TopicPartition[]): TopicPartition[] {
  return [...partitions].sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
}

export function describeTopicPartitions(partitions: readonly TopicPartition[]): string {
  return partitions.length === 0 ? 'none' : sortTopicPartitions(partitions).map((tp) => `${tp.topic}-${tp.partition}`).join(', ');
}
