import type { Clock } from '../clock.js';

/**
 * The Java client's max.poll.interval.ms, for an async API: the application "polls" while a
 * `next()` call is open; the interval runs from the end of the last one. A consumer waiting in
 * `next()` for messages never times out; one whose handler takes too long between two calls does.
 */
export class PollTracker {
  private openCalls = 0;
  private lastActivity: number;

  constructor(
    private readonly clock: Clock,
    private readonly maxPollIntervalMs: number,
  ) {
    this.lastActivity = clock.now();
  }

  started(): void {
    this.openCalls++;
    this.lastActivity = this.clock.now();
  }

  ended(): void {
    this.openCalls = Math.max(0, this.openCalls - 1);
    this.lastActivity = this.clock.now();
  }

  /** Counts the interval from now (joining, or rejoining after a timeout). */
  reset(): void {
    this.lastActivity = this.clock.now();
  }

  /** Milliseconds since the application last polled, or 0 while a call is open. */
  idleMs(): number {
    return this.openCalls > 0 ? 0 : this.clock.now() - this.lastActivity;
  }

  expired(): boolean {
    return this.idleMs() > this.maxPollIntervalMs;
  }
}
