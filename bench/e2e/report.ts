// Turns runs into medians, the printed table (with ratios to kafkajs and to platformatic) and the
// goal check of issue 10. Pure functions over the figures.
import type { ContenderResult } from './job.js';

export interface RunFigures extends ContenderResult {
  /**
   * messages / time from constructing the client to the last message: start-up (connections,
   * metadata, the group join of kafkajs and platformatic) included. Not (last - first message):
   * kafkajs decodes a whole 50 MB response before its first eachBatch, so that span would leave
   * out most of its work.
   */
  messagesPerSecond: number;
  /** Key + value megabytes (1e6) per second over the same span. */
  megabytesPerSecond: number;
  /** Broker CPU over the run (from /proc), ms; null where unknown. */
  brokerCpuMs: number | null;
}

export interface Summary {
  messagesPerSecond: number;
  megabytesPerSecond: number;
  firstMessageMs: number;
  cpuSeconds: number;
  /** CPU microseconds per message: the figure that holds when other processes share the CPUs. */
  cpuMicrosPerMessage: number;
  maxRssMb: number;
  baseRssMb: number;
  brokerCpuSeconds: number | null;
}

export function figures(result: ContenderResult, brokerCpuMs: number | null): RunFigures {
  const seconds = Math.max(result.lastMessageMs, 1e-3) / 1000;
  return { ...result, messagesPerSecond: result.messages / seconds, megabytesPerSecond: result.bytes / 1e6 / seconds, brokerCpuMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The median of each figure on its own (the runs behind different medians may differ). */
export function summarize(runs: readonly RunFigures[]): Summary {
  const brokerCpu = runs.map((r) => r.brokerCpuMs).filter((v): v is number => v !== null);
  return {
    messagesPerSecond: median(runs.map((r) => r.messagesPerSecond)),
    megabytesPerSecond: median(runs.map((r) => r.megabytesPerSecond)),
    firstMessageMs: median(runs.map((r) => r.firstMessageMs)),
    cpuSeconds: median(runs.map((r) => r.cpuMs)) / 1000,
    cpuMicrosPerMessage: median(runs.map((r) => (r.cpuMs * 1000) / r.messages)),
    maxRssMb: median(runs.map((r) => r.maxRssBytes)) / 1e6,
    baseRssMb: median(runs.map((r) => r.baseRssBytes)) / 1e6,
    brokerCpuSeconds: brokerCpu.length === runs.length ? median(brokerCpu) / 1000 : null,
  };
}

const ratio = (numerator: number, denominator: number | undefined, missing = denominator === undefined): string =>
  missing || denominator === undefined ? 'n/a' : `${(numerator / denominator).toFixed(2)}x`;

/**
 * Rows for one variant: every contender's medians, then how many times kafkajs's and
 * platformatic's figure it reaches, by msgs/s (wall clock) and by CPU per message.
 */
export function variantTable(summaries: ReadonlyMap<string, Summary>, notes: ReadonlyMap<string, string>): string[][] {
  const kafkajs = summaries.get('kafkajs');
  const platformatic = summaries.get('platformatic');
  const rows = [['contender', 'msgs/s', 'MB/s', 'first msg ms', 'CPU s', 'CPU us/msg', 'peak RSS MB', 'broker CPU s', 'msgs/s vs kafkajs', 'vs platformatic', 'CPU/msg vs kafkajs', 'vs platformatic']];
  for (const [name, s] of summaries) {
    rows.push([
      name,
      Math.round(s.messagesPerSecond).toLocaleString('en-US'),
      s.megabytesPerSecond.toFixed(1),
      s.firstMessageMs.toFixed(0),
      s.cpuSeconds.toFixed(2),
      s.cpuMicrosPerMessage.toFixed(2),
      s.maxRssMb.toFixed(0),
      s.brokerCpuSeconds === null ? 'n/a' : s.brokerCpuSeconds.toFixed(2),
      ratio(s.messagesPerSecond, kafkajs?.messagesPerSecond),
      ratio(s.messagesPerSecond, platformatic?.messagesPerSecond),
      ratio(kafkajs?.cpuMicrosPerMessage ?? Number.NaN, s.cpuMicrosPerMessage, kafkajs === undefined),
      ratio(platformatic?.cpuMicrosPerMessage ?? Number.NaN, s.cpuMicrosPerMessage, platformatic === undefined),
    ]);
  }
  for (const [name, why] of notes) rows.push([name, `n/a: ${why}`]);
  return rows;
}

/** Issue 10's goals for KafkaConsumer, each met or missed and by how much. */
export function goals(summaries: ReadonlyMap<string, Summary>): string[] {
  const ours = summaries.get('kafkaline-kafka');
  if (ours === undefined) return [];
  const lines: string[] = [];
  const check = (label: string, actual: number, goal: number, higherIsBetter: boolean, unit: string) => {
    const met = higherIsBetter ? actual >= goal : actual <= goal;
    lines.push(`${met ? 'met   ' : 'MISSED'} ${label}: ${actual.toFixed(2)}${unit} (goal ${higherIsBetter ? '>=' : '<='} ${goal.toFixed(2)}${unit})`);
  };
  const kafkajs = summaries.get('kafkajs');
  const platformatic = summaries.get('platformatic');
  if (kafkajs) {
    check('msgs/s vs kafkajs', ours.messagesPerSecond / kafkajs.messagesPerSecond, 3, true, 'x');
    check('CPU per message vs kafkajs (kafkajs / ours)', kafkajs.cpuMicrosPerMessage / ours.cpuMicrosPerMessage, 3, true, 'x');
  }
  if (platformatic) {
    check('msgs/s vs platformatic', ours.messagesPerSecond / platformatic.messagesPerSecond, 1.5, true, 'x');
    check('CPU per message vs platformatic (platformatic / ours)', platformatic.cpuMicrosPerMessage / ours.cpuMicrosPerMessage, 1.5, true, 'x');
  }
  if (kafkajs) check('peak RSS vs kafkajs', ours.maxRssMb, kafkajs.maxRssMb, false, ' MB');
  const others = [kafkajs, platformatic].filter((s): s is Summary => s !== undefined);
  if (others.length > 0) check('time to first message vs the best of the others', ours.firstMessageMs, Math.min(...others.map((s) => s.firstMessageMs)), false, ' ms');
  return lines;
}

export function formatTable(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.filter((r) => r.length > 2).map((r) => (r[c] ?? '').length)));
  return rows.map((row) => row.map((cell, c) => (row.length > 2 ? cell.padEnd(widths[c] ?? 0) : cell)).join('  ')).join('\n');
}
