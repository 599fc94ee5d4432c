import type { Clock } from './clock.js';

/**
 * The client's delays (retry backoff, reconnect backoff, metadata throttling). Tracked so that
 * `close()` can cancel every one of them: a closed client leaves no timer behind and no caller
 * waiting forever.
 */
export class Delays {
  private readonly live = new Map<unknown, (error: Error) => void>();

  constructor(private readonly clock: Clock) {}

  /** Resolves after `ms`; rejects with the error given to `cancelAll` if that comes first. */
  wait(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const handle = this.clock.setTimeout(() => {
        this.live.delete(handle);
        resolve();
      }, ms);
      this.live.set(handle, reject);
    });
  }

  cancelAll(error: Error): void {
    for (const [handle, reject] of this.live) {
      this.clock.clearTimeout(handle);
      reject(error);
    }
    this.live.clear();
  }
}
