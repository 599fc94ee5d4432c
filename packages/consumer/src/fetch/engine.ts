import { type FetchPartitionResult, type IsolationLevel, type KafkaClient, partitionKey, type Routing } from '@kafkaline/network';
import { KafkaError, type KafkaRecord } from '@kafkaline/protocol';
import { ConsumerAbortedError, ConsumerFetchSizeTooSmall, specificError } from '../errors.js';
import { ChangeSignal } from '../change-signal.js';
import type { Clock } from '../clock.js';
import { Serial } from '../serial.js';
import { ChunkCursor } from './chunk-cursor.js';
import { findChunkEnd } from './chunk-end.js';
import { fetchErrorAction, UNKNOWN_TOPIC_RETRIES } from './fetch-error-policy.js';
import { type FetchedChunk, isFetchable, newPartitionState, type PartitionState } from './partition-state.js';

/** What one Fetch request asks the broker to wait for. */
export interface FetchParams {
  maxWaitMs: number;
  minBytes: number;
}

export interface TopicPartitionOffset {
  topic: string;
  partition: number;
  offset: number;
}

export interface FetchEngineOptions {
  client: KafkaClient;
  clock: Clock;
  isolationLevel: IsolationLevel;
  /** Per-partition byte limit of the first fetch of a partition. */
  initialFetchBytes: number;
  /** How far that limit may grow for a batch that does not fit; null = no limit. */
  maxFetchBytes: number | null;
  /** The option to name when a batch does not fit even at `maxFetchBytes`. */
  fetchBytesOption: string;
  /** Wait before fetching a partition again after a retriable error. */
  retryBackoffMs: number;
  /** Used for fetches sent ahead of demand (pipelining), until a caller sets others. */
  prefetch: FetchParams;
  /**
   * OFFSET_OUT_OF_RANGE (or a negative position): resolves with the offset to continue from, or
   * rejects with the error the application should see (e.g. OffsetOutOfRangeError for 'none').
   */
  resetOffset(where: TopicPartitionOffset): Promise<number>;
}

/**
 * When a call that reached its deadline may return empty-handed:
 * - `none`: at once;
 * - `mine`: once the fetches it sent itself (and any immediate one in flight) have answered,
 *   so a call always sees at least the round it asked for;
 * - `any`: once at least one fetch answered after the call began, unless none can arrive.
 */
export type RoundRule = 'none' | 'mine' | 'any';

export interface NextOptions {
  /** Clock time after which the call may return null; null waits until a record or close(). */
  deadline: number | null;
  /** Parameters of fetches this call may send; null sends none (buffered records only). */
  fetch: FetchParams | null;
  /** Shorten each fetch's maxWaitMs to the time left before the deadline. */
  clampWaitToDeadline: boolean;
  round: RoundRule;
  signal?: AbortSignal | undefined;
}

export interface FetchedRecord {
  topic: string;
  partition: number;
  record: KafkaRecord;
  /** High watermark from the fetch response that carried the record. */
  highWatermark: number;
}

function toFetchedRecord(topic: string, partition: number, record: KafkaRecord, highWatermark: number): FetchedRecord {
  return { topic, partition, record, highWatermark };
}

interface CallTracker {
  launched: number;
  pending: number;
}

interface Launched {
  state: PartitionState;
  epoch: number;
  offset: number;
  bytes: number;
}

/**
 * The fetch pipeline shared by every consumer class.
 *
 * - Positions: one per assigned partition, the next offset to ask for. A position moves past a
 *   chunk when the application reaches it (its end read from the entry frames, see chunk-end.ts),
 *   so a failed or discarded fetch never skips records; an entry that fails to decode moves it
 *   back to that entry.
 * - Routing: partitions are grouped by leader (KafkaClient.groupByLeader) and each leader gets at
 *   most one Fetch in flight; a leader's next fetch waits until the application has reached the
 *   chunks of its previous answer, so every partition of the leader rides in it.
 * - Pipelining and memory: a partition holds at most one undecoded chunk (at most its fetch
 *   limit in bytes) plus one fetch in flight; the next fetch leaves as soon as the application
 *   starts on the current chunk's records.
 * - Lazy decoding: a chunk is decoded one log entry at a time (ChunkCursor) as the application
 *   reaches its records; keys and values stay views into the fetched bytes.
 * - Errors: see fetch-error-policy.ts; errors reach the application in arrival order, through
 *   the same queue as records.
 */
export class FetchEngine {
  private readonly options: FetchEngineOptions;
  private readonly clock: Clock;
  private readonly partitions = new Map<string, PartitionState>();
  private readonly ready: PartitionState[] = [];
  private current: ChunkCursor | null = null;
  private readonly busyLeaders = new Set<number>();
  private immediateInFlight = 0;
  private routingInFlight = 0;
  private responses = 0;
  /** Fetch limits grown so far: a call that saw one may send the retry in the same round. */
  private growths = 0;
  private readonly changes: ChangeSignal;
  private retryTimer: { handle: unknown; due: number } | null = null;
  private fatal: KafkaError | null = null;
  private closed = false;
  private prefetchParams: FetchParams;
  private readonly callLock = new Serial();
  private readonly pumpLock = new Serial();

  constructor(options: FetchEngineOptions) {
    this.options = options;
    this.clock = options.clock;
    this.changes = new ChangeSignal(options.clock);
    this.prefetchParams = options.prefetch;
  }

  /** Starts fetching these partitions from the given offsets (a partition already held is moved). */
  add(entries: readonly TopicPartitionOffset[]): void {
    for (const { topic, partition, offset } of entries) {
      const existing = this.partitions.get(partitionKey(topic, partition));
      if (existing) this.seek(topic, partition, offset);
      else this.partitions.set(partitionKey(topic, partition), newPartitionState(topic, partition, offset, this.options.initialFetchBytes));
    }
    this.notify();
  }

  /** Stops fetching these partitions and drops whatever was fetched for them. */
  remove(entries: ReadonlyArray<{ topic: string; partition: number }>): void {
    for (const { topic, partition } of entries) {
      const state = this.partitions.get(partitionKey(topic, partition));
      if (!state) continue;
      state.removed = true;
      this.discardBuffered(state);
      this.partitions.delete(state.key);
    }
    this.notify();
  }

  /** Moves a partition's position, dropping buffered records; a fetch in flight is ignored. */
  seek(topic: string, partition: number, offset: number): void {
    const state = this.partitions.get(partitionKey(topic, partition));
    if (!state) return;
    state.position = offset;
    state.epoch++;
    state.retryAt = 0;
    state.consecutiveUnknownTopicErrors = 0;
    this.discardBuffered(state);
    this.notify();
  }

  position(topic: string, partition: number): number | undefined {
    return this.partitions.get(partitionKey(topic, partition))?.position;
  }

  /**
   * The offset below which the partition has nothing left to hand out: its fetch position once
   * its fetched records are all delivered, so transaction markers (which take an offset but are
   * never delivered) do not count as lag. Undefined while fetched records wait.
   */
  consumedThrough(topic: string, partition: number): number | undefined {
    const state = this.partitions.get(partitionKey(topic, partition));
    if (state === undefined || state.chunk !== null || state.resetting) return undefined;
    const cursor = this.current;
    if (cursor !== null && cursor.state === state && !cursor.stale && !cursor.drained) return undefined;
    return state.position;
  }

  assigned(): Array<{ topic: string; partition: number }> {
    return [...this.partitions.values()].map(({ topic, partition }) => ({ topic, partition }));
  }

  /** Parameters for fetches sent ahead of demand (after a chunk is handed to the application). */
  setPrefetch(params: FetchParams): void {
    this.prefetchParams = params;
  }

  /**
   * The next record, fetching as needed; null when the deadline passed (see RoundRule) or the
   * engine was closed. Throws errors meant for the application (one per call), and
   * ConsumerAbortedError when `signal` fires.
   */
  next(options: NextOptions): Promise<FetchedRecord | null> {
    return this.callLock.run(() => this.nextUnlocked(options));
  }

  /**
   * The next record of the batch being handed out, without waiting, when no call is in
   * progress: the fast path that keeps per-record cost to a property read. Null otherwise.
   */
  takeDecoded(): FetchedRecord | null {
    return this.takeDecodedWith(toFetchedRecord);
  }

  /**
   * takeDecoded() handing the record to `deliver` rather than in a FetchedRecord: one object less
   * per message on the paths that hand out millions of them. Null when nothing is decoded.
   */
  takeDecodedWith<T>(deliver: (topic: string, partition: number, record: KafkaRecord, highWatermark: number) => T): T | null {
    const cursor = this.current;
    if (cursor === null || this.closed || this.callLock.busy || cursor.index >= cursor.records.length || cursor.stale) return null;
    const record = cursor.records[cursor.index++] as KafkaRecord;
    return deliver(cursor.state.topic, cursor.state.partition, record, cursor.highWatermark);
  }

  /** Stops everything: waiting calls return null, timers are cancelled, late answers ignored. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer) this.clock.clearTimeout(this.retryTimer.handle);
    this.retryTimer = null;
    this.ready.length = 0;
    this.current = null;
    for (const state of this.partitions.values()) state.chunk = null;
    this.notify();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async nextUnlocked(options: NextOptions): Promise<FetchedRecord | null> {
    const tracker: CallTracker = { launched: 0, pending: 0 };
    const startResponses = this.responses;
    let growthsSeen = this.growths;
    for (;;) {
      if (this.closed) return null;
      if (options.signal?.aborted) throw new ConsumerAbortedError(options.signal.reason);
      if (this.fatal) throw this.fatal;
      const record = await this.takeBuffered();
      if (record) return record;
      if (this.closed) return null;
      let now = this.clock.now();
      let expired = options.deadline !== null && now >= options.deadline;
      // After the deadline a call still sends its first round, and the retry of a grown limit.
      if (options.fetch !== null && (!expired || tracker.launched === 0 || this.growths > growthsSeen)) {
        growthsSeen = this.growths;
        await this.pump(this.paramsFor(options, now), tracker);
        if (this.ready.length > 0) continue;
      }
      now = this.clock.now();
      expired = options.deadline !== null && now >= options.deadline;
      if (expired && this.roundDone(options.round, tracker, startResponses, now)) return null;
      await this.waitForChange(expired ? null : options.deadline, options.signal);
    }
  }

  private paramsFor(options: NextOptions, now: number): FetchParams {
    const params = options.fetch as FetchParams;
    if (!options.clampWaitToDeadline || options.deadline === null || params.minBytes === 0) return params;
    return { maxWaitMs: Math.max(0, Math.min(params.maxWaitMs, options.deadline - now)), minBytes: params.minBytes };
  }

  private roundDone(rule: RoundRule, tracker: CallTracker, startResponses: number, now: number): boolean {
    if (rule === 'none') return true;
    if (rule === 'mine') return tracker.pending === 0 && this.immediateInFlight === 0;
    return this.responses > startResponses || !this.canAnythingArrive(now);
  }

  private canAnythingArrive(now: number): boolean {
    if (this.busyLeaders.size > 0 || this.routingInFlight > 0) return true;
    for (const p of this.partitions.values()) if (p.resetting || p.inFlight || p.retryAt > now) return true;
    return false;
  }

  /** Hands out the next buffered record, decoding the next entry or starting the next ready chunk when needed. */
  private async takeBuffered(): Promise<FetchedRecord | null> {
    for (;;) {
      const cursor = this.current;
      if (cursor !== null) {
        if (!cursor.stale && cursor.index < cursor.records.length) {
          const record = cursor.records[cursor.index++] as KafkaRecord;
          return toFetchedRecord(cursor.state.topic, cursor.state.partition, record, cursor.highWatermark);
        }
        if (!cursor.stale && (await this.advance(cursor))) continue;
        if (this.current === cursor) this.current = null;
        continue;
      }
      const state = this.ready.shift();
      if (state === undefined) return null;
      if (state.error) {
        // The partition is fetched again when the application next asks, not ahead of it.
        const error = state.error;
        state.error = null;
        throw error;
      }
      const chunk = state.chunk;
      if (chunk === null) continue;
      state.chunk = null;
      this.start(state, chunk);
    }
  }

  /**
   * The application reached a chunk: its end, read from the entry frames, becomes the position,
   * so the partition's next fetch leaves now, while the chunk's entries are decoded one by one.
   */
  private start(state: PartitionState, chunk: FetchedChunk): void {
    const end = findChunkEnd(chunk.records);
    if (end.nextOffset === null && !end.corrupt) {
      // Bytes but not one whole entry: the broker cut the first batch at our limit.
      if (end.truncatedBytes > 0) this.fetchSizeTooSmall(state, chunk.fetchOffset, chunk.requestedBytes);
      this.prefetch();
      return;
    }
    if (end.nextOffset !== null) state.position = Math.max(chunk.fetchOffset, end.nextOffset);
    this.current = new ChunkCursor(state, chunk, this.options.isolationLevel, end.dataEnd);
    this.prefetch();
  }

  /** Decodes the cursor's next entry with records; false when the chunk is done or went stale. */
  private async advance(cursor: ChunkCursor): Promise<boolean> {
    try {
      return (await cursor.advance()) && !cursor.stale && !this.closed;
    } catch (error) {
      // Corrupt data: fetch again from the failing entry (dropping what was fetched past it),
      // so the next call reports it again, as Java's consumer does.
      if (!cursor.stale && !this.closed) this.rewind(cursor.state, cursor.resumeOffset);
      if (this.current === cursor) this.current = null;
      throw error;
    }
  }

  /** Moves a partition back to an offset it had passed, ignoring fetches sent from further on. */
  private rewind(state: PartitionState, offset: number): void {
    state.position = offset;
    state.epoch++;
    this.discardBuffered(state);
    this.prefetch();
  }

  private prefetch(): void {
    if (this.closed) return;
    void this.pump(this.prefetchParams, null);
  }

  /** Sends one Fetch to every leader that has fetchable partitions and nothing in flight. */
  private pump(params: FetchParams, tracker: CallTracker | null): Promise<void> {
    return this.pumpLock.run(async () => {
      if (this.closed) return;
      const now = this.clock.now();
      const candidates: PartitionState[] = [];
      for (const state of this.partitions.values()) {
        if (!isFetchable(state, now)) continue;
        // A negative position (seek(-5, 1) from 0) is out of range without asking the broker.
        if (state.position < 0) this.startReset(state, state.position);
        else candidates.push(state);
      }
      if (candidates.length === 0) return;
      for (const state of candidates) state.inFlight = true;
      this.routingInFlight++;
      let routing: Routing<{ topic: string; partition: number; state: PartitionState }>;
      try {
        routing = await this.options.client.groupByLeader(candidates.map((state) => ({ topic: state.topic, partition: state.partition, state })));
      } catch (error) {
        for (const state of candidates) state.inFlight = false;
        this.fail(error);
        return;
      } finally {
        this.routingInFlight--;
      }
      for (const failure of routing.failures) {
        const state = failure.item.state;
        state.inFlight = false;
        if (!this.closed && !state.removed) this.onPartitionError(state, failure.error, state.position);
      }
      for (const group of routing.groups.values()) {
        const states = group.items.map((routed) => routed.item.state);
        if (this.closed || this.leaderBusy(group.leader.nodeId)) {
          for (const state of states) state.inFlight = false;
          continue;
        }
        const live = states.filter((state) => {
          if (!state.removed) return true;
          state.inFlight = false;
          return false;
        });
        if (live.length > 0) this.launch(group.leader.nodeId, live, this.shortenedForWaitingPartitions(params, now), tracker);
      }
      this.notify();
    });
  }

  /**
   * A leader answers one request per connection at a time, so a long poll would hold back
   * partitions whose backoff or reset ends meanwhile: end the wait when they are due.
   */
  private shortenedForWaitingPartitions(params: FetchParams, now: number): FetchParams {
    let limit = params.maxWaitMs;
    for (const state of this.partitions.values()) {
      if (state.removed) continue;
      if (state.retryAt > now) limit = Math.min(limit, state.retryAt - now);
      else if (state.resetting) limit = Math.min(limit, this.options.retryBackoffMs);
    }
    return limit === params.maxWaitMs ? params : { maxWaitMs: Math.max(0, limit), minBytes: params.minBytes };
  }

  private leaderBusy(nodeId: number): boolean {
    if (this.busyLeaders.has(nodeId)) return true;
    for (const state of this.partitions.values()) {
      if (state.leader === nodeId && state.chunk !== null) return true;
    }
    return false;
  }

  private launch(nodeId: number, states: PartitionState[], params: FetchParams, tracker: CallTracker | null): void {
    const launched: Launched[] = states.map((state) => ({ state, epoch: state.epoch, offset: state.position, bytes: state.fetchBytes }));
    const immediate = params.minBytes === 0;
    this.busyLeaders.add(nodeId);
    if (immediate) this.immediateInFlight++;
    if (tracker) {
      tracker.launched++;
      tracker.pending++;
    }
    this.options.client
      .fetch({
        partitions: launched.map((l) => ({ topic: l.state.topic, partition: l.state.partition, offset: l.offset, maxBytes: l.bytes })),
        maxWaitMs: params.maxWaitMs,
        minBytes: params.minBytes,
        isolationLevel: this.options.isolationLevel,
      })
      .then(
        (results) => {
          launched.forEach((l, i) => {
            this.onResult(l, results[i] as FetchPartitionResult);
          });
        },
        (error: unknown) => {
          for (const l of launched) l.state.inFlight = false;
          this.fail(error);
        },
      )
      .finally(() => {
        this.busyLeaders.delete(nodeId);
        if (immediate) this.immediateInFlight--;
        if (tracker) tracker.pending--;
        this.responses++;
        this.notify();
      });
  }

  private onResult(launched: Launched, result: FetchPartitionResult): void {
    const state = launched.state;
    state.inFlight = false;
    if (this.closed || state.removed || state.epoch !== launched.epoch) return;
    if (result.error) {
      this.onPartitionError(state, result.error, launched.offset);
      return;
    }
    state.consecutiveUnknownTopicErrors = 0;
    state.leader = result.nodeId;
    if (result.highWatermark >= 0) state.highWatermark = result.highWatermark;
    if (result.lastStableOffset >= 0) state.lastStableOffset = result.lastStableOffset;
    if (result.logStartOffset >= 0) state.logStartOffset = result.logStartOffset;
    if (result.records.length === 0) return;
    // KIP-74: the broker sends a first batch whole even past our limit; we honour the limit.
    if (result.records.length > launched.bytes) {
      this.fetchSizeTooSmall(state, launched.offset, launched.bytes);
      return;
    }
    state.chunk = {
      records: result.records,
      fetchOffset: launched.offset,
      requestedBytes: launched.bytes,
      abortedTransactions: result.abortedTransactions,
      highWatermark: result.highWatermark,
      lastStableOffset: result.lastStableOffset,
    };
    this.ready.push(state);
  }

  private onPartitionError(state: PartitionState, error: KafkaError, offset: number): void {
    switch (fetchErrorAction(error)) {
      case 'reset':
        this.startReset(state, offset);
        return;
      case 'retry-unknown-topic':
        state.consecutiveUnknownTopicErrors++;
        if (state.consecutiveUnknownTopicErrors >= UNKNOWN_TOPIC_RETRIES) {
          state.consecutiveUnknownTopicErrors = 0;
          this.surface(state, specificError(error, { topic: state.topic, partition: state.partition, api: 'Fetch' }));
        } else {
          this.backOff(state);
        }
        return;
      case 'retry':
        this.backOff(state);
        return;
      default:
        this.surface(state, specificError(error, { topic: state.topic, partition: state.partition, offset, api: 'Fetch' }));
    }
  }

  private fetchSizeTooSmall(state: PartitionState, offset: number, requested: number): void {
    const max = this.options.maxFetchBytes;
    if (max !== null && requested >= max) {
      this.surface(state, new ConsumerFetchSizeTooSmall(state.topic, state.partition, offset, requested, this.options.fetchBytesOption));
      return;
    }
    const doubled = Math.min(requested * 2, 2 ** 31 - 1);
    state.fetchBytes = max === null ? doubled : Math.min(doubled, max);
    this.growths++;
  }

  private startReset(state: PartitionState, offset: number): void {
    state.resetting = true;
    const epoch = state.epoch;
    this.options
      .resetOffset({ topic: state.topic, partition: state.partition, offset })
      .then(
        (position) => {
          state.resetting = false;
          if (this.closed || state.removed || state.epoch !== epoch) return;
          state.position = position;
        },
        (error: unknown) => {
          state.resetting = false;
          if (this.closed || state.removed || state.epoch !== epoch) return;
          if (error instanceof KafkaError && error.retriable) this.backOff(state);
          else this.surface(state, error instanceof KafkaError ? error : new KafkaError(String(error), { code: 'RESET_FAILED', cause: error }));
        },
      )
      .finally(() => this.notify());
  }

  private surface(state: PartitionState, error: KafkaError): void {
    state.error = error;
    this.ready.push(state);
  }

  private backOff(state: PartitionState): void {
    state.retryAt = this.clock.now() + this.options.retryBackoffMs;
    this.scheduleRetryTimer();
  }

  /** One timer, due at the earliest backoff end, wakes waiting calls so they fetch again. */
  private scheduleRetryTimer(): void {
    if (this.closed) return;
    const now = this.clock.now();
    let due = Number.POSITIVE_INFINITY;
    for (const state of this.partitions.values()) if (state.retryAt > now && state.retryAt < due) due = state.retryAt;
    if (this.retryTimer && this.retryTimer.due <= due) return;
    if (this.retryTimer) this.clock.clearTimeout(this.retryTimer.handle);
    this.retryTimer = null;
    if (due === Number.POSITIVE_INFINITY) return;
    const handle = this.clock.setTimeout(() => {
      this.retryTimer = null;
      this.scheduleRetryTimer();
      this.notify();
    }, due - now);
    this.retryTimer = { handle, due };
  }

  private fail(error: unknown): void {
    if (this.closed) return;
    this.fatal = error instanceof KafkaError ? error : new KafkaError(`Fetching failed: ${String(error)}`, { code: 'FETCH_FAILED', cause: error });
    this.notify();
  }

  private discardBuffered(state: PartitionState): void {
    state.chunk = null;
    state.error = null;
    for (let i = this.ready.length - 1; i >= 0; i--) if (this.ready[i] === state) this.ready.splice(i, 1);
    if (this.current?.state === state) this.current = null;
  }

  private notify(): void {
    this.changes.notify();
  }

  private waitForChange(deadline: number | null, signal: AbortSignal | undefined): Promise<void> {
    // close() while the caller was pumping has already notified: do not wait for a wake-up that came.
    if (this.closed) return Promise.resolve();
    return this.changes.wait(deadline, signal);
  }
}
