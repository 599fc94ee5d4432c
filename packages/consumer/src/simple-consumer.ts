import { partitionKey } from '@kafkaline/network';
import type { KafkaClient } from '@kafkaline/network';
import { KafkaConfigError, type KafkaRecord } from '@kafkaline/protocol';
import { abortable } from './abortable.js';
import { BASE_OPTION_NAMES, type CallOptions, Consumer, type ConsumerOptions } from './base-consumer.js';
import { ConsumerStoppedError } from './errors.js';
import { FastAsyncIterator } from './fast-async-iterator.js';
import { FetchEngine, type FetchedRecord, type FetchParams, type NextOptions } from './fetch/engine.js';
import { type OffsetAndMessage, type PartitionAndMessage, toOffsetAndMessage } from './messages.js';
import { boundaryOffsets } from './offsets/list-offsets.js';
import { type AutoOffsetReset, parseAutoOffsetReset, type ResetTarget, resetOffset } from './offsets/reset-policy.js';
import { booleanOption, describe, integerOption, rejectUnknownOptions, timeoutOption } from './options.js';
import { spreadDelta } from './seek-spread.js';
import { Serial } from './serial.js';

export interface SimpleConsumerOptions extends ConsumerOptions {
  /** Accepted and validated; as in kafka-python it does not change what is sent (see README). Default 4096. */
  fetchSizeBytes?: number;
  /** Initial per-partition byte limit of a fetch; doubles for a batch that does not fit. Default 4096. */
  bufferSize?: number;
  /** Most the per-partition limit may grow to; null = no limit. Default 32768. */
  maxBufferSize?: number | null;
  /** How long iteration waits for a message before it ends; null = never ends (until stop()). */
  iterTimeoutMs?: number | null;
  /** OFFSET_OUT_OF_RANGE: 'largest' (default) / 'smallest' (or 'latest' / 'earliest'), or 'none' / null to raise. */
  autoOffsetReset?: AutoOffsetReset | null;
  /** Wait before fetching a partition again after a retriable error (leader moved...). Default 200. */
  retryBackoffMs?: number;
}

export interface GetMessageOptions {
  /** Wait for a message (default true); false answers from what one immediate fetch brings. */
  block?: boolean;
  /** How long to wait when blocking; 0 waits one 1000 ms fetch round; null waits until a message or stop(). Default 100. */
  timeoutMs?: number | null;
  /** Return `[partition, message]`; default: whether providePartitionInfo() was called. */
  getPartitionInfo?: boolean | null;
  signal?: AbortSignal;
}

export interface GetMessagesOptions {
  /** At most this many messages. Default 1. */
  count?: number;
  /** Wait up to timeoutMs for `count` messages (default true); false returns what is available. */
  block?: boolean;
  /** Total time to wait when blocking; null waits until `count` messages or stop(). Default 100. */
  timeoutMs?: number | null;
  signal?: AbortSignal;
}

export type SimpleConsumerMessage = OffsetAndMessage | PartitionAndMessage;

const OPTION_NAMES = [...BASE_OPTION_NAMES, 'fetchSizeBytes', 'bufferSize', 'maxBufferSize', 'iterTimeoutMs', 'autoOffsetReset', 'retryBackoffMs'];

/** kafka-python's fetch_max_wait_time: the broker wait of fetches sent ahead of demand. */
const FETCH_MAX_WAIT_TIME_MS = 100;
/** FetchContext: a blocking call with timeout 0 or None waits one round of this long. */
const DEFAULT_BLOCK_WAIT_MS = 1000;
/** Iteration with iterTimeoutMs null polls in rounds of this long (kafka-python's 60 s). */
const ITERATOR_POLL_MS = 60_000;

export interface SimpleSettings {
  fetchSizeBytes: number;
  bufferSize: number;
  maxBufferSize: number | null;
  iterTimeoutMs: number | null;
  autoOffsetReset: ResetTarget;
  retryBackoffMs: number;
}

export function parseSimpleOptions(options: SimpleConsumerOptions): SimpleSettings {
  if (typeof options !== 'object' || options === null) throw new KafkaConfigError('options', `expected an object, got ${describe(options)}`);
  rejectUnknownOptions(options, OPTION_NAMES, 'SimpleConsumer');
  const fetchSizeBytes = integerOption('fetchSizeBytes', options.fetchSizeBytes, 4096, 1) as number;
  const bufferSize = integerOption('bufferSize', options.bufferSize, 4096, 1) as number;
  const maxBufferSize = integerOption('maxBufferSize', options.maxBufferSize, 32768, 1, true);
  if (maxBufferSize !== null && bufferSize > maxBufferSize) {
    throw new KafkaConfigError('bufferSize', `bufferSize (${bufferSize}) must not exceed maxBufferSize (${maxBufferSize}); raise maxBufferSize or set it to null`);
  }
  return {
    fetchSizeBytes,
    bufferSize,
    maxBufferSize,
    iterTimeoutMs: options.iterTimeoutMs === undefined ? null : timeoutOption('iterTimeoutMs', options.iterTimeoutMs, true),
    autoOffsetReset: parseAutoOffsetReset('autoOffsetReset', options.autoOffsetReset === undefined ? 'largest' : options.autoOffsetReset),
    retryBackoffMs: integerOption('retryBackoffMs', options.retryBackoffMs, 200, 0) as number,
  };
}

/** getMessages()' options, as SimpleConsumer and MultiProcessConsumer read them (they differ in the default timeout). */
export function parseGetMessagesOptions(options: GetMessagesOptions, defaultTimeoutMs: number): { count: number; block: boolean; timeoutMs: number | null } {
  rejectUnknownOptions(options, ['count', 'block', 'timeoutMs', 'signal'], 'getMessages');
  return {
    count: integerOption('count', options.count, 1, 0) as number,
    block: booleanOption('block', options.block, true),
    timeoutMs: options.timeoutMs === undefined ? defaultTimeoutMs : timeoutOption('timeoutMs', options.timeoutMs, true),
  };
}

/**
 * kafka-python's SimpleConsumer: consumes all (or the given) partitions of one topic, with
 * getMessage / getMessages / seek / iteration, offsets committed to the group.
 *
 * ```ts
 * const consumer = new SimpleConsumer(client, 'my-group', 'my-topic');
 * for await (const { offset, message } of consumer) console.log(offset, message.value);
 * ```
 */
export class SimpleConsumer<M extends SimpleConsumerMessage = OffsetAndMessage> extends Consumer {
  readonly fetchSizeBytes: number;
  readonly bufferSize: number;
  readonly maxBufferSize: number | null;
  readonly iterTimeoutMs: number | null;
  readonly autoOffsetReset: ResetTarget;
  private readonly engine: FetchEngine;
  private readonly calls = new Serial();
  private deferredError: unknown = null;

  protected override consumedThrough(partition: number): number | undefined {
    return this.engine.consumedThrough(this.topic, partition);
  }

  constructor(client: KafkaClient, group: string | null, topic: string, options: SimpleConsumerOptions = {}) {
    const settings = parseSimpleOptions(options);
    super(client, group, topic, options, OPTION_NAMES);
    this.fetchSizeBytes = settings.fetchSizeBytes;
    this.bufferSize = settings.bufferSize;
    this.maxBufferSize = settings.maxBufferSize;
    this.iterTimeoutMs = settings.iterTimeoutMs;
    this.autoOffsetReset = settings.autoOffsetReset;
    this.engine = new FetchEngine({
      client: this.client,
      clock: this.clock,
      isolationLevel: this.isolationLevel,
      initialFetchBytes: settings.bufferSize,
      maxFetchBytes: settings.maxBufferSize,
      fetchBytesOption: 'maxBufferSize',
      retryBackoffMs: settings.retryBackoffMs,
      prefetch: { maxWaitMs: FETCH_MAX_WAIT_TIME_MS, minBytes: 1 },
      resetOffset: async (where) => {
        const offset = await resetOffset(this.client, this.autoOffsetReset, where, this.isolationLevel);
        // kafka-python moves both the fetch position and `offsets`.
        this.nextOffsets.set(where.partition, offset);
        return offset;
      },
    });
  }

  /** Partition → next offset to request from the broker (kafka-python's `fetch_offsets`). */
  get fetchOffsets(): Map<number, number> {
    const positions = new Map<number, number>();
    for (const partition of this.nextOffsets.keys()) {
      const position = this.engine.position(this.topic, partition);
      if (position !== undefined) positions.set(partition, position);
    }
    return positions;
  }

  /**
   * One message, or null when none came in time. Blocking (default) waits up to `timeoutMs`;
   * non-blocking sends at most one immediate fetch. Advances `offsets` and may auto-commit.
   */
  getMessage(options: GetMessageOptions & { getPartitionInfo: true }): Promise<PartitionAndMessage | null>;
  getMessage(options: GetMessageOptions & { getPartitionInfo: false }): Promise<OffsetAndMessage | null>;
  getMessage(options?: GetMessageOptions): Promise<M | null>;
  async getMessage(options: GetMessageOptions = {}): Promise<SimpleConsumerMessage | null> {
    rejectUnknownOptions(options, ['block', 'timeoutMs', 'getPartitionInfo', 'signal'], 'getMessage');
    const block = booleanOption('block', options.block, true);
    const timeoutMs = options.timeoutMs === undefined ? 100 : timeoutOption('timeoutMs', options.timeoutMs, true);
    await this.whenReady('getMessage', options.signal);
    return this.calls.run(async () => {
      this.throwDeferredError();
      const got = (options.signal?.aborted ? null : this.engine.takeDecoded()) ?? (await this.engine.next(this.singleMessageWait(block, timeoutMs, options.signal)));
      if (got === null) return null;
      await this.delivered(new Map([[got.partition, got.record.offset]]), 1);
      return this.shape(got.partition, got.record, options.getPartitionInfo ?? this.partitionInfo);
    });
  }

  /**
   * Up to `count` messages. Blocking waits up to `timeoutMs` in total for all of them;
   * non-blocking returns what is buffered or arrives from immediate fetches. `offsets` advance
   * and the count trigger runs once, at the end.
   */
  async getMessages(options: GetMessagesOptions = {}): Promise<M[]> {
    const { count, block, timeoutMs } = parseGetMessagesOptions(options, 100);
    await this.whenReady('getMessages', options.signal);
    return this.calls.run(async () => {
      this.throwDeferredError();
      const deadline = timeoutMs === null ? null : this.clock.now() + timeoutMs;
      const got: FetchedRecord[] = [];
      try {
        while (got.length < count) {
          const decoded = options.signal?.aborted ? null : this.engine.takeDecoded();
          if (decoded !== null) {
            got.push(decoded);
            continue;
          }
          const wait: NextOptions = block
            ? { deadline, fetch: this.blockingFetch(timeoutMs ?? DEFAULT_BLOCK_WAIT_MS), clampWaitToDeadline: true, round: 'mine', signal: options.signal }
            : this.nonBlockingWait(options.signal);
          const next = await this.engine.next(wait);
          if (next === null) break;
          got.push(next);
        }
      } catch (error) {
        // Never lose messages already taken: hand them out now, report the error next call.
        if (got.length === 0) throw error;
        this.deferredError = error;
      }
      const last = new Map<number, number>();
      for (const m of got) last.set(m.partition, m.record.offset);
      await this.delivered(last, got.length);
      return got.map((m) => this.shape(m.partition, m.record, this.partitionInfo) as M);
    });
  }

  /**
   * Moves the position like fseek: whence 0 = from the earliest offset, 1 = from the current
   * offset (every partition moves by `offset`), 2 = from the latest offset. For 0 and 2 the
   * delta is spread over the partitions. Drops buffered messages, counts as one message and
   * commits when auto-commit is on.
   */
  async seek(offset: number, whence: number, options: CallOptions = {}): Promise<void> {
    if (!Number.isSafeInteger(offset)) throw new KafkaConfigError('offset', `expected a safe integer, got ${describe(offset)}`);
    if (whence !== 0 && whence !== 1 && whence !== 2) {
      throw new KafkaConfigError('whence', `expected 0 (from the earliest offset), 1 (from the current offset) or 2 (from the latest offset), got ${describe(whence)}`);
    }
    await this.whenReady('seek', options.signal);
    const moved = this.calls.run(async () => {
      const partitions = [...this.nextOffsets.keys()].sort((a, b) => a - b);
      if (whence === 1) {
        for (const partition of partitions) this.nextOffsets.set(partition, (this.nextOffsets.get(partition) as number) + offset);
      } else {
        const base = await boundaryOffsets(
          this.client,
          partitions.map((partition) => ({ topic: this.topic, partition })),
          whence === 0 ? 'earliest' : 'latest',
          this.isolationLevel,
        );
        const shares = spreadDelta(offset, partitions.length);
        partitions.forEach((partition, i) => {
          this.nextOffsets.set(partition, (base.get(partitionKey(this.topic, partition)) as number) + (shares[i] as number));
        });
      }
      for (const partition of partitions) this.engine.seek(this.topic, partition, this.nextOffsets.get(partition) as number);
      this.deferredError = null;
      await this.countSeekAndCommit();
    });
    await abortable(moved, options.signal);
  }

  /**
   * Messages one by one: each poll waits `iterTimeoutMs` (iteration then ends) or, when it is
   * null, forever (the iteration ends only with stop() or `signal`).
   */
  iterate(options: { signal?: AbortSignal } = {}): AsyncGenerator<M, void, undefined> {
    const { signal } = options;
    return new FastAsyncIterator<M>({
      // Handing out a decoded message without the count trigger never commits: no promise needed.
      take: () => (this.countTriggersCommit ? null : this.takeDecodedMessage(signal)),
      wait: () => this.pollForIteration(signal),
    });
  }

  [Symbol.asyncIterator](): AsyncGenerator<M, void, undefined> {
    return this.iterate();
  }

  /** Messages come back as `[partition, { offset, message }]` from now on (the same consumer, retyped). */
  override providePartitionInfo(): SimpleConsumer<PartitionAndMessage> {
    super.providePartitionInfo();
    return this as unknown as SimpleConsumer<PartitionAndMessage>;
  }

  protected startFetching(): void {
    this.engine.add([...this.nextOffsets].map(([partition, offset]) => ({ topic: this.topic, partition, offset })));
  }

  protected stopFetching(): void {
    this.engine.close();
  }

  /** kafka-python's FetchContext for one getMessage call. */
  private singleMessageWait(block: boolean, timeoutMs: number | null, signal: AbortSignal | undefined): NextOptions {
    if (!block) return this.nonBlockingWait(signal);
    const waitMs = timeoutMs ? timeoutMs : DEFAULT_BLOCK_WAIT_MS;
    const deadline = timeoutMs === null ? null : this.clock.now() + waitMs;
    return { deadline, fetch: this.blockingFetch(waitMs), clampWaitToDeadline: true, round: 'mine', signal };
  }

  private blockingFetch(maxWaitMs: number): FetchParams {
    this.engine.setPrefetch({ maxWaitMs: FETCH_MAX_WAIT_TIME_MS, minBytes: 1 });
    return { maxWaitMs, minBytes: 1 };
  }

  private nonBlockingWait(signal: AbortSignal | undefined): NextOptions {
    // Fetches sent ahead of demand answer at once too, so a non-blocking caller never waits on a long poll.
    this.engine.setPrefetch({ maxWaitMs: FETCH_MAX_WAIT_TIME_MS, minBytes: 0 });
    return { deadline: this.clock.now(), fetch: { maxWaitMs: FETCH_MAX_WAIT_TIME_MS, minBytes: 0 }, clampWaitToDeadline: false, round: 'mine', signal };
  }

  /** One step of iterate() that may wait: null ends the iteration. */
  private async pollForIteration(signal: AbortSignal | undefined): Promise<M | null> {
    const perPollMs = this.iterTimeoutMs ?? ITERATOR_POLL_MS;
    for (;;) {
      if (this.stopped) return null;
      let message: M | null;
      try {
        const decoded = this.takeDecoded(signal);
        if (decoded !== null) {
          this.nextOffsets.set(decoded.partition, decoded.record.offset + 1);
          await this.countAndMaybeCommit(1);
          return this.shape(decoded.partition, decoded.record, this.partitionInfo) as M;
        }
        message = await this.getMessage({ block: true, timeoutMs: perPollMs, ...(signal ? { signal } : {}) });
      } catch (error) {
        if (error instanceof ConsumerStoppedError) return null;
        throw error;
      }
      if (message !== null) return message;
      if (this.iterTimeoutMs !== null || this.stopped) return null;
    }
  }

  /**
   * What getMessage() does for a decoded record, without its option checks, queue and Map; see
   * takeDecoded(). Only for countTriggersCommit false: handing the message out never commits.
   */
  private takeDecodedMessage(signal: AbortSignal | undefined): M | null {
    return this.mayTakeDecoded(signal) ? this.engine.takeDecodedWith(this.deliverDecoded) : null;
  }

  /** takeDecodedMessage's delivery of a record the engine had decoded (no FetchedRecord, no promise). */
  private readonly deliverDecoded = (_topic: string, partition: number, record: KafkaRecord): M => {
    this.nextOffsets.set(partition, record.offset + 1);
    this.countWithoutTrigger(1);
    return this.shape(partition, record, this.partitionInfo) as M;
  };

  /**
   * A record already decoded, when getMessage() would hand it out at once: no call in progress
   * (whose turn it would be), no error deferred by getMessages(), not stopped or aborted.
   */
  private takeDecoded(signal: AbortSignal | undefined): FetchedRecord | null {
    return this.mayTakeDecoded(signal) ? this.engine.takeDecoded() : null;
  }

  private mayTakeDecoded(signal: AbortSignal | undefined): boolean {
    return !this.stopped && !this.calls.busy && this.deferredError === null && !signal?.aborted;
  }

  private shape(partition: number, record: KafkaRecord, withPartition: boolean): SimpleConsumerMessage {
    const message = toOffsetAndMessage(record);
    return withPartition ? [partition, message] : message;
  }

  private throwDeferredError(): void {
    const error = this.deferredError;
    if (error === null) return;
    this.deferredError = null;
    throw error;
  }
}
