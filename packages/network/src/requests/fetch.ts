import {
  EMPTY_BYTES,
  type FetchRequestInput,
  type FetchResponse,
  KafkaBrokerError,
  KafkaConfigError,
  type KafkaError,
} from '@kafkaline/protocol';
import type { ClientContext } from '../context.js';
import { KafkaClientClosedError } from '../errors.js';
import { LEADER_HINT_ERRORS, REFRESH_METADATA_ERRORS, isTransportFailure } from '../error-policy.js';
import { int64ToNumber } from '../int64.js';
import type { BrokerMetadata } from '../metadata.js';
import { byTopic, isKafkaError, type RoutedItem, routeByLeader } from '../routing.js';
import { checkOffset, checkPartitions, type TopicPartition } from '../topic-partition.js';

export type IsolationLevel = 'read_uncommitted' | 'read_committed';

export interface FetchPartition extends TopicPartition {
  /** Offset of the first record wanted. */
  offset: number;
  /** Per-partition byte limit; defaults to the request's `partitionMaxBytes`. */
  maxBytes?: number;
  /** Leader epoch the caller last saw; defaults to the epoch in the metadata cache. */
  currentLeaderEpoch?: number;
  /** Epoch of the last record consumed (Fetch v12+ log-truncation detection); -1 if unknown. */
  lastFetchedEpoch?: number;
}

export interface FetchOptions {
  partitions: readonly FetchPartition[];
  /** How long the broker may wait for `minBytes` to accumulate. Default 500. */
  maxWaitMs?: number;
  /** Default 1. */
  minBytes?: number;
  /** Response size limit per broker. Default 52428800 (50 MiB). */
  maxBytes?: number;
  /** Default per-partition limit. Default 1048576 (1 MiB). */
  partitionMaxBytes?: number;
  /** Default 'read_uncommitted'. */
  isolationLevel?: IsolationLevel;
  /** Sent as RackId (Fetch v11+) so the broker can name a preferred read replica. */
  rackId?: string;
}

export interface FetchPartitionResult {
  topic: string;
  partition: number;
  /** Null on success; otherwise why this partition has no data (the others may have). */
  error: KafkaError | null;
  /** The broker that answered (the leader), or null when the request never reached one. */
  nodeId: number | null;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  /** The record set bytes (a view, not a copy); empty when there is nothing new. */
  records: Uint8Array;
  abortedTransactions: Array<{ producerId: number; firstOffset: number }> | null;
  preferredReadReplica: number;
  /** Set when the log diverged from `lastFetchedEpoch` (truncation, Fetch v12+). */
  divergingEpoch: { epoch: number; endOffset: number } | null;
}

export const FETCH_DEFAULTS = Object.freeze({
  maxWaitMs: 500,
  minBytes: 1,
  maxBytes: 52_428_800,
  partitionMaxBytes: 1_048_576,
});

// Fetch v13 names topics by id; without an id for every topic we stay on v12.
const LAST_FETCH_VERSION_WITH_NAMES = 12;

function nonNegativeInt(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
    throw new KafkaConfigError(option, `expected an integer from 0 to 2147483647, got ${String(value)}`);
  }
  return value;
}

function emptyResult(item: TopicPartition, error: KafkaError | null, nodeId: number | null): FetchPartitionResult {
  return {
    topic: item.topic,
    partition: item.partition,
    error,
    nodeId,
    highWatermark: -1,
    lastStableOffset: -1,
    logStartOffset: -1,
    records: EMPTY_BYTES,
    abortedTransactions: null,
    preferredReadReplica: -1,
    divergingEpoch: null,
  };
}

/**
 * Fetch, split per leader and sent to all leaders at once. Never rejects for a broker-side or
 * network failure: those come back on the partitions they affect, while the other partitions'
 * data is delivered. Partitions whose leader moved trigger a throttled metadata refresh (or use
 * the broker's leader hint), and the next fetch for them waits for it and goes to the new leader.
 * Rejects only for invalid arguments and a closed client.
 */
export async function fetch(ctx: ClientContext, options: FetchOptions): Promise<FetchPartitionResult[]> {
  ctx.throwIfClosed('fetch');
  checkPartitions('partitions', options.partitions);
  for (const [i, p] of options.partitions.entries()) checkOffset(`partitions[${i}].offset`, p.offset, 0);
  if (options.isolationLevel !== undefined && options.isolationLevel !== 'read_committed' && options.isolationLevel !== 'read_uncommitted') {
    throw new KafkaConfigError('isolationLevel', `expected 'read_uncommitted' or 'read_committed', got ${JSON.stringify(options.isolationLevel)}`);
  }
  const settings = {
    maxWaitMs: nonNegativeInt('maxWaitMs', options.maxWaitMs, FETCH_DEFAULTS.maxWaitMs),
    minBytes: nonNegativeInt('minBytes', options.minBytes, FETCH_DEFAULTS.minBytes),
    maxBytes: nonNegativeInt('maxBytes', options.maxBytes, FETCH_DEFAULTS.maxBytes),
    partitionMaxBytes: nonNegativeInt('partitionMaxBytes', options.partitionMaxBytes, FETCH_DEFAULTS.partitionMaxBytes),
    isolationLevel: options.isolationLevel === 'read_committed' ? 1 : 0,
    rackId: options.rackId ?? '',
  };
  const results: FetchPartitionResult[] = new Array(options.partitions.length);
  const routing = await routeByLeader(ctx, options.partitions);
  for (const failure of routing.failures) results[failure.index] = emptyResult(failure.item, failure.error, null);
  await Promise.all(
    [...routing.groups.values()].map(async (group) => {
      const answers = await fetchFromLeader(ctx, group.leader, group.items, settings);
      group.items.forEach((routed, i) => {
        results[routed.index] = answers[i] as FetchPartitionResult;
      });
    }),
  );
  return results;
}

interface FetchSettings {
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitionMaxBytes: number;
  isolationLevel: number;
  rackId: string;
}

async function fetchFromLeader(
  ctx: ClientContext,
  leader: BrokerMetadata,
  items: Array<RoutedItem<FetchPartition>>,
  settings: FetchSettings,
): Promise<FetchPartitionResult[]> {
  const topics = byTopic(items);
  let response: { version: number; body: FetchResponse };
  try {
    const connection = ctx.pool.get(leader);
    response = await connection.request(
      'Fetch',
      (versions) => {
        let version = versions.pick('Fetch');
        const ids = new Map<string, string>();
        for (const topic of topics.keys()) {
          const id = ctx.metadata.topicId(topic);
          if (id !== undefined) ids.set(topic, id);
        }
        if (version > LAST_FETCH_VERSION_WITH_NAMES && ids.size < topics.size) version = versions.pick('Fetch', LAST_FETCH_VERSION_WITH_NAMES);
        return { version, body: fetchBody(version, topics, ids, settings) };
      },
      { timeoutMs: ctx.options.requestTimeoutMs + settings.maxWaitMs },
    );
  } catch (error) {
    if (error instanceof KafkaClientClosedError || !isKafkaError(error)) throw error;
    // A lost connection already scheduled a refresh; a failed connect did not.
    if (isTransportFailure(error)) void ctx.metadata.invalidateBroker(leader.nodeId, `fetch from broker ${leader.nodeId} failed: ${error.message}`);
    return items.map((routed) => emptyResult(routed.item, error, leader.nodeId));
  }
  return readFetchResponse(ctx, leader, items, response.version, response.body);
}

function fetchBody(version: number, topics: Map<string, Array<RoutedItem<FetchPartition>>>, ids: Map<string, string>, s: FetchSettings): FetchRequestInput {
  const byId = version > LAST_FETCH_VERSION_WITH_NAMES;
  const body: FetchRequestInput = {
    maxWaitMs: s.maxWaitMs,
    minBytes: s.minBytes,
    maxBytes: s.maxBytes,
    isolationLevel: s.isolationLevel,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [...topics].map(([topic, entries]) => ({
      ...(byId ? { topicId: ids.get(topic) as string } : { topic }),
      partitions: entries.map(({ item, leaderEpoch }) => ({
        partition: item.partition,
        currentLeaderEpoch: item.currentLeaderEpoch ?? leaderEpoch,
        fetchOffset: BigInt(item.offset),
        ...(version >= 12 ? { lastFetchedEpoch: item.lastFetchedEpoch ?? -1 } : {}),
        partitionMaxBytes: item.maxBytes ?? s.partitionMaxBytes,
      })),
    })),
  };
  if (version >= 11 && s.rackId !== '') body.rackId = s.rackId;
  return body;
}

function readFetchResponse(
  ctx: ClientContext,
  leader: BrokerMetadata,
  items: Array<RoutedItem<FetchPartition>>,
  version: number,
  body: FetchResponse,
): FetchPartitionResult[] {
  const nodeId = leader.nodeId;
  if (body.errorCode !== 0) {
    // A request-level error (v7+, e.g. a fetch session problem) applies to every partition.
    return items.map((routed) => emptyResult(routed.item, new KafkaBrokerError(body.errorCode, { api: 'Fetch', topic: routed.item.topic, partition: routed.item.partition }), nodeId));
  }
  const answered = new Map<string, FetchResponse['responses'][number]['partitions'][number]>();
  for (const topic of body.responses) {
    const name = version > LAST_FETCH_VERSION_WITH_NAMES ? ctx.metadata.topicNameById(topic.topicId) : topic.topic;
    if (name === undefined) continue;
    for (const p of topic.partitions) answered.set(`${name}\u0000${p.partitionIndex}`, p);
  }
  const endpoints = new Map(body.nodeEndpoints.map((e) => [e.nodeId, { nodeId: e.nodeId, host: e.host, port: e.port, rack: e.rack }]));
  return items.map(({ item }) => {
    const p = answered.get(`${item.topic}\u0000${item.partition}`);
    // Sessionless fetches list every partition; one left out simply has nothing for us.
    if (p === undefined) return emptyResult(item, null, nodeId);
    if (p.errorCode !== 0) {
      const error = new KafkaBrokerError(p.errorCode, { api: 'Fetch', topic: item.topic, partition: item.partition });
      if (REFRESH_METADATA_ERRORS.has(p.errorCode)) {
        const hint = p.currentLeader;
        const hinted =
          LEADER_HINT_ERRORS.has(p.errorCode) &&
          ctx.metadata.applyLeaderHint(item.topic, item.partition, hint.leaderId, hint.leaderEpoch, endpoints.get(hint.leaderId));
        if (!hinted) void ctx.metadata.invalidate(item.topic, item.partition, `${error.code} from broker ${nodeId} for ${item.topic}/${item.partition}`);
      }
      const result = emptyResult(item, error, nodeId);
      try {
        fillOffsets(result, p);
      } catch {
        // The error is what matters here; offsets stay at -1.
      }
      return result;
    }
    const result = emptyResult(item, null, nodeId);
    try {
      fillOffsets(result, p);
      result.records = p.records ?? EMPTY_BYTES;
      result.preferredReadReplica = p.preferredReadReplica;
      result.abortedTransactions =
        p.abortedTransactions === null
          ? null
          : p.abortedTransactions.map((t) => ({
              producerId: int64ToNumber(t.producerId, 'aborted transaction producer id'),
              firstOffset: int64ToNumber(t.firstOffset, 'aborted transaction first offset'),
            }));
      if (p.divergingEpoch.epoch >= 0) {
        result.divergingEpoch = { epoch: p.divergingEpoch.epoch, endOffset: int64ToNumber(p.divergingEpoch.endOffset, 'diverging epoch end offset') };
      }
    } catch (error) {
      result.error = error as KafkaError;
      result.records = EMPTY_BYTES;
    }
    return result;
  });
}

function fillOffsets(result: FetchPartitionResult, p: FetchResponse['responses'][number]['partitions'][number]): void {
  result.highWatermark = int64ToNumber(p.highWatermark, 'high watermark');
  result.lastStableOffset = int64ToNumber(p.lastStableOffset, 'last stable offset');
  result.logStartOffset = int64ToNumber(p.logStartOffset, 'log start offset');
}
