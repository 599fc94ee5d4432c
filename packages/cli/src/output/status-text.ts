// What the live status line on stderr says: pure functions of the figures, so they are tested
// without a terminal.
import { formatBytes, formatRate } from './rate-meter.js';

export interface TailProgress {
  printed: number;
  /** --max, or null without it. */
  max: number | null;
  recordsPerSecond: number;
  bytesPerSecond: number;
}

/** `120 of 1000 records, 40 records/s, 3.2 KiB/s`. */
export function tailStatusText(progress: TailProgress): string {
  const of = progress.max === null ? '' : ` of ${progress.max}`;
  return `${progress.printed}${of} records, ${formatRate(progress.recordsPerSecond)} records/s, ${formatBytes(progress.bytesPerSecond)}/s`;
}

export interface LagProgress {
  group: string;
  /** Null until the first refresh arrived. */
  totalLag: number | null;
  /** Null until two refreshes can be compared. */
  ratePerSecond: number | null;
}

/** `group billing: lag 1200, 35.5 records/s consumed`. */
export function lagStatusText(progress: LagProgress): string {
  if (progress.totalLag === null) return `group ${progress.group}: waiting for the first refresh`;
  const rate = progress.ratePerSecond === null ? '' : `, ${formatRate(progress.ratePerSecond)} records/s consumed`;
  return `group ${progress.group}: lag ${progress.totalLag}${rate}`;
}
