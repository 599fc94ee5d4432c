// CreatePartitions (key 37), versions 0-3.
//
// Behavior:
// - Grows topics to Count partitions, placed like at creation or as the given assignments say;
//   new partitions start empty with a leader. ValidateOnly checks without changing anything.
// - INVALID_PARTITIONS when Count does not exceed the current count, UNKNOWN_TOPIC_OR_PARTITION
//   for unknown topics, INVALID_REPLICA_ASSIGNMENT for assignments of the wrong shape,
//   INVALID_REQUEST for a topic named twice.
//
// Version notes:
// - v3 THROTTLING_QUOTA_EXCEEDED is never returned.
import { ErrorCode } from '@kafkaline/protocol';
import { defineHandler } from './handler.js';

export const createPartitions = defineHandler({
  api: 'CreatePartitions',
  minVersion: 0,
  maxVersion: 3,
  handle(ctx, request) {
    const state = ctx.state;
    const counts = new Map<string, number>();
    for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const results = request.topics.map((t) => {
      const fail = (errorCode: number, errorMessage: string) => ({ name: t.name, errorCode, errorMessage });
      if ((counts.get(t.name) ?? 0) > 1) return fail(ErrorCode.INVALID_REQUEST, `Duplicate topic ${t.name} in the request`);
      const topic = state.topics.get(t.name);
      if (topic === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${t.name}' does not exist.`);
      const current = topic.partitions.length;
      if (t.count <= current) return fail(ErrorCode.INVALID_PARTITIONS, `Topic currently has ${current} partitions, which is higher than the requested ${t.count}.`);
      const assignments = t.assignments?.map((a) => a.brokerIds);
      if (assignments !== undefined && (assignments.length !== t.count - current || assignments.some((ids) => ids.length !== topic.replicationFactor || ids.some((id) => state.broker(id) === undefined)))) {
        return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Invalid replica assignment for topic ${t.name}`);
      }
      if (!request.validateOnly) state.topics.addPartitions(topic, t.count, assignments);
      return { name: t.name, errorCode: ErrorCode.NONE, errorMessage: null };
    });
    state.notifyAppend();
    return { throttleTimeMs: 0, results };
  },
  errorResponse(_ctx, request, errorCode) {
    return { throttleTimeMs: 0, results: request.topics.map((t) => ({ name: t.name, errorCode, errorMessage: null })) };
  },
});
