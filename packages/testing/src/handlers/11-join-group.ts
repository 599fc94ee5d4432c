// JoinGroup (key 11), versions 0-9 (classic group protocol).
//
// Behavior:
// - v4+: a dynamic member joining with an empty id gets MEMBER_ID_REQUIRED and its id
//   (`clientId-uuid`), and must rejoin with it within its session timeout (KIP-394).
// - The answer waits until every known member has rejoined, or the rebalance timeout (v0: the
//   session timeout) drops the ones that did not; the first rebalance of an empty group waits
//   group.initial.rebalance.delay.ms too. Everything is timed on the cluster clock.
// - The generation goes up per completed rebalance; the protocol is chosen by vote among those
//   all members support; the first member is leader and alone gets the member list.
// - A follower rejoining with unchanged metadata in a stable group gets the current generation
//   at once; a leader rejoin or changed metadata starts a rebalance.
// - Static members (v5+ GroupInstanceId) join without MEMBER_ID_REQUIRED; a rejoin under a new
//   member id fences the old one (FENCED_INSTANCE_ID); in a stable group with unchanged metadata
//   the returning static member keeps its assignment without a rebalance (KIP-345).
// - Errors: NOT_COORDINATOR, INVALID_GROUP_ID, INVALID_SESSION_TIMEOUT (outside
//   group.min/max.session.timeout.ms), INCONSISTENT_GROUP_PROTOCOL, UNKNOWN_MEMBER_ID.
//
// Version notes:
// - v8 Reason is ignored. v9 SkipAssignment is always false (no server-side assignors).
import type { JoinGroupRequest, JoinGroupResponseInput } from '@kafkaline/protocol';
import type { JoinResult } from '../groups.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

function toResponse(ctx: RequestContext, result: JoinResult): JoinGroupResponseInput {
  const v = ctx.version;
  return {
    throttleTimeMs: 0,
    errorCode: result.errorCode,
    generationId: result.generationId,
    ...(v >= 7 ? { protocolType: result.protocolType } : {}),
    protocolName: v >= 7 ? result.protocolName : (result.protocolName ?? ''),
    leader: result.leader,
    memberId: result.memberId,
    members: result.members.map((m) => ({ memberId: m.memberId, ...(v >= 5 ? { groupInstanceId: m.groupInstanceId } : {}), metadata: m.metadata })),
  };
}

function errorResponse(ctx: RequestContext, request: JoinGroupRequest, errorCode: number): JoinGroupResponseInput {
  return toResponse(ctx, { errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId: request.memberId, members: [] });
}

export const joinGroup = defineHandler({
  api: 'JoinGroup',
  minVersion: 0,
  maxVersion: 9,
  async handle(ctx, request) {
    const notCoordinator = coordinatorError(ctx, request.groupId);
    if (notCoordinator !== 0) return errorResponse(ctx, request, notCoordinator);
    const result = await ctx.state.groups.join({
      groupId: request.groupId,
      memberId: request.memberId,
      groupInstanceId: ctx.version >= 5 ? request.groupInstanceId : null,
      clientId: ctx.header.clientId ?? '',
      clientHost: ctx.clientHost,
      sessionTimeoutMs: request.sessionTimeoutMs,
      rebalanceTimeoutMs: ctx.version >= 1 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
      protocolType: request.protocolType,
      protocols: request.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) })),
      requireKnownMemberId: ctx.version >= 4,
    });
    return toResponse(ctx, result);
  },
  errorResponse,
});
