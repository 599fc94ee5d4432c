// Metadata (key 3), versions 0-13.
//
// Behavior:
// - Lists the live brokers (a stopped broker disappears, as from a real cluster's metadata),
//   the cluster id, and a live broker as controller id (KRaft brokers do the same).
// - v0: an empty topic list means all topics; v1+: null means all, empty means none.
// - Unknown topics are auto-created when the cluster allows it and the request does (always
//   below v4); like a KRaft broker, the request that triggers creation still gets
//   LEADER_NOT_AVAILABLE for the topic and the next request sees it whole.
// - Invalid topic names get INVALID_TOPIC_EXCEPTION; unknown ones UNKNOWN_TOPIC_OR_PARTITION;
//   unknown topic ids (v12+) UNKNOWN_TOPIC_ID.
// - Partitions without a live replica report leader -1 and LEADER_NOT_AVAILABLE; replicas on
//   stopped brokers are listed as offline (v5+) and leave the ISR.
//
// Version notes:
// - v7+ leader epochs, v8+ authorized operations (everything is allowed: no ACLs), v10+ topic
//   ids, v12+ lookup by id, v13 top-level error code (always 0).
import { ErrorCode, type MetadataRequest, type MetadataResponseInput, ZERO_UUID } from '@kafkaline/protocol';
import type { TopicState } from '../topics.js';
import { defineHandler, type RequestContext } from './handler.js';

/** Bitfield of every topic operation (READ..ALTER_CONFIGS): the fake has no ACLs. */
const ALL_TOPIC_OPERATIONS = (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 10) | (1 << 11);
const ALL_CLUSTER_OPERATIONS = (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12);
const NOT_REQUESTED = -2147483648;

type TopicEntry = MetadataResponseInput['topics'][number];

function describeTopic(ctx: RequestContext, topic: TopicState, request: MetadataRequest): TopicEntry {
  const errorCode = ctx.injectedError(topic.name, -1);
  if (errorCode !== null) return missingTopic(ctx, topic.name, topic.id, errorCode);
  const v = ctx.version;
  const state = ctx.state;
  return {
    errorCode: ErrorCode.NONE,
    name: topic.name,
    ...(v >= 10 ? { topicId: topic.id } : {}),
    isInternal: false,
    partitions: topic.partitions.map((p) => ({
      errorCode: p.leader === -1 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
      partitionIndex: p.index,
      leaderId: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicaNodes: p.replicas,
      isrNodes: p.isr,
      offlineReplicas: p.replicas.filter((b) => !state.broker(b)?.up),
    })),
    ...(v >= 8 ? { topicAuthorizedOperations: request.includeTopicAuthorizedOperations ? ALL_TOPIC_OPERATIONS : NOT_REQUESTED } : {}),
  };
}

function missingTopic(ctx: RequestContext, name: string | null, topicId: string, errorCode: number): TopicEntry {
  return {
    errorCode,
    name,
    ...(ctx.version >= 10 ? { topicId } : {}),
    partitions: [],
    ...(ctx.version >= 8 ? { topicAuthorizedOperations: NOT_REQUESTED } : {}),
  };
}

function response(ctx: RequestContext, request: MetadataRequest, topics: TopicEntry[]): MetadataResponseInput {
  const v = ctx.version;
  return {
    throttleTimeMs: 0,
    brokers: ctx.state.liveBrokers().map((b) => ({ nodeId: b.id, host: b.host, port: b.port, rack: b.rack })),
    clusterId: ctx.state.clusterId,
    controllerId: ctx.state.controllerId(),
    topics,
    ...(v >= 8 && v <= 10 ? { clusterAuthorizedOperations: request.includeClusterAuthorizedOperations ? ALL_CLUSTER_OPERATIONS : NOT_REQUESTED } : {}),
    errorCode: ErrorCode.NONE,
  };
}

/** The topics a request names (null = all, as the version defines it). */
function requested(ctx: RequestContext, request: MetadataRequest): MetadataRequest['topics'] {
  if (request.topics === null || (ctx.version === 0 && request.topics.length === 0)) return null;
  return request.topics;
}

export const metadata = defineHandler({
  api: 'Metadata',
  minVersion: 0,
  maxVersion: 13,
  handle(ctx, request) {
    const state = ctx.state;
    const wanted = requested(ctx, request);
    if (wanted === null) return response(ctx, request, state.topics.all().map((t) => describeTopic(ctx, t, request)));
    const allowCreate = state.config.autoCreateTopics && (ctx.version < 4 || request.allowAutoTopicCreation);
    const topics = wanted.map(({ name, topicId }) => {
      if (name === null || name === '') {
        const byId = topicId !== ZERO_UUID ? state.topics.getById(topicId) : undefined;
        return byId ? describeTopic(ctx, byId, request) : missingTopic(ctx, null, topicId, ErrorCode.UNKNOWN_TOPIC_ID);
      }
      const topic = state.topics.get(name);
      if (topic) return describeTopic(ctx, topic, request);
      const errorCode = allowCreate ? state.autoCreate(name) : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      const created = state.topics.get(name);
      return missingTopic(ctx, name, created?.id ?? ZERO_UUID, errorCode);
    });
    return response(ctx, request, topics);
  },
  // Topic-scoped: an injected error replaces the named topics' entries (Kafka sends no partitions then).
  partitions(ctx, request) {
    const wanted = requested(ctx, request);
    const names = wanted === null ? ctx.state.topics.all().map((t) => t.name) : wanted.map((t) => t.name ?? ctx.state.topics.getById(t.topicId)?.name ?? '');
    return names.map((topic) => ({ topic, partition: -1 }));
  },
  errorResponse(ctx, request, errorCode) {
    const names = requested(ctx, request)?.map((t) => t.name ?? '') ?? ctx.state.topics.all().map((t) => t.name);
    return response(
      ctx,
      request,
      names.map((name) => missingTopic(ctx, name, ctx.state.topics.get(name)?.id ?? ZERO_UUID, errorCode)),
    );
  },
});
