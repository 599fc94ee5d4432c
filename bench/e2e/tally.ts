// Counts what a consumer hands the application and notes when the first and the last expected
// message arrived. Every client calls add() with the key and value it produced, so each pays the
// same (small) cost per message and must really have materialised both.

export class Tally {
  messages = 0;
  bytes = 0;
  firstAt = -1;
  lastAt = -1;
  cpuAtLast: NodeJS.CpuUsage | null = null;
  private resolveComplete: () => void = () => {};
  /** Resolves when the expected number of messages has arrived. */
  readonly complete: Promise<void>;

  constructor(
    readonly expected: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.complete = new Promise((resolve) => {
      this.resolveComplete = resolve;
    });
  }

  get done(): boolean {
    return this.messages >= this.expected;
  }

  add(key: Uint8Array | null, value: Uint8Array | null): void {
    if (this.messages === 0) this.firstAt = this.now();
    this.bytes += (key === null ? 0 : key.length) + (value === null ? 0 : value.length);
    if (++this.messages === this.expected) {
      this.lastAt = this.now();
      this.cpuAtLast = process.cpuUsage();
      this.resolveComplete();
    }
  }
}
