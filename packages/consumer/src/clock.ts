import type { Clock } from '@kafkaline/network';

export type { Clock };

/** Wall-clock time and Node's timers: the default when no `clock` option is given. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function isClock(value: unknown): value is Clock {
  const c = value as Record<string, unknown> | null;
  return typeof c === 'object' && c !== null && typeof c['now'] === 'function' && typeof c['setTimeout'] === 'function' && typeof c['clearTimeout'] === 'function';
}
