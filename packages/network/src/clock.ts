/**
 * Time as the client sees it. Every timer the client sets (request and connect timeouts, retry
 * and reconnect backoff, metadata throttling) goes through this, so tests can drive time with a
 * manual clock instead of sleeping. Structurally the same as `Clock` in @kafkaline/testing.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
