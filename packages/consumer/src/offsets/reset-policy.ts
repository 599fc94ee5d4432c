import { partitionKey } from '@kafkaline/network';
import type { IsolationLevel, KafkaClient } from '@kafkaline/network';
import { ErrorCode, KafkaConfigError, OffsetOutOfRangeError } from '@kafkaline/protocol';
import { boundaryOffsets } from './list-offsets.js';

/** kafka-python's names, the modern names, and 'none' for "raise instead of resetting". */
export type AutoOffsetReset = 'largest' | 'smallest' | 'latest' | 'earliest' | 'none';

export type ResetTarget = 'earliest' | 'latest' | 'none';

export function parseAutoOffsetReset(option: string, value: unknown): ResetTarget {
  if (value === null || value === 'none') return 'none';
  if (value === 'largest' || value === 'latest') return 'latest';
  if (value === 'smallest' || value === 'earliest') return 'earliest';
  throw new KafkaConfigError(option, `expected 'largest' | 'smallest' (or 'latest' | 'earliest'), or 'none' / null to raise OffsetOutOfRangeError; got ${JSON.stringify(value)}`);
}

/** The error a consumer with policy 'none' raises, naming the partition and offset. */
export function outOfRange(topic: string, partition: number, offset: number): OffsetOutOfRangeError {
  return new OffsetOutOfRangeError(ErrorCode.OFFSET_OUT_OF_RANGE, {
    topic,
    partition,
    offset,
    api: 'Fetch',
    brokerMessage: "autoOffsetReset is 'none': seek to a valid offset, or set autoOffsetReset to 'smallest' or 'largest'",
  });
}

/** Where a partition continues under the policy; throws OffsetOutOfRangeError for 'none'. */
export async function resetOffset(
  client: KafkaClient,
  target: ResetTarget,
  where: { topic: string; partition: number; offset: number },
  isolationLevel: IsolationLevel,
): Promise<number> {
  if (target === 'none') throw outOfRange(where.topic, where.partition, where.offset);
  const offsets = await boundaryOffsets(client, [where], target, isolationLevel);
  return offsets.get(partitionKey(where.topic, where.partition)) as number;
}
