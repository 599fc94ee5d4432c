// The entry point of a MultiProcessConsumer worker thread (built as dist/multiprocess-worker.js
// and .cjs). It consumes its share of the topic's partitions with its own KafkaClient and hands
// the messages to the parent in transferred batches, as long as its share of the parent's queue
// has room: when the application is slow the worker stops asking for records, so the fetch
// engine stops fetching ahead and memory stays bounded.
import { parentPort, workerData } from 'node:worker_threads';
import { KafkaClient } from '@kafkaline/network';
import { systemClock } from '../clock.js';
import { FetchEngine, type FetchedRecord, type FetchParams } from '../fetch/engine.js';
import { resetOffset } from '../offsets/reset-policy.js';
import { serializeError } from './errors.js';
import { encodeWireBatch, transferList } from './wire-batch.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';

/** kafka-python's children fetched with get_message()'s 100 ms broker wait. */
const FETCH: FetchParams = { maxWaitMs: 100, minBytes: 1 };

type Deserialize = (value: Uint8Array | null) => unknown;

async function loadDeserializer(spec: WorkerConfig['deserializer']): Promise<Deserialize | null> {
  if (spec === null) return null;
  const loaded = (await import(spec.module)) as Record<string, unknown>;
  // A CommonJS module imported from ESM puts module.exports on `default`.
  const candidate = loaded[spec.export] ?? (loaded['default'] as Record<string, unknown> | undefined)?.[spec.export];
  if (typeof candidate !== 'function') {
    throw new TypeError(`worker.deserializer: module '${spec.module}' has no function export '${spec.export}' (found ${typeof candidate})`);
  }
  return candidate as Deserialize;
}

/** The worker's share of the parent's queue: messages sent and not yet taken by the application. */
class Credit {
  private outstanding = 0;
  private closed = false;
  private wake: (() => void) | null = null;

  constructor(private readonly limit: number) {}

  get room(): number {
    return this.limit - this.outstanding;
  }

  spend(count: number): void {
    this.outstanding += count;
  }

  refund(count: number): void {
    this.outstanding -= count;
    this.release();
  }

  /** Resolves once there is room, or the worker is stopping. */
  async whenRoom(): Promise<void> {
    while (this.room <= 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  close(): void {
    this.closed = true;
    this.release();
  }

  private release(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

async function main(port: NonNullable<typeof parentPort>, config: WorkerConfig): Promise<void> {
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  const client = new KafkaClient({
    ...config.client,
    logger: (level, message, context) => {
      if (level === 'warn' || level === 'error') send({ type: 'log', level, message, context });
    },
  });
  const credit = new Credit(config.maxQueuedMessages);
  let stopping = false;
  const engine = new FetchEngine({
    client,
    clock: systemClock,
    isolationLevel: config.isolationLevel,
    initialFetchBytes: config.bufferSize,
    maxFetchBytes: config.maxBufferSize,
    fetchBytesOption: 'maxBufferSize',
    retryBackoffMs: config.retryBackoffMs,
    prefetch: FETCH,
    resetOffset: async (where) => {
      const offset = await resetOffset(client, config.autoOffsetReset, where, config.isolationLevel);
      send({ type: 'reset', partition: where.partition, offset });
      return offset;
    },
  });
  port.on('message', (message: ToWorker) => {
    if (message.type === 'ack') {
      credit.refund(message.count);
    } else if (message.type === 'stop') {
      stopping = true;
      engine.close();
      credit.close();
    }
  });
  send({ type: 'started' });
  try {
    const deserialize = await loadDeserializer(config.deserializer);
    engine.add(config.partitions.map(({ partition, offset }) => ({ topic: config.topic, partition, offset })));
    while (!stopping) {
      await credit.whenRoom();
      if (stopping) break;
      const first = await engine.next({ deadline: null, fetch: FETCH, clampWaitToDeadline: false, round: 'none' });
      if (first === null) break;
      const records: FetchedRecord[] = [first];
      const room = Math.min(config.maxBatchMessages, credit.room);
      while (records.length < room) {
        // Only what is already fetched: decoded records first, then chunks waiting to be decoded.
        const more = engine.takeDecoded() ?? (await engine.next({ deadline: 0, fetch: null, clampWaitToDeadline: false, round: 'none' }));
        if (more === null) break;
        records.push(more);
      }
      const values = deserialize === null ? null : records.map((r) => deserialize(r.record.value));
      const batch = encodeWireBatch(records, values);
      credit.spend(batch.count);
      send({ type: 'batch', batch }, transferList(batch));
    }
  } catch (error) {
    send({ type: 'failed', error: serializeError(error) });
    process.exitCode = 1;
  } finally {
    engine.close();
    await client.close();
    port.close();
  }
}

if (parentPort === null) throw new Error('kafkaline: the MultiProcessConsumer worker must run in a worker thread');
void main(parentPort, workerData as WorkerConfig);
