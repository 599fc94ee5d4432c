import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KafkaConfigError } from '@kafkaline/protocol';
import { BASE_OPTION_NAMES } from '../base-consumer.js';
import { describe, integerOption, rejectUnknownOptions, timeoutOption } from '../options.js';
import { parseSimpleOptions, type SimpleConsumerOptions, type SimpleSettings } from '../simple-consumer.js';
import type { WorkerClientOptions, WorkerDeserializerSpec } from './worker-protocol.js';

export interface MultiProcessWorkerOptions {
  /** A function run in the workers on every value (CPU-heavy decoding off the main thread); its result is the message's `value`. */
  deserializer?: WorkerDeserializerSpec;
  /** KafkaClient options for the workers' own clients; default: the brokers the parent's client knows, other options default. Needed for TLS / SASL / clientId. */
  client?: WorkerClientOptions;
  /** Most messages a worker may have sent and the application not yet taken; the worker pauses fetching beyond it. Default 1024. */
  maxQueuedMessages?: number;
  /** Most messages per transferred batch. Default 256 (at most maxQueuedMessages). */
  maxBatchMessages?: number;
}

/** SimpleConsumer's options (each worker fetches as a SimpleConsumer would), plus the split and the workers. */
export interface MultiProcessConsumerOptions extends SimpleConsumerOptions {
  /** Worker threads to split the partitions over. Default 1. */
  numProcs?: number;
  /** Partitions per worker; when set (> 0) it decides the worker count instead of numProcs. Default 0. */
  partitionsPerProc?: number;
  /** Iteration ends after this long without a message; null = never. Default 1000 (kafka-python's fixed 1 s). */
  iterTimeoutMs?: number | null;
  worker?: MultiProcessWorkerOptions;
}

const FETCH_OPTION_NAMES = ['fetchSizeBytes', 'bufferSize', 'maxBufferSize', 'autoOffsetReset', 'retryBackoffMs'] as const;
export const OPTION_NAMES = [...BASE_OPTION_NAMES, ...FETCH_OPTION_NAMES, 'iterTimeoutMs', 'numProcs', 'partitionsPerProc', 'worker'];
const WORKER_OPTION_NAMES = ['deserializer', 'client', 'maxQueuedMessages', 'maxBatchMessages'];
const FORBIDDEN_CLIENT_OPTIONS = ['socketFactory', 'clock', 'logger'];

export interface MultiProcessSettings {
  fetch: SimpleSettings;
  iterTimeoutMs: number | null;
  numProcs: number;
  partitionsPerProc: number;
  deserializer: { module: string; export: string } | null;
  client: WorkerClientOptions | null;
  maxQueuedMessages: number;
  maxBatchMessages: number;
}

export function parseMultiProcessOptions(options: MultiProcessConsumerOptions): MultiProcessSettings {
  if (typeof options !== 'object' || options === null) throw new KafkaConfigError('options', `expected an object, got ${describe(options)}`);
  rejectUnknownOptions(options, OPTION_NAMES, 'MultiProcessConsumer');
  const fetchOptions: Record<string, unknown> = {};
  for (const name of FETCH_OPTION_NAMES) if (options[name] !== undefined) fetchOptions[name] = options[name];
  const worker = options.worker ?? {};
  if (typeof worker !== 'object' || worker === null) throw new KafkaConfigError('worker', `expected an object, got ${describe(worker)}`);
  rejectUnknownOptions(worker, WORKER_OPTION_NAMES, 'MultiProcessConsumer worker');
  const maxQueuedMessages = integerOption('worker.maxQueuedMessages', worker.maxQueuedMessages, 1024, 1) as number;
  return {
    fetch: parseSimpleOptions(fetchOptions),
    iterTimeoutMs: options.iterTimeoutMs === undefined ? 1000 : timeoutOption('iterTimeoutMs', options.iterTimeoutMs, true),
    numProcs: integerOption('numProcs', options.numProcs, 1, 1) as number,
    partitionsPerProc: integerOption('partitionsPerProc', options.partitionsPerProc, 0, 0) as number,
    deserializer: parseDeserializer(worker.deserializer),
    client: parseWorkerClient(worker.client),
    maxQueuedMessages,
    maxBatchMessages: integerOption('worker.maxBatchMessages', worker.maxBatchMessages, Math.min(256, maxQueuedMessages), 1) as number,
  };
}

/** A module the worker can import wherever it runs: a relative path is taken from the current directory. */
function parseDeserializer(spec: unknown): { module: string; export: string } | null {
  if (spec === undefined) return null;
  const s = spec as Record<string, unknown> | null;
  if (typeof s !== 'object' || s === null || typeof s['module'] !== 'string' || s['module'] === '') {
    throw new KafkaConfigError('worker.deserializer', `expected { module: string, export?: string }, got ${describe(spec)}`);
  }
  rejectUnknownOptions(s, ['module', 'export'], 'worker.deserializer');
  if (s['export'] !== undefined && (typeof s['export'] !== 'string' || s['export'] === '')) {
    throw new KafkaConfigError('worker.deserializer.export', `expected the name of an exported function, got ${describe(s['export'])}`);
  }
  const module = s['module'] as string;
  const isPath = module.startsWith('.') || isAbsolute(module);
  return { module: isPath ? pathToFileURL(resolve(module)).href : module, export: (s['export'] as string | undefined) ?? 'default' };
}

function parseWorkerClient(value: unknown): WorkerClientOptions | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) throw new KafkaConfigError('worker.client', `expected KafkaClient options, got ${describe(value)}`);
  for (const name of FORBIDDEN_CLIENT_OPTIONS) {
    if (name in value) throw new KafkaConfigError(`worker.client.${name}`, 'functions cannot be passed to worker threads; the workers use TCP and real time');
  }
  const sasl = (value as { sasl?: { mechanism?: string } }).sasl;
  if (sasl?.mechanism === 'oauthbearer') {
    throw new KafkaConfigError('worker.client.sasl', "'oauthbearer' needs a token function, which cannot be passed to worker threads; use plain or scram");
  }
  return value as WorkerClientOptions;
}
