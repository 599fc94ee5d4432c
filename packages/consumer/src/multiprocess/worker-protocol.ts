import type { IsolationLevel, KafkaClientOptions, LogLevel } from '@kafkaline/network';
import type { ResetTarget } from '../offsets/reset-policy.js';
import type { SerializedError } from './errors.js';
import type { WireBatch } from './wire-batch.js';

/** KafkaClient options a worker can receive: no functions (they cannot cross threads). */
export type WorkerClientOptions = Omit<KafkaClientOptions, 'socketFactory' | 'clock' | 'logger' | 'sasl'> & {
  sasl?: Extract<KafkaClientOptions['sasl'], { password: string }>;
};

/** Where a worker finds the deserializer it applies to every value. */
export interface WorkerDeserializerSpec {
  /** Module to import in the worker: absolute path, file: URL or package name. */
  module: string;
  /** The named export to call; default 'default'. */
  export?: string;
}

/** Everything a worker needs, sent as its workerData. */
export interface WorkerConfig {
  index: number;
  topic: string;
  /** Partitions and the offsets to start from (the parent's offsets). */
  partitions: Array<{ partition: number; offset: number }>;
  client: WorkerClientOptions;
  isolationLevel: IsolationLevel;
  bufferSize: number;
  maxBufferSize: number | null;
  autoOffsetReset: ResetTarget;
  retryBackoffMs: number;
  /** Most messages sent and not yet taken by the application (the worker's share of the queue). */
  maxQueuedMessages: number;
  /** Most messages in one transferred batch. */
  maxBatchMessages: number;
  deserializer: { module: string; export: string } | null;
}

/** Parent → worker. */
export type ToWorker =
  /** The application took `count` of this worker's messages: that much room again. */
  | { type: 'ack'; count: number }
  | { type: 'stop' };

/** Worker → parent. */
export type FromWorker =
  /** The worker is loaded and listening; before this it holds no connection, so stop() may terminate it at once. */
  | { type: 'started' }
  | { type: 'batch'; batch: WireBatch }
  /** The partition's position was reset (autoOffsetReset): `offsets` follows, in queue order. */
  | { type: 'reset'; partition: number; offset: number }
  | { type: 'log'; level: LogLevel; message: string; context: Record<string, unknown> | undefined }
  /** The worker cannot go on; it exits right after sending this. */
  | { type: 'failed'; error: SerializedError };
