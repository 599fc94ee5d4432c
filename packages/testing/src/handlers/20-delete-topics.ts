// DeleteTopics (key 20), versions 1-6.
//
// Behavior:
// - Deletes topics by name (v1-5) or by name or id (v6); unknown ones get
//   UNKNOWN_TOPIC_OR_PARTITION / UNKNOWN_TOPIC_ID. Fetches and produces to a deleted topic then
//   fail with UNKNOWN_TOPIC_OR_PARTITION; long-polling Fetches are woken.
//
// Version notes:
// - v5+ error messages; v6 topic ids in the response.
import { type DeleteTopicsResponseInput, ErrorCode, ZERO_UUID } from '@kafkaline/protocol';
import { defineHandler, type RequestContext } from './handler.js';

type Result = DeleteTopicsResponseInput['responses'][number];

function result(ctx: RequestContext, name: string | null, topicId: string, errorCode: number): Result {
  return { name: ctx.version < 6 ? (name ?? '') : name, ...(ctx.version >= 6 ? { topicId } : {}), errorCode, ...(ctx.version >= 5 ? { errorMessage: null } : {}) };
}

function targets(ctx: RequestContext, request: { topics: Array<{ name: string | null; topicId: string }>; topicNames: string[] }): Array<{ name: string | null; topicId: string }> {
  return ctx.version >= 6 ? request.topics : request.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
}

export const deleteTopics = defineHandler({
  api: 'DeleteTopics',
  minVersion: 1,
  maxVersion: 6,
  handle(ctx, request) {
    const state = ctx.state;
    return {
      throttleTimeMs: 0,
      responses: targets(ctx, request).map(({ name, topicId }) => {
        const topic = name !== null && name !== '' ? state.topics.get(name) : state.topics.getById(topicId);
        if (topic === undefined) return result(ctx, name, topicId, name !== null && name !== '' ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.UNKNOWN_TOPIC_ID);
        state.deleteTopic(topic.name);
        return result(ctx, topic.name, topic.id, ErrorCode.NONE);
      }),
    };
  },
  errorResponse(ctx, request, errorCode) {
    return { throttleTimeMs: 0, responses: targets(ctx, request).map((t) => result(ctx, t.name, t.topicId, errorCode)) };
  },
});
