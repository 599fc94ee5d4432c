// Heartbeat (key 12), versions 0-4.
//
// Behavior:
// - Resets the member's session timer (cluster clock). REBALANCE_IN_PROGRESS while the group
//   prepares a rebalance (the member must rejoin); NONE while completing or stable.
// - UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, FENCED_INSTANCE_ID (v3+), NOT_COORDINATOR.
//
// Version notes:
// - v4 flexible; no behaviour differences between versions.
import { coordinatorError } from './group-common.js';
import { defineHandler } from './handler.js';

export const heartbeat = defineHandler({
  api: 'Heartbeat',
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, request) {
    const notCoordinator = coordinatorError(ctx, request.groupId);
    if (notCoordinator !== 0) return { throttleTimeMs: 0, errorCode: notCoordinator };
    const errorCode = ctx.state.groups.heartbeat(request.groupId, request.generationId, request.memberId, ctx.version >= 3 ? request.groupInstanceId : null);
    return { throttleTimeMs: 0, errorCode };
  },
  errorResponse(_ctx, _request, errorCode) {
    return { throttleTimeMs: 0, errorCode };
  },
});
