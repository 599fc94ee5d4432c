// Event-loop helpers for deterministic tests: they let in-process I/O and promise chains run
// without waiting on wall-clock time (each turn is one setImmediate), so a test advances exactly
// as far as the event loop has work queued.

/** Lets in-process I/O and promise chains run for `turns` event-loop turns. */
export async function flush(turns = 30): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Waits (event-loop turns only, no time) until `predicate` holds. */
export async function until(predicate: () => boolean, what: string, maxTurns = 5000): Promise<void> {
  for (let i = 0; i < maxTurns; i++) {
    if (predicate()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`gave up waiting for ${what} after ${maxTurns} event-loop turns`);
}

export interface Settled<T> {
  done: boolean;
  value?: T;
  error?: unknown;
  promise: Promise<void>;
}

/** Records a promise's outcome (value or error) so a test can look at it, or assert on a rejection, later. */
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
