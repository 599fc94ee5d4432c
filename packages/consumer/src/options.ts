import { KafkaConfigError } from '@kafkaline/protocol';

/** Throws KafkaConfigError for the first key of `options` not in `known`. */
export function rejectUnknownOptions(options: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new KafkaConfigError(key, `unknown ${where} option; allowed: ${known.join(', ')}`);
  }
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** An integer >= min, or null when `nullable` allows it. */
export function integerOption(name: string, value: unknown, fallback: number | null, min: number, nullable = false): number | null {
  if (value === undefined) return fallback;
  if (value === null && nullable) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new KafkaConfigError(name, `expected an integer of at least ${min}${nullable ? ' or null' : ''}, got ${describe(value)}`);
  }
  return value;
}

export function booleanOption(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new KafkaConfigError(name, `expected true or false, got ${describe(value)}`);
  return value;
}

/** A time limit in ms: a non-negative number, or null for "no limit". */
export function timeoutOption(name: string, value: unknown, nullable: boolean): number | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new KafkaConfigError(name, `expected a number of milliseconds >= 0${nullable ? ' or null (no limit)' : ''}, got ${describe(value)}`);
  }
  return value;
}
