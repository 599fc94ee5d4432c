import type { CliClock, OutputStream } from '../io.js';

const ERASE_LINE = '\r\u001b[K';

/**
 * A live one-line status on stderr (records/s, bytes/s), redrawn every `intervalMs` when stderr
 * is a terminal, and nothing at all when it is not: piped or captured output stays clean.
 */
export class StatusLine {
  private timer: unknown = null;
  private drawn = false;
  private running = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly clock: CliClock,
    private readonly render: () => string,
    private readonly intervalMs = 250,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  start(): void {
    if (!this.enabled || this.running) return;
    this.running = true;
    this.tick();
  }

  /** Removes the line, e.g. before output goes to the same terminal; the next tick redraws it. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write(ERASE_LINE);
    this.drawn = false;
  }

  /** Draws the line now (the periodic redraw does this too). */
  draw(): void {
    if (!this.running) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    const text = this.render();
    this.stream.write(`${ERASE_LINE}${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
    this.drawn = true;
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.clear();
  }

  private tick(): void {
    this.draw();
    this.timer = this.clock.setTimeout(() => {
      if (this.running) this.tick();
    }, this.intervalMs);
  }
}
