import { ErrorCode, KafkaBrokerError, type KafkaError, type MetadataResponse, ZERO_UUID } from '@kafkaline/protocol';
import type { Clock } from './clock.js';
import { channels } from './diagnostics.js';
import { KafkaClientClosedError } from './errors.js';
import type { Logger } from './options.js';
import type { Delays } from './timers.js';

export interface BrokerMetadata {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface PartitionMetadata {
  topic: string;
  partition: number;
  /** -1 when the partition has no leader right now. */
  leaderId: number;
  /** -1 when the broker does not report epochs (Metadata < v7). */
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
  /** The partition-level error of the last Metadata response (0 = none). */
  errorCode: number;
}

export interface TopicMetadata {
  name: string;
  /** Kafka's topic id (22-character base64), or the all-zero id when the broker has none. */
  topicId: string;
  isInternal: boolean;
  /** The topic-level error of the last Metadata response (0 = none). */
  errorCode: number;
  /** Sorted by partition number. */
  partitions: PartitionMetadata[];
}

export interface ClusterMetadata {
  clusterId: string | null;
  controllerId: number;
  brokers: BrokerMetadata[];
  topics: TopicMetadata[];
}

interface TopicState {
  name: string;
  topicId: string;
  isInternal: boolean;
  errorCode: number;
  partitions: Map<number, PartitionMetadata>;
  /** Partitions a broker reported as moved; routing them waits for the scheduled refresh. */
  stale: Set<number>;
}

export type Route = { ok: true; leader: BrokerMetadata; leaderEpoch: number } | { ok: false; error: KafkaError };

export interface MetadataCacheSettings {
  clock: Clock;
  delays: Delays;
  maxAgeMs: number;
  refreshBackoffMs: number;
  logger: Logger | null;
  /** Sends a Metadata request to some broker; `topics` null asks for every topic. */
  request: (topics: string[] | null) => Promise<MetadataResponse>;
}

/**
 * The client's view of the cluster: brokers, and per topic the partitions with their leaders and
 * leader epochs. Refreshed on demand, when older than metadataMaxAgeMs, and when a broker says a
 * leader moved; refreshes triggered by errors are throttled to one per refreshLeaderBackoffMs and
 * coalesced, so a burst of NOT_LEADER_OR_FOLLOWER from fifty partitions costs one request.
 */
export class MetadataCache {
  clusterId: string | null = null;
  controllerId = -1;
  private readonly brokerMap = new Map<number, BrokerMetadata>();
  private readonly topicMap = new Map<string, TopicState>();
  private readonly namesById = new Map<string, string>();
  /** Topics the client has used; refreshes ask for these. */
  private readonly interest = new Set<string>();
  private lastRefreshAt = Number.NEGATIVE_INFINITY;
  private lastStartedAt = Number.NEGATIVE_INFINITY;
  private inflight: { promise: Promise<void>; topics: ReadonlySet<string> | null } | null = null;
  private scheduled: Promise<void> | null = null;
  private scheduledToken: object | null = null;

  constructor(private readonly settings: MetadataCacheSettings) {}

  get brokers(): ReadonlyMap<number, BrokerMetadata> {
    return this.brokerMap;
  }

  topic(name: string): TopicMetadata | undefined {
    const state = this.topicMap.get(name);
    return state && toTopicMetadata(state);
  }

  topicNameById(topicId: string): string | undefined {
    return this.namesById.get(topicId);
  }

  /** The topic id for a topic, or undefined when unknown or the broker has none. */
  topicId(name: string): string | undefined {
    const id = this.topicMap.get(name)?.topicId;
    return id === undefined || id === ZERO_UUID ? undefined : id;
  }

  snapshot(): ClusterMetadata {
    return {
      clusterId: this.clusterId,
      controllerId: this.controllerId,
      brokers: [...this.brokerMap.values()],
      topics: [...this.topicMap.values()].map(toTopicMetadata),
    };
  }

  /**
   * Makes sure the cache can route `topics`: waits for a first refresh of topics never seen and
   * for a scheduled refresh when any partition was reported moved; starts a background refresh
   * when the cache is older than metadataMaxAgeMs.
   */
  async ensure(topics: Iterable<string>): Promise<void> {
    let missing = false;
    let stale = false;
    for (const topic of topics) {
      if (!this.interest.has(topic)) this.interest.add(topic);
      const state = this.topicMap.get(topic);
      if (state === undefined) missing = true;
      else if (state.stale.size > 0) stale = true;
    }
    if (missing) {
      await this.refresh('new topics');
      return;
    }
    const pending = stale ? (this.scheduled ?? this.inflight?.promise) : undefined;
    if (pending) {
      // A failed refresh leaves the cache as it was; routing reports what it knows.
      await pending.catch(() => {});
      return;
    }
    if (this.settings.clock.now() - this.lastRefreshAt >= this.settings.maxAgeMs && this.inflight === null) {
      this.refresh('metadataMaxAgeMs elapsed').catch((error: unknown) =>
        this.settings.logger?.('warn', 'background metadata refresh failed', { error: String(error) }),
      );
    }
  }

  /** Adds topics to those kept refreshed, without waiting for anything. */
  track(topics: Iterable<string>): void {
    for (const topic of topics) this.interest.add(topic);
  }

  route(topic: string, partition: number): Route {
    const state = this.topicMap.get(topic);
    if (state === undefined) return { ok: false, error: new KafkaBrokerError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, { topic, partition, api: 'Metadata' }) };
    if (state.errorCode !== 0) return { ok: false, error: new KafkaBrokerError(state.errorCode, { topic, partition, api: 'Metadata' }) };
    const meta = state.partitions.get(partition);
    if (meta === undefined) {
      return {
        ok: false,
        error: new KafkaBrokerError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, {
          topic,
          partition,
          api: 'Metadata',
          brokerMessage: `the topic has ${state.partitions.size} partition(s)`,
        }),
      };
    }
    const leader = meta.leaderId === -1 ? undefined : this.brokerMap.get(meta.leaderId);
    if (leader === undefined) {
      const brokerMessage = meta.leaderId === -1 ? null : `leader ${meta.leaderId} is not in the broker list`;
      return { ok: false, error: new KafkaBrokerError(ErrorCode.LEADER_NOT_AVAILABLE, { topic, partition, api: 'Metadata', brokerMessage }) };
    }
    return { ok: true, leader, leaderEpoch: meta.leaderEpoch };
  }

  /** Marks a partition as moved and schedules a throttled refresh. */
  invalidate(topic: string, partition: number | null, reason: string): Promise<void> {
    const state = this.topicMap.get(topic);
    if (state && partition !== null) state.stale.add(partition);
    return this.scheduleRefresh(reason);
  }

  /**
   * Marks every partition led by a broker as moved (its connection was lost, so leadership is
   * probably moving) and schedules a throttled refresh; the next request for them waits for it.
   */
  invalidateBroker(nodeId: number, reason: string): Promise<void> {
    for (const state of this.topicMap.values()) {
      for (const meta of state.partitions.values()) if (meta.leaderId === nodeId) state.stale.add(meta.partition);
    }
    return this.scheduleRefresh(reason);
  }

  /**
   * Applies a leader hint from a Fetch response (KIP-951: CurrentLeader with NOT_LEADER_OR_FOLLOWER)
   * when it is newer than what we know and the new leader's address is known. Saves the refresh
   * round trip on the common leader-moved path.
   */
  applyLeaderHint(topic: string, partition: number, leaderId: number, leaderEpoch: number, endpoint?: BrokerMetadata): boolean {
    const meta = this.topicMap.get(topic)?.partitions.get(partition);
    if (meta === undefined || leaderId < 0 || leaderEpoch < 0 || leaderEpoch <= meta.leaderEpoch) return false;
    if (endpoint && endpoint.nodeId === leaderId && !this.brokerMap.has(leaderId)) this.brokerMap.set(leaderId, endpoint);
    if (!this.brokerMap.has(leaderId)) return false;
    meta.leaderId = leaderId;
    meta.leaderEpoch = leaderEpoch;
    this.topicMap.get(topic)?.stale.delete(partition);
    return true;
  }

  /** A throttled, coalesced refresh: at most one per refreshBackoffMs. */
  scheduleRefresh(reason: string): Promise<void> {
    if (this.scheduled) return this.scheduled;
    // A refresh that started at this very moment was sent after the news arrived: it will do.
    if (this.inflight && this.lastStartedAt >= this.settings.clock.now()) return this.inflight.promise;
    const token = {};
    this.scheduledToken = token;
    const scheduled = this.throttledRefresh(reason, token);
    // A refresh that completed synchronously up to its first await has already cleared itself.
    if (this.scheduledToken === token) this.scheduled = scheduled;
    // Callers that do not wait for it must not see an unhandled rejection.
    scheduled.catch((error: unknown) => {
      if (!(error instanceof KafkaClientClosedError)) this.settings.logger?.('warn', 'metadata refresh failed', { reason, error: String(error) });
    });
    return scheduled;
  }

  private async throttledRefresh(reason: string, token: object): Promise<void> {
    try {
      if (this.inflight) await this.inflight.promise.catch(() => {});
      const wait = this.lastStartedAt + this.settings.refreshBackoffMs - this.settings.clock.now();
      if (wait > 0) await this.settings.delays.wait(wait);
    } finally {
      if (this.scheduledToken === token) {
        this.scheduledToken = null;
        this.scheduled = null;
      }
    }
    await this.refresh(reason);
  }

  /**
   * Refreshes now (not throttled) for the tracked topics, or every topic when `all` is set.
   * Joins a refresh already in flight when that one covers the same topics.
   */
  async refresh(reason: string, all = false): Promise<void> {
    const current = this.inflight;
    if (current && (current.topics === null || (!all && [...this.interest].every((t) => current.topics?.has(t))))) {
      return current.promise;
    }
    if (current) await current.promise.catch(() => {});
    const topics = all ? null : new Set(this.interest);
    const promise = this.run(topics, reason);
    const entry = { promise, topics };
    this.inflight = entry;
    try {
      await promise;
    } finally {
      if (this.inflight === entry) this.inflight = null;
    }
  }

  private async run(topics: ReadonlySet<string> | null, reason: string): Promise<void> {
    const started = this.settings.clock.now();
    this.lastStartedAt = started;
    const list = topics === null ? null : [...topics];
    const response = await this.settings.request(list);
    this.apply(response, list);
    if (channels.metadataRefreshed.hasSubscribers) {
      channels.metadataRefreshed.publish({ topics: list, brokers: this.brokerMap.size, reason, durationMs: this.settings.clock.now() - started });
    }
    this.settings.logger?.('debug', 'metadata refreshed', { reason, topics: list, brokers: this.brokerMap.size });
  }

  /** Merges a Metadata response into the cache. */
  apply(response: MetadataResponse, requested: string[] | null): void {
    if (response.errorCode !== 0) throw new KafkaBrokerError(response.errorCode, { api: 'Metadata' });
    this.brokerMap.clear();
    for (const broker of response.brokers) {
      this.brokerMap.set(broker.nodeId, { nodeId: broker.nodeId, host: broker.host, port: broker.port, rack: broker.rack });
    }
    this.clusterId = response.clusterId;
    this.controllerId = response.controllerId;
    for (const topic of response.topics) {
      const name = topic.name ?? (topic.topicId !== ZERO_UUID ? this.namesById.get(topic.topicId) : undefined);
      if (name === undefined || name === null) continue;
      this.applyTopic(name, topic);
    }
    if (requested) {
      // A broker must answer for every topic asked about; one it skipped is as good as unknown.
      const answered = new Set(response.topics.map((t) => t.name));
      for (const name of requested) {
        if (!answered.has(name)) this.applyTopic(name, { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, topicId: ZERO_UUID, isInternal: false, partitions: [] });
      }
    }
    this.lastRefreshAt = this.settings.clock.now();
  }

  private applyTopic(name: string, topic: Pick<MetadataResponse['topics'][number], 'errorCode' | 'topicId' | 'isInternal' | 'partitions'>): void {
    const previous = this.topicMap.get(name);
    // A new topic id means the topic was deleted and created again: old epochs mean nothing.
    const sameTopic = previous !== undefined && (previous.topicId === topic.topicId || previous.topicId === ZERO_UUID || topic.topicId === ZERO_UUID);
    const partitions = new Map<number, PartitionMetadata>();
    for (const p of topic.partitions) {
      const known = sameTopic ? previous?.partitions.get(p.partitionIndex) : undefined;
      // A lagging broker can return an older leader epoch than we have seen; keep the newer view.
      if (known !== undefined && p.leaderEpoch >= 0 && known.leaderEpoch > p.leaderEpoch) {
        partitions.set(p.partitionIndex, known);
        continue;
      }
      partitions.set(p.partitionIndex, {
        topic: name,
        partition: p.partitionIndex,
        leaderId: p.leaderId,
        leaderEpoch: p.leaderEpoch,
        replicas: p.replicaNodes,
        isr: p.isrNodes,
        offlineReplicas: p.offlineReplicas,
        errorCode: p.errorCode,
      });
    }
    if (previous && previous.topicId !== ZERO_UUID) this.namesById.delete(previous.topicId);
    if (topic.topicId !== ZERO_UUID) this.namesById.set(topic.topicId, name);
    this.topicMap.set(name, {
      name,
      topicId: topic.topicId,
      isInternal: topic.isInternal,
      errorCode: topic.errorCode,
      partitions,
      stale: new Set(),
    });
  }
}

function toTopicMetadata(state: TopicState): TopicMetadata {
  return {
    name: state.name,
    topicId: state.topicId,
    isInternal: state.isInternal,
    errorCode: state.errorCode,
    partitions: [...state.partitions.values()].sort((a, b) => a.partition - b.partition).map((p) => ({ ...p })),
  };
}
