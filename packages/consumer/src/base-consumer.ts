import { partitionKey } from '@kafkaline/network';
import type { IsolationLevel, KafkaClient, Logger } from '@kafkaline/network';
import { KafkaConfigError, KafkaError } from '@kafkaline/protocol';
import { type Clock, isClock, systemClock } from './clock.js';
import { ConsumerStoppedError, specificError } from './errors.js';
import { commitOffsets, fetchCommittedOffsets } from './offsets/committed-offsets.js';
import { boundaryOffsets } from './offsets/list-offsets.js';
import { booleanOption, describe, integerOption, rejectUnknownOptions } from './options.js';
import { abortable } from './abortable.js';
import { RestartableTimer } from './restartable-timer.js';
import { Serial } from './serial.js';

/** The options of kafka-python's base `Consumer`, plus the modern ones every consumer takes. */
export interface ConsumerOptions {
  /** Partitions to consume; null / absent = every partition of the topic. */
  partitions?: readonly number[] | null;
  /** Commit automatically (by count and by time). Default true. */
  autoCommit?: boolean;
  /** Commit after this many messages handed out; null disables the count trigger. Default 100. */
  autoCommitEveryN?: number | null;
  /** Commit this many ms after the last commit; null disables the timer. Default 5000. */
  autoCommitEveryT?: number | null;
  /** 'read_committed' hides records of aborted transactions. Default 'read_uncommitted'. */
  isolationLevel?: IsolationLevel;
  /** Timers (auto-commit, deadlines, backoff); tests pass a ManualClock. Default: real time. */
  clock?: Clock;
  /** Receives warnings such as failed auto-commits. Default: silent. */
  logger?: Logger;
}

export const BASE_OPTION_NAMES = ['partitions', 'autoCommit', 'autoCommitEveryN', 'autoCommitEveryT', 'isolationLevel', 'clock', 'logger'] as const;

/** Options every network-bound call takes. */
export interface CallOptions {
  /** Stop waiting (ConsumerAbortedError); what was already sent to Kafka is not undone. */
  signal?: AbortSignal;
}

/** `pending()`: messages between the consumer's position and the end of each partition. */
export interface PendingMessages {
  total: number;
  /** Per partition; negative after seeking past the end. */
  partitions: Map<number, number>;
}

function checkClient(client: unknown): KafkaClient {
  const c = client as Record<string, unknown> | null;
  if (typeof c !== 'object' || c === null || typeof c['fetch'] !== 'function' || typeof c['offsetCommit'] !== 'function') {
    throw new KafkaConfigError('client', `expected a KafkaClient from @kafkaline/network, got ${describe(client)}`);
  }
  return client as KafkaClient;
}

function checkPartitionList(value: unknown): number[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw new KafkaConfigError('partitions', `expected an array of partition numbers or null, got ${describe(value)}`);
  for (const p of value) {
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 2 ** 31 - 1) {
      throw new KafkaConfigError('partitions', `every partition must be a non-negative integer, got ${describe(p)}`);
    }
  }
  return [...new Set(value as number[])];
}

/**
 * kafka-python's `kafka.consumer.base.Consumer`: partitions and their offsets, commits through
 * the group coordinator, auto-commit by count and by time, pending counts. Not used directly.
 *
 * Offsets: `offsets` maps each partition to the next offset to hand to the application; that is
 * what is committed (as a standalone consumer: generation -1, empty member id).
 */
export abstract class Consumer {
  readonly client: KafkaClient;
  readonly group: string | null;
  readonly topic: string;
  readonly autoCommit: boolean;
  readonly autoCommitEveryN: number | null;
  readonly autoCommitEveryT: number | null;
  readonly isolationLevel: IsolationLevel;
  protected readonly clock: Clock;
  protected readonly logger: Logger | null;
  /** Partition → next offset to hand to the application (kafka-python's `offsets`). */
  protected readonly nextOffsets = new Map<number, number>();
  protected partitionInfo = false;
  protected stopped = false;
  /** Handing out messages may commit: the count trigger (autoCommitEveryN) is on, with a group. */
  protected readonly countTriggersCommit: boolean;
  private messagesSinceCommit = 0;
  private readonly initialization: Promise<void>;
  private readonly commits = new Serial();
  private commitTimer: RestartableTimer | null = null;
  private stopping: Promise<void> | null = null;

  protected constructor(client: KafkaClient, group: string | null, topic: string, options: ConsumerOptions, knownOptions: readonly string[]) {
    this.client = checkClient(client);
    if (group !== null && (typeof group !== 'string' || group === '')) {
      throw new KafkaConfigError('group', `expected a non-empty group name, or null for no offset storage; got ${describe(group)}`);
    }
    if (typeof topic !== 'string' || topic === '') throw new KafkaConfigError('topic', `expected a non-empty topic name, got ${describe(topic)}`);
    if (typeof options !== 'object' || options === null) throw new KafkaConfigError('options', `expected an object, got ${describe(options)}`);
    rejectUnknownOptions(options, knownOptions, this.constructor.name);
    this.group = group;
    this.topic = topic;
    const partitions = checkPartitionList(options.partitions);
    this.autoCommit = booleanOption('autoCommit', options.autoCommit, true);
    this.autoCommitEveryN = integerOption('autoCommitEveryN', options.autoCommitEveryN, 100, 1, true);
    this.autoCommitEveryT = integerOption('autoCommitEveryT', options.autoCommitEveryT, 5000, 0, true);
    if (this.autoCommit && this.autoCommitEveryT === 0) {
      throw new KafkaConfigError('autoCommitEveryT', 'the auto-commit period must be positive, or null to disable the timer; got 0');
    }
    this.countTriggersCommit = this.autoCommit && group !== null && this.autoCommitEveryN !== null;
    const isolation = options.isolationLevel ?? 'read_uncommitted';
    if (isolation !== 'read_uncommitted' && isolation !== 'read_committed') {
      throw new KafkaConfigError('isolationLevel', `expected 'read_uncommitted' or 'read_committed', got ${describe(isolation)}`);
    }
    this.isolationLevel = isolation;
    if (options.clock !== undefined && !isClock(options.clock)) throw new KafkaConfigError('clock', 'expected { now(), setTimeout(callback, ms), clearTimeout(handle) }');
    this.clock = options.clock ?? systemClock;
    if (options.logger !== undefined && typeof options.logger !== 'function') throw new KafkaConfigError('logger', `expected a function, got ${describe(options.logger)}`);
    this.logger = options.logger ?? null;
    this.initialization = this.initialize(partitions);
    // Reported by ready() and by every call; never an unhandled rejection.
    this.initialization.catch(() => undefined);
  }

  /** Resolves once partitions and starting offsets are known; rejects with why they are not. */
  async ready(options: CallOptions = {}): Promise<void> {
    await abortable(this.initialization, options.signal);
  }

  /** A copy of partition → next offset to hand out (what `commit()` stores). */
  get offsets(): Map<number, number> {
    return new Map(this.nextOffsets);
  }

  /** Messages handed out (plus seeks) since the last successful commit. */
  get countSinceCommit(): number {
    return this.messagesSinceCommit;
  }

  /** Messages come back as `[partition, { offset, message }]` from now on. */
  providePartitionInfo(): void {
    this.partitionInfo = true;
  }

  /**
   * Commits `offsets` for the given partitions (default all) to the group. Resolves null when
   * nothing was consumed since the last commit (no request), true when committed, false when
   * Kafka refused or could not be reached (the count stays, so the next trigger tries again).
   */
  async commit(partitions?: readonly number[] | null, options: CallOptions = {}): Promise<boolean | null> {
    this.throwIfStopped('commit');
    if (this.group === null) {
      throw new KafkaConfigError('group', 'this consumer was created without a group, so there is nowhere to commit offsets; pass a group name');
    }
    await abortable(this.initialization, options.signal);
    const selected = partitions === undefined || partitions === null ? null : this.checkKnownPartitions(partitions);
    return abortable(
      this.commits.run(() => this.commitNow(selected)),
      options.signal,
    );
  }

  /** Total and per-partition lag: latest offset (LSO under read_committed) minus `offsets`. */
  async pending(partitions?: readonly number[] | null, options: CallOptions = {}): Promise<PendingMessages> {
    this.throwIfStopped('pending');
    await abortable(this.initialization, options.signal);
    const selected = partitions === undefined || partitions === null ? [...this.nextOffsets.keys()] : this.checkKnownPartitions(partitions);
    const latest = await abortable(
      boundaryOffsets(
        this.client,
        selected.map((partition) => ({ topic: this.topic, partition })),
        'latest',
        this.isolationLevel,
      ),
      options.signal,
    );
    const lag = new Map<number, number>();
    let total = 0;
    for (const partition of selected) {
      const next = this.nextOffsets.get(partition) as number;
      const through = this.consumedThrough(partition);
      const position = through === undefined ? next : Math.max(next, through);
      const behind = (latest.get(partitionKey(this.topic, partition)) as number) - position;
      lag.set(partition, behind);
      total += behind;
    }
    return { total, partitions: lag };
  }

  /**
   * Where the partition has nothing left to hand out, when that is past `offsets` (transaction
   * markers take offsets but are never handed out); undefined when unknown.
   */
  protected consumedThrough(_partition: number): number | undefined {
    return undefined;
  }

  /**
   * Loads the group's committed offsets into `offsets` (nothing committed → 0). As in
   * kafka-python 0.9.4, the fetch position is not moved: use `seek(0, 1)` to follow.
   */
  async fetchLastKnownOffsets(partitions?: readonly number[] | null, options: CallOptions = {}): Promise<void> {
    this.throwIfStopped('fetchLastKnownOffsets');
    await abortable(this.initialization, options.signal);
    const selected = partitions === undefined || partitions === null ? [...this.nextOffsets.keys()] : this.checkKnownPartitions(partitions);
    await abortable(this.loadCommittedOffsets(selected), options.signal);
  }

  /**
   * Stops fetching, cancels the auto-commit timer and commits what auto-commit owes. Leaves the
   * client open (the caller owns it). Calls blocked in the consumer return; later calls throw
   * ConsumerStoppedError. Safe to call more than once.
   */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    this.stopped = true;
    this.commitTimer?.stop();
    this.stopFetching();
    this.stopping = (async () => {
      try {
        await this.initialization;
      } catch {
        return;
      }
      if (this.autoCommit && this.group !== null) await this.commits.run(() => this.commitNow(null));
      await this.commits.idle();
    })();
    return this.stopping;
  }

  /** The subclass's fetch position setup, once `offsets` are known. */
  protected abstract startFetching(): void;

  /** The subclass's part of stop(): release blocked calls, drop buffers. */
  protected abstract stopFetching(): void;

  protected async whenReady(what: string, signal?: AbortSignal): Promise<void> {
    this.throwIfStopped(what);
    await abortable(this.initialization, signal);
  }

  protected throwIfStopped(what: string): void {
    if (this.stopped) throw new ConsumerStoppedError(what);
  }

  /** Records messages handed out: advances `offsets` and runs the count trigger. */
  protected async delivered(lastOffsets: ReadonlyMap<number, number>, count: number): Promise<void> {
    for (const [partition, offset] of lastOffsets) this.nextOffsets.set(partition, offset + 1);
    await this.countAndMaybeCommit(count);
  }

  /** Adds to the count since the last commit; commits when the count trigger is due. */
  protected async countAndMaybeCommit(count: number): Promise<void> {
    this.messagesSinceCommit += count;
    if (this.countTriggersCommit && this.messagesSinceCommit >= (this.autoCommitEveryN as number)) {
      await this.commits.run(() => this.commitNow(null));
    }
  }

  /** countAndMaybeCommit() when countTriggersCommit is false: only counts, with no promise to make. */
  protected countWithoutTrigger(count: number): void {
    this.messagesSinceCommit += count;
  }

  /** A seek counts as one message for the count trigger and commits when auto-commit is on. */
  protected async countSeekAndCommit(): Promise<void> {
    this.messagesSinceCommit += 1;
    if (this.autoCommit && this.group !== null) await this.commits.run(() => this.commitNow(null));
  }

  private checkKnownPartitions(partitions: readonly number[]): number[] {
    if (!Array.isArray(partitions)) throw new KafkaConfigError('partitions', `expected an array of partition numbers, got ${describe(partitions)}`);
    for (const p of partitions) {
      if (!this.nextOffsets.has(p)) {
        throw new KafkaConfigError('partitions', `partition ${describe(p)} is not consumed by this consumer (it has ${[...this.nextOffsets.keys()].join(', ') || 'none'})`);
      }
    }
    return [...partitions];
  }

  private async commitNow(partitions: number[] | null): Promise<boolean | null> {
    if (this.messagesSinceCommit === 0 || this.group === null) return null;
    const counted = this.messagesSinceCommit;
    const selected = partitions ?? [...this.nextOffsets.keys()];
    const offsets = selected.map((partition) => ({ topic: this.topic, partition, offset: this.nextOffsets.get(partition) as number, metadata: null }));
    try {
      const results = await commitOffsets(this.client, this.group, offsets);
      const failed = results.find((r) => r.error);
      if (failed?.error) {
        this.logger?.('warn', `Offset commit for group '${this.group}' failed: ${failed.error.message}`, { group: this.group, topic: this.topic });
        return false;
      }
    } catch (error) {
      if (!(error instanceof KafkaError)) throw error;
      this.logger?.('warn', `Offset commit for group '${this.group}' failed: ${error.message}`, { group: this.group, topic: this.topic });
      return false;
    }
    this.messagesSinceCommit = Math.max(0, this.messagesSinceCommit - counted);
    this.commitTimer?.restart();
    return true;
  }

  private async initialize(partitions: number[] | null): Promise<void> {
    // Let the subclass constructor finish before its hooks run.
    await Promise.resolve();
    const ids = partitions ?? (await this.partitionIdsOfTopic());
    for (const partition of ids) this.nextOffsets.set(partition, 0);
    if (this.group !== null) await this.loadCommittedOffsets(ids);
    if (this.stopped) return;
    this.startFetching();
    if (this.autoCommit && this.group !== null && this.autoCommitEveryT !== null) {
      this.commitTimer = new RestartableTimer(this.clock, this.autoCommitEveryT, () => this.timedCommit());
      this.commitTimer.restart();
    }
  }

  private async timedCommit(): Promise<void> {
    try {
      await this.commits.run(() => this.commitNow(null));
    } catch (error) {
      // A failing timer commit must not stop the timer (kafka-python's thread died here).
      this.logger?.('warn', `Timed offset commit failed: ${error instanceof Error ? error.message : String(error)}`, { group: this.group, topic: this.topic });
    }
  }

  private async partitionIdsOfTopic(): Promise<number[]> {
    try {
      return await this.client.partitionsFor(this.topic);
    } catch (error) {
      throw error instanceof KafkaError ? specificError(error, { topic: this.topic, api: 'Metadata' }) : error;
    }
  }

  private async loadCommittedOffsets(partitions: readonly number[]): Promise<void> {
    if (this.group === null) {
      throw new KafkaConfigError('group', 'fetchLastKnownOffsets needs a group: this consumer was created with group null');
    }
    const committed = await fetchCommittedOffsets(
      this.client,
      this.group,
      partitions.map((partition) => ({ topic: this.topic, partition })),
    );
    for (const partition of partitions) this.nextOffsets.set(partition, committed.get(partitionKey(this.topic, partition)) ?? 0);
  }
}
