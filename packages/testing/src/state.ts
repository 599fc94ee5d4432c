import { ErrorCode, encodeTransactionMarker, readLogEntryHeader, setLogEntryOffset, setPartitionLeaderEpoch } from '@kafkaline/protocol';
import type { BrokerState } from './broker.js';
import type { Clock } from './clock.js';
import { FaultInjector } from './faults.js';
import { ConsumerGroupCoordinator } from './consumer-groups/coordinator.js';
import { GroupCoordinator } from './groups.js';
import type { SeededRandom } from './random.js';
import type { SaslUsers } from './sasl/mechanisms.js';
import { isValidTopicName, type PartitionState, type TopicRegistry, type TopicState } from './topics.js';
import { TopicRegistry as Registry } from './topics.js';
import { TransactionCoordinator } from './transactions.js';

/** One request as the cluster received it (`FakeCluster.requests`). */
export interface ObservedRequest {
  /** 0-based arrival order across the whole cluster. */
  sequence: number;
  /** Clock time of arrival. */
  at: number;
  broker: number;
  connection: number;
  apiKey: number;
  api: string;
  version: number;
  correlationId: number;
  clientId: string | null;
  /** The decoded request body. */
  body: unknown;
}

/** An exception a handler threw: the cluster logs it here and closes that connection. */
export interface ObservedError {
  at: number;
  broker: number;
  connection: number;
  api: string;
  error: unknown;
}

export interface ClusterConfig {
  autoCreateTopics: boolean;
  /** num.partitions for auto-created topics. */
  defaultPartitions: number;
  /** default.replication.factor, clipped to the number of brokers. */
  defaultReplicationFactor: number;
  /** socket.request.max.bytes: a bigger frame closes the connection. */
  maxRequestBytes: number;
  groupInitialRebalanceDelayMs: number;
  groupMinSessionTimeoutMs: number;
  groupMaxSessionTimeoutMs: number;
  consumerGroupHeartbeatIntervalMs: number;
  transactionMaxTimeoutMs: number;
  sasl: SaslUsers | null;
}

/** Number of partitions of Kafka's internal __consumer_offsets / __transaction_state topics. */
const COORDINATOR_SLOTS = 50;

/**
 * Everything the cluster knows, shared by all brokers: the broker core's state. Handlers read and
 * change it; transports never touch it. Kept free of I/O so the same state answers TCP,
 * in-process and replayed requests alike.
 */
export class ClusterState {
  readonly topics: TopicRegistry;
  readonly groups: GroupCoordinator;
  /** KIP-848 ("consumer" protocol) groups; their committed offsets live in `groups` under the same id. */
  readonly consumerGroups: ConsumerGroupCoordinator;
  readonly transactions: TransactionCoordinator;
  readonly faults = new FaultInjector();
  readonly requests: ObservedRequest[] = [];
  readonly errors: ObservedError[] = [];
  readonly clusterId: string;
  private requestSequence = 0;
  private readonly appendListeners = new Set<() => void>();
  private readonly requestListeners = new Set<(request: ObservedRequest) => void>();
  private readonly coordinatorOverrides = new Map<string, number>();
  /** Leader of each coordinator slot (the internal topics' partitions). */
  private readonly coordinatorSlots: number[];

  constructor(
    readonly clock: Clock,
    readonly random: SeededRandom,
    readonly brokers: BrokerState[],
    readonly config: ClusterConfig,
  ) {
    this.clusterId = random.uuid();
    this.topics = new Registry(
      () => this.brokers.map((b) => b.id),
      (id) => this.broker(id)?.up ?? false,
    );
    this.groups = new GroupCoordinator({
      clock,
      newMemberId: (clientId) => `${clientId}-${formatUuid(random)}`,
      initialRebalanceDelayMs: config.groupInitialRebalanceDelayMs,
      minSessionTimeoutMs: config.groupMinSessionTimeoutMs,
      maxSessionTimeoutMs: config.groupMaxSessionTimeoutMs,
    });
    this.consumerGroups = new ConsumerGroupCoordinator({
      clock,
      topics: this.topics,
      newMemberId: () => random.uuid(),
      sessionTimeoutMs: 45_000,
      heartbeatIntervalMs: config.consumerGroupHeartbeatIntervalMs,
      classicGroupInUse: (groupId) => (this.groups.get(groupId)?.members.size ?? 0) > 0,
    });
    this.transactions = new TransactionCoordinator({
      clock,
      topics: this.topics,
      groups: this.groups,
      maxTimeoutMs: config.transactionMaxTimeoutMs,
      encodeMarker: (partition, producerId, producerEpoch, committed) => this.encodeMarker(partition, producerId, producerEpoch, committed),
      appendMarker: (partition, marker, producerId, producerEpoch, committed) => this.appendMarker(partition, marker, producerId, producerEpoch, committed),
    });
    this.coordinatorSlots = Array.from({ length: COORDINATOR_SLOTS }, (_, i) => (brokers[i % brokers.length] as BrokerState).id);
  }

  broker(id: number): BrokerState | undefined {
    return this.brokers.find((b) => b.id === id);
  }

  liveBrokers(): BrokerState[] {
    return this.brokers.filter((b) => b.up);
  }

  /** KRaft brokers report a live broker as "controller" (clients cannot reach the real one). */
  controllerId(): number {
    return this.liveBrokers()[0]?.id ?? -1;
  }

  // ---- requests and errors --------------------------------------------------------------

  observe(request: Omit<ObservedRequest, 'sequence' | 'at'>): ObservedRequest {
    const observed: ObservedRequest = { sequence: this.requestSequence++, at: this.clock.now(), ...request };
    this.requests.push(observed);
    for (const listener of this.requestListeners) listener(observed);
    return observed;
  }

  onRequest(listener: (request: ObservedRequest) => void): () => void {
    this.requestListeners.add(listener);
    return () => this.requestListeners.delete(listener);
  }

  // ---- topics ---------------------------------------------------------------------------

  /** Creates a topic, or returns the Kafka error code explaining why not. */
  createTopic(name: string, partitions: number, replicationFactor: number, configs = new Map<string, string>()): TopicState | number {
    if (!isValidTopicName(name)) return ErrorCode.INVALID_TOPIC_EXCEPTION;
    if (this.topics.get(name)) return ErrorCode.TOPIC_ALREADY_EXISTS;
    if (!Number.isInteger(partitions) || partitions < 1) return ErrorCode.INVALID_PARTITIONS;
    if (!Number.isInteger(replicationFactor) || replicationFactor < 1 || replicationFactor > this.brokers.length) {
      return ErrorCode.INVALID_REPLICATION_FACTOR;
    }
    return this.topics.create(name, this.random.uuid(), partitions, replicationFactor, configs);
  }

  /** Kafka's defaults for a topic created without explicit settings. */
  defaultReplicationFactor(): number {
    return Math.min(this.config.defaultReplicationFactor, this.brokers.length);
  }

  /**
   * Metadata auto-creation: the topic is created and, like a KRaft broker that forwarded the
   * creation to the controller, the request that created it still sees LEADER_NOT_AVAILABLE.
   */
  autoCreate(name: string): number {
    const created = this.createTopic(name, this.config.defaultPartitions, this.defaultReplicationFactor());
    if (typeof created === 'number') return created;
    return ErrorCode.LEADER_NOT_AVAILABLE;
  }

  deleteTopic(name: string): TopicState | undefined {
    const topic = this.topics.delete(name);
    if (topic) this.notifyAppend();
    return topic;
  }

  /** Where a partition-scoped request must go; the error for a broker that is not the leader. */
  leaderCheck(partition: PartitionState | undefined, brokerId: number): number {
    if (partition === undefined) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    if (partition.leader === -1) return ErrorCode.LEADER_NOT_AVAILABLE;
    if (partition.leader !== brokerId) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
    return ErrorCode.NONE;
  }

  /** Kafka's leader-epoch fencing: -1 skips the check. */
  epochCheck(partition: PartitionState, currentLeaderEpoch: number): number {
    if (currentLeaderEpoch < 0 || currentLeaderEpoch === partition.leaderEpoch) return ErrorCode.NONE;
    return currentLeaderEpoch < partition.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH;
  }

  /** Moves a partition's leadership to `brokerId` (default: the next live replica). Returns the new leader. */
  moveLeader(partition: PartitionState, brokerId?: number): number {
    const live = partition.replicas.filter((b) => this.broker(b)?.up);
    const target = brokerId ?? live[(live.indexOf(partition.leader) + 1) % Math.max(live.length, 1)] ?? -1;
    this.topics.elect(partition, target);
    this.notifyAppend();
    return target;
  }

  // ---- coordinators ---------------------------------------------------------------------

  /**
   * The coordinator of a group (keyType 0) or transactional id (1): the leader of the slot the
   * key hashes to (Java's String.hashCode mod 50, as Kafka places it in __consumer_offsets), or
   * where a test moved it.
   */
  coordinatorFor(keyType: number, key: string): BrokerState | undefined {
    const override = this.coordinatorOverrides.get(`${keyType}:${key}`);
    if (override !== undefined) {
      const broker = this.broker(override);
      if (broker?.up) return broker;
    }
    const slot = Math.abs(javaStringHash(key)) % COORDINATOR_SLOTS;
    return this.broker(this.coordinatorSlots[slot] as number);
  }

  isCoordinator(keyType: number, key: string, brokerId: number): boolean {
    return this.coordinatorFor(keyType, key)?.id === brokerId;
  }

  moveCoordinator(keyType: number, key: string, brokerId: number): void {
    this.coordinatorOverrides.set(`${keyType}:${key}`, brokerId);
    if (keyType === 0) this.groups.abortPending(key, ErrorCode.NOT_COORDINATOR);
  }

  /** A stopped broker's coordinator slots move to the live brokers, as internal-topic leadership would. */
  brokerStopped(brokerId: number): void {
    const live = this.liveBrokers();
    this.topics.brokerStopped(brokerId);
    if (live.length > 0) {
      this.coordinatorSlots.forEach((leader, slot) => {
        if (leader === brokerId) this.coordinatorSlots[slot] = (live[slot % live.length] as BrokerState).id;
      });
    }
    for (const group of this.groups.all()) {
      if (this.coordinatorFor(0, group.groupId)?.id === brokerId || !this.coordinatorFor(0, group.groupId)?.up) {
        this.groups.abortPending(group.groupId, ErrorCode.NOT_COORDINATOR);
      }
    }
    this.notifyAppend();
  }

  brokerStarted(brokerId: number): void {
    this.topics.brokerStarted(brokerId);
    this.notifyAppend();
  }

  // ---- logs -----------------------------------------------------------------------------

  /** Wakes long-polling Fetches: something was appended, deleted or moved. */
  notifyAppend(): void {
    for (const listener of [...this.appendListeners]) listener();
  }

  /**
   * Resolves at the first append (or leadership change) after the call, after `ms` on the cluster
   * clock, or when `signal` aborts, whichever comes first.
   */
  waitForChange(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal.aborted || ms <= 0) {
        resolve();
        return;
      }
      const done = () => {
        this.clock.clearTimeout(timer);
        this.appendListeners.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = this.clock.setTimeout(done, ms);
      this.appendListeners.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Waits `ms` on the cluster clock (injected delays); ends early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal.aborted || ms <= 0) {
        resolve();
        return;
      }
      const done = () => {
        this.clock.clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = this.clock.setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /**
   * Encodes a transaction marker (a control batch) for a partition. Its offset is patched in
   * when it is appended, so markers of several partitions can be encoded first and then all
   * appended in one synchronous step.
   */
  encodeMarker(partition: PartitionState, producerId: number, producerEpoch: number, committed: boolean): Promise<Uint8Array> {
    return encodeTransactionMarker({
      type: committed ? 'COMMIT' : 'ABORT',
      producerId,
      producerEpoch,
      offset: 0,
      timestamp: this.clock.now(),
      partitionLeaderEpoch: partition.leaderEpoch,
    });
  }

  /** Appends an encoded marker and closes the producer's transaction in the partition. */
  appendMarker(partition: PartitionState, marker: Uint8Array, producerId: number, producerEpoch: number, committed: boolean): void {
    const log = partition.log;
    const offset = log.logEndOffset;
    const bytes = Buffer.from(marker);
    setLogEntryOffset(bytes, 0, offset);
    setPartitionLeaderEpoch(bytes, 0, partition.leaderEpoch);
    const header = readLogEntryHeader(bytes, 0);
    if (header === null) throw new Error('transaction marker encoding is truncated');
    log.append({ baseOffset: offset, lastOffset: offset, bytes, header });
    log.endTransaction(producerId, committed, offset);
    partition.producers.bumpEpoch(producerId, producerEpoch);
    this.notifyAppend();
  }

  shutdown(): void {
    this.groups.shutdown();
    this.consumerGroups.shutdown();
    this.transactions.shutdown();
    this.notifyAppend();
  }
}

/** Java's String.hashCode over UTF-16 code units, as Kafka hashes group and transactional ids. */
export function javaStringHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's member ids end in a java.util.UUID string (8-4-4-4-12 hex). */
function formatUuid(random: SeededRandom): string {
  const hex = Buffer.from(random.uuid(), 'base64url').toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
