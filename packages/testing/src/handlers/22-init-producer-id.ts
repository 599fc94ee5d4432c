// InitProducerId (key 22), versions 0-5.
//
// Behavior:
// - Without a transactional id: a fresh producer id with epoch 0 (idempotent producer), from
//   any broker.
// - With one (at its coordinator, else NOT_COORDINATOR): the first call allocates the id, later
//   calls bump the epoch — fencing the previous producer instance — and abort a transaction it
//   left open (ABORT markers are written). TransactionTimeoutMs above
//   transaction.max.timeout.ms gets INVALID_TRANSACTION_TIMEOUT.
// - v3+: a given ProducerId/ProducerEpoch must match the current ones, else PRODUCER_FENCED
//   (INVALID_PRODUCER_EPOCH before v4).
//
// Version notes:
// - v6 (2PC, unstable in 4.1) is not advertised.
import { ErrorCode } from '@kafkaline/protocol';
import { transactionCoordinatorError } from './txn-common.js';
import { defineHandler } from './handler.js';

export const initProducerId = defineHandler({
  api: 'InitProducerId',
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, request) {
    const transactionalId = request.transactionalId;
    if (transactionalId !== null && transactionalId !== '') {
      const coordinator = transactionCoordinatorError(ctx, transactionalId);
      if (coordinator !== ErrorCode.NONE) return { throttleTimeMs: 0, errorCode: coordinator, producerId: -1n, producerEpoch: -1 };
    }
    const expectedId = ctx.version >= 3 ? Number(request.producerId) : -1;
    const expectedEpoch = ctx.version >= 3 ? request.producerEpoch : -1;
    const result = await ctx.state.transactions.initProducerId(transactionalId, request.transactionTimeoutMs, expectedId, expectedEpoch);
    const errorCode = result.errorCode === ErrorCode.PRODUCER_FENCED && ctx.version < 4 ? ErrorCode.INVALID_PRODUCER_EPOCH : result.errorCode;
    return { throttleTimeMs: 0, errorCode, producerId: BigInt(result.producerId), producerEpoch: result.producerEpoch };
  },
  errorResponse(_ctx, _request, errorCode) {
    return { throttleTimeMs: 0, errorCode, producerId: -1n, producerEpoch: -1 };
  },
});
