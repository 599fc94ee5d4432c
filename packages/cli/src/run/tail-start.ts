import { type KafkaClient, partitionKey } from '@kafkaline/network';
import type { StartPosition } from '../args/values.js';
import { CliUsageError } from '../errors.js';
import { committedOffsets, listOffsetsOrThrow, partitionBounds, partitionsOf } from './partition-offsets.js';

export interface TailPartition {
  topic: string;
  partition: number;
  /** The first offset to print. */
  start: number;
  /** The end offset when tail started: without --follow, tail stops here. */
  end: number;
}

function describeRange(partitions: readonly number[]): string {
  return partitions.length === 0 ? 'none' : `${partitions[0]}-${partitions[partitions.length - 1]}`;
}

function clamp(offset: number, earliest: number, latest: number): number {
  return Math.min(Math.max(offset, earliest), latest);
}

/**
 * Where tail starts and stops in each partition. Explicit offsets outside the log are moved to
 * its nearest end; a time after the last record starts at the end.
 */
export async function planTail(client: KafkaClient, topic: string, only: readonly number[] | null, from: StartPosition | null, group: string | null): Promise<TailPartition[]> {
  const all = await partitionsOf(client, topic);
  const missing = (only ?? []).filter((p) => !all.includes(p));
  if (missing.length > 0) throw new CliUsageError(`--partitions: topic '${topic}' has no partition ${missing.join(', ')} (it has ${describeRange(all)})`);
  const chosen = (only ?? all).map((partition) => ({ topic, partition }));
  const bounds = await partitionBounds(client, chosen);
  const byTime = from?.kind === 'time' ? await listOffsetsOrThrow(client, chosen, from.ms) : null;
  const committed = from === null && group !== null ? await committedOffsets(client, group, chosen) : null;
  return bounds.map(({ partition, earliest, latest }, i): TailPartition => {
    let start: number;
    switch (from?.kind) {
      case 'latest':
        start = latest;
        break;
      case 'offset':
        start = clamp(from.offset, earliest, latest);
        break;
      case 'from-end':
        start = Math.max(earliest, latest - from.count);
        break;
      case 'time': {
        const found = byTime?.[i] ?? -1;
        start = found < 0 ? latest : found;
        break;
      }
      case 'earliest':
        start = earliest;
        break;
      default:
        start = clamp(committed?.get(partitionKey(topic, partition))?.offset ?? earliest, earliest, latest);
    }
    return { topic, partition, start, end: latest };
  });
}
