// LeaveGroup (key 13), versions 0-5.
//
// Behavior:
// - Removes the member(s) and starts a rebalance for the rest; a member parked in JoinGroup is
//   answered UNKNOWN_MEMBER_ID. When the last member leaves the group becomes Empty.
// - v0-2: one MemberId, errors at top level; v3+: a batch of identities with per-member errors
//   (UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID for a static member under another id).
// - NOT_COORDINATOR when this broker does not coordinate the group.
//
// Version notes:
// - v5 Reason is ignored.
import { ErrorCode, type LeaveGroupResponseInput } from '@kafkaline/protocol';
import { coordinatorError } from './group-common.js';
import { defineHandler } from './handler.js';

function errorResponse(version: number, errorCode: number): LeaveGroupResponseInput {
  return version < 3 ? { throttleTimeMs: 0, errorCode } : { throttleTimeMs: 0, errorCode, members: [] };
}

export const leaveGroup = defineHandler({
  api: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 5,
  handle(ctx, request) {
    const notCoordinator = coordinatorError(ctx, request.groupId);
    if (notCoordinator !== 0) return errorResponse(ctx.version, notCoordinator);
    const groups = ctx.state.groups;
    if (ctx.version < 3) return { throttleTimeMs: 0, errorCode: groups.leave(request.groupId, request.memberId, null) };
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      members: request.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: groups.leave(request.groupId, m.memberId, m.groupInstanceId) })),
    };
  },
  errorResponse: (ctx, _request, errorCode) => errorResponse(ctx.version, errorCode),
});
