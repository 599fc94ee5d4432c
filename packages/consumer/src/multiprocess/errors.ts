import { KafkaError } from '@kafkaline/protocol';

/** An error as it crosses from a worker thread to the parent (classes do not survive cloning). */
export interface SerializedError {
  name: string;
  message: string;
  code: string | null;
  retriable: boolean;
  stack: string | null;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const withCode = error as Error & { code?: unknown; retriable?: unknown };
    return {
      name: error.name,
      message: error.message,
      code: typeof withCode.code === 'string' ? withCode.code : null,
      retriable: withCode.retriable === true,
      stack: error.stack ?? null,
    };
  }
  return { name: 'Error', message: String(error), code: null, retriable: false, stack: null };
}

/**
 * What a worker reported before it died, rebuilt in the parent: same name, message and code as
 * the original (e.g. `OffsetOutOfRangeError`, `OFFSET_OUT_OF_RANGE`), and the worker's stack.
 */
export class WorkerReportedError extends KafkaError {
  constructor(serialized: SerializedError) {
    super(serialized.message, { code: serialized.code ?? 'WORKER_ERROR', retriable: serialized.retriable });
    this.name = serialized.name;
    if (serialized.stack !== null) this.stack = serialized.stack;
  }
}

/**
 * A MultiProcessConsumer worker ended without being asked to (an error in the worker, a
 * deserializer that threw, a fetch error it cannot retry, or the thread exited). Its partitions
 * are no longer consumed, so the consumer fails instead of silently skipping them: every later
 * `getMessages` / iteration throws this error. Offsets of messages handed out are intact: `stop()`
 * commits them and a new consumer resumes right after them. `cause` is the worker's error.
 */
export class MultiProcessWorkerError extends KafkaError {
  readonly workerIndex: number;
  readonly partitions: readonly number[];
  readonly exitCode: number | null;

  constructor(topic: string, workerIndex: number, partitions: readonly number[], exitCode: number | null, cause: unknown) {
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : `it exited with code ${exitCode}`;
    super(
      `MultiProcessConsumer worker ${workerIndex} (topic '${topic}', partitions ${partitions.join(', ') || 'none'}) died: ${why}. ` +
        'Its partitions are no longer consumed: stop() this consumer (it commits what was handed out) and create a new one to resume.',
      { code: 'WORKER_DIED', retriable: false, cause },
    );
    this.workerIndex = workerIndex;
    this.partitions = partitions;
    this.exitCode = exitCode;
  }
}
