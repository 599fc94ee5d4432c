// DescribeGroups (key 15), versions 0-6.
//
// Behavior:
// - State (Empty, PreparingRebalance, CompletingRebalance, Stable, Dead), protocol type and
//   chosen protocol, and the members with client id and host; member metadata and assignment
//   only while the group is Stable, as Kafka sends them.
// - Unknown groups are reported Dead with no members (v6+: GROUP_ID_NOT_FOUND); groups this
//   broker does not coordinate get NOT_COORDINATOR.
//
// Version notes:
// - v3+ authorized operations: everything is allowed when asked, else INT_MIN.
import { type DescribeGroupsResponseInput, ErrorCode } from '@kafkaline/protocol';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

type Described = DescribeGroupsResponseInput['groups'][number];
/** READ, DELETE, DESCRIBE on a group. */
const ALL_GROUP_OPERATIONS = (1 << 3) | (1 << 6) | (1 << 8);
const NOT_REQUESTED = -2147483648;

function describe(ctx: RequestContext, groupId: string, includeOps: boolean): Described {
  const ops = ctx.version >= 3 ? { authorizedOperations: includeOps ? ALL_GROUP_OPERATIONS : NOT_REQUESTED } : {};
  const coordinator = coordinatorError(ctx, groupId);
  const empty = { groupId, groupState: '', protocolType: '', protocolData: '', members: [], ...ops };
  if (coordinator !== ErrorCode.NONE) return { ...empty, errorCode: coordinator };
  const group = ctx.state.groups.get(groupId);
  if (group === undefined) {
    return ctx.version >= 6
      ? { ...empty, errorCode: ErrorCode.GROUP_ID_NOT_FOUND, groupState: 'Dead', errorMessage: `Group ${groupId} not found.` }
      : { ...empty, errorCode: ErrorCode.NONE, groupState: 'Dead' };
  }
  const stable = group.state === 'Stable';
  return {
    errorCode: ErrorCode.NONE,
    groupId,
    groupState: group.state,
    protocolType: group.protocolType ?? '',
    protocolData: group.protocolName ?? '',
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      ...(ctx.version >= 4 ? { groupInstanceId: m.groupInstanceId } : {}),
      clientId: m.clientId,
      clientHost: m.clientHost,
      memberMetadata: stable ? (m.protocols.find((p) => p.name === group.protocolName)?.metadata ?? new Uint8Array(0)) : new Uint8Array(0),
      memberAssignment: stable ? m.assignment : new Uint8Array(0),
    })),
    ...ops,
  };
}

export const describeGroups = defineHandler({
  api: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 6,
  handle(ctx, request) {
    return { throttleTimeMs: 0, groups: request.groups.map((g) => describe(ctx, g, ctx.version >= 3 && request.includeAuthorizedOperations)) };
  },
  errorResponse(ctx, request, errorCode) {
    return {
      throttleTimeMs: 0,
      groups: request.groups.map((groupId) => ({ errorCode, groupId, groupState: '', protocolType: '', protocolData: '', members: [], ...(ctx.version >= 3 ? { authorizedOperations: NOT_REQUESTED } : {}) })),
    };
  },
});
