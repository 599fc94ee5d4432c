import type { CliClock } from '../io.js';

interface Sample {
  at: number;
  records: number;
  bytes: number;
}

/** Records and bytes per second over a sliding window (default the last 5 s). */
export class RateMeter {
  private readonly samples: Sample[] = [];
  private records = 0;
  private bytes = 0;

  constructor(
    private readonly clock: CliClock,
    private readonly windowMs = 5000,
  ) {
    this.samples.push({ at: clock.now(), records: 0, bytes: 0 });
  }

  add(records: number, bytes: number): void {
    this.records += records;
    this.bytes += bytes;
    const now = this.clock.now();
    this.samples.push({ at: now, records: this.records, bytes: this.bytes });
    // Keep one sample older than the window, so the window always has a start.
    while (this.samples.length > 2 && (this.samples[1] as Sample).at <= now - this.windowMs) this.samples.shift();
  }

  get totalRecords(): number {
    return this.records;
  }

  /** Per second over the window; 0 until time has passed. */
  rates(): { recordsPerSecond: number; bytesPerSecond: number } {
    const first = this.samples[0] as Sample;
    const elapsedMs = this.clock.now() - first.at;
    if (elapsedMs <= 0) return { recordsPerSecond: 0, bytesPerSecond: 0 };
    return {
      recordsPerSecond: ((this.records - first.records) * 1000) / elapsedMs,
      bytesPerSecond: ((this.bytes - first.bytes) * 1000) / elapsedMs,
    };
  }
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** 1536 → '1.5 KiB'. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** A rate with at most one decimal: 12.5, 1200. */
export function formatRate(perSecond: number): string {
  return perSecond >= 100 ? String(Math.round(perSecond)) : String(Math.round(perSecond * 10) / 10);
}
