// DeleteRecords (key 21), versions 0-2.
//
// Behavior:
// - Moves each partition's log start offset to the given offset (-1 = the high watermark) and
//   returns it as the low watermark; Fetches below it then get OFFSET_OUT_OF_RANGE.
// - An offset above the high watermark gets OFFSET_OUT_OF_RANGE; a non-leader
//   NOT_LEADER_OR_FOLLOWER; unknown partitions UNKNOWN_TOPIC_OR_PARTITION.
//
// Version notes:
// - TimeoutMs is not used: deletion is immediate.
import { ErrorCode } from '@kafkaline/protocol';
import { partitionError } from './common.js';
import { defineHandler } from './handler.js';

export const deleteRecords = defineHandler({
  api: 'DeleteRecords',
  minVersion: 0,
  maxVersion: 2,
  handle(ctx, request) {
    const state = ctx.state;
    let changed = false;
    const response = {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          const check = partitionError(ctx, state.topics.get(t.name), p.partitionIndex);
          if (check.errorCode !== ErrorCode.NONE || check.partition === undefined) return { partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode: check.errorCode };
          const log = check.partition.log;
          const offset = p.offset === -1n ? log.highWatermark : Number(p.offset);
          if (offset < 0 || offset > log.highWatermark) return { partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE };
          log.deleteBefore(offset);
          changed = true;
          return { partitionIndex: p.partitionIndex, lowWatermark: BigInt(log.logStartOffset), errorCode: ErrorCode.NONE };
        }),
      })),
    };
    if (changed) state.notifyAppend();
    return response;
  },
  partitions(_ctx, request) {
    return request.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex })));
  },
  errorResponse(_ctx, request, errorCode) {
    return { throttleTimeMs: 0, topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode })) })) };
  },
});
