import type { KafkaError } from '@kafkaline/protocol';
import type { ClientContext } from './context.js';

export interface Pending<T> {
  item: T;
  /** Position in the caller's list. */
  index: number;
}

export interface Outcome<R> {
  index: number;
  result: R;
  error: KafkaError | null;
}

/**
 * Runs a per-partition request and repeats it, with backoff, for just the partitions that failed
 * retriably, up to `retry.retries` times. Whatever is still failing then is returned with its
 * error; partitions that succeeded are never sent again.
 */
export async function withPartitionRetries<T, R>(
  ctx: ClientContext,
  items: readonly T[],
  attempt: (pending: Array<Pending<T>>) => Promise<Array<Outcome<R>>>,
  shouldRetry: (error: KafkaError) => boolean = (error) => error.retriable,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let pending: Array<Pending<T>> = items.map((item, index) => ({ item, index }));
  for (let round = 0; pending.length > 0; round++) {
    const outcomes = await attempt(pending);
    const byIndex = new Map(pending.map((p) => [p.index, p]));
    const again: Array<Pending<T>> = [];
    for (const outcome of outcomes) {
      results[outcome.index] = outcome.result;
      const entry = byIndex.get(outcome.index);
      if (outcome.error && entry && round < ctx.options.retry.retries && shouldRetry(outcome.error)) again.push(entry);
    }
    if (again.length === 0) break;
    await ctx.backoff(round);
    pending = again;
  }
  return results;
}
