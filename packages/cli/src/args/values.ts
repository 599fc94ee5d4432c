// Parsers of option values: each turns the text of one flag into a typed value or throws a
// CliUsageError naming the flag and what it accepts.
import { CliUsageError } from '../errors.js';

// setTimeout fires at once above 2^31-1 ms.
const MAX_DURATION_MS = 2 ** 31 - 1;

export function parseInteger(flag: string, text: string, min: number, max: number = Number.MAX_SAFE_INTEGER): number {
  if (!/^-?\d+$/.test(text.trim())) throw new CliUsageError(`${flag} needs an integer, got '${text}'`);
  const value = Number(text.trim());
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new CliUsageError(`${flag} must be ${range}, got ${text.trim()}`);
  }
  return value;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** `1500`, `1500ms`, `2s`, `1m`: milliseconds (a bare number is milliseconds). */
export function parseDurationMs(flag: string, text: string, min = 1): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!match) throw new CliUsageError(`${flag} needs a duration such as 500ms, 5s or 1m (a bare number is milliseconds), got '${text}'`);
  const ms = Math.round(Number(match[1]) * (DURATION_UNITS[match[2] ?? 'ms'] as number));
  if (ms < min || ms > MAX_DURATION_MS) throw new CliUsageError(`${flag} must be from ${min} ms to ${MAX_DURATION_MS} ms, got '${text}'`);
  return ms;
}

/** `0,2,5-7` → [0, 2, 5, 6, 7]: sorted, without duplicates. */
export function parsePartitionList(flag: string, text: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const item = part.trim();
    const range = /^(\d+)-(\d+)$/.exec(item);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from) throw new CliUsageError(`${flag}: range '${item}' runs backwards`);
      if (to - from > 100_000) throw new CliUsageError(`${flag}: range '${item}' is too large`);
      for (let p = from; p <= to; p++) out.add(p);
    } else if (/^\d+$/.test(item)) {
      out.add(parseInteger(flag, item, 0, 2 ** 31 - 1));
    } else {
      throw new CliUsageError(`${flag} needs partition numbers such as 0,2 or 0-3, got '${text}'`);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** A comma-separated broker list; each entry is checked by the client (host:port). */
export function parseBrokerList(flag: string, text: string): string[] {
  const brokers = text
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (brokers.length === 0) throw new CliUsageError(`${flag} needs at least one host:port, got '${text}'`);
  return brokers;
}

/** Where `tail` starts in each partition. */
export type StartPosition =
  | { kind: 'earliest' }
  | { kind: 'latest' }
  | { kind: 'offset'; offset: number }
  /** The last `count` records of each partition. */
  | { kind: 'from-end'; count: number }
  /** The first record at or after this time (ms since the epoch). */
  | { kind: 'time'; ms: number };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** `earliest` | `latest` | an offset | `-N` (the last N) | an ISO 8601 time. */
export function parseStartPosition(flag: string, text: string): StartPosition {
  const value = text.trim();
  if (value === 'earliest' || value === 'beginning') return { kind: 'earliest' };
  if (value === 'latest' || value === 'end') return { kind: 'latest' };
  if (/^\d+$/.test(value)) return { kind: 'offset', offset: parseInteger(flag, value, 0) };
  if (/^-\d+$/.test(value)) return { kind: 'from-end', count: parseInteger(flag, value.slice(1), 0) };
  if (ISO_TIME.test(value)) {
    const ms = Date.parse(value.replace(' ', 'T'));
    if (Number.isFinite(ms)) return { kind: 'time', ms };
  }
  throw new CliUsageError(`${flag} needs earliest, latest, an offset, -N (the last N records) or an ISO 8601 time such as 2024-05-01T12:00:00Z, got '${text}'`);
}

/** One of the given words, case-insensitively. */
export function parseChoice<T extends string>(flag: string, text: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === text.trim().toLowerCase());
  if (found === undefined) throw new CliUsageError(`${flag} must be one of ${choices.join(', ')}, got '${text}'`);
  return found;
}

/** Kafka's rule for topic names: 1-249 of letters, digits, '.', '_' and '-', not '.' or '..'. */
export function parseTopicName(what: string, text: string): string {
  if (!/^[a-zA-Z0-9._-]{1,249}$/.test(text) || text === '.' || text === '..') {
    throw new CliUsageError(`${what} '${text}' is not a valid topic name (1-249 letters, digits, '.', '_', '-')`);
  }
  return text;
}

export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
