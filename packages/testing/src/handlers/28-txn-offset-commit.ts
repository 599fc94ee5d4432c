// TxnOffsetCommit (key 28), versions 0-4.
//
// Behavior:
// - Stages offsets for the group until the producer's transaction ends: they become the group's
//   committed offsets on commit and vanish on abort. Meanwhile OffsetFetch with RequireStable
//   reports UNSTABLE_OFFSET_COMMIT for those partitions.
// - Sent to the group coordinator: NOT_COORDINATOR otherwise. The group must have been enrolled
//   with AddOffsetsToTxn (else INVALID_TXN_STATE); producer checks as for other transactional
//   requests. v3+ member fields are validated like OffsetCommit when a generation is given.
//
// Version notes:
// - v5 (transactions v2, implicit AddOffsetsToTxn) is not advertised: the cluster finalizes no
//   transaction.version feature.
import { ErrorCode, type TxnOffsetCommitRequest, type TxnOffsetCommitResponseInput } from '@kafkaline/protocol';
import { type CommittedOffset, offsetKey } from '../groups.js';
import { coordinatorError } from './group-common.js';
import { defineHandler, type RequestContext } from './handler.js';

function respond(request: TxnOffsetCommitRequest, code: (topic: string, partition: number) => number): TxnOffsetCommitResponseInput {
  return { throttleTimeMs: 0, topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code(t.name, p.partitionIndex) })) })) };
}

function check(ctx: RequestContext, request: TxnOffsetCommitRequest): number {
  const state = ctx.state;
  const coordinator = coordinatorError(ctx, request.groupId);
  if (coordinator !== ErrorCode.NONE) return coordinator;
  const txn = state.transactions.get(request.transactionalId);
  if (txn === undefined || txn.producerId !== Number(request.producerId)) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
  if (txn.producerEpoch !== request.producerEpoch) return ctx.version >= 2 ? ErrorCode.PRODUCER_FENCED : ErrorCode.INVALID_PRODUCER_EPOCH;
  if (txn.state !== 'Ongoing' || !txn.groups.has(request.groupId)) return ErrorCode.INVALID_TXN_STATE;
  if (ctx.version >= 3 && request.generationId >= 0) {
    return state.groups.validateCommit(state.groups.get(request.groupId), request.generationId, request.memberId, request.groupInstanceId);
  }
  return ErrorCode.NONE;
}

export const txnOffsetCommit = defineHandler({
  api: 'TxnOffsetCommit',
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, request) {
    const verdict = check(ctx, request);
    if (verdict !== ErrorCode.NONE) return respond(request, () => verdict);
    const state = ctx.state;
    const staged = new Map<string, CommittedOffset>();
    const answer = respond(request, (topic, partition) => {
      const injected = ctx.injectedError(topic, partition);
      if (injected !== null) return injected;
      if (state.topics.partition(topic, partition) === undefined) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      return ErrorCode.NONE;
    });
    for (const t of request.topics) {
      for (const p of t.partitions) {
        staged.set(offsetKey(t.name, p.partitionIndex), {
          offset: Number(p.committedOffset),
          leaderEpoch: ctx.version >= 2 ? p.committedLeaderEpoch : -1,
          metadata: p.committedMetadata,
          commitTimestamp: state.clock.now(),
        });
      }
    }
    if (answer.topics.every((t) => t.partitions.every((p) => p.errorCode === ErrorCode.NONE))) {
      state.transactions.stageOffsets(Number(request.producerId), request.groupId, staged);
    }
    return answer;
  },
  partitions(_ctx, request) {
    return request.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex })));
  },
  errorResponse(_ctx, request, errorCode) {
    return respond(request, () => errorCode);
  },
});
