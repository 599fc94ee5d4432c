import type { Duplex } from 'node:stream';
import { ErrorCode } from '@kafkaline/protocol';
import type { BrokerState } from './broker.js';
import { type Clock, systemClock } from './clock.js';
import { BrokerConnection } from './connection.js';
import { FakeClusterConfigError, FakeClusterError } from './errors.js';
import type { FaultInjector, RandomFaultOptions } from './faults.js';
import { FetchSessionCache } from './fetch-sessions.js';
import type { CommittedOffset, GroupStateName } from './groups.js';
import { parseOffsetKey } from './groups.js';
import { SeededRandom } from './random.js';
import { SASL_MECHANISMS, type SaslMechanism } from './sasl/mechanisms.js';
import { ClusterState, type ObservedError, type ObservedRequest } from './state.js';
import type { PartitionState } from './topics.js';
import { connectionRefused, createDuplexPair } from './transport/in-process.js';
import { TcpListener, type TlsOptions } from './transport/tcp.js';
import { appendRawRecords } from './raw-append.js';

export type TopicSpec = number | { partitions: number; replicationFactor?: number; configs?: Record<string, string> };

export interface FakeClusterOptions {
  /** Number of brokers (default 1). Broker ids are 0..n-1. */
  brokers?: number;
  /** Host the brokers listen on and advertise (default 127.0.0.1). */
  host?: string;
  /** One port per broker (default: ephemeral ports; with `listen: false`, 9092, 9093, ...). */
  ports?: number[];
  /** Open TCP listeners (default true). With false the cluster is reachable only through `socketFactory`. */
  listen?: boolean;
  /** Topics to create at start: name → partitions, or { partitions, replicationFactor, configs }. */
  topics?: Record<string, TopicSpec>;
  /** auto.create.topics.enable (default true, like Kafka). */
  autoCreateTopics?: boolean;
  /** num.partitions of auto-created topics (default 1, like Kafka). */
  defaultPartitions?: number;
  /**
   * default.replication.factor, clipped to the broker count (default 3: so stopping a broker
   * moves leadership instead of taking partitions offline; use 1 for Kafka's own default).
   */
  defaultReplicationFactor?: number;
  /** The clock for every time-based behaviour (default: real time). Pass a ManualClock for deterministic tests. */
  clock?: Clock;
  /** SASL users; when set, every connection must authenticate. Mechanisms default to all three. */
  sasl?: { users: Record<string, string>; mechanisms?: SaslMechanism[] };
  /** TLS for the TCP listeners (PEM key and certificate). */
  tls?: TlsOptions;
  /** Seed of every id the cluster invents (cluster id, topic ids, member ids, SCRAM nonces). Default 1. */
  seed?: number | string;
  /** A seeded random fault schedule applied to every request. */
  faults?: RandomFaultOptions;
  /** group.initial.rebalance.delay.ms (default 0, as Kafka's shipped server.properties sets it). */
  groupInitialRebalanceDelayMs?: number;
  /** group.min.session.timeout.ms (default 6000). */
  groupMinSessionTimeoutMs?: number;
  /** group.max.session.timeout.ms (default 1800000). */
  groupMaxSessionTimeoutMs?: number;
  /** group.consumer.heartbeat.interval.ms: the KIP-848 heartbeat period members are told (default 5000, like Kafka). */
  consumerGroupHeartbeatIntervalMs?: number;
  /** transaction.max.timeout.ms (default 900000). */
  transactionMaxTimeoutMs?: number;
  /** socket.request.max.bytes: larger frames close the connection (default 104857600). */
  maxRequestBytes?: number;
  /** Rack of each broker (default none). */
  racks?: Array<string | null>;
}

/** A partition as a test sees it. */
export interface PartitionSnapshot {
  topic: string;
  partition: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  logStartOffset: number;
  highWatermark: number;
  lastStableOffset: number;
}

export interface GroupSnapshot {
  groupId: string;
  state: GroupStateName;
  generationId: number;
  protocolName: string | null;
  leader: string | null;
  members: Array<{ memberId: string; clientId: string; groupInstanceId: string | null }>;
  offsets: Array<{ topic: string; partition: number } & CommittedOffset>;
}

/** What the in-process transport hands a client instead of `net.connect`. */
export type SocketFactory = (target: { host: string; port: number; tls?: boolean }) => Promise<Duplex>;

const DEFAULT_PORT = 9092;

function positiveInt(option: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new FakeClusterConfigError(option, `must be an integer >= ${min}, got ${value}`);
  return value;
}

/**
 * An in-memory Kafka cluster that speaks the real wire protocol, over TCP listeners on loopback
 * and over an in-process transport (`socketFactory`), both served by the same broker code. Tests
 * inject faults through it (`faults`, `moveLeader`, `stopBroker`, ...) and observe every request
 * (`requests`).
 */
export class FakeCluster {
  /** `host:port` of every broker, in broker id order. */
  readonly bootstrap: string[];
  readonly clock: Clock;
  private readonly state: ClusterState;
  private readonly listeners = new Map<number, TcpListener>();
  private stopped = false;

  private constructor(
    private readonly brokerStates: BrokerState[],
    state: ClusterState,
    private readonly listening: boolean,
    private readonly tls: TlsOptions | null,
  ) {
    this.state = state;
    this.clock = state.clock;
    this.bootstrap = brokerStates.map((b) => `${b.host}:${b.port}`);
  }

  static async start(options: FakeClusterOptions = {}): Promise<FakeCluster> {
    const brokerCount = positiveInt('brokers', options.brokers, 1);
    const host = options.host ?? '127.0.0.1';
    const listen = options.listen ?? true;
    if (options.ports !== undefined && options.ports.length !== brokerCount) {
      throw new FakeClusterConfigError('ports', `needs one port per broker (${brokerCount}), got ${options.ports.length}`);
    }
    const brokers: BrokerState[] = Array.from({ length: brokerCount }, (_, id) => ({
      id,
      host,
      port: options.ports?.[id] ?? (listen ? 0 : DEFAULT_PORT + id),
      rack: options.racks?.[id] ?? null,
      up: true,
      fetchSessions: new FetchSessionCache(),
      connections: new Set(),
    }));
    const sasl = options.sasl;
    if (sasl !== undefined) {
      for (const m of sasl.mechanisms ?? []) {
        if (!SASL_MECHANISMS.includes(m)) throw new FakeClusterConfigError('sasl.mechanisms', `unknown mechanism '${m}' (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)`);
      }
    }
    if (options.tls !== undefined && (!options.tls.key || !options.tls.cert)) throw new FakeClusterConfigError('tls', 'needs both key and cert (PEM)');
    const state = new ClusterState(options.clock ?? systemClock, new SeededRandom(options.seed ?? 1), brokers, {
      autoCreateTopics: options.autoCreateTopics ?? true,
      defaultPartitions: positiveInt('defaultPartitions', options.defaultPartitions, 1),
      defaultReplicationFactor: positiveInt('defaultReplicationFactor', options.defaultReplicationFactor, 3),
      maxRequestBytes: positiveInt('maxRequestBytes', options.maxRequestBytes, 104857600),
      groupInitialRebalanceDelayMs: positiveInt('groupInitialRebalanceDelayMs', options.groupInitialRebalanceDelayMs, 0, 0),
      groupMinSessionTimeoutMs: positiveInt('groupMinSessionTimeoutMs', options.groupMinSessionTimeoutMs, 6000, 0),
      groupMaxSessionTimeoutMs: positiveInt('groupMaxSessionTimeoutMs', options.groupMaxSessionTimeoutMs, 1800000, 0),
      consumerGroupHeartbeatIntervalMs: positiveInt('consumerGroupHeartbeatIntervalMs', options.consumerGroupHeartbeatIntervalMs, 5000),
      transactionMaxTimeoutMs: positiveInt('transactionMaxTimeoutMs', options.transactionMaxTimeoutMs, 900000),
      sasl: sasl === undefined ? null : { mechanisms: [...(sasl.mechanisms ?? SASL_MECHANISMS)], users: new Map(Object.entries(sasl.users)) },
    });
    if (options.faults) state.faults.setRandom(options.faults);
    const cluster = new FakeCluster(brokers, state, listen, options.tls ?? null);
    try {
      if (listen) for (const broker of brokers) await cluster.openListener(broker);
    } catch (error) {
      await cluster.stop();
      throw new FakeClusterError(`FakeCluster could not listen on ${host}: ${(error as Error).message}`, 'LISTEN_FAILED');
    }
    (cluster as { bootstrap: string[] }).bootstrap = brokers.map((b) => `${b.host}:${b.port}`);
    for (const [name, spec] of Object.entries(options.topics ?? {})) cluster.createTopic(name, spec);
    return cluster;
  }

  private async openListener(broker: BrokerState): Promise<void> {
    const listener = new TcpListener(broker.host, this.tls, (socket) => {
      if (!broker.up) {
        socket.destroy();
        return;
      }
      new BrokerConnection(this.state, broker, socket, `/${socket.remoteAddress ?? broker.host}`);
    });
    broker.port = await listener.listen(broker.port);
    this.listeners.set(broker.id, listener);
  }

  /**
   * The in-process transport: resolves with a connected duplex byte stream to the broker at
   * `host:port` (same broker code as TCP), or rejects with code ECONNREFUSED when no live broker
   * has that address. `tls` is accepted and ignored: in-process bytes never leave the process.
   */
  readonly socketFactory: SocketFactory = async (target) => {
    const broker = this.brokerStates.find((b) => b.port === target.port && sameHost(b.host, target.host));
    if (broker === undefined || !broker.up || this.stopped) throw connectionRefused(target.host, target.port);
    const [client, server] = createDuplexPair();
    new BrokerConnection(this.state, broker, server, '/127.0.0.1');
    return client;
  };

  // ---- observation ----------------------------------------------------------------------

  /** Brokers by id, with their address and whether they are up. */
  get brokers(): ReadonlyArray<{ id: number; host: string; port: number; up: boolean; connections: number }> {
    return this.brokerStates.map((b) => ({ id: b.id, host: b.host, port: b.port, up: b.up, connections: b.connections.size }));
  }

  get clusterId(): string {
    return this.state.clusterId;
  }

  /** Every request received so far, decoded, in arrival order. */
  get requests(): readonly ObservedRequest[] {
    return this.state.requests;
  }

  /** Exceptions thrown while handling requests (each closed its connection). */
  get errors(): readonly ObservedError[] {
    return this.state.errors;
  }

  /** Calls `listener` for every request as it arrives; returns a function that unsubscribes. */
  onRequest(listener: (request: ObservedRequest) => void): () => void {
    return this.state.onRequest(listener);
  }

  /** Forgets the requests observed so far. */
  clearRequests(): void {
    this.state.requests.length = 0;
  }

  /** Armed faults and the random schedule: failNext, delayNext, disconnectNext, setRandom, applied. */
  get faults(): FaultInjector {
    return this.state.faults;
  }

  /** A partition's leadership and offsets. */
  partition(topic: string, partition: number): PartitionSnapshot {
    const p = this.partitionState(topic, partition);
    return {
      topic,
      partition,
      leader: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicas: [...p.replicas],
      isr: [...p.isr],
      logStartOffset: p.log.logStartOffset,
      highWatermark: p.log.highWatermark,
      lastStableOffset: p.log.lastStableOffset,
    };
  }

  /** The stored record bytes of a partition (each entry as Fetch would return it). */
  records(topic: string, partition: number): Uint8Array[] {
    return this.partitionState(topic, partition).log.allEntries().map((e) => e.bytes);
  }

  topicNames(): string[] {
    return this.state.topics.all().map((t) => t.name);
  }

  topicId(topic: string): string {
    const t = this.state.topics.get(topic);
    if (t === undefined) throw new FakeClusterError(`Unknown topic '${topic}'; topics: ${this.topicNames().join(', ') || '(none)'}`, 'UNKNOWN_TOPIC');
    return t.id;
  }

  group(groupId: string): GroupSnapshot | undefined {
    const group = this.state.groups.get(groupId);
    if (group === undefined) return undefined;
    return {
      groupId,
      state: group.state,
      generationId: group.generationId,
      protocolName: group.protocolName,
      leader: group.leaderId,
      members: [...group.members.values()].map((m) => ({ memberId: m.memberId, clientId: m.clientId, groupInstanceId: m.groupInstanceId })),
      offsets: [...group.offsets].map(([key, value]) => ({ ...parseOffsetKey(key), ...value })),
    };
  }

  /** The committed offset of a group for a partition, or undefined. */
  committedOffset(groupId: string, topic: string, partition: number): number | undefined {
    return this.group(groupId)?.offsets.find((o) => o.topic === topic && o.partition === partition)?.offset;
  }

  /** Broker id of the group's coordinator. */
  coordinatorOf(groupId: string): number {
    return this.state.coordinatorFor(0, groupId)?.id ?? -1;
  }

  // ---- changes and faults ---------------------------------------------------------------

  createTopic(name: string, spec: TopicSpec = this.state.config.defaultPartitions): void {
    const partitions = typeof spec === 'number' ? spec : spec.partitions;
    const rf = typeof spec === 'number' ? this.state.defaultReplicationFactor() : (spec.replicationFactor ?? this.state.defaultReplicationFactor());
    const configs = new Map(Object.entries(typeof spec === 'number' ? {} : (spec.configs ?? {})));
    const created = this.state.createTopic(name, partitions, rf, configs);
    if (typeof created === 'number') {
      throw new FakeClusterError(`Cannot create topic '${name}' (${partitions} partitions, replication factor ${rf}, ${this.brokerStates.length} brokers): ${errorName(created)}`, 'CREATE_TOPIC_FAILED');
    }
  }

  deleteTopic(name: string): void {
    if (this.state.deleteTopic(name) === undefined) throw new FakeClusterError(`Cannot delete unknown topic '${name}'`, 'UNKNOWN_TOPIC');
  }

  /** Grows a topic to `total` partitions (CreatePartitions). */
  addPartitions(topic: string, total: number): void {
    const t = this.state.topics.get(topic);
    if (t === undefined) throw new FakeClusterError(`Cannot add partitions to unknown topic '${topic}'`, 'UNKNOWN_TOPIC');
    if (!Number.isInteger(total) || total <= t.partitions.length) {
      throw new FakeClusterError(`Topic '${topic}' has ${t.partitions.length} partitions; the new total must be larger, got ${total}`, 'INVALID_PARTITIONS');
    }
    this.state.topics.addPartitions(t, total);
    this.state.notifyAppend();
  }

  /**
   * Moves a partition's leadership to `brokerId` (default: the next live replica) with a new
   * leader epoch. Requests for it at the old leader then get NOT_LEADER_OR_FOLLOWER. Returns the new leader.
   */
  moveLeader(topic: string, partition: number, brokerId?: number): number {
    const p = this.partitionState(topic, partition);
    if (brokerId !== undefined) {
      const broker = this.state.broker(brokerId);
      if (broker === undefined || !broker.up) throw new FakeClusterError(`Cannot move leadership of ${topic}-${partition} to broker ${brokerId}: it is ${broker ? 'stopped' : 'unknown'}`, 'INVALID_BROKER');
      if (!p.replicas.includes(brokerId)) p.replicas.push(brokerId);
      if (!p.isr.includes(brokerId)) p.isr.push(brokerId);
    }
    return this.state.moveLeader(p, brokerId);
  }

  /**
   * Stops a broker: its port refuses connections, its open connections (TCP and in-process) are
   * destroyed, its partitions' leadership and its coordinator duties move to live brokers.
   */
  async stopBroker(brokerId: number): Promise<void> {
    const broker = this.brokerState(brokerId);
    if (!broker.up) return;
    broker.up = false;
    // A listener reports closed only once its sockets are gone: destroy them before waiting.
    const closed = this.listeners.get(brokerId)?.close();
    this.listeners.delete(brokerId);
    for (const connection of [...broker.connections]) connection.destroy();
    await closed;
    broker.fetchSessions.clear();
    this.state.brokerStopped(brokerId);
  }

  /** Restarts a stopped broker on its old port; it rejoins the ISRs and leads partitions that had no leader. */
  async startBroker(brokerId: number): Promise<void> {
    const broker = this.brokerState(brokerId);
    if (broker.up) return;
    if (this.listening) await this.openListener(broker);
    broker.up = true;
    this.state.brokerStarted(brokerId);
  }

  /** Makes `brokerId` the group's coordinator; requests parked on the old one get NOT_COORDINATOR. */
  moveCoordinator(groupId: string, brokerId: number): void {
    this.brokerState(brokerId);
    this.state.moveCoordinator(0, groupId, brokerId);
  }

  /** Makes `brokerId` the coordinator of a transactional id. */
  moveTransactionCoordinator(transactionalId: string, brokerId: number): void {
    this.brokerState(brokerId);
    this.state.moveCoordinator(1, transactionalId, brokerId);
  }

  /** DeleteRecords: moves the log start offset; fetching below it gets OFFSET_OUT_OF_RANGE. */
  deleteRecords(topic: string, partition: number, beforeOffset: number): void {
    const p = this.partitionState(topic, partition);
    if (!Number.isInteger(beforeOffset) || beforeOffset < 0 || beforeOffset > p.log.highWatermark) {
      throw new FakeClusterError(`Cannot delete records of ${topic}-${partition} before offset ${beforeOffset}: must be between 0 and the high watermark ${p.log.highWatermark}`, 'OFFSET_OUT_OF_RANGE');
    }
    p.log.deleteBefore(beforeOffset);
    this.state.notifyAppend();
  }

  /**
   * Appends record bytes exactly as given (any magic, any codec, offsets as written in them):
   * for logs a producer cannot make, such as legacy message sets or offset gaps. Offsets must
   * not go backwards.
   */
  appendRaw(topic: string, partition: number, records: Uint8Array): void {
    appendRawRecords(this.partitionState(topic, partition), records);
    this.state.notifyAppend();
  }

  /** Stops every listener and connection and every timer. The cluster cannot be restarted. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const broker of this.brokerStates) broker.up = false;
    const closed = Promise.all([...this.listeners.values()].map((l) => l.close()));
    this.listeners.clear();
    for (const broker of this.brokerStates) for (const connection of [...broker.connections]) connection.destroy();
    await closed;
    this.state.shutdown();
  }

  private brokerState(brokerId: number): BrokerState {
    const broker = this.state.broker(brokerId);
    if (broker === undefined) throw new FakeClusterError(`Unknown broker ${brokerId}; brokers are ${this.brokerStates.map((b) => b.id).join(', ')}`, 'INVALID_BROKER');
    return broker;
  }

  private partitionState(topic: string, partition: number): PartitionState {
    const p = this.state.topics.partition(topic, partition);
    if (p === undefined) {
      const t = this.state.topics.get(topic);
      throw new FakeClusterError(
        t ? `Topic '${topic}' has no partition ${partition} (it has ${t.partitions.length})` : `Unknown topic '${topic}'; topics: ${this.topicNames().join(', ') || '(none)'}`,
        'UNKNOWN_TOPIC_OR_PARTITION',
      );
    }
    return p;
  }
}

function sameHost(a: string, b: string): boolean {
  const loopback = (h: string) => (h === 'localhost' || h === '::1' || h === '127.0.0.1' ? '127.0.0.1' : h);
  return loopback(a) === loopback(b);
}

function errorName(code: number): string {
  return Object.entries(ErrorCode).find(([, c]) => c === code)?.[0] ?? `error ${code}`;
}
