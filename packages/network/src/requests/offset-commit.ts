import { ErrorCode, KafkaBrokerError, type KafkaError, type OffsetCommitRequestInput } from '@kafkaline/protocol';
import type { ClientContext } from '../context.js';
import { KafkaClientClosedError } from '../errors.js';
import { GROUP_RETRY_ERRORS } from '../error-policy.js';
import { type Outcome, withPartitionRetries } from '../partition-retry.js';
import { isKafkaError } from '../routing.js';
import { checkOffset, checkPartitions, partitionKey, type TopicPartition } from '../topic-partition.js';
import { checkGroupId, noteCoordinatorError, refreshStaleTopicIds, sendToCoordinator } from './coordinator-request.js';

export interface OffsetCommitPartition extends TopicPartition {
  /** The next offset to read (last processed + 1). */
  offset: number;
  /** Epoch of the last record consumed (OffsetCommit v6+); -1 if unknown. */
  leaderEpoch?: number;
  metadata?: string | null;
}

export interface OffsetCommitOptions {
  groupId: string;
  /** Generation (classic) or member epoch (KIP-848); -1 for a standalone consumer. Default -1. */
  generationId?: number;
  /** '' for a standalone consumer. Default ''. */
  memberId?: string;
  groupInstanceId?: string | null;
  partitions: readonly OffsetCommitPartition[];
}

export interface OffsetCommitPartitionResult {
  topic: string;
  partition: number;
  error: KafkaError | null;
}

// OffsetCommit v10 names topics by id; without an id for every topic we stay on v9.
const LAST_COMMIT_VERSION_WITH_NAMES = 9;

/**
 * OffsetCommit to the group coordinator. Coordinator moves and loads, timeouts and lost
 * connections are retried (only for the partitions they hit); everything else, such as
 * ILLEGAL_GENERATION or REBALANCE_IN_PROGRESS, is returned per partition for the consumer.
 */
export async function offsetCommit(ctx: ClientContext, options: OffsetCommitOptions): Promise<OffsetCommitPartitionResult[]> {
  ctx.throwIfClosed('offsetCommit');
  checkGroupId(options.groupId);
  checkPartitions('partitions', options.partitions);
  for (const [i, p] of options.partitions.entries()) checkOffset(`partitions[${i}].offset`, p.offset, -1);
  const { groupId } = options;
  return withPartitionRetries(
    ctx,
    options.partitions,
    async (pending) => {
      const failAll = (error: KafkaError): Array<Outcome<OffsetCommitPartitionResult>> =>
        pending.map(({ item, index }) => ({ index, error, result: { topic: item.topic, partition: item.partition, error } }));
      const topics = new Map<string, typeof pending>();
      for (const entry of pending) {
        const list = topics.get(entry.item.topic);
        if (list) list.push(entry);
        else topics.set(entry.item.topic, [entry]);
      }
      let response: Awaited<ReturnType<typeof sendToCoordinator<'OffsetCommit'>>>;
      // The ids this request was built with: metadata may refresh while it is in flight.
      const namesBySentId = new Map<string, string>();
      try {
        response = await sendToCoordinator(ctx, groupId, 'OffsetCommit', (versions) => {
          let version = versions.pick('OffsetCommit');
          const ids = new Map<string, string>();
          namesBySentId.clear();
          for (const topic of topics.keys()) {
            const id = ctx.metadata.topicId(topic);
            if (id === undefined) continue;
            ids.set(topic, id);
            namesBySentId.set(id, topic);
          }
          if (version > LAST_COMMIT_VERSION_WITH_NAMES && ids.size < topics.size) version = versions.pick('OffsetCommit', LAST_COMMIT_VERSION_WITH_NAMES);
          const body: OffsetCommitRequestInput = {
            groupId,
            generationIdOrMemberEpoch: options.generationId ?? -1,
            memberId: options.memberId ?? '',
            ...(options.groupInstanceId != null ? { groupInstanceId: options.groupInstanceId } : {}),
            topics: [...topics].map(([name, entries]) => ({
              ...(version > LAST_COMMIT_VERSION_WITH_NAMES ? { topicId: ids.get(name) as string } : { name }),
              partitions: entries.map(({ item }) => ({
                partitionIndex: item.partition,
                committedOffset: BigInt(item.offset),
                ...(version >= 6 ? { committedLeaderEpoch: item.leaderEpoch ?? -1 } : {}),
                committedMetadata: item.metadata ?? '',
              })),
            })),
          };
          return { version, body };
        });
      } catch (error) {
        if (error instanceof KafkaClientClosedError || !isKafkaError(error)) throw error;
        return failAll(error);
      }
      const byId = response.version > LAST_COMMIT_VERSION_WITH_NAMES;
      const codes = new Map<string, number>();
      const staleIds = new Set<string>();
      for (const topic of response.body.topics) {
        const name = byId ? namesBySentId.get(topic.topicId) : topic.name;
        if (name === undefined) continue;
        for (const p of topic.partitions) {
          codes.set(partitionKey(name, p.partitionIndex), p.errorCode);
          if (p.errorCode === ErrorCode.UNKNOWN_TOPIC_ID) staleIds.add(name);
        }
      }
      await refreshStaleTopicIds(ctx, staleIds, 'OffsetCommit');
      return pending.map(({ item, index }) => {
        const code = codes.get(partitionKey(item.topic, item.partition));
        const error =
          code === undefined
            ? new KafkaBrokerError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, {
                api: 'OffsetCommit',
                topic: item.topic,
                partition: item.partition,
                brokerMessage: 'partition missing from the response',
              })
            : code === 0
              ? null
              : new KafkaBrokerError(code, { api: 'OffsetCommit', topic: item.topic, partition: item.partition });
        if (code !== undefined) noteCoordinatorError(ctx, groupId, code);
        return { index, error, result: { topic: item.topic, partition: item.partition, error } };
      });
    },
    retryGroupError,
  );
}

/**
 * Retry transport failures, coordinator trouble and a stale topic id (the topic was recreated:
 * the retry uses the refreshed id, or the name if the topic is gone); leave membership errors to
 * the consumer.
 */
export function retryGroupError(error: KafkaError): boolean {
  if (error instanceof KafkaBrokerError) return GROUP_RETRY_ERRORS.has(error.errorCode) || error.errorCode === ErrorCode.UNKNOWN_TOPIC_ID;
  return error.retriable;
}

