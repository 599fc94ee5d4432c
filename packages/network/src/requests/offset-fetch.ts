import { ErrorCode, KafkaBrokerError, type KafkaError, type OffsetFetchRequestInput, type OffsetFetchResponse } from '@kafkaline/protocol';
import type { ClientContext } from '../context.js';
import { KafkaClientClosedError } from '../errors.js';
import { GROUP_RETRY_ERRORS } from '../error-policy.js';
import { int64ToNumber } from '../int64.js';
import { isKafkaError } from '../routing.js';
import { checkPartitions, partitionKey, type TopicPartition } from '../topic-partition.js';
import { checkGroupId, noteCoordinatorError, refreshStaleTopicIds, sendToCoordinator } from './coordinator-request.js';

export interface OffsetFetchOptions {
  groupId: string;
  /** The partitions to look up, or null for every partition the group has committed. */
  partitions: readonly TopicPartition[] | null;
  /**
   * Wait for pending transactional commits (OffsetFetch v7+; UNSTABLE_OFFSET_COMMIT is retried).
   * Default true, as the Java consumer does.
   */
  requireStable?: boolean;
  /** KIP-848 members (OffsetFetch v9+). */
  memberId?: string | null;
  memberEpoch?: number;
}

export interface OffsetFetchPartitionResult {
  topic: string;
  partition: number;
  error: KafkaError | null;
  /** The committed offset (the next to read), or -1 when nothing is committed. */
  offset: number;
  /** -1 when unknown. */
  leaderEpoch: number;
  metadata: string | null;
}

export interface OffsetFetchResult {
  /** A group-level failure (e.g. GROUP_AUTHORIZATION_FAILED, or no coordinator reachable). */
  error: KafkaError | null;
  /** In the caller's order when partitions were given; otherwise as the broker listed them. */
  partitions: OffsetFetchPartitionResult[];
}

const LAST_FETCH_OFFSETS_VERSION_WITH_NAMES = 9;
const FIRST_BATCHED_VERSION = 8;

type ResponsePartition = OffsetFetchResponse['topics'][number]['partitions'][number];

// UNKNOWN_TOPIC_ID: our cached id is stale (the topic was recreated); retried after a refresh.
function retriable(code: number): boolean {
  return code === ErrorCode.UNSTABLE_OFFSET_COMMIT || code === ErrorCode.UNKNOWN_TOPIC_ID || GROUP_RETRY_ERRORS.has(code);
}

/**
 * OffsetFetch from the group coordinator: the committed offsets the consumer starts from.
 * Coordinator trouble, lost connections and UNSTABLE_OFFSET_COMMIT are retried with backoff;
 * other errors come back per partition (or for the group).
 */
export async function offsetFetch(ctx: ClientContext, options: OffsetFetchOptions): Promise<OffsetFetchResult> {
  ctx.throwIfClosed('offsetFetch');
  checkGroupId(options.groupId);
  if (options.partitions !== null) checkPartitions('partitions', options.partitions);
  const { groupId } = options;
  const requireStable = options.requireStable ?? true;
  const found = new Map<string, OffsetFetchPartitionResult>();
  let wanted: readonly TopicPartition[] | null = options.partitions;
  let groupError: KafkaError | null = null;
  for (let attempt = 0; ; attempt++) {
    const canRetry = attempt < ctx.options.retry.retries;
    let response: { version: number; body: OffsetFetchResponse };
    // The ids this request was built with: metadata may refresh while it is in flight.
    let namesBySentId = new Map<string, string>();
    try {
      response = await sendToCoordinator(ctx, groupId, 'OffsetFetch', (versions) => {
        const built = buildRequest(ctx, versions.pick('OffsetFetch'), versions, wanted, options, requireStable);
        namesBySentId = built.namesBySentId;
        return { version: built.version, body: built.body };
      });
    } catch (error) {
      if (error instanceof KafkaClientClosedError || !isKafkaError(error)) throw error;
      groupError = error;
      if (error.retriable && canRetry) {
        await ctx.backoff(attempt);
        continue;
      }
      break;
    }
    const { version, body } = response;
    const batched = version >= FIRST_BATCHED_VERSION;
    const group = batched ? body.groups.find((g) => g.groupId === groupId) : undefined;
    const groupCode = batched ? (group?.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR) : body.errorCode;
    if (groupCode !== 0) {
      noteCoordinatorError(ctx, groupId, groupCode);
      groupError = new KafkaBrokerError(groupCode, { api: 'OffsetFetch', brokerMessage: batched && !group ? 'group missing from the response' : null });
      if (retriable(groupCode) && canRetry) {
        await ctx.backoff(attempt);
        continue;
      }
      break;
    }
    groupError = null;
    const topics: Array<{ name: string | undefined; partitions: ResponsePartition[] }> = batched
      ? (group?.topics ?? []).map((t) => ({
          // A fetch of all offsets names no ids: resolve those through the current metadata.
          name: version > LAST_FETCH_OFFSETS_VERSION_WITH_NAMES ? (namesBySentId.get(t.topicId) ?? ctx.metadata.topicNameById(t.topicId)) : t.name,
          partitions: t.partitions,
        }))
      : body.topics.map((t) => ({ name: t.name, partitions: t.partitions }));
    const again: TopicPartition[] = [];
    const staleIds = new Set<string>();
    for (const topic of topics) {
      if (topic.name === undefined) continue;
      for (const p of topic.partitions) {
        const result = toResult(topic.name, p);
        found.set(partitionKey(topic.name, p.partitionIndex), result);
        if (p.errorCode !== 0) noteCoordinatorError(ctx, groupId, p.errorCode);
        if (p.errorCode === ErrorCode.UNKNOWN_TOPIC_ID) staleIds.add(topic.name);
        if (p.errorCode !== 0 && retriable(p.errorCode)) again.push({ topic: topic.name, partition: p.partitionIndex });
      }
    }
    await refreshStaleTopicIds(ctx, staleIds, 'OffsetFetch');
    if (again.length === 0 || !canRetry) break;
    wanted = again;
    await ctx.backoff(attempt);
  }
  if (options.partitions === null) return { error: groupError, partitions: [...found.values()] };
  return {
    error: groupError,
    partitions: options.partitions.map(({ topic, partition }) => {
      const result = found.get(partitionKey(topic, partition));
      if (result) return result;
      const error =
        groupError ?? new KafkaBrokerError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, { api: 'OffsetFetch', topic, partition, brokerMessage: 'partition missing from the response' });
      return { topic, partition, error, offset: -1, leaderEpoch: -1, metadata: null };
    }),
  };
}

function buildRequest(
  ctx: ClientContext,
  highest: number,
  versions: { pick: (name: 'OffsetFetch', cap?: number) => number },
  wanted: readonly TopicPartition[] | null,
  options: OffsetFetchOptions,
  requireStable: boolean,
): { version: number; body: OffsetFetchRequestInput; namesBySentId: Map<string, string> } {
  const topics = new Map<string, number[]>();
  for (const { topic, partition } of wanted ?? []) {
    const list = topics.get(topic);
    if (list) list.push(partition);
    else topics.set(topic, [partition]);
  }
  let version = highest;
  if (version > LAST_FETCH_OFFSETS_VERSION_WITH_NAMES) {
    const allIds = wanted !== null && [...topics.keys()].every((t) => ctx.metadata.topicId(t) !== undefined);
    if (!allIds) version = versions.pick('OffsetFetch', LAST_FETCH_OFFSETS_VERSION_WITH_NAMES);
  }
  const stable = version >= 7 ? { requireStable } : {};
  const namesBySentId = new Map<string, string>();
  if (version < FIRST_BATCHED_VERSION) {
    return {
      version,
      namesBySentId,
      body: {
        groupId: options.groupId,
        topics: wanted === null ? null : [...topics].map(([name, partitionIndexes]) => ({ name, partitionIndexes })),
        ...stable,
      },
    };
  }
  const byId = version > LAST_FETCH_OFFSETS_VERSION_WITH_NAMES;
  if (byId) for (const name of topics.keys()) namesBySentId.set(ctx.metadata.topicId(name) as string, name);
  return {
    version,
    namesBySentId,
    body: {
      groups: [
        {
          groupId: options.groupId,
          ...(version >= 9 ? { memberId: options.memberId ?? null, memberEpoch: options.memberEpoch ?? -1 } : {}),
          topics:
            wanted === null
              ? null
              : [...topics].map(([name, partitionIndexes]) => ({
                  ...(byId ? { topicId: ctx.metadata.topicId(name) as string } : { name }),
                  partitionIndexes,
                })),
        },
      ],
      ...stable,
    },
  };
}

function toResult(topic: string, p: ResponsePartition): OffsetFetchPartitionResult {
  const base = { topic, partition: p.partitionIndex, leaderEpoch: p.committedLeaderEpoch, metadata: p.metadata };
  if (p.errorCode !== 0) {
    return { ...base, error: new KafkaBrokerError(p.errorCode, { api: 'OffsetFetch', topic, partition: p.partitionIndex }), offset: -1 };
  }
  try {
    return { ...base, error: null, offset: int64ToNumber(p.committedOffset, 'committed offset') };
  } catch (error) {
    return { ...base, error: error as KafkaError, offset: -1 };
  }
}
