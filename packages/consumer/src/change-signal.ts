import type { Clock } from './clock.js';

/**
 * Lets calls wait until something they care about changed (records arrived, a worker died, the
 * consumer closed), a deadline on the consumer's clock passed, or their AbortSignal fired; the
 * waiter then looks again. No value is passed: the state itself is the message.
 */
export class ChangeSignal {
  private readonly waiters = new Set<() => void>();

  constructor(private readonly clock: Clock) {}

  /** Wakes every current waiter. */
  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves at the next notify(), at `deadline` (clock time; null = none), or when `signal` fires. */
  wait(deadline: number | null, signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: unknown;
      const wake = (): void => {
        this.waiters.delete(wake);
        if (timer !== undefined) this.clock.clearTimeout(timer);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      this.waiters.add(wake);
      if (deadline !== null) timer = this.clock.setTimeout(wake, Math.max(0, deadline - this.clock.now()));
      signal?.addEventListener('abort', wake, { once: true });
    });
  }
}
