// OffsetCommit (key 8), versions 2-10.
//
// Behavior:
// - Standalone commits (generation -1, no member id) are accepted for an empty or unknown group
//   (which is then created as an empty group); members must be known and of the current
//   generation: UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, REBALANCE_IN_PROGRESS while completing a
//   rebalance, FENCED_INSTANCE_ID (v7+). Errors are per partition, as the API has no top-level code.
// - Partitions of unknown topics get UNKNOWN_TOPIC_OR_PARTITION; metadata over 4096 bytes
//   OFFSET_METADATA_TOO_LARGE; NOT_COORDINATOR when this broker does not own the group.
// - KIP-848 groups with members: the member must be known (UNKNOWN_MEMBER_ID), commit with
//   v9+ (UNSUPPORTED_VERSION) and with its current member epoch (STALE_MEMBER_EPOCH).
// - v10 names topics by id. An unknown (or zero) id gets UNKNOWN_TOPIC_ID on each of its
//   partitions whatever the group's verdict: Kafka's KafkaApis resolves the ids before it asks
//   the group coordinator, and sends only the resolved topics there. When no topic is left
//   (none resolved, or none sent) it answers without consulting the coordinator or the group.
//
// Version notes:
// - v2-4 RetentionTimeMs is ignored (offsets never expire). v6+ stores the committed leader
//   epoch. v9 GenerationIdOrMemberEpoch is the member epoch for KIP-848 groups. v10 TopicId
//   replaces Name in request and response; offsets are still kept by topic name.
import { ErrorCode, type OffsetCommitRequest, type OffsetCommitResponseInput } from '@kafkaline/protocol';
import { offsetKey } from '../groups.js';
import { requestedTopicName, topicNameOf } from './common.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

/** offset.metadata.max.bytes */
const MAX_METADATA = 4096;
/** KIP-848: from v10 a topic is named by its id only. */
const FIRST_VERSION_WITH_TOPIC_IDS = 10;

type RequestTopic = OffsetCommitRequest['topics'][number];
type RequestPartition = RequestTopic['partitions'][number];

/** The topic's name, or undefined for a v10 topic id this cluster does not know. */
function resolvedName(ctx: RequestContext, topic: RequestTopic): string | undefined {
  return requestedTopicName(ctx, topic.name, topic.topicId, FIRST_VERSION_WITH_TOPIC_IDS);
}

/** Answers every partition of the request with `code(name, partition)`; `name` is undefined for an unknown topic id. */
function respond(ctx: RequestContext, request: OffsetCommitRequest, code: (name: string | undefined, partition: RequestPartition) => number): OffsetCommitResponseInput {
  return {
    throttleTimeMs: 0,
    topics: request.topics.map((t) => {
      const name = resolvedName(ctx, t);
      return {
        ...(ctx.version >= FIRST_VERSION_WITH_TOPIC_IDS ? { topicId: t.topicId } : { name: t.name }),
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code(name, p) })),
      };
    }),
  };
}

/** A group-wide verdict for the resolved topics; unknown topic ids keep UNKNOWN_TOPIC_ID. */
function groupVerdict(verdict: number): (name: string | undefined) => number {
  return (name) => (name === undefined ? ErrorCode.UNKNOWN_TOPIC_ID : verdict);
}

export const offsetCommit = defineHandler({
  api: 'OffsetCommit',
  minVersion: 2,
  maxVersion: 10,
  handle(ctx, request) {
    const state = ctx.state;
    if (request.topics.every((t) => resolvedName(ctx, t) === undefined)) {
      return respond(ctx, request, (_name, p) => ctx.injectedError('', p.partitionIndex) ?? ErrorCode.UNKNOWN_TOPIC_ID);
    }
    const coordinator = coordinatorError(ctx, request.groupId);
    if (coordinator !== ErrorCode.NONE) return respond(ctx, request, groupVerdict(coordinator));
    if (request.groupId === '') return respond(ctx, request, groupVerdict(ErrorCode.INVALID_GROUP_ID));
    const group = state.groups.get(request.groupId);
    // A KIP-848 group with members checks the member epoch instead of the classic generation.
    const verdict =
      state.consumerGroups.validateOffsetCommit(request.groupId, request.memberId, request.generationIdOrMemberEpoch, ctx.version) ??
      state.groups.validateCommit(group, request.generationIdOrMemberEpoch, request.memberId, ctx.version >= 7 ? request.groupInstanceId : null);
    if (verdict !== ErrorCode.NONE) return respond(ctx, request, groupVerdict(verdict));
    const target = group ?? state.groups.getOrCreate(request.groupId);
    const now = state.clock.now();
    return respond(ctx, request, (name, p) => {
      const injected = ctx.injectedError(name ?? '', p.partitionIndex);
      if (injected !== null) return injected;
      if (name === undefined) return ErrorCode.UNKNOWN_TOPIC_ID;
      if (state.topics.partition(name, p.partitionIndex) === undefined) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      if ((p.committedMetadata?.length ?? 0) > MAX_METADATA) return ErrorCode.OFFSET_METADATA_TOO_LARGE;
      target.offsets.set(offsetKey(name, p.partitionIndex), {
        offset: Number(p.committedOffset),
        leaderEpoch: ctx.version >= 6 ? p.committedLeaderEpoch : -1,
        metadata: p.committedMetadata,
        commitTimestamp: now,
      });
      return ErrorCode.NONE;
    });
  },
  partitions(ctx, request) {
    return request.topics.flatMap((t) => t.partitions.map((p) => ({ topic: topicNameOf(ctx, t.name, t.topicId, FIRST_VERSION_WITH_TOPIC_IDS), partition: p.partitionIndex })));
  },
  errorResponse(ctx, request, errorCode) {
    return respond(ctx, request, () => errorCode);
  },
});
