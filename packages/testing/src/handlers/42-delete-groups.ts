// DeleteGroups (key 42), versions 0-2.
//
// Behavior:
// - Deletes empty groups with their committed offsets; a group with members gets
//   NON_EMPTY_GROUP, an unknown one GROUP_ID_NOT_FOUND, one coordinated elsewhere NOT_COORDINATOR.
//
// Version notes:
// - v2 flexible; no behaviour differences.
import { ErrorCode } from '@kafkaline/protocol';
import { coordinatorError } from './group-common.js';
import { defineHandler } from './handler.js';

export const deleteGroups = defineHandler({
  api: 'DeleteGroups',
  minVersion: 0,
  maxVersion: 2,
  handle(ctx, request) {
    const groups = ctx.state.groups;
    return {
      throttleTimeMs: 0,
      results: request.groupsNames.map((groupId) => {
        const coordinator = coordinatorError(ctx, groupId);
        if (coordinator !== ErrorCode.NONE) return { groupId, errorCode: coordinator };
        const group = groups.get(groupId);
        if (group === undefined || group.state === 'Dead') return { groupId, errorCode: ErrorCode.GROUP_ID_NOT_FOUND };
        if (group.state !== 'Empty') return { groupId, errorCode: ErrorCode.NON_EMPTY_GROUP };
        groups.delete(groupId);
        return { groupId, errorCode: ErrorCode.NONE };
      }),
    };
  },
  errorResponse(_ctx, request, errorCode) {
    return { throttleTimeMs: 0, results: request.groupsNames.map((groupId) => ({ groupId, errorCode })) };
  },
});
