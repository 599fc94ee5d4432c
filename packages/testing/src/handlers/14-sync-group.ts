// SyncGroup (key 14), versions 0-5.
//
// Behavior:
// - Followers wait until the leader's SyncGroup brings the assignment; then every member gets
//   its own bytes (an empty assignment for members the leader left out) and the group is Stable.
// - In a stable group the member's assignment comes back at once.
// - REBALANCE_IN_PROGRESS while the group is rebalancing (also to followers waiting when a new
//   rebalance starts); ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID (v3+),
//   INCONSISTENT_GROUP_PROTOCOL when v5 ProtocolType/ProtocolName disagree; NOT_COORDINATOR.
// - A leader that does not sync within the rebalance timeout sends the group back to rebalancing.
//
// Version notes:
// - v5 echoes ProtocolType and ProtocolName.
import type { SyncGroupResponseInput } from '@kafkaline/protocol';
import type { SyncResult } from '../groups.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

function toResponse(ctx: RequestContext, result: SyncResult): SyncGroupResponseInput {
  return {
    throttleTimeMs: 0,
    errorCode: result.errorCode,
    ...(ctx.version >= 5 ? { protocolType: result.protocolType, protocolName: result.protocolName } : {}),
    assignment: result.assignment,
  };
}

function syncError(errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: new Uint8Array(0) };
}

export const syncGroup = defineHandler({
  api: 'SyncGroup',
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, request) {
    const notCoordinator = coordinatorError(ctx, request.groupId);
    if (notCoordinator !== 0) return toResponse(ctx, syncError(notCoordinator));
    const result = await ctx.state.groups.sync(
      request.groupId,
      request.generationId,
      request.memberId,
      ctx.version >= 3 ? request.groupInstanceId : null,
      ctx.version >= 5 ? request.protocolType : null,
      ctx.version >= 5 ? request.protocolName : null,
      request.assignments.map((a) => ({ memberId: a.memberId, assignment: Buffer.from(a.assignment) })),
    );
    return toResponse(ctx, result);
  },
  errorResponse(ctx, _request, errorCode) {
    return toResponse(ctx, syncError(errorCode));
  },
});
