// FindCoordinator (key 10), versions 0-6.
//
// Behavior:
// - Groups (key type 0) and transactional ids (1) hash to a coordinator the way Kafka places
//   them in __consumer_offsets / __transaction_state (Java String.hashCode mod 50 partitions);
//   the slots of a stopped broker move to live brokers; FakeCluster.moveCoordinator overrides.
// - v4+ answers a batch of keys, one entry each.
// - Key type 2 (share groups) and unknown types get INVALID_REQUEST; no live coordinator gives
//   COORDINATOR_NOT_AVAILABLE; an empty key INVALID_REQUEST... except groups, where Kafka
//   answers INVALID_GROUP_ID.
//
// Version notes:
// - v5 TRANSACTION_ABORTABLE and v6 share groups are never produced.
import { ErrorCode, type FindCoordinatorResponseInput } from '@kafkaline/protocol';
import { defineHandler, type RequestContext } from './handler.js';

type Coordinator = FindCoordinatorResponseInput['coordinators'] extends Array<infer C> | undefined ? C : never;

function find(ctx: RequestContext, keyType: number, key: string): Coordinator {
  const fail = (errorCode: number): Coordinator => ({ key, nodeId: -1, host: '', port: -1, errorCode, errorMessage: null });
  if (keyType !== 0 && keyType !== 1) return fail(ErrorCode.INVALID_REQUEST);
  if (key === '') return fail(keyType === 0 ? ErrorCode.INVALID_GROUP_ID : ErrorCode.INVALID_REQUEST);
  const broker = ctx.state.coordinatorFor(keyType, key);
  if (broker === undefined || !broker.up) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  return { key, nodeId: broker.id, host: broker.host, port: broker.port, errorCode: ErrorCode.NONE, errorMessage: null };
}

function respond(ctx: RequestContext, keys: string[], answer: (key: string) => Coordinator): FindCoordinatorResponseInput {
  if (ctx.version >= 4) return { throttleTimeMs: 0, coordinators: keys.map(answer) };
  const one = answer(keys[0] ?? '');
  return { throttleTimeMs: 0, errorCode: one.errorCode ?? 0, errorMessage: null, nodeId: one.nodeId ?? -1, host: one.host ?? '', port: one.port ?? -1 };
}

export const findCoordinator = defineHandler({
  api: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 6,
  handle(ctx, request) {
    const keys = ctx.version >= 4 ? request.coordinatorKeys : [request.key];
    return respond(ctx, keys, (key) => find(ctx, ctx.version >= 1 ? request.keyType : 0, key));
  },
  errorResponse(ctx, request, errorCode) {
    const keys = ctx.version >= 4 ? request.coordinatorKeys : [request.key];
    return respond(ctx, keys, (key) => ({ key, nodeId: -1, host: '', port: -1, errorCode, errorMessage: null }));
  },
});
