import { KafkaConfigError } from '@kafkaline/protocol';
import { describe } from '../options.js';
import type { TopicPartition } from './topic-partition-set.js';

/**
 * Called around rebalances of a subscribed consumer; each callback may be async and is awaited
 * before the rebalance goes on.
 *
 * - `onPartitionsRevoked`: these partitions are about to go (rebalance or close). Mark what you
 *   finished with `taskDone()` here: right after the callback, the offsets marked done for them
 *   are committed, then they stop being fetched.
 * - `onPartitionsAssigned`: these partitions are now consumed, from the group's committed offsets.
 * - `onPartitionsLost`: these partitions were taken away without a chance to commit (the member
 *   was evicted, fenced or its generation is gone): another member may already own them, so
 *   nothing is committed. Defaults to `onPartitionsRevoked` when absent, like the Java client.
 */
export interface RebalanceListener {
  onPartitionsRevoked?(partitions: TopicPartition[]): void | Promise<void>;
  onPartitionsAssigned?(partitions: TopicPartition[]): void | Promise<void>;
  onPartitionsLost?(partitions: TopicPartition[]): void | Promise<void>;
}

export function checkRebalanceListener(listener: unknown): RebalanceListener {
  if (listener === undefined || listener === null) return {};
  if (typeof listener !== 'object') throw new KafkaConfigError('listener', `expected { onPartitionsRevoked?, onPartitionsAssigned?, onPartitionsLost? }, got ${describe(listener)}`);
  for (const name of ['onPartitionsRevoked', 'onPartitionsAssigned', 'onPartitionsLost'] as const) {
    const callback = (listener as Record<string, unknown>)[name];
    if (callback !== undefined && typeof callback !== 'function') throw new KafkaConfigError('listener', `${name} must be a function, got ${describe(callback)}`);
  }
  return listener as RebalanceListener;
}
