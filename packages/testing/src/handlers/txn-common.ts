import { ErrorCode } from '@kafkaline/protocol';
import type { TransactionState } from '../transactions.js';
import type { RequestContext } from './handler.js';

/** NOT_COORDINATOR unless this broker coordinates the transactional id. */
export function transactionCoordinatorError(ctx: RequestContext, transactionalId: string): number {
  const coordinator = ctx.state.coordinatorFor(1, transactionalId);
  if (coordinator === undefined || !coordinator.up) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  return coordinator.id === ctx.broker.id ? ErrorCode.NONE : ErrorCode.NOT_COORDINATOR;
}

/**
 * The coordinator checks every transactional request passes: right broker, known producer id
 * for the transactional id, current epoch. Versions before PRODUCER_FENCED existed get
 * INVALID_PRODUCER_EPOCH instead, as Kafka maps it for old clients.
 */
export function checkTransaction(
  ctx: RequestContext,
  transactionalId: string,
  producerId: bigint,
  producerEpoch: number,
  fencedFromVersion: number,
): { errorCode: number; txn?: TransactionState } {
  const coordinator = transactionCoordinatorError(ctx, transactionalId);
  if (coordinator !== ErrorCode.NONE) return { errorCode: coordinator };
  const result = ctx.state.transactions.check(transactionalId, Number(producerId), producerEpoch);
  if (result.errorCode === ErrorCode.PRODUCER_FENCED && ctx.version < fencedFromVersion) return { errorCode: ErrorCode.INVALID_PRODUCER_EPOCH };
  return result;
}
