/**
 * Time as the fake cluster sees it. Every time-based behaviour of the cluster (Fetch long-polling,
 * group session and rebalance timeouts, transaction timeouts, append timestamps, injected delays)
 * reads and schedules through one `Clock`, so a test can drive all of it with a `ManualClock`
 * instead of sleeping. The network and consumer layers accept the same structural interface.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Wall-clock time and Node's timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface ManualTimer {
  readonly id: number;
  readonly due: number;
  readonly callback: () => void;
}

/**
 * A clock that moves only when told. `advance(ms)` runs every timer that falls due within the
 * step synchronously, in due order (ties in scheduling order), and timers scheduled by those
 * callbacks run too when they fall inside the step: the same order real time would give,
 * without waiting for it.
 */
export class ManualClock implements Clock {
  private current: number;
  private nextId = 1;
  private timers: ManualTimer[] = [];

  constructor(startMs = 0) {
    if (!Number.isFinite(startMs)) throw new TypeError(`ManualClock start time must be a finite number, got ${startMs}`);
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    const timer: ManualTimer = { id: this.nextId++, due: this.current + delay, callback };
    // Kept sorted by (due, id) so `advance` can always take the head.
    let at = this.timers.length;
    while (at > 0 && (this.timers[at - 1] as ManualTimer).due > timer.due) at--;
    this.timers.splice(at, 0, timer);
    return timer;
  }

  clearTimeout(handle: unknown): void {
    const at = this.timers.indexOf(handle as ManualTimer);
    if (at >= 0) this.timers.splice(at, 1);
  }

  /** Moves time forward by `ms`, running every timer due up to the new time. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`ManualClock.advance needs a non-negative number of ms, got ${ms}`);
    const target = this.current + ms;
    for (;;) {
      const head = this.timers[0];
      if (head === undefined || head.due > target) break;
      this.timers.shift();
      this.current = Math.max(this.current, head.due);
      head.callback();
    }
    this.current = target;
  }

  /** Runs timers already due at the current time (zero-delay timers) without moving time. */
  runDue(): void {
    this.advance(0);
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.timers.length;
  }

  /** When the next timer is due, or undefined when none waits. */
  get nextDue(): number | undefined {
    return this.timers[0]?.due;
  }
}
