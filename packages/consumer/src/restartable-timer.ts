import type { Clock } from './clock.js';

/**
 * A periodic timer whose phase can be restarted: the auto-commit timers fire `periodMs` after
 * the last commit of any kind, so a count-triggered or manual commit postpones the next timed
 * one (what kafka-python's docstrings promise and its code did not do).
 */
export class RestartableTimer {
  private handle: unknown = null;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly periodMs: number,
    private readonly onFire: () => Promise<void>,
  ) {}

  /** Arms the timer `periodMs` from now (replacing a pending firing). */
  restart(): void {
    if (this.stopped) return;
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = this.clock.setTimeout(() => this.fire(), this.periodMs);
  }

  /** Cancels it for good. */
  stop(): void {
    this.stopped = true;
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  private fire(): void {
    this.handle = null;
    // The callback may restart the timer itself (a commit does); otherwise re-arm once it is done.
    void this.onFire().finally(() => {
      if (this.handle === null) this.restart();
    });
  }
}
