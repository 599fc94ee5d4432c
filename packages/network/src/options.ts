import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import { KafkaConfigError } from '@kafkaline/protocol';
import { type Clock, systemClock } from './clock.js';
import { DEFAULT_RETRY, type RetrySettings } from './retry.js';
import type { SocketFactory } from './transport.js';

export type SaslOptions =
  | { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string }
  | { mechanism: 'oauthbearer'; token: () => Promise<string> };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** Receives the client's log lines; the client logs nothing unless one is given. */
export type Logger = (level: LogLevel, message: string, context?: Record<string, unknown>) => void;

export interface KafkaClientOptions {
  /** Bootstrap brokers: `['host:port', ...]` or one comma-separated string. Port defaults to 9092. */
  brokers: string | readonly string[];
  clientId?: string;
  requestTimeoutMs?: number;
  connectTimeoutMs?: number;
  retry?: Partial<RetrySettings>;
  metadataMaxAgeMs?: number;
  refreshLeaderBackoffMs?: number;
  tls?: boolean | TlsConnectionOptions;
  sasl?: SaslOptions;
  maxResponseBytes?: number;
  maxInFlightRequests?: number;
  socketFactory?: SocketFactory;
  clock?: Clock;
  logger?: Logger;
}

export interface BrokerAddress {
  host: string;
  port: number;
}

export interface ResolvedOptions {
  brokers: BrokerAddress[];
  clientId: string;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  retry: RetrySettings;
  metadataMaxAgeMs: number;
  refreshLeaderBackoffMs: number;
  tls: TlsConnectionOptions | null;
  sasl: SaslOptions | null;
  maxResponseBytes: number;
  maxInFlightRequests: number;
  socketFactory: SocketFactory | null;
  clock: Clock;
  logger: Logger | null;
}

export const DEFAULTS = Object.freeze({
  clientId: 'kafkaline',
  requestTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  metadataMaxAgeMs: 300_000,
  refreshLeaderBackoffMs: 200,
  maxResponseBytes: 128 * 1024 * 1024,
  maxInFlightRequests: 5,
});

const DEFAULT_PORT = 9092;
// setTimeout fires at once for delays above 2^31-1 ms; refuse them rather than spin.
const MAX_TIMER_MS = 2 ** 31 - 1;
// A frame size is an int32.
const MAX_FRAME_BYTES = 2 ** 31 - 1;

const KNOWN_OPTIONS = [
  'brokers',
  'clientId',
  'requestTimeoutMs',
  'connectTimeoutMs',
  'retry',
  'metadataMaxAgeMs',
  'refreshLeaderBackoffMs',
  'tls',
  'sasl',
  'maxResponseBytes',
  'maxInFlightRequests',
  'socketFactory',
  'clock',
  'logger',
];
const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512', 'oauthbearer'];

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function integer(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new KafkaConfigError(name, `expected an integer from ${min} to ${max}, got ${describeValue(value)}`);
  }
  return value;
}

/** Parses `host:port`, `host` (port 9092) and `[ipv6]:port`. */
export function parseBrokerAddress(text: string, option = 'brokers'): BrokerAddress {
  const trimmed = text.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(trimmed);
  let host: string;
  let portText: string | undefined;
  if (bracketed) {
    host = bracketed[1] as string;
    portText = bracketed[2];
  } else {
    const colon = trimmed.lastIndexOf(':');
    if (colon !== -1 && trimmed.indexOf(':') !== colon) {
      throw new KafkaConfigError(option, `'${trimmed}' looks like an IPv6 address; write it as [address]:port`);
    }
    host = colon === -1 ? trimmed : trimmed.slice(0, colon);
    portText = colon === -1 ? undefined : trimmed.slice(colon + 1);
  }
  if (host === '' || /\s/.test(host)) {
    throw new KafkaConfigError(option, `'${text}' has no host; expected 'host:port', e.g. 'localhost:9092'`);
  }
  const port = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (!/^\d+$/.test(portText ?? '9092') || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new KafkaConfigError(option, `'${text}' has an invalid port; expected 'host:port' with a port from 1 to 65535`);
  }
  return { host, port };
}

function parseBrokers(value: unknown): BrokerAddress[] {
  const expected = "expected a non-empty array of 'host:port' strings or one comma-separated string";
  let list: unknown[];
  if (typeof value === 'string') list = value.split(',').filter((part) => part.trim() !== '');
  else if (Array.isArray(value)) list = value;
  else throw new KafkaConfigError('brokers', `${expected}, got ${describeValue(value)}`);
  if (list.length === 0) throw new KafkaConfigError('brokers', `${expected}, got an empty list`);
  return list.map((item) => {
    if (typeof item !== 'string') throw new KafkaConfigError('brokers', `${expected}; one entry is ${describeValue(item)}`);
    return parseBrokerAddress(item);
  });
}

function parseRetry(value: unknown): RetrySettings {
  if (value === undefined) return { ...DEFAULT_RETRY };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KafkaConfigError('retry', `expected an object { retries, initialBackoffMs, maxBackoffMs, jitter }, got ${describeValue(value)}`);
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['retries', 'initialBackoffMs', 'maxBackoffMs', 'jitter'].includes(key)) {
      throw new KafkaConfigError(`retry.${key}`, 'unknown option; allowed: retries, initialBackoffMs, maxBackoffMs, jitter');
    }
  }
  const retries = integer('retry.retries', input['retries'], DEFAULT_RETRY.retries, 0, 1000);
  const initialBackoffMs = integer('retry.initialBackoffMs', input['initialBackoffMs'], DEFAULT_RETRY.initialBackoffMs, 0, MAX_TIMER_MS);
  const maxBackoffMs = integer(
    'retry.maxBackoffMs',
    input['maxBackoffMs'],
    Math.max(DEFAULT_RETRY.maxBackoffMs, initialBackoffMs),
    0,
    MAX_TIMER_MS,
  );
  if (maxBackoffMs < initialBackoffMs) {
    throw new KafkaConfigError('retry.maxBackoffMs', `must be at least retry.initialBackoffMs (${initialBackoffMs}), got ${maxBackoffMs}`);
  }
  const jitter = input['jitter'] ?? DEFAULT_RETRY.jitter;
  if (typeof jitter !== 'number' || !(jitter >= 0 && jitter <= 1)) {
    throw new KafkaConfigError('retry.jitter', `expected a number from 0 to 1, got ${describeValue(jitter)}`);
  }
  return { retries, initialBackoffMs, maxBackoffMs, jitter };
}

function nonEmptyString(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new KafkaConfigError(name, `expected a non-empty string, got ${describeValue(value)}`);
  }
  return value;
}

function parseSasl(value: unknown): SaslOptions | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KafkaConfigError('sasl', `expected an object with a mechanism (${SASL_MECHANISMS.join(', ')}), got ${describeValue(value)}`);
  }
  const input = value as Record<string, unknown>;
  const mechanism = input['mechanism'];
  if (typeof mechanism !== 'string' || !SASL_MECHANISMS.includes(mechanism)) {
    throw new KafkaConfigError('sasl.mechanism', `expected one of ${SASL_MECHANISMS.join(', ')}, got ${describeValue(mechanism)}`);
  }
  if (mechanism === 'oauthbearer') {
    if (typeof input['token'] !== 'function') {
      throw new KafkaConfigError('sasl.token', `oauthbearer needs token: () => Promise<string>, got ${describeValue(input['token'])}`);
    }
    return { mechanism, token: input['token'] as () => Promise<string> };
  }
  const username = nonEmptyString('sasl.username', input['username']);
  if (typeof input['password'] !== 'string') {
    throw new KafkaConfigError('sasl.password', `expected a string, got ${describeValue(input['password'])}`);
  }
  const resolved = { mechanism: mechanism as 'plain' | 'scram-sha-256' | 'scram-sha-512', username } as SaslOptions & { password: string };
  // Not enumerable, so logging or serialising a client (or its options) does not print it.
  Object.defineProperty(resolved, 'password', { value: input['password'], enumerable: false });
  return resolved;
}

function parseTls(value: unknown): TlsConnectionOptions | null {
  if (value === undefined || value === false) return null;
  if (value === true) return {};
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as TlsConnectionOptions;
  throw new KafkaConfigError('tls', `expected true, false or a tls.ConnectionOptions object, got ${describeValue(value)}`);
}

function parseClock(value: unknown): Clock {
  if (value === undefined) return systemClock;
  const c = value as Record<string, unknown> | null;
  if (typeof c !== 'object' || c === null || typeof c['now'] !== 'function' || typeof c['setTimeout'] !== 'function' || typeof c['clearTimeout'] !== 'function') {
    throw new KafkaConfigError('clock', 'expected an object with now(), setTimeout(callback, ms) and clearTimeout(handle)');
  }
  return value as Clock;
}

function optionalFunction<T>(name: string, value: unknown, shape: string): T | null {
  if (value === undefined) return null;
  if (typeof value !== 'function') throw new KafkaConfigError(name, `expected ${shape}, got ${describeValue(value)}`);
  return value as T;
}

/** Validates user options and fills defaults; throws KafkaConfigError naming the first bad option. */
export function resolveOptions(options: KafkaClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new KafkaConfigError('options', `expected an object with at least { brokers }, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(key)) {
      throw new KafkaConfigError(key, `unknown option; allowed: ${KNOWN_OPTIONS.join(', ')}`);
    }
  }
  const clientId = options.clientId ?? DEFAULTS.clientId;
  if (typeof clientId !== 'string' || Buffer.byteLength(clientId) > 32767) {
    throw new KafkaConfigError('clientId', `expected a string of at most 32767 bytes, got ${describeValue(clientId)}`);
  }
  return {
    brokers: parseBrokers(options.brokers),
    clientId,
    requestTimeoutMs: integer('requestTimeoutMs', options.requestTimeoutMs, DEFAULTS.requestTimeoutMs, 1, MAX_TIMER_MS),
    connectTimeoutMs: integer('connectTimeoutMs', options.connectTimeoutMs, DEFAULTS.connectTimeoutMs, 1, MAX_TIMER_MS),
    retry: parseRetry(options.retry),
    metadataMaxAgeMs: integer('metadataMaxAgeMs', options.metadataMaxAgeMs, DEFAULTS.metadataMaxAgeMs, 0, Number.MAX_SAFE_INTEGER),
    refreshLeaderBackoffMs: integer('refreshLeaderBackoffMs', options.refreshLeaderBackoffMs, DEFAULTS.refreshLeaderBackoffMs, 0, MAX_TIMER_MS),
    tls: parseTls(options.tls),
    sasl: parseSasl(options.sasl),
    maxResponseBytes: integer('maxResponseBytes', options.maxResponseBytes, DEFAULTS.maxResponseBytes, 64, MAX_FRAME_BYTES),
    maxInFlightRequests: integer('maxInFlightRequests', options.maxInFlightRequests, DEFAULTS.maxInFlightRequests, 1, 1000),
    socketFactory: optionalFunction<SocketFactory>(
      'socketFactory',
      options.socketFactory,
      'a function (target: { host, port, tls? }) => Promise<Duplex>',
    ),
    clock: parseClock(options.clock),
    logger: optionalFunction<Logger>('logger', options.logger, 'a function (level, message, context) => void'),
  };
}
