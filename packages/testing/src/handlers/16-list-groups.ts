// ListGroups (key 16), versions 0-5.
//
// Behavior:
// - Lists the groups this broker coordinates (as Kafka does: each broker lists its own), with
//   protocol type; v4+ group state and StatesFilter; v5+ group type ("classic") and TypesFilter.
//
// Version notes:
// - Every group is a classic group: a TypesFilter without "classic" lists nothing.
import { ErrorCode } from '@kafkaline/protocol';
import { defineHandler } from './handler.js';

export const listGroups = defineHandler({
  api: 'ListGroups',
  minVersion: 0,
  maxVersion: 5,
  handle(ctx, request) {
    const states = ctx.version >= 4 ? request.statesFilter.map((s) => s.toLowerCase()) : [];
    const types = ctx.version >= 5 ? request.typesFilter.map((s) => s.toLowerCase()) : [];
    const groups = ctx.state.groups
      .all()
      .filter((g) => ctx.state.isCoordinator(0, g.groupId, ctx.broker.id) && g.state !== 'Dead')
      .filter((g) => states.length === 0 || states.includes(g.state.toLowerCase()))
      .filter(() => types.length === 0 || types.includes('classic'))
      .sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      groups: groups.map((g) => ({
        groupId: g.groupId,
        protocolType: g.protocolType ?? '',
        ...(ctx.version >= 4 ? { groupState: g.state } : {}),
        ...(ctx.version >= 5 ? { groupType: 'classic' } : {}),
      })),
    };
  },
  errorResponse(_ctx, _request, errorCode) {
    return { throttleTimeMs: 0, errorCode, groups: [] };
  },
});
