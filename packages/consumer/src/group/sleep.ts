import type { Clock } from '../clock.js';

/** A wait on the consumer's clock that `cancel()` ends early (close, a new rebalance). */
export class Sleeper {
  private pending = new Set<{ handle: unknown; resolve: () => void }>();

  constructor(private readonly clock: Clock) {}

  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const entry = {
        handle: null as unknown,
        resolve: () => {
          this.pending.delete(entry);
          resolve();
        },
      };
      entry.handle = this.clock.setTimeout(entry.resolve, ms);
      this.pending.add(entry);
    });
  }

  cancel(): void {
    for (const entry of [...this.pending]) {
      this.clock.clearTimeout(entry.handle);
      entry.resolve();
    }
  }
}
