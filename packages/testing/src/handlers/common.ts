import { ErrorCode, ZERO_UUID } from '@kafkaline/protocol';
import type { PartitionState, TopicState } from '../topics.js';
import type { RequestContext } from './handler.js';

/**
 * Finds the topic a request names: by id from the version that switched to ids (Fetch v13,
 * Produce v13, ...), by name before. The error is what Kafka answers for a miss.
 */
export function resolveTopic(
  ctx: RequestContext,
  name: string,
  topicId: string,
  idsFromVersion: number,
): { topic: TopicState; errorCode: 0 } | { topic: undefined; errorCode: number } {
  if (ctx.version >= idsFromVersion) {
    const topic = topicId === ZERO_UUID ? undefined : ctx.state.topics.getById(topicId);
    return topic ? { topic, errorCode: 0 } : { topic: undefined, errorCode: ErrorCode.UNKNOWN_TOPIC_ID };
  }
  const topic = ctx.state.topics.get(name);
  return topic ? { topic, errorCode: 0 } : { topic: undefined, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
}

/** The name a request gives a topic: from `idsFromVersion` that of its id, undefined for an unknown (or zero) id. */
export function requestedTopicName(ctx: RequestContext, name: string, topicId: string, idsFromVersion: number): string | undefined {
  if (ctx.version < idsFromVersion) return name;
  return topicId === ZERO_UUID ? undefined : ctx.state.topics.getById(topicId)?.name;
}

/** The name a request uses for a topic at its version (for fault filters and logs). */
export function topicNameOf(ctx: RequestContext, name: string, topicId: string, idsFromVersion: number): string {
  return ctx.version >= idsFromVersion ? (ctx.state.topics.getById(topicId)?.name ?? `<unknown id ${topicId}>`) : name;
}

/**
 * The error for a partition-scoped request at this broker: an injected fault first, then
 * existence, leadership and (when the request carries one) leader-epoch fencing — the order of
 * Kafka's ReplicaManager checks.
 */
export function partitionError(ctx: RequestContext, topic: TopicState | undefined, index: number, currentLeaderEpoch = -1): { partition: PartitionState | undefined; errorCode: number } {
  const injected = ctx.injectedError(topic?.name ?? '', index);
  const partition = topic?.partitions[index];
  if (injected !== null) return { partition, errorCode: injected };
  const leader = ctx.state.leaderCheck(partition, ctx.broker.id);
  if (leader !== ErrorCode.NONE || partition === undefined) return { partition, errorCode: leader };
  return { partition, errorCode: ctx.state.epochCheck(partition, currentLeaderEpoch) };
}

/** KIP-951 hints for a client that hit a non-leader: who leads now, and how to reach it. */
export function leaderHint(ctx: RequestContext, partition: PartitionState | undefined): { leaderId: number; leaderEpoch: number } | undefined {
  if (partition === undefined || partition.leader === -1 || partition.leader === ctx.broker.id) return undefined;
  return { leaderId: partition.leader, leaderEpoch: partition.leaderEpoch };
}

export function nodeEndpoints(ctx: RequestContext, leaderIds: Iterable<number>): Array<{ nodeId: number; host: string; port: number; rack: string | null }> {
  const ids = [...new Set(leaderIds)].sort((a, b) => a - b);
  return ids.flatMap((id) => {
    const broker = ctx.state.broker(id);
    return broker?.up ? [{ nodeId: broker.id, host: broker.host, port: broker.port, rack: broker.rack }] : [];
  });
}

export function big(n: number): bigint {
  return BigInt(n);
}
