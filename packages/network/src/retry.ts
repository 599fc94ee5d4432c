/** How many times, and how patiently, the client repeats an operation that failed retriably. */
export interface RetrySettings {
  /** Attempts after the first one. */
  retries: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /**
   * Fraction of the delay randomised either way (0.2 = ±20 %), so that many clients hit by the
   * same broker restart do not all come back in the same millisecond.
   */
  jitter: number;
}

export const DEFAULT_RETRY: Readonly<RetrySettings> = Object.freeze({
  retries: 5,
  initialBackoffMs: 100,
  maxBackoffMs: 1000,
  jitter: 0.2,
});

/**
 * Delay before retry number `attempt` (0 for the first retry): exponential from
 * `initialBackoffMs`, capped at `maxBackoffMs`, then jittered; never above `maxBackoffMs`.
 */
export function backoffMs(attempt: number, settings: RetrySettings, random: () => number = Math.random): number {
  const exponential = settings.initialBackoffMs * 2 ** Math.min(attempt, 30);
  const base = Math.min(settings.maxBackoffMs, exponential);
  const factor = 1 - settings.jitter + 2 * settings.jitter * random();
  return Math.max(0, Math.min(settings.maxBackoffMs, Math.round(base * factor)));
}
