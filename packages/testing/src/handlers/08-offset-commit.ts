// OffsetCommit (key 8), versions 2-9.
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
//
// Version notes:
// - v2-4 RetentionTimeMs is ignored (offsets never expire). v6+ stores the committed leader
//   epoch. v9 GenerationIdOrMemberEpoch is the member epoch for KIP-848 groups.
import { ErrorCode, type OffsetCommitResponseInput } from '@kafkaline/protocol';
import { offsetKey } from '../groups.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';
import type { OffsetCommitRequest } from '@kafkaline/protocol';

/** offset.metadata.max.bytes */
const MAX_METADATA = 4096;

function respond(ctx: RequestContext, request: OffsetCommitRequest, code: (topic: string, partition: number) => number): OffsetCommitResponseInput {
  return {
    throttleTimeMs: 0,
    topics: request.topics.map((t) => ({
      name: t.name,
      ...(ctx.version >= 10 ? { topicId: t.topicId } : {}),
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code(t.name, p.partitionIndex) })),
    })),
  };
}

export const offsetCommit = defineHandler({
  api: 'OffsetCommit',
  minVersion: 2,
  maxVersion: 9,
  handle(ctx, request) {
    const state = ctx.state;
    const coordinator = coordinatorError(ctx, request.groupId);
    if (coordinator !== ErrorCode.NONE) return respond(ctx, request, () => coordinator);
    if (request.groupId === '') return respond(ctx, request, () => ErrorCode.INVALID_GROUP_ID);
    const group = state.groups.get(request.groupId);
    // A KIP-848 group with members checks the member epoch instead of the classic generation.
    const verdict =
      state.consumerGroups.validateOffsetCommit(request.groupId, request.memberId, request.generationIdOrMemberEpoch, ctx.version) ??
      state.groups.validateCommit(group, request.generationIdOrMemberEpoch, request.memberId, ctx.version >= 7 ? request.groupInstanceId : null);
    if (verdict !== ErrorCode.NONE) return respond(ctx, request, () => verdict);
    const target = group ?? state.groups.getOrCreate(request.groupId);
    const now = state.clock.now();
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          const injected = ctx.injectedError(t.name, p.partitionIndex);
          if (injected !== null) return { partitionIndex: p.partitionIndex, errorCode: injected };
          if (state.topics.partition(t.name, p.partitionIndex) === undefined) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
          if ((p.committedMetadata?.length ?? 0) > MAX_METADATA) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE };
          target.offsets.set(offsetKey(t.name, p.partitionIndex), {
            offset: Number(p.committedOffset),
            leaderEpoch: ctx.version >= 6 ? p.committedLeaderEpoch : -1,
            metadata: p.committedMetadata,
            commitTimestamp: now,
          });
          return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE };
        }),
      })),
    };
  },
  partitions(_ctx, request) {
    return request.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex })));
  },
  errorResponse(ctx, request, errorCode) {
    return respond(ctx, request, () => errorCode);
  },
});
