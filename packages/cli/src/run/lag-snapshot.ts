import { type KafkaClient, partitionKey } from '@kafkaline/network';
import { CliCommandError } from '../errors.js';
import { committedOffsets, listOffsetsOrThrow, partitionsOf, type TopicPartition } from './partition-offsets.js';

export interface PartitionLag extends TopicPartition {
  /** The group's committed offset (the next to read), or null when it has none. */
  committed: number | null;
  /** The high watermark. */
  end: number;
}

export interface LagSnapshot {
  group: string;
  /** When it was taken, on the CLI's clock. */
  at: number;
  /** Sorted by topic, then partition. */
  partitions: PartitionLag[];
}

/**
 * Committed offsets of the group (OffsetFetch for all its partitions) next to the end offsets
 * (ListOffsets latest). Without `topics`: every topic the group committed to, with all its
 * partitions, so a partition it never committed shows up as unread rather than missing.
 */
export async function takeLagSnapshot(client: KafkaClient, group: string, topics: readonly string[], now: () => number): Promise<LagSnapshot> {
  const committed = await committedOffsets(client, group, null);
  const wantedTopics = topics.length > 0 ? [...topics] : [...new Set([...committed.values()].map((p) => p.topic))];
  if (wantedTopics.length === 0) {
    throw new CliCommandError(`group '${group}' has no committed offsets (it does not exist, or has never committed)`, 'NO_COMMITTED_OFFSETS');
  }
  const partitions: TopicPartition[] = [];
  for (const topic of wantedTopics.sort()) {
    for (const partition of await partitionsOf(client, topic)) partitions.push({ topic, partition });
  }
  const ends = await listOffsetsOrThrow(client, partitions, 'latest');
  return {
    group,
    at: now(),
    partitions: partitions.map((tp, i) => ({ ...tp, committed: committed.get(partitionKey(tp.topic, tp.partition))?.offset ?? null, end: ends[i] as number })),
  };
}
