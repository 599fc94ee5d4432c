// ListOffsets (key 2), versions 1-11.
//
// Behavior:
// - -2 (earliest) → log start offset; -1 (latest) → high watermark, or the last stable offset
//   under read_committed (v2+), with the current leader epoch; a time → the first record with a
//   timestamp at or after it, or offset -1 when all records are older.
// - v7+ -3 (max timestamp) → the record with the largest timestamp. There is no tiered storage,
//   so, as Kafka without remote storage: v8+ -4 (earliest local) → log start offset, like -2;
//   v9+ -5 (latest tiered) and v11+ -6 (earliest pending upload) → offset -1, timestamp -1,
//   leader epoch -1 (Kafka's UnifiedLog without remote storage; offset -1 for -6 measured on
//   Kafka 4.4.0). A special timestamp below the version that introduced it →
//   UNSUPPORTED_VERSION; other negative timestamps → INVALID_REQUEST.
// - Leadership and leader-epoch fencing (v4+) as Fetch: NOT_LEADER_OR_FOLLOWER,
//   FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH; unknown partitions UNKNOWN_TOPIC_OR_PARTITION.
// - The leader epoch returned (v4+) is the epoch the offset was written in, except for -1
//   (latest), which gets the current leader epoch as Kafka's Partition gives it.
//
// Version notes:
// - TimeoutMs (v10+) is ignored: there are no remote lookups. v11 only adds -6.
import { ErrorCode, type ListOffsetsResponseInput } from '@kafkaline/protocol';
import { offsetForTimestamp, offsetOfMaxTimestamp } from '../log-search.js';
import type { PartitionState } from '../topics.js';
import { big, partitionError } from './common.js';
import { defineHandler, type RequestContext } from './handler.js';

type PartitionOut = ListOffsetsResponseInput['topics'][number]['partitions'][number];

async function lookup(ctx: RequestContext, partition: PartitionState, timestamp: number, readCommitted: boolean): Promise<{ offset: number; timestamp: number } | number> {
  const log = partition.log;
  switch (timestamp) {
    case -2:
      return { offset: log.logStartOffset, timestamp: -1 };
    case -1:
      return { offset: readCommitted ? log.lastStableOffset : log.highWatermark, timestamp: -1 };
    case -3:
      return ctx.version >= 7 ? ((await offsetOfMaxTimestamp(log)) ?? { offset: -1, timestamp: -1 }) : ErrorCode.UNSUPPORTED_VERSION;
    case -4:
      return ctx.version >= 8 ? { offset: log.logStartOffset, timestamp: -1 } : ErrorCode.UNSUPPORTED_VERSION;
    case -5:
      return ctx.version >= 9 ? { offset: -1, timestamp: -1 } : ErrorCode.UNSUPPORTED_VERSION;
    case -6:
      return ctx.version >= 11 ? { offset: -1, timestamp: -1 } : ErrorCode.UNSUPPORTED_VERSION;
    default:
      if (timestamp < 0) return ErrorCode.INVALID_REQUEST;
      return (await offsetForTimestamp(log, timestamp)) ?? { offset: -1, timestamp: -1 };
  }
}

/** Kafka's Partition answers "latest" with the current leader epoch; other offsets with the epoch they were written in. */
function epochOf(partition: PartitionState, timestamp: number, offset: number): number {
  if (offset < 0) return -1;
  if (timestamp === -1 || offset >= partition.log.logEndOffset) return partition.leaderEpoch;
  return partition.log.epochAt(offset);
}

function answer(ctx: RequestContext, index: number, errorCode: number, offset = -1, timestamp = -1, leaderEpoch = -1): PartitionOut {
  return {
    partitionIndex: index,
    errorCode,
    timestamp: big(timestamp),
    offset: big(offset),
    ...(ctx.version >= 4 ? { leaderEpoch } : {}),
  };
}

export const listOffsets = defineHandler({
  api: 'ListOffsets',
  minVersion: 1,
  maxVersion: 11,
  async handle(ctx, request) {
    const readCommitted = ctx.version >= 2 && request.isolationLevel === 1;
    const topics = [];
    // One partition after the other: lookups by time decode batches, and answers keep request order.
    for (const t of request.topics) {
      const topic = ctx.state.topics.get(t.name);
      const partitions = [];
      for (const p of t.partitions) {
        partitions.push(
          await (async () => {
            const check = partitionError(ctx, topic, p.partitionIndex, ctx.version >= 4 ? p.currentLeaderEpoch : -1);
            if (check.errorCode !== ErrorCode.NONE || check.partition === undefined) return answer(ctx, p.partitionIndex, check.errorCode);
            const found = await lookup(ctx, check.partition, Number(p.timestamp), readCommitted);
            if (typeof found === 'number') return answer(ctx, p.partitionIndex, found);
            const epoch = epochOf(check.partition, Number(p.timestamp), found.offset);
            return answer(ctx, p.partitionIndex, ErrorCode.NONE, found.offset, found.timestamp, epoch);
          })(),
        );
      }
      topics.push({ name: t.name, partitions });
    }
    return { throttleTimeMs: 0, topics };
  },
  partitions(_ctx, request) {
    return request.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex })));
  },
  errorResponse(ctx, request, errorCode) {
    return { throttleTimeMs: 0, topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => answer(ctx, p.partitionIndex, errorCode)) })) };
  },
});
