// OffsetForLeaderEpoch (key 23), versions 2-4.
//
// Behavior:
// - From the partition's leader-epoch cache: the largest epoch <= the requested one and the
//   offset where the next epoch starts (the log end offset for the current epoch), which is
//   how a consumer detects log truncation after a leader change (KIP-320).
// - An epoch older than anything known returns epoch -1 / offset -1 (UNDEFINED); leadership and
//   CurrentLeaderEpoch fencing as for Fetch.
//
// Version notes:
// - v3+ ReplicaId is ignored (consumers send -1 or -2).
import { ErrorCode } from '@kafkaline/protocol';
import { partitionError } from './common.js';
import { defineHandler } from './handler.js';

export const offsetForLeaderEpoch = defineHandler({
  api: 'OffsetForLeaderEpoch',
  minVersion: 2,
  maxVersion: 4,
  handle(ctx, request) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map((p) => {
          const check = partitionError(ctx, ctx.state.topics.get(t.topic), p.partition, p.currentLeaderEpoch);
          if (check.errorCode !== ErrorCode.NONE || check.partition === undefined) return { errorCode: check.errorCode, partition: p.partition, leaderEpoch: -1, endOffset: -1n };
          const end = check.partition.log.endOffsetForEpoch(p.leaderEpoch);
          return { errorCode: ErrorCode.NONE, partition: p.partition, leaderEpoch: end.epoch, endOffset: BigInt(end.endOffset) };
        }),
      })),
    };
  },
  partitions(_ctx, request) {
    return request.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.topic, partition: p.partition })));
  },
  errorResponse(_ctx, request, errorCode) {
    return { throttleTimeMs: 0, topics: request.topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => ({ errorCode, partition: p.partition, leaderEpoch: -1, endOffset: -1n })) })) };
  },
});
