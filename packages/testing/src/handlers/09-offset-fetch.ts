// OffsetFetch (key 9), versions 1-10.
//
// Behavior:
// - Committed offset, leader epoch (v5+) and metadata per partition; -1 / null for partitions
//   without a commit. Null topics (v2+) mean every partition the group has committed.
// - v7+ RequireStable: partitions with transactional offsets not yet committed or aborted get
//   UNSTABLE_OFFSET_COMMIT.
// - v8+ answers a batch of groups. NOT_COORDINATOR (top-level from v2, per group from v8) when
//   this broker does not own the group.
// - v10 names topics by id. An unknown (or zero) id is answered with offset -1 and
//   UNKNOWN_TOPIC_ID on each requested partition; a group-level error still answers the group
//   alone, with no topics. Null topics (every committed partition) list each topic by its
//   current id and leave out topics that no longer exist, which have no id to be named by.
//
// Version notes:
// - v9 MemberId / MemberEpoch are checked for KIP-848 groups with members (UNKNOWN_MEMBER_ID,
//   STALE_MEMBER_EPOCH); a null MemberId or epoch -1 (admin / classic fetch) is not checked.
// - v10 TopicId replaces Name in request and response (the name field is not on the wire);
//   offsets are still kept by topic name, so an id names the topic it belongs to now.
import { ErrorCode, type OffsetFetchResponseInput, ZERO_UUID } from '@kafkaline/protocol';
import { type Group, offsetKey, parseOffsetKey } from '../groups.js';
import { requestedTopicName } from './common.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

/** KIP-848: from v10 a topic is named by its id only. */
const FIRST_VERSION_WITH_TOPIC_IDS = 10;

interface PartitionAnswer {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: number;
}

/** A requested topic: `name` is undefined for a v10 topic id this cluster does not know. */
interface WantedTopic {
  name: string | undefined;
  topicId: string;
  partitionIndexes: number[];
}

interface TopicAnswer {
  name: string;
  topicId: string;
  partitions: PartitionAnswer[];
}

function resolveWanted(ctx: RequestContext, topics: Array<{ name: string; topicId: string; partitionIndexes: number[] }>): WantedTopic[] {
  return topics.map((t) => ({
    name: requestedTopicName(ctx, t.name, t.topicId, FIRST_VERSION_WITH_TOPIC_IDS),
    topicId: ctx.version < FIRST_VERSION_WITH_TOPIC_IDS ? ZERO_UUID : t.topicId,
    partitionIndexes: t.partitionIndexes,
  }));
}

/** Every partition the group has committed, by topic; from v10 only topics that still exist (they need an id). */
function committedTopics(ctx: RequestContext, group: Group | undefined): WantedTopic[] {
  const byTopic = new Map<string, number[]>();
  for (const key of [...(group?.offsets.keys() ?? [])].sort()) {
    const { topic, partition } = parseOffsetKey(key);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), partition]);
  }
  const all = [...byTopic].map(([name, partitionIndexes]) => ({ name, topicId: ctx.state.topics.get(name)?.id ?? ZERO_UUID, partitionIndexes: partitionIndexes.sort((a, b) => a - b) }));
  return ctx.version >= FIRST_VERSION_WITH_TOPIC_IDS ? all.filter((t) => t.topicId !== ZERO_UUID) : all;
}

function unknownTopicId(partitionIndex: number): PartitionAnswer {
  return { partitionIndex, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.UNKNOWN_TOPIC_ID };
}

/** `member`: v9+ MemberId / MemberEpoch, checked against a KIP-848 group with members. */
function answerGroup(
  ctx: RequestContext,
  groupId: string,
  topics: WantedTopic[] | null,
  requireStable: boolean,
  member: { memberId: string | null; memberEpoch: number } | null = null,
): { errorCode: number; topics: TopicAnswer[] } {
  const coordinator = coordinatorError(ctx, groupId);
  if (coordinator !== ErrorCode.NONE) return { errorCode: coordinator, topics: [] };
  const memberCheck = member === null ? null : ctx.state.consumerGroups.validateOffsetFetch(groupId, member.memberId, member.memberEpoch);
  if (memberCheck !== null && memberCheck !== ErrorCode.NONE) return { errorCode: memberCheck, topics: [] };
  const group: Group | undefined = ctx.state.groups.get(groupId);
  const wanted = topics ?? committedTopics(ctx, group);
  return {
    errorCode: ErrorCode.NONE,
    topics: wanted.map(({ name, topicId, partitionIndexes }) => ({
      name: name ?? '',
      topicId,
      partitions: partitionIndexes.map((partitionIndex) => {
        if (name === undefined) return unknownTopicId(partitionIndex);
        const key = offsetKey(name, partitionIndex);
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

function classic(ctx: RequestContext, answer: { errorCode: number; topics: Array<{ name: string; partitions: PartitionAnswer[] }> }): OffsetFetchResponseInput {
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
  maxVersion: 10,
  handle(ctx, request) {
    if (ctx.version < 8) {
      const wanted = request.topics === null ? null : request.topics.map((t) => ({ name: t.name, topicId: ZERO_UUID, partitionIndexes: t.partitionIndexes }));
      const answer = answerGroup(ctx, request.groupId, wanted, ctx.version >= 7 && request.requireStable);
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
        const member = ctx.version >= 9 ? g : null;
        const answer = answerGroup(ctx, g.groupId, g.topics === null ? null : resolveWanted(ctx, g.topics), request.requireStable, member);
        const byId = ctx.version >= FIRST_VERSION_WITH_TOPIC_IDS;
        return {
          groupId: g.groupId,
          errorCode: answer.errorCode,
          topics: answer.topics.map((t) => ({ ...(byId ? { topicId: t.topicId } : { name: t.name }), partitions: t.partitions })),
        };
      }),
    };
  },
  errorResponse(ctx, request, errorCode) {
    if (ctx.version >= 8) return { throttleTimeMs: 0, groups: request.groups.map((g) => ({ groupId: g.groupId, errorCode, topics: [] })) };
    if (ctx.version >= 2) return { throttleTimeMs: 0, topics: [], errorCode };
    return classic(ctx, { errorCode: 0, topics: (request.topics ?? []).map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((i) => ({ partitionIndex: i, committedOffset: -1n, committedLeaderEpoch: -1, metadata: null, errorCode })) })) });
  },
});
