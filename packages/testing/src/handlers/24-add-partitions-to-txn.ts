// AddPartitionsToTxn (key 24), versions 0-5.
//
// Behavior:
// - v0-3 (clients): enrols partitions in the producer's transaction, starting it (and its
//   timeout, on the cluster clock) if none is ongoing. If any partition is unknown it gets
//   UNKNOWN_TOPIC_OR_PARTITION and the others OPERATION_NOT_ATTEMPTED, and nothing is enrolled.
// - Producer checks at the coordinator: NOT_COORDINATOR, INVALID_PRODUCER_ID_MAPPING,
//   PRODUCER_FENCED (INVALID_PRODUCER_EPOCH before v2), each applied to every partition.
// - v4+ (broker-to-broker batches): each transaction is handled as above; VerifyOnly answers
//   whether the partitions are already enrolled (INVALID_TXN_STATE if not) without enrolling.
//
// Version notes:
// - v5 TRANSACTION_ABORTABLE is never returned.
import { type AddPartitionsToTxnResponseInput, ErrorCode } from '@kafkaline/protocol';
import { checkTransaction } from './txn-common.js';
import { defineHandler, type RequestContext } from './handler.js';

type TopicResult = NonNullable<AddPartitionsToTxnResponseInput['resultsByTopicV3AndBelow']>[number];

function enrol(ctx: RequestContext, transactionalId: string, producerId: bigint, producerEpoch: number, topics: Array<{ name: string; partitions: number[] }>, verifyOnly: boolean): TopicResult[] {
  const all = (code: (topic: string, partition: number) => number): TopicResult[] =>
    topics.map((t) => ({ name: t.name, resultsByPartition: t.partitions.map((p) => ({ partitionIndex: p, partitionErrorCode: code(t.name, p) })) }));
  const check = checkTransaction(ctx, transactionalId, producerId, producerEpoch, 2);
  if (check.errorCode !== ErrorCode.NONE || check.txn === undefined) return all(() => check.errorCode);
  const txn = check.txn;
  const state = ctx.state;
  if (verifyOnly) return all((topic, partition) => (state.transactions.isEnrolled(txn.producerId, topic, partition) ? ErrorCode.NONE : ErrorCode.INVALID_TXN_STATE));
  const unknown = (topic: string, partition: number) => state.topics.partition(topic, partition) === undefined;
  if (topics.some((t) => t.partitions.some((p) => unknown(t.name, p)))) {
    return all((topic, partition) => (unknown(topic, partition) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.OPERATION_NOT_ATTEMPTED));
  }
  state.transactions.addPartitions(txn, topics.flatMap((t) => t.partitions.map((partition) => ({ topic: t.name, partition }))));
  return all(() => ErrorCode.NONE);
}

export const addPartitionsToTxn = defineHandler({
  api: 'AddPartitionsToTxn',
  minVersion: 0,
  maxVersion: 5,
  handle(ctx, request) {
    if (ctx.version <= 3) {
      return {
        throttleTimeMs: 0,
        resultsByTopicV3AndBelow: enrol(ctx, request.v3AndBelowTransactionalId, request.v3AndBelowProducerId, request.v3AndBelowProducerEpoch, request.v3AndBelowTopics, false),
      };
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      resultsByTransaction: request.transactions.map((t) => ({
        transactionalId: t.transactionalId,
        topicResults: enrol(ctx, t.transactionalId, t.producerId, t.producerEpoch, t.topics, t.verifyOnly),
      })),
    };
  },
  errorResponse(ctx, request, errorCode) {
    if (ctx.version >= 4) return { throttleTimeMs: 0, errorCode, resultsByTransaction: [] };
    return {
      throttleTimeMs: 0,
      resultsByTopicV3AndBelow: request.v3AndBelowTopics.map((t) => ({ name: t.name, resultsByPartition: t.partitions.map((p) => ({ partitionIndex: p, partitionErrorCode: errorCode })) })),
    };
  },
});
