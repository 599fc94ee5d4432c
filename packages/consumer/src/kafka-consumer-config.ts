import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import type { IsolationLevel, KafkaClient, Logger, SaslOptions, SocketFactory } from '@kafkaline/network';
import { KafkaConfigError } from '@kafkaline/protocol';
import { type Clock, isClock, systemClock } from './clock.js';
import { type AutoOffsetReset, parseAutoOffsetReset, type ResetTarget } from './offsets/reset-policy.js';
import type { PartitionAssignor } from './group/assignors/assignor.js';
import { assignorByName, DEFAULT_ASSIGNORS } from './group/assignors/registry.js';
import { booleanOption, describe, integerOption } from './options.js';

/** Turns a raw value into what `KafkaMessage.value` holds (kafka-python's deserializer_class). */
export type Deserializer<V> = (value: Uint8Array | null) => V;

/**
 * KafkaConsumer's settings: kafka-python 0.9's keys in camelCase with its defaults, then the
 * modern options. Every key is checked; an unknown key is a KafkaConfigError naming it.
 */
export interface KafkaConsumerConfig<V = Uint8Array | null> {
  /** Default 'kafka.consumer.kafka'. */
  clientId?: string;
  /** Group whose committed offsets are read and written; null = no offset storage. Default null. */
  groupId?: string | null;
  /** Per-partition byte limit of every fetch; a larger batch raises ConsumerFetchSizeTooSmall. Default 1048576. */
  fetchMessageMaxBytes?: number;
  /** Default 1. */
  fetchMinBytes?: number;
  /** How long the broker may hold a fetch waiting for fetchMinBytes. Default 100. */
  fetchWaitMaxMs?: number;
  /** Wait before refetching after a leader change or lost broker. Default 200. */
  refreshLeaderBackoffMs?: number;
  /** Bootstrap brokers (kafka-python 0.9.3's name; `bootstrapServers` wins when both are given). */
  metadataBrokerList?: string | readonly string[] | null;
  /** Bootstrap brokers: `['host:port', ...]` or one comma-separated string. */
  bootstrapServers?: string | readonly string[];
  /** Request timeout of the client. Default 30000. */
  socketTimeoutMs?: number;
  /** OFFSET_OUT_OF_RANGE and no committed offset: 'largest' (default), 'smallest', 'latest', 'earliest', or 'none' to raise. */
  autoOffsetReset?: AutoOffsetReset;
  /** Applied to each raw value (not the key). Default: the raw bytes (a view). */
  deserializer?: Deserializer<V>;
  /** Commit offsets marked with taskDone() on a timer and by count. Default false. */
  autoCommitEnable?: boolean;
  /** Timed auto-commit period; null or <= 0 disables it. Default 60000. */
  autoCommitIntervalMs?: number | null;
  /** Commit after this many taskDone() calls; null or <= 0 disables it. Default null. */
  autoCommitIntervalMessages?: number | null;
  /** next() raises ConsumerTimeout after this long without a message; -1 waits forever. Default -1. */
  consumerTimeoutMs?: number;
  /** Accepted for compatibility; kafkaline has no use for them. */
  socketReceiveBufferBytes?: number;
  numConsumerFetchers?: number;
  defaultFetcherBackoffMs?: number;
  queuedMaxMessageChunks?: number;
  rebalanceMaxRetries?: number;
  rebalanceBackoffMs?: number;
  /** TLS to the brokers: true or tls.ConnectionOptions. */
  tls?: boolean | TlsConnectionOptions;
  sasl?: SaslOptions;
  /** 'read_committed' hides records of aborted transactions. Default 'read_uncommitted'. */
  isolationLevel?: IsolationLevel;
  /** Use this client instead of creating one (it is then not closed by close()). */
  client?: KafkaClient;
  /** Passed to the client created for this consumer (tests: the fake cluster's in-process transport). */
  socketFactory?: SocketFactory;
  /** Timers of the consumer and of the client it creates; tests pass a ManualClock. */
  clock?: Clock;
  logger?: Logger;
  /** subscribe(): 'classic' (JoinGroup/SyncGroup, default) or 'consumer' (KIP-848, Kafka 4.x). */
  groupProtocol?: GroupProtocol;
  /** Classic protocol: assignors in preference order, by name or as objects. Default ['range', 'cooperative-sticky']. */
  partitionAssignors?: ReadonlyArray<string | PartitionAssignor>;
  /** Classic protocol: no heartbeat for this long removes the member. Default 45000. */
  sessionTimeoutMs?: number;
  /** Classic protocol: heartbeat period (KIP-848 takes it from the coordinator). Default 3000. */
  heartbeatIntervalMs?: number;
  /** How long the coordinator waits for every member to rejoin during a rebalance. Default 300000. */
  rebalanceTimeoutMs?: number;
  /** Longest time between two next() calls before the consumer leaves the group. Default 300000. */
  maxPollIntervalMs?: number;
  /** Static membership: a stable id per running instance; a restart within the session timeout causes no rebalance. */
  groupInstanceId?: string | null;
  /**
   * subscribe(): the longest close() spends committing and leaving the group. When the
   * coordinator does not answer in time, close() gives up (GroupCloseTimeoutError), closes the
   * connections, and the session timeout removes the member. Default 10000.
   */
  closeTimeoutMs?: number;
  /**
   * Metadata older than this is refreshed (passed to the client the consumer creates). A
   * subscribed classic member also looks at its topics this often while stable: a new topic
   * matching a RegExp subscription, or a topic with more partitions, makes it rejoin. Default 300000.
   */
  metadataMaxAgeMs?: number;
  /** KIP-848: the server-side assignor, 'uniform' or 'range'; null = the broker's default. */
  groupRemoteAssignor?: string | null;
}

export type GroupProtocol = 'classic' | 'consumer';

export const KAFKA_CONSUMER_CONFIG_KEYS = [
  'clientId',
  'groupId',
  'fetchMessageMaxBytes',
  'fetchMinBytes',
  'fetchWaitMaxMs',
  'refreshLeaderBackoffMs',
  'metadataBrokerList',
  'bootstrapServers',
  'socketTimeoutMs',
  'autoOffsetReset',
  'deserializer',
  'autoCommitEnable',
  'autoCommitIntervalMs',
  'autoCommitIntervalMessages',
  'consumerTimeoutMs',
  'socketReceiveBufferBytes',
  'numConsumerFetchers',
  'defaultFetcherBackoffMs',
  'queuedMaxMessageChunks',
  'rebalanceMaxRetries',
  'rebalanceBackoffMs',
  'tls',
  'sasl',
  'isolationLevel',
  'client',
  'socketFactory',
  'clock',
  'logger',
  'groupProtocol',
  'partitionAssignors',
  'sessionTimeoutMs',
  'heartbeatIntervalMs',
  'rebalanceTimeoutMs',
  'maxPollIntervalMs',
  'groupInstanceId',
  'groupRemoteAssignor',
  'closeTimeoutMs',
  'metadataMaxAgeMs',
] as const;

const ACCEPTED_UNUSED = ['socketReceiveBufferBytes', 'numConsumerFetchers', 'defaultFetcherBackoffMs', 'queuedMaxMessageChunks', 'rebalanceMaxRetries', 'rebalanceBackoffMs'];

export interface ResolvedConfig<V> {
  clientId: string;
  groupId: string | null;
  fetchMessageMaxBytes: number;
  fetchMinBytes: number;
  fetchWaitMaxMs: number;
  refreshLeaderBackoffMs: number;
  brokers: string | readonly string[] | null;
  socketTimeoutMs: number;
  autoOffsetReset: ResetTarget;
  deserializer: Deserializer<V>;
  autoCommitEnable: boolean;
  /** Null when the timer is disabled. */
  autoCommitIntervalMs: number | null;
  /** Null when the count trigger is disabled. */
  autoCommitIntervalMessages: number | null;
  consumerTimeoutMs: number;
  tls: boolean | TlsConnectionOptions | undefined;
  sasl: SaslOptions | undefined;
  isolationLevel: IsolationLevel;
  client: KafkaClient | null;
  socketFactory: SocketFactory | undefined;
  clock: Clock;
  logger: Logger | null;
  group: GroupSettings;
}

/** The settings of group-managed consumption (subscribe). */
export interface GroupSettings {
  protocol: GroupProtocol;
  assignors: PartitionAssignor[];
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  maxPollIntervalMs: number;
  groupInstanceId: string | null;
  remoteAssignor: string | null;
  closeTimeoutMs: number;
  metadataMaxAgeMs: number;
}

const INT32_MAX = 2 ** 31 - 1;

/**
 * The Java client allows close() 30 s; 10 s outlasts a coordinator failover on a healthy cluster
 * (a crashed broker is fenced within about 9 s) without letting a dead cluster hold up a shutdown.
 */
const DEFAULT_CLOSE_TIMEOUT_MS = 10_000;

function durationOption(name: string, value: unknown, fallback: number): number {
  const ms = integerOption(name, value, fallback, 1) as number;
  if (ms > INT32_MAX) throw new KafkaConfigError(name, `expected at most ${INT32_MAX} ms, got ${ms}`);
  return ms;
}

function isAssignor(value: unknown): value is PartitionAssignor {
  const a = value as Record<string, unknown> | null;
  return typeof a === 'object' && a !== null && typeof a['name'] === 'string' && typeof a['assign'] === 'function' && (a['rebalanceProtocol'] === 'eager' || a['rebalanceProtocol'] === 'cooperative');
}

function resolveGroupSettings(configs: KafkaConsumerConfig<unknown>): GroupSettings {
  const protocol = configs.groupProtocol ?? 'classic';
  if (protocol !== 'classic' && protocol !== 'consumer') throw new KafkaConfigError('groupProtocol', `expected 'classic' or 'consumer', got ${describe(protocol)}`);
  if (protocol === 'consumer' && configs.partitionAssignors !== undefined) {
    throw new KafkaConfigError('partitionAssignors', "with groupProtocol 'consumer' the coordinator assigns partitions: use groupRemoteAssignor ('uniform' or 'range') instead");
  }
  if (protocol === 'classic' && configs.groupRemoteAssignor !== undefined && configs.groupRemoteAssignor !== null) {
    throw new KafkaConfigError('groupRemoteAssignor', "groupRemoteAssignor is for groupProtocol 'consumer' (KIP-848); the classic protocol uses partitionAssignors");
  }
  const names = configs.partitionAssignors ?? DEFAULT_ASSIGNORS;
  if (!Array.isArray(names) || names.length === 0) throw new KafkaConfigError('partitionAssignors', `expected a non-empty array of assignor names or objects, got ${describe(names)}`);
  const assignors = names.map((entry: unknown) => {
    if (typeof entry === 'string') return assignorByName(entry);
    if (isAssignor(entry)) return entry;
    throw new KafkaConfigError('partitionAssignors', `expected an assignor name or { name, rebalanceProtocol, assign() }, got ${describe(entry)}`);
  });
  if (new Set(assignors.map((a) => a.name)).size !== assignors.length) throw new KafkaConfigError('partitionAssignors', 'each assignor may appear only once');
  const sessionTimeoutMs = durationOption('sessionTimeoutMs', configs.sessionTimeoutMs, 45_000);
  const heartbeatIntervalMs = durationOption('heartbeatIntervalMs', configs.heartbeatIntervalMs, 3_000);
  if (heartbeatIntervalMs >= sessionTimeoutMs) {
    throw new KafkaConfigError('heartbeatIntervalMs', `must be lower than sessionTimeoutMs (${sessionTimeoutMs}), got ${heartbeatIntervalMs}; a third of it is usual`);
  }
  const groupInstanceId = configs.groupInstanceId ?? null;
  if (groupInstanceId !== null && (typeof groupInstanceId !== 'string' || groupInstanceId === '')) {
    throw new KafkaConfigError('groupInstanceId', `expected a non-empty string or null, got ${describe(groupInstanceId)}`);
  }
  const remoteAssignor = configs.groupRemoteAssignor ?? null;
  if (remoteAssignor !== null && (typeof remoteAssignor !== 'string' || remoteAssignor === '')) {
    throw new KafkaConfigError('groupRemoteAssignor', `expected 'uniform', 'range' or null, got ${describe(remoteAssignor)}`);
  }
  return {
    protocol,
    assignors,
    sessionTimeoutMs,
    heartbeatIntervalMs,
    rebalanceTimeoutMs: durationOption('rebalanceTimeoutMs', configs.rebalanceTimeoutMs, 300_000),
    maxPollIntervalMs: durationOption('maxPollIntervalMs', configs.maxPollIntervalMs, 300_000),
    groupInstanceId,
    remoteAssignor,
    closeTimeoutMs: durationOption('closeTimeoutMs', configs.closeTimeoutMs, DEFAULT_CLOSE_TIMEOUT_MS),
    metadataMaxAgeMs: durationOption('metadataMaxAgeMs', configs.metadataMaxAgeMs, 300_000),
  };
}

function positiveOrDisabled(name: string, value: unknown, fallback: number | null): number | null {
  if (value === undefined) return fallback;
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new KafkaConfigError(name, `expected an integer (<= 0 or null disables it), got ${describe(value)}`);
  return value > 0 ? value : null;
}

function brokerList(value: unknown, name: string): string | readonly string[] | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (Array.isArray(value) && value.every((b) => typeof b === 'string')) return value.length === 0 ? null : value;
  throw new KafkaConfigError(name, `expected ['host:port', ...] or one comma-separated string, got ${describe(value)}`);
}

/** Checks every key (in kafka-python's order of checks) and fills the defaults. */
export function resolveConfig<V>(configs: KafkaConsumerConfig<V>): ResolvedConfig<V> {
  if (typeof configs !== 'object' || configs === null || Array.isArray(configs)) throw new KafkaConfigError('configs', `expected an object, got ${describe(configs)}`);
  const unknown = Object.keys(configs).filter((key) => !(KAFKA_CONSUMER_CONFIG_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new KafkaConfigError(unknown.join(', '), `unknown KafkaConsumer config key${unknown.length > 1 ? 's' : ''}; allowed: ${KAFKA_CONSUMER_CONFIG_KEYS.join(', ')}`);
  }
  for (const key of ACCEPTED_UNUSED) integerOption(key, (configs as Record<string, unknown>)[key], 0, Number.MIN_SAFE_INTEGER);
  const groupId = configs.groupId ?? null;
  if (groupId !== null && (typeof groupId !== 'string' || groupId === '')) throw new KafkaConfigError('groupId', `expected a non-empty string or null, got ${describe(groupId)}`);
  const autoCommitEnable = booleanOption('autoCommitEnable', configs.autoCommitEnable, false);
  if (autoCommitEnable && groupId === null) {
    throw new KafkaConfigError('autoCommitEnable', 'auto-commit needs a groupId: offsets are stored per consumer group; set groupId or autoCommitEnable: false');
  }
  const client = configs.client ?? null;
  if (client !== null && (typeof client !== 'object' || typeof (client as { fetch?: unknown }).fetch !== 'function')) {
    throw new KafkaConfigError('client', `expected a KafkaClient from @kafkaline/network, got ${describe(client)}`);
  }
  const brokers = brokerList(configs.bootstrapServers, 'bootstrapServers') ?? brokerList(configs.metadataBrokerList, 'metadataBrokerList');
  if (brokers === null && client === null) {
    throw new KafkaConfigError('bootstrapServers', "no brokers given: pass bootstrapServers (or metadataBrokerList) as ['host:port', ...], or a client");
  }
  const clientId = configs.clientId ?? 'kafka.consumer.kafka';
  if (typeof clientId !== 'string') throw new KafkaConfigError('clientId', `expected a string, got ${describe(clientId)}`);
  const deserializer = configs.deserializer ?? ((value: Uint8Array | null) => value as V);
  if (typeof deserializer !== 'function') throw new KafkaConfigError('deserializer', `expected a function (value: Uint8Array | null) => V, got ${describe(deserializer)}`);
  const isolationLevel = configs.isolationLevel ?? 'read_uncommitted';
  if (isolationLevel !== 'read_uncommitted' && isolationLevel !== 'read_committed') {
    throw new KafkaConfigError('isolationLevel', `expected 'read_uncommitted' or 'read_committed', got ${describe(isolationLevel)}`);
  }
  if (configs.clock !== undefined && !isClock(configs.clock)) throw new KafkaConfigError('clock', 'expected { now(), setTimeout(callback, ms), clearTimeout(handle) }');
  if (configs.logger !== undefined && typeof configs.logger !== 'function') throw new KafkaConfigError('logger', `expected a function, got ${describe(configs.logger)}`);
  const consumerTimeoutMs = integerOption('consumerTimeoutMs', configs.consumerTimeoutMs, -1, Number.MIN_SAFE_INTEGER) as number;
  return {
    clientId,
    groupId,
    fetchMessageMaxBytes: integerOption('fetchMessageMaxBytes', configs.fetchMessageMaxBytes, 1_048_576, 1) as number,
    fetchMinBytes: integerOption('fetchMinBytes', configs.fetchMinBytes, 1, 0) as number,
    fetchWaitMaxMs: integerOption('fetchWaitMaxMs', configs.fetchWaitMaxMs, 100, 0) as number,
    refreshLeaderBackoffMs: integerOption('refreshLeaderBackoffMs', configs.refreshLeaderBackoffMs, 200, 0) as number,
    brokers,
    socketTimeoutMs: integerOption('socketTimeoutMs', configs.socketTimeoutMs, 30_000, 1) as number,
    autoOffsetReset: parseAutoOffsetReset('autoOffsetReset', configs.autoOffsetReset ?? 'largest'),
    deserializer,
    autoCommitEnable,
    autoCommitIntervalMs: positiveOrDisabled('autoCommitIntervalMs', configs.autoCommitIntervalMs, 60_000),
    autoCommitIntervalMessages: positiveOrDisabled('autoCommitIntervalMessages', configs.autoCommitIntervalMessages, null),
    consumerTimeoutMs: consumerTimeoutMs < 0 ? -1 : consumerTimeoutMs,
    tls: configs.tls,
    sasl: configs.sasl,
    isolationLevel,
    client,
    socketFactory: configs.socketFactory,
    clock: configs.clock ?? systemClock,
    logger: configs.logger ?? null,
    group: resolveGroupSettings(configs as KafkaConsumerConfig<unknown>),
  };
}

/**
 * Splits `new KafkaConsumer(...topics, configs?)`: the last argument is the config object when it
 * is a plain object that is empty or has at least one config key (a `{ topic: partitions }`
 * spec has neither).
 */
export function splitConsumerArguments<T>(args: readonly unknown[]): { topics: T[]; configs: KafkaConsumerConfig<never> | null } {
  const last = args[args.length - 1];
  const isPlainObject = typeof last === 'object' && last !== null && !Array.isArray(last) && !(last instanceof Map);
  if (isPlainObject) {
    const keys = Object.keys(last);
    if (keys.length === 0 || keys.some((key) => (KAFKA_CONSUMER_CONFIG_KEYS as readonly string[]).includes(key))) {
      return { topics: args.slice(0, -1) as T[], configs: last as KafkaConsumerConfig<never> };
    }
  }
  return { topics: [...args] as T[], configs: null };
}
