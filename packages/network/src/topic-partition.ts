import { KafkaConfigError } from '@kafkaline/protocol';

export interface TopicPartition {
  topic: string;
  partition: number;
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** Checks a helper's partition list: names, partition numbers, no duplicates. */
export function checkPartitions(option: string, partitions: readonly TopicPartition[]): void {
  if (!Array.isArray(partitions)) throw new KafkaConfigError(option, 'expected an array of { topic, partition }');
  const seen = new Set<string>();
  for (const { topic, partition } of partitions) {
    if (typeof topic !== 'string' || topic === '') throw new KafkaConfigError(option, `topic must be a non-empty string, got ${JSON.stringify(topic)}`);
    if (!Number.isInteger(partition) || partition < 0 || partition > 2 ** 31 - 1) {
      throw new KafkaConfigError(option, `partition of topic '${topic}' must be a non-negative integer, got ${String(partition)}`);
    }
    const key = partitionKey(topic, partition);
    if (seen.has(key)) throw new KafkaConfigError(option, `topic '${topic}' partition ${partition} is listed twice`);
    seen.add(key);
  }
}

/** Checks an offset given as a JS number (it becomes an int64 on the wire). */
export function checkOffset(option: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new KafkaConfigError(option, `expected a safe integer of at least ${min}, got ${String(value)}`);
  }
}
