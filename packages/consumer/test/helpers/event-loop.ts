import type { ManualClock } from '@kafkaline/testing';

/** Lets in-process I/O and promise chains run: each turn is one setImmediate. */
export async function flush(turns = 30): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export interface Settled<T> {
  done: boolean;
  value?: T;
  error?: unknown;
  promise: Promise<void>;
}

/** Records a promise's outcome so a test can look at it later. */
export function settle<T>(promise: Promise<T>): Settled<T> {
  const record: Settled<T> = { done: false, promise: Promise.resolve() };
  record.promise = promise.then(
    (value) => {
      record.done = true;
      record.value = value;
    },
    (error: unknown) => {
      record.done = true;
      record.error = error;
    },
  );
  return record;
}

/**
 * Runs `promise` to completion on a manual clock: lets the event loop work, and when nothing
 * settles, moves time to the next timer that is due (or by `stepMs`), like a discrete-event
 * simulation. Gives up after `maxSteps`, so a hang fails the test instead of stalling it.
 */
export async function drive<T>(clock: ManualClock, promise: Promise<T>, options: { stepMs?: number; maxSteps?: number } = {}): Promise<T> {
  const stepMs = options.stepMs ?? 100;
  const maxSteps = options.maxSteps ?? 5000;
  const outcome = settle(promise);
  for (let i = 0; i < maxSteps && !outcome.done; i++) {
    await flush();
    if (outcome.done) break;
    const next = clock.nextDue;
    clock.advance(next === undefined ? stepMs : Math.max(0, Math.min(stepMs, next - clock.now())));
  }
  await flush(1);
  if (!outcome.done) throw new Error(`the call did not settle within ${maxSteps} steps of the manual clock`);
  if ('error' in outcome) throw outcome.error;
  return outcome.value as T;
}

/** Waits (event-loop turns only, no time) until `predicate` holds. */
export async function until(predicate: () => boolean, what: string, maxTurns = 5000): Promise<void> {
  for (let i = 0; i < maxTurns; i++) {
    if (predicate()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`gave up waiting for ${what} after ${maxTurns} event-loop turns`);
}
