// OffsetDelete (key 47), version 0.
//
// Behavior:
// - Deletes a group's committed offsets for the given partitions. Allowed for an empty group;
//   for a group with members, partitions of topics it is subscribed to get
//   GROUP_SUBSCRIBED_TO_TOPIC (the fake treats every topic as subscribed while members exist).
// - Unknown group GROUP_ID_NOT_FOUND; NOT_COORDINATOR elsewhere.
//
// Version notes:
// - Only version 0 exists.
import { ErrorCode } from '@kafkaline/protocol';
import { offsetKey } from '../groups.js';
import { coordinatorError } from './group-common.js';
import { defineHandler } from './handler.js';

export const offsetDelete = defineHandler({
  api: 'OffsetDelete',
  minVersion: 0,
  maxVersion: 0,
  handle(ctx, request) {
    const coordinator = coordinatorError(ctx, request.groupId);
    if (coordinator !== ErrorCode.NONE) return { errorCode: coordinator, throttleTimeMs: 0, topics: [] };
    const group = ctx.state.groups.get(request.groupId);
    if (group === undefined) return { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, throttleTimeMs: 0, topics: [] };
    const busy = group.members.size > 0;
    return {
      errorCode: ErrorCode.NONE,
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          if (busy) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC };
          if (ctx.state.topics.partition(t.name, p.partitionIndex) === undefined) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
          group.offsets.delete(offsetKey(t.name, p.partitionIndex));
          return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE };
        }),
      })),
    };
  },
  errorResponse(_ctx, _request, errorCode) {
    return { errorCode, throttleTimeMs: 0, topics: [] };
  },
});
