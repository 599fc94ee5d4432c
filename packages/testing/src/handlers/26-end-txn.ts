// EndTxn (key 26), versions 0-5.
//
// Behavior:
// - Commit or abort: writes a COMMIT or ABORT control batch into every enrolled partition, which
//   closes the transaction there (the last stable offset moves past it; an abort enters the
//   aborted-transaction index read_committed Fetches report), and publishes or drops the
//   transaction's group offsets.
// - A retry of an EndTxn that already completed the same way answers NONE; ending a
//   transaction that is not ongoing otherwise gets INVALID_TXN_STATE.
// - NOT_COORDINATOR, INVALID_PRODUCER_ID_MAPPING, PRODUCER_FENCED (INVALID_PRODUCER_EPOCH
//   before v2).
//
// Version notes:
// - v5 echoes the producer id and epoch unchanged: without the transaction.version feature
//   clients use transactions v1, where EndTxn does not bump the epoch.
import { checkTransaction } from './txn-common.js';
import { defineHandler } from './handler.js';

export const endTxn = defineHandler({
  api: 'EndTxn',
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, request) {
    const check = checkTransaction(ctx, request.transactionalId, request.producerId, request.producerEpoch, 2);
    const ids = ctx.version >= 5 ? { producerId: request.producerId, producerEpoch: request.producerEpoch } : {};
    if (check.txn === undefined) return { throttleTimeMs: 0, errorCode: check.errorCode, ...ids };
    return { throttleTimeMs: 0, errorCode: await ctx.state.transactions.endTxn(check.txn, request.committed), ...ids };
  },
  errorResponse(ctx, request, errorCode) {
    return { throttleTimeMs: 0, errorCode, ...(ctx.version >= 5 ? { producerId: request.producerId, producerEpoch: request.producerEpoch } : {}) };
  },
});
