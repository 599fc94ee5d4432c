import {
  type ApiMessages,
  type ApiName,
  apiFor,
  ErrorCode,
  KafkaBrokerError,
  KafkaConfigError,
  KafkaError,
  KafkaProtocolError,
  type MetadataResponse,
} from '@kafkaline/protocol';
import { BrokerPool } from './broker-pool.js';
import type { Connection } from './connection.js';
import type { ClientContext } from './context.js';
import { CoordinatorCache } from './coordinators.js';
import { KafkaClientClosedError, UnsupportedVersionError } from './errors.js';
import { type BrokerMetadata, type ClusterMetadata, MetadataCache, type TopicMetadata } from './metadata.js';
import { type KafkaClientOptions, parseBrokerAddress, type ResolvedOptions, resolveOptions } from './options.js';
import { type ConsumerGroupHeartbeatOptions, type ConsumerGroupHeartbeatResult, consumerGroupHeartbeat } from './requests/consumer-group-heartbeat.js';
import { type FetchOptions, type FetchPartitionResult, fetch } from './requests/fetch.js';
import {
  type HeartbeatOptions,
  type HeartbeatResult,
  heartbeat,
  type JoinGroupOptions,
  type JoinGroupResult,
  joinGroup,
  type LeaveGroupOptions,
  type LeaveGroupResult,
  leaveGroup,
  type SyncGroupOptions,
  type SyncGroupResult,
  syncGroup,
} from './requests/group-membership.js';
import { type ListOffsetsOptions, type ListOffsetsPartitionResult, listOffsets } from './requests/list-offsets.js';
import { type OffsetCommitOptions, type OffsetCommitPartitionResult, offsetCommit } from './requests/offset-commit.js';
import { type OffsetFetchOptions, type OffsetFetchResult, offsetFetch } from './requests/offset-fetch.js';
import { backoffMs } from './retry.js';
import { type Routing, routeByLeader } from './routing.js';
import { Delays } from './timers.js';
import type { TopicPartition } from './topic-partition.js';
import { createTcpSocketFactory } from './transport.js';
import { clientRange } from './versions.js';

/**
 * The network layer of kafkaline: connections to every broker, API version negotiation,
 * metadata and coordinator caches, and typed requests routed to the right broker.
 *
 * Errors: the partition-level helpers (`fetch`, `listOffsets`, `offsetCommit`, `offsetFetch`)
 * and the group helpers (`joinGroup`, `syncGroup`, `heartbeat`, `leaveGroup`) report broker
 * and network failures in `error` fields of their results, per partition or per response, and
 * reject only for invalid arguments or a closed client. `metadata`, `findCoordinator` and `send`
 * reject with the failure, since they have no partial result to give.
 */
export class KafkaClient {
  // Private: it holds SASL credentials, which must not show up when a client is logged.
  private readonly options: ResolvedOptions;
  private readonly delays: Delays;
  private readonly pool: BrokerPool;
  private readonly metadataCache: MetadataCache;
  private readonly coordinators: CoordinatorCache;
  private readonly context: ClientContext;
  private closed = false;

  constructor(options: KafkaClientOptions) {
    this.options = resolveOptions(options);
    const o = this.options;
    this.delays = new Delays(o.clock);
    this.pool = new BrokerPool(
      {
        clientId: o.clientId,
        tls: o.tls !== null,
        socketFactory: o.socketFactory ?? createTcpSocketFactory({ tls: o.tls, connectTimeoutMs: o.connectTimeoutMs }),
        clock: o.clock,
        delays: this.delays,
        requestTimeoutMs: o.requestTimeoutMs,
        connectTimeoutMs: o.connectTimeoutMs,
        maxInFlightRequests: o.maxInFlightRequests,
        maxResponseBytes: o.maxResponseBytes,
        retry: o.retry,
        sasl: o.sasl,
        logger: o.logger,
        onClose: (connection, error) => this.onConnectionLost(connection, error),
      },
      o.brokers,
    );
    this.metadataCache = new MetadataCache({
      clock: o.clock,
      delays: this.delays,
      maxAgeMs: o.metadataMaxAgeMs,
      refreshBackoffMs: o.refreshLeaderBackoffMs,
      logger: o.logger,
      request: (topics) => this.requestMetadata(topics),
    });
    this.coordinators = new CoordinatorCache({
      delays: this.delays,
      retry: o.retry,
      logger: o.logger,
      find: (groupId) => this.findCoordinatorOnce(groupId),
    });
    this.context = {
      options: o,
      delays: this.delays,
      metadata: this.metadataCache,
      coordinators: this.coordinators,
      pool: this.pool,
      throwIfClosed: (what) => this.throwIfClosed(what),
      backoff: (attempt) => this.delays.wait(backoffMs(attempt, o.retry)),
    };
  }

  /** Fetch records; per-partition results in the order of `options.partitions`. */
  fetch(options: FetchOptions): Promise<FetchPartitionResult[]> {
    return fetch(this.context, options);
  }

  /** Offsets by time (or earliest/latest); per-partition results in the caller's order. */
  listOffsets(options: ListOffsetsOptions): Promise<ListOffsetsPartitionResult[]> {
    return listOffsets(this.context, options);
  }

  /** Commit offsets to the group coordinator; per-partition results in the caller's order. */
  offsetCommit(options: OffsetCommitOptions): Promise<OffsetCommitPartitionResult[]> {
    return offsetCommit(this.context, options);
  }

  /** Committed offsets of a group. */
  offsetFetch(options: OffsetFetchOptions): Promise<OffsetFetchResult> {
    return offsetFetch(this.context, options);
  }

  joinGroup(options: JoinGroupOptions): Promise<JoinGroupResult> {
    return joinGroup(this.context, options);
  }

  syncGroup(options: SyncGroupOptions): Promise<SyncGroupResult> {
    return syncGroup(this.context, options);
  }

  heartbeat(options: HeartbeatOptions): Promise<HeartbeatResult> {
    return heartbeat(this.context, options);
  }

  leaveGroup(options: LeaveGroupOptions): Promise<LeaveGroupResult> {
    return leaveGroup(this.context, options);
  }

  /** KIP-848 group membership: one ConsumerGroupHeartbeat to the group's coordinator. */
  consumerGroupHeartbeat(options: ConsumerGroupHeartbeatOptions): Promise<ConsumerGroupHeartbeatResult> {
    return consumerGroupHeartbeat(this.context, options);
  }

  /**
   * The group's coordinator, from the cache or found with FindCoordinator (retrying while the
   * cluster creates its offsets topic). `force` looks it up again.
   */
  async findCoordinator(groupId: string, options: { force?: boolean } = {}): Promise<BrokerMetadata> {
    this.throwIfClosed('findCoordinator');
    if (typeof groupId !== 'string' || groupId === '') throw new KafkaConfigError('groupId', `expected a non-empty string, got ${JSON.stringify(groupId)}`);
    if (options.force) this.coordinators.invalidate(groupId);
    return { ...(await this.coordinators.get(groupId)) };
  }

  /**
   * Refreshes metadata and returns it. `topics`: undefined = the topics this client uses,
   * null = every topic in the cluster, a list = those topics (and they are kept refreshed).
   */
  async metadata(options: { topics?: readonly string[] | null } = {}): Promise<ClusterMetadata> {
    this.throwIfClosed('metadata');
    const { topics } = options;
    if (topics !== undefined && topics !== null) {
      if (!Array.isArray(topics) || topics.some((t) => typeof t !== 'string' || t === '')) {
        throw new KafkaConfigError('topics', 'expected an array of topic names, or null for every topic');
      }
      this.metadataCache.track(topics);
    }
    await this.metadataCache.refresh('requested', topics === null);
    const snapshot = this.metadataCache.snapshot();
    if (topics === undefined || topics === null) return snapshot;
    const wanted = new Set(topics);
    return { ...snapshot, topics: snapshot.topics.filter((t) => wanted.has(t.name)) };
  }

  /** Cached metadata of a topic, refreshed first if the topic was never looked up. */
  async topicMetadata(topic: string): Promise<TopicMetadata | undefined> {
    this.throwIfClosed('topicMetadata');
    await this.metadataCache.ensure([topic]);
    return this.metadataCache.topic(topic);
  }

  /** Sorted partition numbers of a topic; rejects with the topic's error if it has none. */
  async partitionsFor(topic: string): Promise<number[]> {
    const meta = await this.topicMetadata(topic);
    if (meta === undefined || meta.errorCode !== 0) {
      throw new KafkaBrokerError(meta?.errorCode ?? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, { topic, api: 'Metadata' });
    }
    return meta.partitions.map((p) => p.partition);
  }

  /**
   * Groups partitions by current leader, as `fetch` does, for callers that keep one request per
   * leader in flight themselves. Unroutable partitions come back in `failures`.
   */
  groupByLeader<T extends TopicPartition>(partitions: readonly T[]): Promise<Routing<T>> {
    this.throwIfClosed('groupByLeader');
    return routeByLeader(this.context, partitions);
  }

  /** Known brokers, from the last metadata refresh. */
  get brokers(): BrokerMetadata[] {
    return [...this.metadataCache.brokers.values()];
  }

  /**
   * A raw request for protocol tooling, at an explicit version: to a node id from metadata, or to
   * a 'host:port'. Returns the decoded response body (int64 fields as bigint). No retries.
   */
  async send<N extends ApiName>(broker: number | string, api: N | number, version: number, body: ApiMessages[N]['requestInput']): Promise<ApiMessages[N]['response']> {
    this.throwIfClosed('send');
    const descriptor = apiFor(api as ApiName | number);
    const connection = await this.connectionTo(broker);
    const versions = await connection.ensureOpen();
    const ours = clientRange(descriptor);
    const theirs = versions.brokerRange(descriptor.apiKey);
    if (theirs === null || !Number.isInteger(version) || version < Math.max(ours.min, theirs.min) || version > Math.min(ours.max, theirs.max)) {
      throw new UnsupportedVersionError(descriptor.name, descriptor.apiKey, ours, theirs, connection.location, version);
    }
    return connection.send(descriptor.name as N, version, body);
  }

  /**
   * Closes every connection, failing each pending request with KafkaClientClosedError, and
   * cancels every timer; nothing is left behind.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.delays.cancelAll(new KafkaClientClosedError('Waiting to retry'));
    this.pool.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private throwIfClosed(what: string): void {
    if (this.closed) throw new KafkaClientClosedError(`Cannot ${what}`);
  }

  private async connectionTo(broker: number | string): Promise<Connection> {
    if (typeof broker === 'string') return this.pool.get(parseBrokerAddress(broker, 'broker'));
    if (!Number.isInteger(broker)) throw new KafkaConfigError('broker', `expected a node id or 'host:port', got ${String(broker)}`);
    if (!this.metadataCache.brokers.has(broker)) await this.metadataCache.refresh('unknown broker');
    const known = this.metadataCache.brokers.get(broker);
    if (known === undefined) {
      throw new KafkaConfigError('broker', `node id ${broker} is not in the cluster's broker list (${[...this.metadataCache.brokers.keys()].join(', ') || 'empty'})`);
    }
    return this.pool.get(known);
  }

  private onConnectionLost(connection: Connection, error: Error): void {
    if (this.closed) return;
    this.coordinators.invalidateAddress(connection.host, connection.port);
    const reason = `connection to ${connection.host}:${connection.port} lost: ${error.message}`;
    const nodeId = connection.nodeId ?? this.nodeIdAt(connection.host, connection.port);
    if (nodeId === undefined) void this.metadataCache.scheduleRefresh(reason);
    else void this.metadataCache.invalidateBroker(nodeId, reason);
  }

  private nodeIdAt(host: string, port: number): number | undefined {
    for (const broker of this.metadataCache.brokers.values()) if (broker.host === host && broker.port === port) return broker.nodeId;
    return undefined;
  }

  private async requestMetadata(topics: string[] | null): Promise<MetadataResponse> {
    for (let attempt = 0; ; attempt++) {
      this.throwIfClosed('refresh metadata');
      try {
        const { body } = await this.pool.requestAny('Metadata', this.metadataCache.brokers.values(), (versions) => {
          const version = versions.pick('Metadata');
          return {
            version,
            body: {
              topics: topics === null ? (version === 0 ? [] : null) : topics.map((name) => ({ name })),
              // A consumer must not create topics by looking them up.
              ...(version >= 4 ? { allowAutoTopicCreation: false } : {}),
            },
          };
        });
        this.pool.label(body.brokers);
        return body;
      } catch (error) {
        if (!(error instanceof KafkaError) || !error.retriable || attempt >= this.options.retry.retries) throw error;
        await this.delays.wait(backoffMs(attempt, this.options.retry));
      }
    }
  }

  private async findCoordinatorOnce(groupId: string): Promise<BrokerMetadata> {
    this.throwIfClosed('find the group coordinator');
    const { version, body } = await this.pool.requestAny('FindCoordinator', this.metadataCache.brokers.values(), (versions) => {
      const v = versions.pick('FindCoordinator');
      return { version: v, body: v >= 4 ? { keyType: 0, coordinatorKeys: [groupId] } : { key: groupId } };
    });
    let found: { errorCode: number; errorMessage: string | null; nodeId: number; host: string; port: number };
    if (version >= 4) {
      const entry = body.coordinators.find((c) => c.key === groupId);
      if (entry === undefined) throw new KafkaProtocolError(`FindCoordinator v${version} response does not mention group '${groupId}'`);
      found = entry;
    } else {
      found = body;
    }
    if (found.errorCode !== 0) throw new KafkaBrokerError(found.errorCode, { api: 'FindCoordinator', brokerMessage: found.errorMessage });
    return { nodeId: found.nodeId, host: found.host, port: found.port, rack: null };
  }
}
