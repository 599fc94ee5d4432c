import type { KafkaClient } from '@kafkaline/network';
import { KafkaConfigError, KafkaError } from '@kafkaline/protocol';
import { Consumer } from '../base-consumer.js';
import { ConsumerAbortedError, ConsumerStoppedError } from '../errors.js';
import type { Message } from '../messages.js';
import { splitPartitions } from '../multiprocess-split.js';
import { Serial } from '../serial.js';
import { parseGetMessagesOptions } from '../simple-consumer.js';
import { MessageQueue, type TakeHooks } from './message-queue.js';
import { type MultiProcessConsumerOptions, type MultiProcessSettings, OPTION_NAMES, parseMultiProcessOptions } from './options.js';
import type { UnpackedMessage } from './wire-batch.js';
import { WorkerPool } from './worker-pool.js';
import type { FromWorker, WorkerClientOptions, WorkerConfig } from './worker-protocol.js';

/** A message as MultiProcessConsumer hands it out: `value` is what the worker deserializer returned (raw bytes without one). */
export interface MultiProcessMessage<V = Uint8Array | null> extends Omit<Message, 'value'> {
  value: V;
}

/** `{ offset, message }`, as kafka-python's OffsetAndMessage. */
export interface MultiProcessOffsetAndMessage<V = Uint8Array | null> {
  offset: number;
  message: MultiProcessMessage<V>;
}

export interface MultiProcessGetMessagesOptions {
  /** At most this many messages. Default 1. */
  count?: number;
  /** Wait up to timeoutMs for `count` messages (default true); false returns what the workers already sent. */
  block?: boolean;
  /** Total time to wait when blocking; null waits until `count` messages or stop(). Default 10000. */
  timeoutMs?: number | null;
  signal?: AbortSignal;
}

/** Iteration with iterTimeoutMs null waits in rounds of this long. */
const ITERATOR_POLL_MS = 60_000;

/**
 * kafka-python's MultiProcessConsumer on worker threads: the topic's partitions are split over
 * `numProcs` workers (or `partitionsPerProc` each); every worker fetches its share with its own
 * connections, decodes (and deserializes, with `worker.deserializer`) the records, and sends them
 * to this thread in transferred batches. Offsets are owned here: they advance only for messages
 * handed to the application, and commits (manual, by count, by time, on stop) are sent from here.
 *
 * A worker that dies makes the next `getMessages` / iteration throw MultiProcessWorkerError.
 *
 * ```ts
 * const consumer = new MultiProcessConsumer(client, 'my-group', 'my-topic', { numProcs: 2 });
 * for await (const { offset, message } of consumer) console.log(offset, message.value);
 * await consumer.stop();
 * ```
 */
export class MultiProcessConsumer<V = Uint8Array | null, M = MultiProcessOffsetAndMessage<V>> extends Consumer {
  readonly numProcs: number;
  readonly partitionsPerProc: number;
  readonly fetchSizeBytes: number;
  readonly bufferSize: number;
  readonly maxBufferSize: number | null;
  readonly iterTimeoutMs: number | null;
  private readonly settings: MultiProcessSettings;
  private readonly queue: MessageQueue<V>;
  private readonly calls = new Serial();
  private pool: WorkerPool | null = null;
  /** Why the consumer cannot go on: a worker died (MultiProcessWorkerError) or could not be started. */
  private failure: KafkaError | null = null;
  private readonly hooks: TakeHooks;

  constructor(client: KafkaClient, group: string | null, topic: string, options: MultiProcessConsumerOptions = {}) {
    const settings = parseMultiProcessOptions(options);
    super(client, group, topic, options, OPTION_NAMES);
    this.settings = settings;
    this.numProcs = settings.numProcs;
    this.partitionsPerProc = settings.partitionsPerProc;
    this.fetchSizeBytes = settings.fetch.fetchSizeBytes;
    this.bufferSize = settings.fetch.bufferSize;
    this.maxBufferSize = settings.fetch.maxBufferSize;
    this.iterTimeoutMs = settings.iterTimeoutMs;
    this.queue = new MessageQueue<V>(this.clock);
    this.hooks = {
      onReset: (partition, offset) => this.nextOffsets.set(partition, offset),
      onBatchTaken: (worker, count) => this.pool?.send(worker, { type: 'ack', count }),
    };
  }

  /** The partitions of each worker, once started (empty shares get no worker). */
  get workerPartitions(): number[][] {
    return this.pool?.assignments ?? [];
  }

  /** Messages the workers sent that the application has not taken yet. */
  get queuedMessages(): number {
    return this.queue.size;
  }

  /**
   * Up to `count` messages from any worker, in the order they arrived. Blocking (default) waits
   * up to `timeoutMs` for all of them; non-blocking returns what is already queued. `offsets`
   * advance for exactly the messages returned; the count trigger runs once, at the end.
   * Throws MultiProcessWorkerError once a worker has died.
   */
  async getMessages(options: MultiProcessGetMessagesOptions = {}): Promise<M[]> {
    const { count, block, timeoutMs } = parseGetMessagesOptions(options, 10_000);
    await this.whenReady('getMessages', options.signal);
    return this.calls.run(async () => {
      this.throwIfFailedOrStopped();
      const deadline = timeoutMs === null ? null : this.clock.now() + timeoutMs;
      const got: UnpackedMessage<V>[] = [];
      for (;;) {
        this.queue.takeInto(got, count - got.length, this.hooks);
        if (got.length >= count || this.stopped || !block) break;
        if (this.failure !== null || options.signal?.aborted) {
          // Messages already taken are handed out; the error comes with the next call.
          if (got.length > 0) break;
          if (this.failure !== null) throw this.failure;
          throw new ConsumerAbortedError(options.signal?.reason);
        }
        if (deadline !== null && this.clock.now() >= deadline) break;
        await this.queue.changed(deadline, options.signal);
      }
      return this.handOut(got);
    });
  }

  /**
   * Messages one by one; ends after `iterTimeoutMs` (default 1000, as kafka-python's fixed 1 s)
   * without a message, or never when it is null (until stop() or `signal`).
   */
  async *iterate(options: { signal?: AbortSignal } = {}): AsyncGenerator<M, void, undefined> {
    const perPollMs = this.iterTimeoutMs ?? ITERATOR_POLL_MS;
    for (;;) {
      if (this.stopped) return;
      let messages: M[];
      try {
        messages = await this.getMessages({ count: 1, timeoutMs: perPollMs, ...(options.signal ? { signal: options.signal } : {}) });
      } catch (error) {
        if (error instanceof ConsumerStoppedError) return;
        throw error;
      }
      if (messages.length > 0) {
        yield messages[0] as M;
        continue;
      }
      if (this.iterTimeoutMs !== null || this.stopped) return;
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<M, void, undefined> {
    return this.iterate();
  }

  /** Messages come back as `[partition, { offset, message }]` from now on (the same consumer, retyped). */
  override providePartitionInfo(): MultiProcessConsumer<V, [partition: number, message: MultiProcessOffsetAndMessage<V>]> {
    super.providePartitionInfo();
    return this as unknown as MultiProcessConsumer<V, [partition: number, message: MultiProcessOffsetAndMessage<V>]>;
  }

  /** Stops every worker (and waits for their threads to end), then as SimpleConsumer.stop(). */
  override async stop(): Promise<void> {
    await super.stop();
    await this.pool?.stop();
  }

  protected startFetching(): void {
    const pool = new WorkerPool(
      this.topic,
      {
        onMessage: (worker, message) => this.onWorkerMessage(worker, message),
        onFailure: (error) => this.fail(error),
      },
      this.logger,
    );
    this.pool = pool;
    this.workerConfigs().then(
      (configs) => pool.start(configs),
      (error: unknown) => this.fail(error instanceof KafkaError ? error : new KafkaError(`MultiProcessConsumer could not start its workers: ${String(error)}`, { code: 'WORKER_START_FAILED', cause: error })),
    );
  }

  protected stopFetching(): void {
    this.queue.clear();
    void this.pool?.stop();
  }

  /** Fail fast: queued messages are dropped (their offsets never advanced, so nothing is lost). */
  private fail(error: KafkaError): void {
    this.failure ??= error;
    this.queue.clear();
  }

  private onWorkerMessage(worker: number, message: FromWorker): void {
    if (this.stopped || this.failure !== null) return;
    if (message.type === 'batch') this.queue.pushBatch(worker, message.batch);
    else if (message.type === 'reset') this.queue.pushReset(message.partition, message.offset);
  }

  private async workerConfigs(): Promise<WorkerConfig[]> {
    const partitions = [...this.nextOffsets.keys()].sort((a, b) => a - b);
    const chunks = splitPartitions(partitions, this.numProcs, this.partitionsPerProc);
    const client = this.settings.client ?? (await this.brokersOfParentClient());
    const fetch = this.settings.fetch;
    return chunks
      .map((chunk, index) => ({ chunk, index }))
      .filter(({ chunk }) => chunk.length > 0)
      .map(({ chunk, index }) => ({
        index,
        topic: this.topic,
        partitions: chunk.map((partition) => ({ partition, offset: this.nextOffsets.get(partition) as number })),
        client,
        isolationLevel: this.isolationLevel,
        bufferSize: fetch.bufferSize,
        maxBufferSize: fetch.maxBufferSize,
        autoOffsetReset: fetch.autoOffsetReset,
        retryBackoffMs: fetch.retryBackoffMs,
        maxQueuedMessages: this.settings.maxQueuedMessages,
        maxBatchMessages: Math.min(this.settings.maxBatchMessages, this.settings.maxQueuedMessages),
        deserializer: this.settings.deserializer,
      }));
  }

  /** kafka-python's client.copy(): here, the brokers the parent's client found in metadata. */
  private async brokersOfParentClient(): Promise<WorkerClientOptions> {
    if (this.client.brokers.length === 0) await this.client.topicMetadata(this.topic);
    const brokers = this.client.brokers.map((b) => `${b.host.includes(':') ? `[${b.host}]` : b.host}:${b.port}`);
    if (brokers.length === 0) throw new KafkaConfigError('worker.client', 'the parent client knows no broker to give the workers; pass worker.client');
    return { brokers };
  }

  private async handOut(got: UnpackedMessage<V>[]): Promise<M[]> {
    const last = new Map<number, number>();
    const items: M[] = new Array(got.length);
    for (let i = 0; i < got.length; i++) {
      const m = got[i] as UnpackedMessage<V>;
      last.set(m.partition, m.offset);
      const item: MultiProcessOffsetAndMessage<V> = {
        offset: m.offset,
        message: { magic: m.magic, attributes: m.attributes, key: m.key, value: m.value, timestamp: m.timestamp, headers: m.headers },
      };
      items[i] = (this.partitionInfo ? [m.partition, item] : item) as M;
    }
    if (got.length > 0) await this.delivered(last, got.length);
    return items;
  }

  private throwIfFailedOrStopped(): void {
    if (this.failure !== null) throw this.failure;
    this.throwIfStopped('getMessages');
  }
}
