import { ErrorCode, KafkaBrokerError, KafkaConfigError, type KafkaError, type ListOffsetsResponse } from '@kafkaline/protocol';
import type { ClientContext } from '../context.js';
import { KafkaClientClosedError } from '../errors.js';
import { isTransportFailure, REFRESH_METADATA_ERRORS } from '../error-policy.js';
import { int64ToNumber } from '../int64.js';
import type { BrokerMetadata } from '../metadata.js';
import { type Outcome, type Pending, withPartitionRetries } from '../partition-retry.js';
import { byTopic, isKafkaError, type RoutedItem, routeByLeader } from '../routing.js';
import { checkPartitions, type TopicPartition } from '../topic-partition.js';
import type { IsolationLevel } from './fetch.js';

/** ListOffsets special timestamps: the log end (or LSO under read_committed) and the log start. */
export const LATEST_TIMESTAMP = -1;
export const EARLIEST_TIMESTAMP = -2;

export interface ListOffsetsPartition extends TopicPartition {
  /**
   * 'latest' (-1), 'earliest' (-2), -3 for the record with the largest timestamp (brokers 3.0+),
   * or a time in ms: the first offset whose timestamp is at or after it.
   */
  timestamp: number | 'earliest' | 'latest';
  /** Defaults to the epoch in the metadata cache. */
  currentLeaderEpoch?: number;
}

export interface ListOffsetsOptions {
  partitions: readonly ListOffsetsPartition[];
  /** Default 'read_uncommitted'. */
  isolationLevel?: IsolationLevel;
}

export interface ListOffsetsPartitionResult {
  topic: string;
  partition: number;
  error: KafkaError | null;
  /** -1 when no offset matches (a timestamp after the last record). */
  offset: number;
  timestamp: number;
  leaderEpoch: number;
}

function timestampOf(p: ListOffsetsPartition, index: number): number {
  if (p.timestamp === 'latest') return LATEST_TIMESTAMP;
  if (p.timestamp === 'earliest') return EARLIEST_TIMESTAMP;
  if (!Number.isSafeInteger(p.timestamp) || p.timestamp < -3) {
    throw new KafkaConfigError(`partitions[${index}].timestamp`, `expected 'earliest', 'latest', -3 or a time in ms, got ${String(p.timestamp)}`);
  }
  return p.timestamp;
}

function failed(item: TopicPartition, error: KafkaError): ListOffsetsPartitionResult {
  return { topic: item.topic, partition: item.partition, error, offset: -1, timestamp: -1, leaderEpoch: -1 };
}

/**
 * ListOffsets per leader, retrying the partitions that failed retriably (leader moved, offsets not
 * available yet after an election, lost connections) after a metadata refresh, up to
 * `retry.retries` times. Errors that remain are returned per partition.
 */
export async function listOffsets(ctx: ClientContext, options: ListOffsetsOptions): Promise<ListOffsetsPartitionResult[]> {
  ctx.throwIfClosed('listOffsets');
  checkPartitions('partitions', options.partitions);
  const timestamps = options.partitions.map(timestampOf);
  if (options.isolationLevel !== undefined && options.isolationLevel !== 'read_committed' && options.isolationLevel !== 'read_uncommitted') {
    throw new KafkaConfigError('isolationLevel', `expected 'read_uncommitted' or 'read_committed', got ${JSON.stringify(options.isolationLevel)}`);
  }
  const isolationLevel = options.isolationLevel === 'read_committed' ? 1 : 0;
  const items = options.partitions.map((p, i) => ({ ...p, timestamp: timestamps[i] as number }));
  return withPartitionRetries(ctx, items, async (pending) => {
    const outcomes: Array<Outcome<ListOffsetsPartitionResult>> = [];
    const routing = await routeByLeader(ctx, pending.map((p) => p.item));
    for (const f of routing.failures) {
      const entry = pending[f.index] as Pending<(typeof items)[number]>;
      outcomes.push({ index: entry.index, result: failed(f.item, f.error), error: f.error });
    }
    await Promise.all(
      [...routing.groups.values()].map(async (group) => {
        const answers = await fromLeader(ctx, group.leader, group.items, isolationLevel);
        group.items.forEach((routed, i) => {
          const result = answers[i] as ListOffsetsPartitionResult;
          outcomes.push({ index: (pending[routed.index] as Pending<unknown>).index, result, error: result.error });
        });
      }),
    );
    return outcomes;
  });
}

async function fromLeader(
  ctx: ClientContext,
  leader: BrokerMetadata,
  items: Array<RoutedItem<ListOffsetsPartition & { timestamp: number }>>,
  isolationLevel: number,
): Promise<ListOffsetsPartitionResult[]> {
  let body: ListOffsetsResponse;
  try {
    const topics = byTopic(items);
    ({ body } = await ctx.pool.get(leader).request('ListOffsets', (versions) => {
      const version = versions.pick('ListOffsets');
      return {
        version,
        body: {
          replicaId: -1,
          ...(version >= 2 ? { isolationLevel } : {}),
          ...(version >= 10 ? { timeoutMs: ctx.options.requestTimeoutMs } : {}),
          topics: [...topics].map(([name, entries]) => ({
            name,
            partitions: entries.map(({ item, leaderEpoch }) => ({
              partitionIndex: item.partition,
              ...(version >= 4 ? { currentLeaderEpoch: item.currentLeaderEpoch ?? leaderEpoch } : {}),
              timestamp: BigInt(item.timestamp),
            })),
          })),
        },
      };
    }));
  } catch (error) {
    if (error instanceof KafkaClientClosedError || !isKafkaError(error)) throw error;
    if (isTransportFailure(error)) void ctx.metadata.invalidateBroker(leader.nodeId, `listOffsets to broker ${leader.nodeId} failed: ${error.message}`);
    return items.map(({ item }) => failed(item, error));
  }
  const answered = new Map<string, ListOffsetsResponse['topics'][number]['partitions'][number]>();
  for (const topic of body.topics) for (const p of topic.partitions) answered.set(`${topic.name}\u0000${p.partitionIndex}`, p);
  return items.map(({ item }) => {
    const p = answered.get(`${item.topic}\u0000${item.partition}`);
    if (p === undefined) {
      return failed(item, new KafkaBrokerError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, { api: 'ListOffsets', topic: item.topic, partition: item.partition, brokerMessage: 'partition missing from the response' }));
    }
    if (p.errorCode !== 0) {
      if (REFRESH_METADATA_ERRORS.has(p.errorCode)) void ctx.metadata.invalidate(item.topic, item.partition, `ListOffsets error ${p.errorCode}`);
      return failed(item, new KafkaBrokerError(p.errorCode, { api: 'ListOffsets', topic: item.topic, partition: item.partition }));
    }
    try {
      return {
        topic: item.topic,
        partition: item.partition,
        error: null,
        offset: int64ToNumber(p.offset, 'offset'),
        timestamp: int64ToNumber(p.timestamp, 'timestamp'),
        leaderEpoch: p.leaderEpoch,
      };
    } catch (error) {
      return failed(item, error as KafkaError);
    }
  });
}
