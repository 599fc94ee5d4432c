import { KafkaClient, partitionKey, type TopicPartition } from '@kafkaline/network';
import { ErrorCode, KafkaConfigError, type KafkaRecord, OffsetOutOfRangeError, UnknownTopicOrPartitionError } from '@kafkaline/protocol';
import { abortable } from './abortable.js';
import type { CallOptions } from './base-consumer.js';
import { ConsumerStoppedError, ConsumerTimeout, specificError } from './errors.js';
import { FastAsyncIterator } from './fast-async-iterator.js';
import { FetchEngine, type FetchedRecord, type FetchParams } from './fetch/engine.js';
import { ClassicMembership } from './group/classic-membership.js';
import { ConsumerMembership } from './group/consumer-membership.js';
import { GroupCloseTimeoutError } from './group/errors.js';
import { commitAsMember, retriableAfterRejoin } from './group/member-commit.js';
import type { AssignmentHost, GroupMembership, GroupMetadata } from './group/membership.js';
import type { MembershipOptions } from './group/membership-base.js';
import { checkRebalanceListener, type RebalanceListener } from './group/rebalance-listener.js';
import { checkSubscription } from './group/subscription.js';
import { type KafkaConsumerConfig, type ResolvedConfig, resolveConfig, splitConsumerArguments } from './kafka-consumer-config.js';
import type { KafkaMessage } from './messages.js';
import { commitOffsets, fetchCommittedOffsets } from './offsets/committed-offsets.js';
import { boundaryOffsets } from './offsets/list-offsets.js';
import { resetOffset } from './offsets/reset-policy.js';
import { copyOffsetsMap, copyOffsetsStruct, emptyOffsetsStruct, getOffset, type OffsetsGroup, type OffsetsStruct, setOffset, type TopicPartitionMap } from './offsets-struct.js';
import { describe } from './options.js';
import { RestartableTimer } from './restartable-timer.js';
import { Serial } from './serial.js';
import { parseTopicPartitions, type TopicPartitionRequest, type TopicPartitionSpec } from './topic-partitions.js';

export type { TopicPartition };

const NO_CALL_OPTIONS: CallOptions = {};

const OFFSETS_GROUPS: Record<string, OffsetsGroup> = { fetch: 'fetch', highwater: 'highwater', commit: 'commit', taskDone: 'taskDone', task_done: 'taskDone' };

/**
 * kafka-python's KafkaConsumer: explicit topic-partitions, offsets committed for what the
 * application marked with taskDone(), iteration with a consumer timeout.
 *
 * ```ts
 * const consumer = new KafkaConsumer('orders', { bootstrapServers: ['kafka:9092'], groupId: 'billing', autoCommitEnable: true });
 * for await (const m of consumer) { await handle(m); await consumer.taskDone(m); }
 * ```
 */
export class KafkaConsumer<V = Uint8Array | null> {
  private config!: ResolvedConfig<V>;
  private client!: KafkaClient;
  private ownsClient = false;
  private engine: FetchEngine | null = null;
  private assignment: TopicPartition[] = [];
  private struct: OffsetsStruct = emptyOffsetsStruct();
  private assigning: Promise<void> = Promise.resolve();
  /** The last setTopicPartitions has finished (successfully). */
  private assigned = false;
  private readonly assignments = new Serial();
  private readonly calls = new Serial();
  private readonly commits = new Serial();
  private autoCommitTimer: RestartableTimer | null = null;
  private listener: RebalanceListener = {};
  private taskDoneSinceCommit = 0;
  private closed = false;
  private closing: Promise<void> | null = null;
  /** 'manual' after topics were given explicitly, 'subscribed' after subscribe(): the two never mix. */
  private mode: 'unset' | 'manual' | 'subscribed' = 'unset';
  private membership: GroupMembership | null = null;

  constructor(...args: Array<TopicPartitionSpec | KafkaConsumerConfig<V>>) {
    const { topics, configs } = splitConsumerArguments<TopicPartitionSpec>(args);
    this.configure((configs ?? {}) as KafkaConsumerConfig<V>);
    // Parse now, so a malformed topic argument throws from the constructor.
    const requests = parseTopicPartitions(topics);
    if (requests.length > 0) this.mode = 'manual';
    this.assigning = this.trackAssignment(this.assignments.run(() => this.assign(requests)));
    this.assigning.catch(() => undefined);
  }

  /**
   * (Re)configures the consumer: validates every key, creates the client (closing one it created
   * before) and resets auto-commit. The topic-partitions and their offsets are kept.
   */
  configure(configs: KafkaConsumerConfig<V> = {}): void {
    this.throwIfClosed('configure');
    if (this.membership !== null) throw new KafkaConfigError('configs', 'configure() cannot change a subscribed consumer: close it and create a new one');
    const resolved = resolveConfig(configs);
    const previous = this.ownsClient ? this.client : null;
    this.engine?.close();
    this.engine = null;
    this.config = resolved;
    if (resolved.client) {
      this.client = resolved.client;
      this.ownsClient = false;
    } else {
      this.client = new KafkaClient({
        brokers: resolved.brokers as string | readonly string[],
        clientId: resolved.clientId,
        requestTimeoutMs: resolved.socketTimeoutMs,
        refreshLeaderBackoffMs: resolved.refreshLeaderBackoffMs,
        metadataMaxAgeMs: resolved.group.metadataMaxAgeMs,
        clock: resolved.clock,
        ...(resolved.tls !== undefined ? { tls: resolved.tls } : {}),
        ...(resolved.sasl !== undefined ? { sasl: resolved.sasl } : {}),
        ...(resolved.socketFactory !== undefined ? { socketFactory: resolved.socketFactory } : {}),
        ...(resolved.logger !== null ? { logger: resolved.logger } : {}),
      });
      this.ownsClient = true;
    }
    if (previous) void previous.close();
    this.autoCommitTimer?.stop();
    this.autoCommitTimer = null;
    this.taskDoneSinceCommit = 0;
    if (resolved.autoCommitEnable && resolved.autoCommitIntervalMs !== null) {
      this.autoCommitTimer = new RestartableTimer(resolved.clock, resolved.autoCommitIntervalMs, () => this.timedCommit());
      this.autoCommitTimer.restart();
    }
  }

  /**
   * Replaces what is consumed: topic names (every partition), `[topic, partition]`,
   * `[topic, partition, offset]`, `{ topic: partition(s) }`, `Map([[topic, partition], offset])`.
   * Partitions without an explicit offset start at the group's committed offset, else per
   * autoOffsetReset. Offsets marked done for dropped partitions are committed first when
   * auto-commit is on.
   */
  setTopicPartitions(...topics: TopicPartitionSpec[]): Promise<void> {
    this.throwIfClosed('setTopicPartitions');
    if (this.mode === 'subscribed') {
      throw new KafkaConfigError('topics', 'setTopicPartitions() assigns partitions by hand, but this consumer called subscribe() and its group assigns them; use one or the other');
    }
    const requests = parseTopicPartitions(topics);
    this.mode = 'manual';
    this.assigning = this.trackAssignment(this.assignments.run(() => this.assign(requests)));
    return this.assigning;
  }

  /**
   * Group-managed consumption: joins `groupId` and consumes the partitions the group assigns
   * (topic names, or a RegExp matched against every topic), following rebalances. `listener`
   * hears about revoked, assigned and lost partitions; offsets marked done are committed before
   * any partition is revoked. Calling it again changes the subscription. Not with
   * setTopicPartitions() or topics given to the constructor.
   */
  subscribe(topics: readonly string[] | RegExp, listener?: RebalanceListener): void {
    this.throwIfClosed('subscribe');
    const spec = checkSubscription(topics);
    const checkedListener = checkRebalanceListener(listener);
    if (this.mode === 'manual') {
      throw new KafkaConfigError('topics', 'subscribe() lets the group assign partitions, but this consumer was given topic-partitions by hand (constructor or setTopicPartitions()); use one or the other');
    }
    const groupId = this.config.groupId;
    if (groupId === null) throw new KafkaConfigError('groupId', 'subscribe() needs a groupId: the group is what assigns partitions to its members');
    if (this.membership !== null) {
      if (listener !== undefined) this.listener = checkedListener;
      this.membership.subscribe(spec);
      return;
    }
    this.mode = 'subscribed';
    this.listener = checkedListener;
    const group = this.config.group;
    // Reads the listener at each call, so that a later subscribe(topics, listener) replaces it.
    const current = (): RebalanceListener => this.listener;
    const forwarding: RebalanceListener = {
      get onPartitionsRevoked() {
        return current().onPartitionsRevoked?.bind(current());
      },
      get onPartitionsAssigned() {
        return current().onPartitionsAssigned?.bind(current());
      },
      get onPartitionsLost() {
        return current().onPartitionsLost?.bind(current());
      },
    };
    const membershipOptions: MembershipOptions = {
      groupId,
      host: this.assignmentHost(),
      listener: forwarding,
      logger: this.config.logger,
      client: this.client,
      clock: this.config.clock,
      groupInstanceId: group.groupInstanceId,
      subscription: spec,
      sessionTimeoutMs: group.sessionTimeoutMs,
      heartbeatIntervalMs: group.heartbeatIntervalMs,
      rebalanceTimeoutMs: group.rebalanceTimeoutMs,
      maxPollIntervalMs: group.maxPollIntervalMs,
      retryBackoffMs: this.config.refreshLeaderBackoffMs,
      metadataCheckIntervalMs: group.metadataMaxAgeMs,
    };
    this.membership =
      group.protocol === 'classic'
        ? new ClassicMembership({ ...membershipOptions, assignors: group.assignors })
        : new ConsumerMembership({ ...membershipOptions, remoteAssignor: group.remoteAssignor });
    this.membership.start();
  }

  /** The group membership of a subscribed consumer (Java's groupMetadata()); null otherwise. */
  groupMetadata(): GroupMetadata | null {
    return this.membership?.metadata() ?? null;
  }

  /**
   * Resolves when the topic-partitions given last are set up (subscribed: when the group's first
   * assignment is applied); rejects with why they are not.
   */
  async ready(options: CallOptions = {}): Promise<void> {
    await abortable(this.assigning, options.signal);
    if (this.membership !== null) await abortable(this.membership.firstAssignment(), options.signal);
  }

  /**
   * The next message. With consumerTimeoutMs >= 0, throws ConsumerTimeout when none arrives in
   * time (after at least one fetch round); with -1 waits until a message or close().
   */
  async next(options: CallOptions = {}): Promise<KafkaMessage<V>> {
    const buffered = this.takeDecodedMessage(options);
    if (buffered !== null) return buffered;
    const membership = this.membership;
    for (;;) {
      this.throwIfClosed('next');
      await this.assigning;
      membership?.beforePoll();
      const engine = this.ensureEngine();
      const timeout = this.config.consumerTimeoutMs;
      membership?.pollStarted();
      let got: FetchedRecord | null;
      try {
        got = await this.calls.run(() =>
          engine.next({
            deadline: timeout >= 0 ? this.config.clock.now() + timeout : null,
            fetch: this.fetchParams(),
            clampWaitToDeadline: true,
            round: 'any',
            signal: options.signal,
          }),
        );
      } finally {
        membership?.pollEnded();
      }
      if (got !== null) return this.toMessage(engine, got);
      if (this.closed) throw new ConsumerStoppedError('next');
      // Reconfigured or reassigned while waiting: wait on the new set-up.
      if (engine.isClosed) continue;
      throw new ConsumerTimeout(timeout);
    }
  }

  /**
   * One batch: what is buffered, or what one fetch round brings (waiting at most
   * fetchWaitMaxMs on the broker). Errors appear on the first iteration, not on the call.
   */
  async *fetchMessages(options: CallOptions = {}): AsyncGenerator<KafkaMessage<V>, void, undefined> {
    this.throwIfClosed('fetchMessages');
    await this.assigning;
    this.membership?.beforePoll();
    this.membership?.pollStarted();
    this.membership?.pollEnded();
    const engine = this.ensureEngine();
    let first = true;
    for (;;) {
      const wait = first
        ? { deadline: this.config.clock.now(), fetch: this.fetchParams(), clampWaitToDeadline: false, round: 'any' as const, signal: options.signal }
        : { deadline: this.config.clock.now(), fetch: null, clampWaitToDeadline: false, round: 'none' as const, signal: options.signal };
      first = false;
      const got = await this.calls.run(() => engine.next(wait));
      if (got === null) return;
      yield this.toMessage(engine, got);
    }
  }

  /**
   * Messages until close(); with consumerTimeoutMs >= 0 the iteration ends after that long without one.
   * A message already decoded is handed out at once, without the promise of next().
   */
  [Symbol.asyncIterator](): AsyncGenerator<KafkaMessage<V>, void, undefined> {
    return new FastAsyncIterator({
      take: () => this.takeDecodedMessage(NO_CALL_OPTIONS),
      wait: async () => {
        try {
          return await this.next();
        } catch (error) {
          if (error instanceof ConsumerTimeout || error instanceof ConsumerStoppedError) return null;
          throw error;
        }
      },
    });
  }

  /**
   * The fast path of next(): a record already decoded, when no call waits on the engine. The
   * group's poll checks and poll clock see it as a poll like any other. Null otherwise.
   */
  private takeDecodedMessage(options: CallOptions): KafkaMessage<V> | null {
    const engine = this.engine;
    if (engine === null || this.closed || !this.assigned || this.calls.busy || options.signal?.aborted) return null;
    this.membership?.beforePoll();
    return engine.takeDecodedWith(this.deliverDecoded);
  }

  /** takeDecodedMessage's delivery of a record the engine had decoded. */
  private readonly deliverDecoded = (topic: string, partition: number, record: KafkaRecord, highWatermark: number): KafkaMessage<V> => {
    this.membership?.pollStarted();
    this.membership?.pollEnded();
    return this.messageOf(this.engine as FetchEngine, topic, partition, record, highWatermark);
  };

  /**
   * Offsets of one partition: requestTimeMs -1 = the latest offset, -2 = the earliest, or a time
   * in ms (the first offset at or after it). Modern brokers return one offset, so the list holds
   * at most one element whatever maxNumOffsets says (and none when maxNumOffsets is 0 or no
   * offset matches the time).
   */
  async getPartitionOffsets(topic: string, partition: number, requestTimeMs: number, maxNumOffsets: number, options: CallOptions = {}): Promise<number[]> {
    this.throwIfClosed('getPartitionOffsets');
    if (typeof topic !== 'string' || topic === '') throw new KafkaConfigError('topic', `expected a non-empty topic name, got ${describe(topic)}`);
    if (!Number.isInteger(partition) || partition < 0) throw new KafkaConfigError('partition', `expected a non-negative integer, got ${describe(partition)}`);
    if (!Number.isSafeInteger(requestTimeMs) || requestTimeMs < -2) throw new KafkaConfigError('requestTimeMs', `expected -1 (latest), -2 (earliest) or a time in ms, got ${describe(requestTimeMs)}`);
    if (!Number.isInteger(maxNumOffsets) || maxNumOffsets < 0) throw new KafkaConfigError('maxNumOffsets', `expected a non-negative integer, got ${describe(maxNumOffsets)}`);
    const timestamp = requestTimeMs === -1 ? 'latest' : requestTimeMs === -2 ? 'earliest' : requestTimeMs;
    const [result] = await abortable(this.client.listOffsets({ partitions: [{ topic, partition, timestamp }], isolationLevel: this.config.isolationLevel }), options.signal);
    if (result?.error) throw specificError(result.error, { topic, partition, api: 'ListOffsets' });
    const offset = result?.offset ?? -1;
    return maxNumOffsets === 0 || offset < 0 ? [] : [offset];
  }

  /**
   * A copy of the offsets: all four groups, or one of 'fetch' (next offset to request, advanced
   * as messages are handed out), 'highwater', 'commit' (next offset to read as committed),
   * 'taskDone' (last offset marked done). Values are null until known.
   */
  offsets(): OffsetsStruct;
  offsets(group: OffsetsGroup | 'task_done'): TopicPartitionMap<number | null>;
  offsets(group?: OffsetsGroup | 'task_done' | null): OffsetsStruct | TopicPartitionMap<number | null> {
    if (group === undefined || group === null) return copyOffsetsStruct(this.struct);
    const key = typeof group === 'string' ? OFFSETS_GROUPS[group] : undefined;
    if (key === undefined) throw new KafkaConfigError('group', `expected 'fetch', 'highwater', 'commit' or 'taskDone', got ${describe(group)}`);
    return copyOffsetsMap(this.struct[key]);
  }

  /**
   * Marks a message as processed: its offset + 1 is what the next commit() stores. Resolves
   * false (and changes nothing) for a partition that is not consumed. Runs the count trigger.
   */
  async taskDone(message: Pick<KafkaMessage<unknown>, 'topic' | 'partition' | 'offset'>, options: CallOptions = {}): Promise<boolean> {
    this.throwIfClosed('taskDone');
    if (typeof message !== 'object' || message === null || !Number.isSafeInteger(message.offset)) {
      throw new KafkaConfigError('message', `expected a message { topic, partition, offset }, got ${describe(message)}`);
    }
    await this.assigning;
    const { topic, partition, offset } = message;
    if (getOffset(this.struct.fetch, topic, partition) === undefined) {
      this.warn(`taskDone for ${topic}/${partition}, which this consumer does not consume; ignored`);
      return false;
    }
    const previous = getOffset(this.struct.taskDone, topic, partition);
    if (previous !== null && previous !== undefined && offset !== previous + 1) {
      this.warn(`taskDone for ${topic}/${partition} offset ${offset} is not continuous with ${previous}`);
    }
    const committed = getOffset(this.struct.commit, topic, partition);
    if (committed !== null && committed !== undefined && offset + 1 <= committed) {
      this.warn(`taskDone for ${topic}/${partition} offset ${offset} was already committed (commit offset ${committed})`);
    }
    setOffset(this.struct.taskDone, topic, partition, offset);
    const every = this.config.autoCommitIntervalMessages;
    if (this.config.autoCommitEnable && every !== null) {
      this.taskDoneSinceCommit++;
      if (this.taskDoneSinceCommit >= every) await abortable(this.commits.run(() => this.commitDone(null)), options.signal);
    }
    return true;
  }

  /**
   * Commits, for every partition with a taskDone offset, that offset + 1 (skipping partitions
   * whose commit offset is already that). Resolves false when there was nothing to commit.
   * A partition the broker refused raises its error after the others are recorded.
   */
  async commit(options: CallOptions = {}): Promise<boolean> {
    this.throwIfClosed('commit');
    if (this.config.groupId === null) throw new KafkaConfigError('groupId', 'commit() needs a groupId: offsets are stored per consumer group');
    await abortable(this.assigning, options.signal);
    return abortable(this.commitRetryingAfterRejoin(), options.signal);
  }

  /**
   * A subscribed consumer's commit refused with REBALANCE_IN_PROGRESS or STALE_MEMBER_EPOCH goes
   * once more when the member has rejoined (or heard its current epoch), for the partitions it
   * still owns: revoked ones were committed on revocation. Not from inside a rebalance listener,
   * which the rebalance itself waits for (the refusal is thrown there).
   */
  private async commitRetryingAfterRejoin(): Promise<boolean> {
    const membership = this.membership;
    const version = membership?.identityVersion() ?? 0;
    try {
      return await this.commits.run(() => this.commitDone(null));
    } catch (error) {
      if (membership === null || !retriableAfterRejoin(error) || !(await membership.freshIdentity(version))) throw error;
      return this.commits.run(() => this.commitDone(null));
    }
  }

  /**
   * Commits what auto-commit owes (offsets marked done), stops fetching and timers, and closes
   * the client if the consumer created it. Blocked calls end with ConsumerStoppedError.
   */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closed = true;
    this.autoCommitTimer?.stop();
    this.engine?.close();
    this.closing = (async () => {
      let failure: unknown = null;
      try {
        await this.assigning;
      } catch {
        // Nothing was assigned, so nothing is owed.
      }
      const settle = async () => {
        if (this.membership !== null) {
          try {
            // Revokes (committing what is done), then leaves the group.
            await this.membership.close();
          } catch (error) {
            failure = error;
          }
        }
        if (this.config.autoCommitEnable && this.config.groupId !== null) {
          try {
            await this.commits.run(() => this.commitDone(null));
          } catch (error) {
            failure = error;
          }
        }
        await this.commits.idle();
      };
      if (this.membership === null) await settle();
      else if (!(await this.settledWithin(settle(), this.config.group.closeTimeoutMs))) {
        // Closing the client below fails the requests still waiting for the coordinator.
        failure = new GroupCloseTimeoutError(this.config.groupId as string, this.config.group.closeTimeoutMs);
        this.warn((failure as Error).message);
      }
      if (this.ownsClient) await this.client.close();
      if (failure !== null) throw failure;
    })();
    return this.closing;
  }

  /** Whether `work` ended within `ms` on the consumer's clock (it goes on in the background if not). */
  private settledWithin(work: Promise<void>, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = this.config.clock.setTimeout(() => resolve(false), ms);
      const done = () => {
        this.config.clock.clearTimeout(timer);
        resolve(true);
      };
      work.then(done, done);
    });
  }

  /**
   * For group-managed consumption (subscribe): starts consuming partitions assigned at runtime,
   * from the group's committed offsets (else per autoOffsetReset).
   */
  async addAssignedPartitions(partitions: readonly TopicPartition[]): Promise<void> {
    this.throwIfClosed('addAssignedPartitions');
    await this.addPartitions(partitions);
  }

  /**
   * For group-managed consumption: stops consuming partitions that are revoked, after committing
   * the offsets marked done for them (when a group is set), so none is lost or committed later
   * by a consumer that no longer owns the partition. `commit: false` is for partitions already
   * lost (another member may own them): nothing is committed.
   */
  async removeAssignedPartitions(partitions: readonly TopicPartition[], options: { commit?: boolean } = {}): Promise<void> {
    this.throwIfClosed('removeAssignedPartitions');
    await this.dropPartitions(partitions, options);
  }

  private addPartitions(partitions: readonly TopicPartition[]): Promise<void> {
    return this.assignments.run(async () => {
      const fresh = partitions.filter((tp) => getOffset(this.struct.fetch, tp.topic, tp.partition) === undefined);
      await this.startPartitions(fresh.map((tp) => ({ topic: tp.topic, partition: tp.partition })));
    });
  }

  private async dropPartitions(partitions: readonly TopicPartition[], options: { commit?: boolean }): Promise<void> {
    await this.assignments.run(async () => {
      const keys = new Set(partitions.map((tp) => partitionKey(tp.topic, tp.partition)));
      if (this.config.groupId !== null && options.commit !== false) await this.commits.run(() => this.commitDone(keys));
      this.engine?.remove(partitions);
      this.assignment = this.assignment.filter((tp) => !keys.has(partitionKey(tp.topic, tp.partition)));
      for (const group of Object.values(this.struct)) {
        for (const tp of partitions) group.get(tp.topic)?.delete(tp.partition);
      }
    });
  }

  /** The topic-partitions consumed, in assignment order. */
  assignedPartitions(): TopicPartition[] {
    return this.assignment.map((tp) => ({ ...tp }));
  }

  toString(): string {
    return `KafkaConsumer<${this.assignment.map((tp) => `${tp.topic}-${tp.partition}`).join(', ')}>`;
  }

  /** How group membership starts and stops partitions of this consumer (works during close()). */
  private assignmentHost(): AssignmentHost {
    return {
      startPartitions: (partitions) => this.addPartitions(partitions),
      stopPartitions: (partitions, commit) => this.dropPartitions(partitions, { commit }),
      interrupt: () => {
        this.engine?.close();
        this.engine = null;
      },
    };
  }

  private trackAssignment(assignment: Promise<void>): Promise<void> {
    this.assigned = false;
    assignment.then(
      () => {
        if (this.assigning === assignment) this.assigned = true;
      },
      () => undefined,
    );
    return assignment;
  }

  private async assign(requests: TopicPartitionRequest[]): Promise<void> {
    if (this.config.autoCommitEnable && this.config.groupId !== null && this.assignment.length > 0) {
      await this.commits.run(() => this.commitDone(null));
    }
    this.engine?.close();
    this.engine = null;
    this.assignment = [];
    this.struct = emptyOffsetsStruct();
    const resolved = await this.resolvePartitions(requests);
    await this.startPartitions(resolved);
  }

  /** Expands topic names and checks partitions against metadata; later duplicates win. */
  private async resolvePartitions(requests: TopicPartitionRequest[]): Promise<TopicPartitionRequest[]> {
    const partitionsOf = new Map<string, number[] | null>();
    for (const { topic } of requests) {
      if (partitionsOf.has(topic)) continue;
      const meta = await this.client.topicMetadata(topic);
      partitionsOf.set(topic, meta === undefined || meta.errorCode !== 0 ? null : meta.partitions.map((p) => p.partition));
    }
    const out = new Map<string, TopicPartitionRequest>();
    for (const request of requests) {
      const known = partitionsOf.get(request.topic) ?? null;
      if (request.partition === undefined) {
        // kafka-python 0.9.4: a topic name the cluster does not know contributes no partitions.
        for (const partition of known ?? []) out.set(partitionKey(request.topic, partition), { topic: request.topic, partition });
        continue;
      }
      if (known === null || !known.includes(request.partition)) {
        throw new UnknownTopicOrPartitionError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, {
          topic: request.topic,
          partition: request.partition,
          api: 'Metadata',
          brokerMessage: known === null ? 'the cluster does not know this topic' : `the topic has partitions ${known.join(', ')}`,
        });
      }
      out.set(partitionKey(request.topic, request.partition), request);
    }
    return [...out.values()];
  }

  /** Commit offsets from the group; fetch offsets explicit, committed, or per the reset policy. */
  private async startPartitions(requests: TopicPartitionRequest[]): Promise<void> {
    const tps = requests.map((r) => ({ topic: r.topic, partition: r.partition as number }));
    const committed = this.config.groupId === null ? new Map<string, number | null>() : await fetchCommittedOffsets(this.client, this.config.groupId, tps);
    const needReset = requests.filter((r) => r.offset === undefined && (committed.get(partitionKey(r.topic, r.partition as number)) ?? null) === null);
    let resetTo = new Map<string, number>();
    if (needReset.length > 0) {
      const target = this.config.autoOffsetReset;
      if (target === 'none') {
        const first = needReset[0] as TopicPartitionRequest;
        throw new OffsetOutOfRangeError(ErrorCode.OFFSET_OUT_OF_RANGE, {
          topic: first.topic,
          partition: first.partition,
          api: 'Fetch',
          brokerMessage: "no committed offset and autoOffsetReset is 'none': give an explicit offset or set autoOffsetReset to 'smallest' or 'largest'",
        });
      }
      resetTo = await boundaryOffsets(
        this.client,
        needReset.map((r) => ({ topic: r.topic, partition: r.partition as number })),
        target,
        this.config.isolationLevel,
      );
    }
    const added: Array<{ topic: string; partition: number; offset: number }> = [];
    for (const r of requests) {
      const partition = r.partition as number;
      const key = partitionKey(r.topic, partition);
      const commit = committed.get(key) ?? null;
      const fetch = r.offset ?? commit ?? (resetTo.get(key) as number);
      setOffset(this.struct.fetch, r.topic, partition, fetch);
      setOffset(this.struct.commit, r.topic, partition, commit);
      setOffset(this.struct.highwater, r.topic, partition, null);
      setOffset(this.struct.taskDone, r.topic, partition, null);
      this.assignment.push({ topic: r.topic, partition });
      added.push({ topic: r.topic, partition, offset: fetch });
    }
    this.engine?.add(added);
  }

  private ensureEngine(): FetchEngine {
    if (this.engine) return this.engine;
    // close() may have run while the caller awaited: a new engine would wait forever.
    this.throwIfClosed('next');
    // A subscribed consumer may own nothing for a while (before the first assignment, or with more members than partitions).
    if (this.assignment.length === 0 && this.mode !== 'subscribed') {
      throw new KafkaConfigError('topics', 'No topics or partitions configured: pass them to the constructor or to setTopicPartitions()');
    }
    const config = this.config;
    const engine = new FetchEngine({
      client: this.client,
      clock: config.clock,
      isolationLevel: config.isolationLevel,
      initialFetchBytes: config.fetchMessageMaxBytes,
      maxFetchBytes: config.fetchMessageMaxBytes,
      fetchBytesOption: 'fetchMessageMaxBytes',
      retryBackoffMs: config.refreshLeaderBackoffMs,
      prefetch: this.fetchParams(),
      resetOffset: (where) => resetOffset(this.client, config.autoOffsetReset, where, config.isolationLevel),
    });
    engine.add(this.assignment.map((tp) => ({ ...tp, offset: getOffset(this.struct.fetch, tp.topic, tp.partition) as number })));
    this.engine = engine;
    return engine;
  }

  private fetchParams(): FetchParams {
    return { maxWaitMs: this.config.fetchWaitMaxMs, minBytes: this.config.fetchMinBytes };
  }

  private toMessage(engine: FetchEngine, got: FetchedRecord): KafkaMessage<V> {
    return this.messageOf(engine, got.topic, got.partition, got.record, got.highWatermark);
  }

  private messageOf(engine: FetchEngine, topic: string, partition: number, record: KafkaRecord, highWatermark: number): KafkaMessage<V> {
    let value: V;
    try {
      value = this.config.deserializer(record.value);
    } catch (error) {
      // Deliver this record again next time rather than skip it.
      engine.seek(topic, partition, record.offset);
      throw error;
    }
    // A record of a partition revoked meanwhile must not bring the partition back into the offsets.
    const fetchOffsets = this.struct.fetch.get(topic);
    if (fetchOffsets?.has(partition)) {
      fetchOffsets.set(partition, record.offset + 1);
      setOffset(this.struct.highwater, topic, partition, highWatermark);
    }
    return { topic, partition, offset: record.offset, key: record.key, value, timestamp: record.timestamp, headers: record.headers };
  }

  /** Commits taskDone + 1 where it moved (only for `only`, when given); see commit(). */
  private async commitDone(only: ReadonlySet<string> | null): Promise<boolean> {
    const groupId = this.config.groupId;
    if (groupId === null) return false;
    const offsets: Array<{ topic: string; partition: number; offset: number; metadata: string }> = [];
    for (const { topic, partition } of this.assignment) {
      if (only !== null && !only.has(partitionKey(topic, partition))) continue;
      const done = getOffset(this.struct.taskDone, topic, partition);
      if (done === null || done === undefined) continue;
      if (getOffset(this.struct.commit, topic, partition) === done + 1) continue;
      offsets.push({ topic, partition, offset: done + 1, metadata: '' });
    }
    if (offsets.length === 0) return false;
    const counted = this.taskDoneSinceCommit;
    const results = this.membership === null ? await commitOffsets(this.client, groupId, offsets) : await commitAsMember(this.client, groupId, this.membership, offsets);
    let failure: Error | null = null;
    results.forEach((result, i) => {
      const sent = offsets[i] as (typeof offsets)[number];
      if (result.error) failure ??= result.error;
      else setOffset(this.struct.commit, sent.topic, sent.partition, sent.offset);
    });
    if (failure !== null) throw failure;
    if (this.config.autoCommitEnable) {
      this.taskDoneSinceCommit = Math.max(0, this.taskDoneSinceCommit - counted);
      this.autoCommitTimer?.restart();
    }
    return true;
  }

  private async timedCommit(): Promise<void> {
    try {
      await this.assigning;
      await this.commitRetryingAfterRejoin();
    } catch (error) {
      this.warn(`Timed offset commit failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private warn(message: string): void {
    this.config.logger?.('warn', message, { groupId: this.config.groupId });
  }

  private throwIfClosed(what: string): void {
    if (this.closed) throw new ConsumerStoppedError(what);
  }
}

