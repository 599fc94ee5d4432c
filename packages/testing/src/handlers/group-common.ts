import { ErrorCode } from '@kafkaline/protocol';
import type { RequestContext } from './handler.js';

/** NOT_COORDINATOR when this broker does not coordinate the group; NONE when it does. */
export function coordinatorError(ctx: RequestContext, groupId: string): number {
  const coordinator = ctx.state.coordinatorFor(0, groupId);
  if (coordinator === undefined || !coordinator.up) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  return coordinator.id === ctx.broker.id ? ErrorCode.NONE : ErrorCode.NOT_COORDINATOR;
}
