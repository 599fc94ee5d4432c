// OffsetFetch (key 9), versions 1-9.
//
// Behavior:
// - Committed offset, leader epoch (v5+) and metadata per partition; -1 / null for partitions
//   without a commit. Null topics (v2+) mean every partition the group has committed.
// - v7+ RequireStable: partitions with transactional offsets not yet committed or aborted get
//   UNSTABLE_OFFSET_COMMIT.
// - v8+ answers a batch of groups. NOT_COORDINATOR (top-level from v2, per group from v8) when
//   this broker does not own the group.
//
// Version notes:
// - v9 MemberId / MemberEpoch are checked for KIP-848 groups with members (UNKNOWN_MEMBER_ID,
//   STALE_MEMBER_EPOCH); a null MemberId or epoch -1 (admin / classic fetch) is not checked.
import { ErrorCode, type OffsetFetchResponseInput } from '@kafkaline/protocol';
import { type Group, offsetKey, parseOffsetKey } from '../groups.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

interface PartitionAnswer {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: number;
}

function answerGroup(
  ctx: RequestContext,
  groupId: string,
  topics: Array<{ name: string; partitionIndexes: number[] }> | null,
  requireStable: boolean,
): { errorCode: number; topics: Array<{ name: string; partitions: PartitionAnswer[] }> } {
  const coordinator = coordinatorError(ctx, groupId);
  if (coordinator !== ErrorCode.NONE) return { errorCode: coordinator, topics: [] };
  const group: Group | undefined = ctx.state.groups.get(groupId);
  let wanted = topics;
  if (wanted === null) {
    const byTopic = new Map<string, number[]>();
    for (const key of [...(group?.offsets.keys() ?? [])].sort()) {
      const { topic, partition } = parseOffsetKey(key);
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), partition]);
    }
    wanted = [...byTopic].map(([name, partitionIndexes]) => ({ name, partitionIndexes: partitionIndexes.sort((a, b) => a - b) }));
  }
  return {
    errorCode: ErrorCode.NONE,
    topics: wanted.map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex) => {
        const key = offsetKey(t.name, partitionIndex);
        const committed = group?.offsets.get(key);
        const unstable = requireStable && group?.hasPendingTransactionalOffset(key);
        return {
          partitionIndex,
          committedOffset: BigInt(unstable ? -1 : (committed?.offset ?? -1)),
          committedLeaderEpoch: unstable ? -1 : (committed?.leaderEpoch ?? -1),
          metadata: unstable ? null : (committed?.metadata ?? ''),
          errorCode: unstable ? ErrorCode.UNSTABLE_OFFSET_COMMIT : ErrorCode.NONE,
        };
      }),
    })),
  };
}

function classic(ctx: RequestContext, answer: ReturnType<typeof answerGroup>): OffsetFetchResponseInput {
  const v = ctx.version;
  return {
    throttleTimeMs: 0,
    topics: answer.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        committedOffset: p.committedOffset,
        ...(v >= 5 ? { committedLeaderEpoch: p.committedLeaderEpoch } : {}),
        metadata: p.metadata,
        // Below v2 there is no top-level code: a group-level error goes on each partition.
        errorCode: p.errorCode,
      })),
    })),
    ...(v >= 2 ? { errorCode: answer.errorCode } : {}),
  };
}

export const offsetFetch = defineHandler({
  api: 'OffsetFetch',
  minVersion: 1,
  maxVersion: 9,
  handle(ctx, request) {
    if (ctx.version < 8) {
      const answer = answerGroup(ctx, request.groupId, request.topics, ctx.version >= 7 && request.requireStable);
      if (ctx.version < 2 && answer.errorCode !== ErrorCode.NONE) {
        const code = answer.errorCode;
        return classic(ctx, { errorCode: 0, topics: (request.topics ?? []).map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((i) => ({ partitionIndex: i, committedOffset: -1n, committedLeaderEpoch: -1, metadata: null, errorCode: code })) })) });
      }
      return classic(ctx, answer);
    }
    return {
      throttleTimeMs: 0,
      groups: request.groups.map((g) => {
        // v9: a KIP-848 member fetching for its group must be known and at its current epoch.
        const memberCheck = ctx.version >= 9 ? ctx.state.consumerGroups.validateOffsetFetch(g.groupId, g.memberId, g.memberEpoch) : null;
        if (memberCheck !== null && memberCheck !== ErrorCode.NONE && coordinatorError(ctx, g.groupId) === ErrorCode.NONE) {
          return { groupId: g.groupId, errorCode: memberCheck, topics: [] };
        }
        const answer = answerGroup(ctx, g.groupId, g.topics?.map((t) => ({ name: t.name, partitionIndexes: t.partitionIndexes })) ?? null, request.requireStable);
        return { groupId: g.groupId, errorCode: answer.errorCode, topics: answer.topics };
      }),
    };
  },
  errorResponse(ctx, request, errorCode) {
    if (ctx.version >= 8) return { throttleTimeMs: 0, groups: request.groups.map((g) => ({ groupId: g.groupId, errorCode, topics: [] })) };
    if (ctx.version >= 2) return { throttleTimeMs: 0, topics: [], errorCode };
    return classic(ctx, { errorCode: 0, topics: (request.topics ?? []).map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((i) => ({ partitionIndex: i, committedOffset: -1n, committedLeaderEpoch: -1, metadata: null, errorCode })) })) });
  },
});
