import { KafkaConfigError } from '@kafkaline/protocol';

/**
 * What `KafkaConsumer.setTopicPartitions(...)` accepts, kafka-python's shapes in JavaScript:
 * - `'topic'`: every partition of the topic;
 * - `['topic', p]` / `['topic', p, offset]`: one partition, optionally from an explicit offset;
 * - `{ topic: p }` / `{ topic: [p, ...] }`: those partitions (keys are topic names);
 * - `new Map([[['topic', p], offset], ...])`: partitions from explicit offsets (Python's
 *   dict with tuple keys; a key that is not a `[topic, partition]` pair is ignored, as there);
 * - `{ topic: 'name', partition: p, offset? }`: the same as a tuple, spelled out.
 */
export type TopicPartitionSpec =
  | string
  | readonly [topic: string, partition: number]
  | readonly [topic: string, partition: number, offset: number]
  | { readonly topic: string; readonly partition: number; readonly offset?: number }
  | { readonly [topic: string]: number | readonly number[] }
  | ReadonlyMap<unknown, number>;

/** One parsed entry: `partition` undefined means "every partition of the topic". */
export interface TopicPartitionRequest {
  topic: string;
  partition?: number;
  offset?: number;
}

function partitionOf(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new KafkaConfigError('topics', `${where}: partition ${JSON.stringify(value)} is not a non-negative integer`);
  }
  return value;
}

function offsetOf(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new KafkaConfigError('topics', `${where}: offset ${JSON.stringify(value)} is not a non-negative safe integer`);
  }
  return value;
}

function topicOf(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new KafkaConfigError('topics', `${where}: topic ${JSON.stringify(value)} is not a non-empty string`);
  }
  return value;
}

export function parseTopicPartitions(specs: readonly TopicPartitionSpec[]): TopicPartitionRequest[] {
  const out: TopicPartitionRequest[] = [];
  specs.forEach((spec, index) => {
    const where = `argument ${index + 1}`;
    if (typeof spec === 'string') {
      out.push({ topic: topicOf(spec, where) });
    } else if (Array.isArray(spec)) {
      const [topic, partition, offset] = spec as unknown[];
      const entry: TopicPartitionRequest = { topic: topicOf(topic, where), partition: partitionOf(partition, where) };
      if (spec.length >= 3 && offset !== undefined) entry.offset = offsetOf(offset, where);
      out.push(entry);
    } else if (spec instanceof Map) {
      for (const [key, offset] of spec) {
        if (!Array.isArray(key) || typeof key[0] !== 'string') continue;
        out.push({ topic: topicOf(key[0], where), partition: partitionOf(key[1], where), offset: offsetOf(offset, where) });
      }
    } else if (spec !== null && typeof spec === 'object') {
      const record = spec as Record<string, unknown>;
      if (typeof record['topic'] === 'string' && 'partition' in record) {
        const entry: TopicPartitionRequest = { topic: topicOf(record['topic'], where), partition: partitionOf(record['partition'], where) };
        if (record['offset'] !== undefined) entry.offset = offsetOf(record['offset'], where);
        out.push(entry);
        return;
      }
      for (const [topic, partitions] of Object.entries(record)) {
        if (typeof partitions === 'number') out.push({ topic: topicOf(topic, where), partition: partitionOf(partitions, where) });
        else if (Array.isArray(partitions)) {
          for (const p of partitions) out.push({ topic: topicOf(topic, where), partition: partitionOf(p, where) });
        } else {
          throw new KafkaConfigError('topics', `${where}: the value for topic '${topic}' must be a partition number or an array of them`);
        }
      }
    } else {
      throw new KafkaConfigError(
        'topics',
        `${where}: ${JSON.stringify(spec)} is not a topic name, [topic, partition(, offset)], { topic: partitions } or Map of [topic, partition] → offset`,
      );
    }
  });
  return out;
}
