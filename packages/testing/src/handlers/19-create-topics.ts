// CreateTopics (key 19), versions 2-7.
//
// Behavior:
// - Creates topics with the given partitions and replication factor (-1 = broker defaults,
//   v4+), explicit replica assignments, and configs; ValidateOnly checks without creating.
// - TOPIC_ALREADY_EXISTS, INVALID_TOPIC_EXCEPTION, INVALID_PARTITIONS, INVALID_REPLICATION_FACTOR
//   (more than the live brokers), INVALID_REQUEST for a topic named twice, with Kafka's messages.
// - Any broker accepts it (KRaft brokers forward to the controller).
//
// Version notes:
// - v5+ returns partitions, replication factor and the topic's configs; v7 the topic id.
import { type CreateTopicsResponseInput, ErrorCode, ZERO_UUID } from '@kafkaline/protocol';
import { defineHandler, type RequestContext } from './handler.js';

type Result = CreateTopicsResponseInput['topics'][number];

function result(ctx: RequestContext, name: string, errorCode: number, errorMessage: string | null, extra: { topicId?: string; numPartitions?: number; replicationFactor?: number; configs?: Array<{ name: string; value: string | null }> } = {}): Result {
  const v = ctx.version;
  return {
    name,
    ...(v >= 7 ? { topicId: extra.topicId ?? ZERO_UUID } : {}),
    errorCode,
    errorMessage,
    ...(v >= 5
      ? {
          numPartitions: extra.numPartitions ?? -1,
          replicationFactor: extra.replicationFactor ?? -1,
          configs: errorCode === ErrorCode.NONE ? (extra.configs ?? []).map((c) => ({ name: c.name, value: c.value, readOnly: false, configSource: 1, isSensitive: false })) : null,
        }
      : {}),
  };
}

export const createTopics = defineHandler({
  api: 'CreateTopics',
  minVersion: 2,
  maxVersion: 7,
  handle(ctx, request) {
    const state = ctx.state;
    const seen = new Map<string, number>();
    for (const t of request.topics) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => {
        if ((seen.get(t.name) ?? 0) > 1) return result(ctx, t.name, ErrorCode.INVALID_REQUEST, `Create topics request from client contains multiple entries for topic ${t.name}`);
        if (state.topics.get(t.name)) return result(ctx, t.name, ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${t.name}' already exists.`);
        const assignments = [...t.assignments].sort((a, b) => a.partitionIndex - b.partitionIndex).map((a) => a.brokerIds);
        if (assignments.length > 0 && (t.numPartitions !== -1 || t.replicationFactor !== -1)) {
          return result(ctx, t.name, ErrorCode.INVALID_REQUEST, 'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.');
        }
        const partitions = assignments.length > 0 ? assignments.length : t.numPartitions === -1 ? state.config.defaultPartitions : t.numPartitions;
        const replicationFactor = assignments.length > 0 ? (assignments[0]?.length ?? 0) : t.replicationFactor === -1 ? state.defaultReplicationFactor() : t.replicationFactor;
        if (partitions < 1) return result(ctx, t.name, ErrorCode.INVALID_PARTITIONS, 'Number of partitions must be larger than 0.');
        if (replicationFactor < 1) return result(ctx, t.name, ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0.');
        if (replicationFactor > state.liveBrokers().length) {
          return result(ctx, t.name, ErrorCode.INVALID_REPLICATION_FACTOR, `Unable to replicate the partition ${replicationFactor} time(s): The target replication factor of ${replicationFactor} cannot be reached because only ${state.liveBrokers().length} broker(s) are registered.`);
        }
        const configs = t.configs.map((c) => ({ name: c.name, value: c.value }));
        if (request.validateOnly) return result(ctx, t.name, ErrorCode.NONE, null, { numPartitions: partitions, replicationFactor, configs });
        const created = state.createTopic(t.name, partitions, replicationFactor, new Map(configs.map((c) => [c.name, c.value ?? ''])));
        if (typeof created === 'number') return result(ctx, t.name, created, null);
        if (assignments.length > 0) {
          created.partitions.length = 0;
          state.topics.addPartitions(created, partitions, assignments);
        }
        return result(ctx, t.name, ErrorCode.NONE, null, { topicId: created.id, numPartitions: partitions, replicationFactor, configs });
      }),
    };
  },
  errorResponse(ctx, request, errorCode) {
    return { throttleTimeMs: 0, topics: request.topics.map((t) => result(ctx, t.name, errorCode, null)) };
  },
});
