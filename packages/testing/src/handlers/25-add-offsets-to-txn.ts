// AddOffsetsToTxn (key 25), versions 0-4.
//
// Behavior:
// - Enrols the group's offsets in the producer's transaction (starting it if needed), so a
//   TxnOffsetCommit to that group takes effect only when the transaction commits.
// - NOT_COORDINATOR, INVALID_PRODUCER_ID_MAPPING, PRODUCER_FENCED (INVALID_PRODUCER_EPOCH
//   before v2), INVALID_GROUP_ID for an empty group id.
//
// Version notes:
// - No differences between versions beyond the error mapping.
import { ErrorCode } from '@kafkaline/protocol';
import { checkTransaction } from './txn-common.js';
import { defineHandler } from './handler.js';

export const addOffsetsToTxn = defineHandler({
  api: 'AddOffsetsToTxn',
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, request) {
    if (request.groupId === '') return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_GROUP_ID };
    const check = checkTransaction(ctx, request.transactionalId, request.producerId, request.producerEpoch, 2);
    if (check.txn === undefined) return { throttleTimeMs: 0, errorCode: check.errorCode };
    ctx.state.transactions.addGroup(check.txn, request.groupId);
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE };
  },
  errorResponse(_ctx, _request, errorCode) {
    return { throttleTimeMs: 0, errorCode };
  },
});
