// ConsumerGroupDescribe (key 69), versions 0-1 (KIP-848 groups).
//
// Behavior:
// - Per group: state (Empty, Assigning, Reconciling, Stable), group epoch, target assignment
//   epoch, the server assignor in use, and every member with its epoch, client id and host,
//   subscription, current assignment and target assignment (topic ids with their names).
// - Unknown groups, and classic groups, get GROUP_ID_NOT_FOUND (state Dead); groups this
//   broker does not coordinate get NOT_COORDINATOR.
//
// Version notes:
// - v1 MemberType is always 1 (consumer protocol: the fake does not convert classic members).
// - Authorized operations: everything is allowed when asked, else INT_MIN.
import { type ConsumerGroupDescribeResponseInput, ErrorCode } from '@kafkaline/protocol';
import type { ConsumerGroup } from '../consumer-groups/consumer-group.js';
import { type PartitionKey, toTopicPartitions } from '../consumer-groups/partition-keys.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

type Described = ConsumerGroupDescribeResponseInput['groups'][number];
/** READ, DELETE, DESCRIBE on a group. */
const ALL_GROUP_OPERATIONS = (1 << 3) | (1 << 6) | (1 << 8);
const NOT_REQUESTED = -2147483648;
const CONSUMER_MEMBER_TYPE = 1;

function notFound(groupId: string, errorCode: number, errorMessage: string | null, authorizedOperations: number): Described {
  return { errorCode, errorMessage, groupId, groupState: 'Dead', groupEpoch: -1, assignmentEpoch: -1, assignorName: '', members: [], authorizedOperations };
}

function assignmentOf(ctx: RequestContext, keys: Iterable<PartitionKey>) {
  return {
    topicPartitions: toTopicPartitions(keys).map((tp) => ({ topicId: tp.topicId, topicName: ctx.state.topics.getById(tp.topicId)?.name ?? '', partitions: tp.partitions })),
  };
}

function describeGroup(ctx: RequestContext, group: ConsumerGroup, authorizedOperations: number): Described {
  return {
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    groupId: group.groupId,
    groupState: group.state,
    groupEpoch: group.groupEpoch,
    assignmentEpoch: group.targetAssignmentEpoch,
    assignorName: ctx.state.consumerGroups.assignorNameOf(group),
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId,
      rackId: m.rackId,
      memberEpoch: m.memberEpoch,
      clientId: m.clientId,
      clientHost: m.clientHost,
      subscribedTopicNames: [...m.subscribedTopicNames],
      subscribedTopicRegex: m.subscribedTopicRegex,
      assignment: assignmentOf(ctx, m.assigned),
      targetAssignment: assignmentOf(ctx, group.targetAssignment.get(m.memberId) ?? []),
      ...(ctx.version >= 1 ? { memberType: CONSUMER_MEMBER_TYPE } : {}),
    })),
    authorizedOperations,
  };
}

export const consumerGroupDescribe = defineHandler({
  api: 'ConsumerGroupDescribe',
  minVersion: 0,
  maxVersion: 1,
  handle(ctx, request) {
    const operations = request.includeAuthorizedOperations ? ALL_GROUP_OPERATIONS : NOT_REQUESTED;
    return {
      throttleTimeMs: 0,
      groups: request.groupIds.map((groupId) => {
        const coordinator = coordinatorError(ctx, groupId);
        if (coordinator !== ErrorCode.NONE) return notFound(groupId, coordinator, null, operations);
        const group = ctx.state.consumerGroups.get(groupId);
        if (group === undefined) {
          const classic = (ctx.state.groups.get(groupId)?.members.size ?? 0) > 0;
          return notFound(groupId, ErrorCode.GROUP_ID_NOT_FOUND, classic ? `Group ${groupId} is not a consumer group.` : `Group ${groupId} not found.`, operations);
        }
        return describeGroup(ctx, group, operations);
      }),
    };
  },
  errorResponse(_ctx, request, errorCode) {
    return { throttleTimeMs: 0, groups: request.groupIds.map((groupId) => notFound(groupId, errorCode, null, NOT_REQUESTED)) };
  },
});
