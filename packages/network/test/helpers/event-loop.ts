// Lets in-process I/O and promise chains run without waiting on wall-clock time: each turn is
// one setImmediate, so a test advances exactly as far as the event loop has work queued.
export async function flush(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export async function until(predicate: () => boolean, what: string, maxTurns = 2000): Promise<void> {
  for (let i = 0; i < maxTurns; i++) {
    if (predicate()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`gave up waiting for ${what} after ${maxTurns} event-loop turns`);
}

/** Settles a promise into a value-or-error record, so a test can assert on a rejection later. */
export function settle<T>(promise: Promise<T>): { done: boolean; value?: T; error?: unknown; promise: Promise<void> } {
  const record: { done: boolean; value?: T; error?: unknown; promise: Promise<void> } = { done: false, promise: Promise.resolve() };
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
