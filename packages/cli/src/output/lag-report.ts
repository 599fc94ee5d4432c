import type { LagSnapshot } from '../run/lag-snapshot.js';
import { formatRate } from './rate-meter.js';
import { type Column, formatCount, renderTable } from './table.js';

export interface LagRow {
  topic: string;
  partition: number;
  committed: number | null;
  end: number;
  /** end - committed, never negative; null without a committed offset. */
  lag: number | null;
  /** Committed offsets per second since the previous snapshot; null on the first one. */
  ratePerSecond: number | null;
}

export interface LagReport {
  group: string;
  at: number;
  rows: LagRow[];
  totalLag: number;
  /** Null until there is a previous snapshot to compare with. */
  totalRatePerSecond: number | null;
}

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** Lag per partition and, against the previous snapshot, the consumption rate. */
export function lagReport(current: LagSnapshot, previous: LagSnapshot | null): LagReport {
  const before = new Map((previous?.partitions ?? []).map((p) => [key(p.topic, p.partition), p.committed]));
  const elapsedSeconds = previous === null ? 0 : (current.at - previous.at) / 1000;
  const rows = current.partitions.map((p): LagRow => {
    const lag = p.committed === null ? null : Math.max(0, p.end - p.committed);
    const earlier = before.get(key(p.topic, p.partition));
    let ratePerSecond: number | null = null;
    if (elapsedSeconds > 0) {
      // A partition that had no commit before counts from nothing consumed, as Kafka's tools do.
      ratePerSecond = p.committed === null || earlier === undefined || earlier === null ? 0 : Math.max(0, p.committed - earlier) / elapsedSeconds;
    }
    return { topic: p.topic, partition: p.partition, committed: p.committed, end: p.end, lag, ratePerSecond };
  });
  return {
    group: current.group,
    at: current.at,
    rows,
    totalLag: rows.reduce((sum, r) => sum + (r.lag ?? 0), 0),
    totalRatePerSecond: elapsedSeconds > 0 ? rows.reduce((sum, r) => sum + (r.ratePerSecond ?? 0), 0) : null,
  };
}

/** The aligned table with a TOTAL row; `withRate` adds RATE/S (for --watch). */
export function renderLagTable(report: LagReport, withRate: boolean): string {
  const columns: Column[] = [
    { header: 'TOPIC', align: 'left' },
    { header: 'PARTITION', align: 'right' },
    { header: 'COMMITTED', align: 'right' },
    { header: 'END', align: 'right' },
    { header: 'LAG', align: 'right' },
  ];
  if (withRate) columns.push({ header: 'RATE/S', align: 'right' });
  const rate = (value: number | null) => (value === null ? '-' : formatRate(value));
  const rows = report.rows.map((r) => {
    const cells = [r.topic, String(r.partition), formatCount(r.committed), String(r.end), formatCount(r.lag)];
    if (withRate) cells.push(rate(r.ratePerSecond));
    return cells;
  });
  const total = ['TOTAL', '', '', '', String(report.totalLag)];
  if (withRate) total.push(rate(report.totalRatePerSecond));
  rows.push(total);
  return renderTable(columns, rows);
}

/** The JSON document of one refresh. */
export function lagJson(report: LagReport, withRate: boolean): Record<string, unknown> {
  return {
    group: report.group,
    time: new Date(report.at).toISOString(),
    partitions: report.rows.map((r) => ({
      topic: r.topic,
      partition: r.partition,
      committed: r.committed,
      end: r.end,
      lag: r.lag,
      ...(withRate ? { ratePerSecond: r.ratePerSecond } : {}),
    })),
    totalLag: report.totalLag,
    ...(withRate ? { totalRatePerSecond: report.totalRatePerSecond } : {}),
  };
}
