// Produce (key 0), versions 3-13 (advertised 0-13 like Kafka 4.x; v0-2 close the connection).
//
// Behavior:
// - Each partition must carry exactly one magic-2 batch (Kafka's rule for v3+), else
//   INVALID_RECORD; a CRC-32C mismatch gets CORRUPT_MESSAGE; zstd below v7 gets UNSUPPORTED_COMPRESSION_TYPE; a batch larger than the
//   topic's max.message.bytes gets MESSAGE_TOO_LARGE.
// - The batch is stored byte for byte as produced: only the base offset and the partition leader
//   epoch are rewritten (both outside the CRC), as Kafka does; unless the topic's compression.type
//   names a codec other than the batch's, when it is recompressed first (see recompress.ts).
// - Idempotent producers: duplicates of one of the last five batches are acknowledged with the
//   original offset; gaps get OUT_OF_ORDER_SEQUENCE_NUMBER; old epochs INVALID_PRODUCER_EPOCH.
// - Transactional batches must come from a producer whose ongoing transaction enrolled the
//   partition (AddPartitionsToTxn), else INVALID_TXN_STATE; they hold back the last stable offset.
// - A partition this broker does not lead gets NOT_LEADER_OR_FOLLOWER (v10+: with the leader
//   hint and node endpoints, KIP-951).
// - acks=0: no response at all; if any partition failed the connection is closed instead, as
//   Kafka does so the client refreshes metadata. acks other than -1/0/1: INVALID_REQUIRED_ACKS.
// - Appends wake long-polling Fetches.
//
// Version notes:
// - acks=1 and acks=-1 behave alike: every replica shares one log, so the high watermark moves
//   with the append. TimeoutMs is not used.
// - v8+ RecordErrors stay empty (records are not validated one by one); v13 topic ids.
import { type ApiMessages, crc32c, ErrorCode, readLogEntryHeader, setLogEntryOffset, setPartitionLeaderEpoch } from '@kafkaline/protocol';
import { needsRecompression, recompressBatch, topicCodec } from '../recompress.js';
import type { PartitionState, TopicState } from '../topics.js';
import { big, leaderHint, nodeEndpoints, partitionError, resolveTopic, topicNameOf } from './common.js';
import { defineHandler, type HandlerResult, NO_RESPONSE, type RequestContext } from './handler.js';

/** Kafka's max.message.bytes default (1 MiB + record batch overhead). */
const DEFAULT_MAX_MESSAGE_BYTES = 1048588;

interface Appended {
  errorCode: number;
  baseOffset: number;
  message?: string;
}

function appendBatch(ctx: RequestContext, topic: TopicState, partition: PartitionState, records: Uint8Array | null, transactionalId: string | null): Appended {
  const fail = (errorCode: number, message?: string): Appended => ({ errorCode, baseOffset: -1, ...(message ? { message } : {}) });
  if (records === null || records.length === 0) return fail(ErrorCode.INVALID_RECORD, 'Produce requests with version 3+ must have at least one record batch per partition');
  let header: ReturnType<typeof readLogEntryHeader>;
  try {
    header = readLogEntryHeader(records, 0);
  } catch {
    return fail(ErrorCode.CORRUPT_MESSAGE);
  }
  if (header === null) return fail(ErrorCode.CORRUPT_MESSAGE, 'Truncated record batch');
  if (header.magic !== 2) return fail(ErrorCode.INVALID_RECORD, 'Produce requests with version 3+ are only allowed to contain record batches with magic version 2');
  if (header.size !== records.length) return fail(ErrorCode.INVALID_RECORD, 'Produce requests with version 3+ are only allowed to contain exactly one record batch per partition');
  // The CRC covers attributes to the end of the batch (byte 21 on), so it is checked as stored.
  if (crc32c(records, 21, header.size) !== header.crc) return fail(ErrorCode.CORRUPT_MESSAGE, 'Record batch CRC-32C mismatch');
  if (header.compression === 4 && ctx.version < 7) return fail(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
  if (header.compression > 4) return fail(ErrorCode.CORRUPT_MESSAGE, `Unknown compression codec ${header.compression}`);
  if (header.isControl) return fail(ErrorCode.INVALID_RECORD, 'Clients may not produce control batches');
  const maxBytes = Number(topic.configs.get('max.message.bytes') ?? DEFAULT_MAX_MESSAGE_BYTES);
  if (records.length > maxBytes) return fail(ErrorCode.MESSAGE_TOO_LARGE);
  if (header.recordCount <= 0 || header.lastOffsetDelta !== header.recordCount - 1) {
    return fail(ErrorCode.INVALID_RECORD, `Batch claims ${header.recordCount} records with last offset delta ${header.lastOffsetDelta}`);
  }

  const state = ctx.state;
  if (header.isTransactional) {
    if (transactionalId === null) return fail(ErrorCode.INVALID_RECORD, 'Transactional batch in a request without a transactional id');
    if (!state.transactions.isEnrolled(header.producerId, topic.name, partition.index)) return fail(ErrorCode.INVALID_TXN_STATE);
  }
  const verdict = partition.producers.check(header.producerId, header.producerEpoch, header.baseSequence, header.recordCount);
  if (verdict.kind === 'duplicate') return { errorCode: ErrorCode.NONE, baseOffset: verdict.baseOffset };
  if (verdict.kind === 'error') return fail(verdict.errorCode, verdict.message);

  const log = partition.log;
  const baseOffset = log.logEndOffset;
  // Copy: the request buffer belongs to the connection, and the log keeps the bytes for good.
  const bytes = Buffer.from(records);
  setLogEntryOffset(bytes, 0, baseOffset);
  setPartitionLeaderEpoch(bytes, 0, partition.leaderEpoch);
  const stored = readLogEntryHeader(bytes, 0);
  if (stored === null) return fail(ErrorCode.CORRUPT_MESSAGE);
  log.append({ baseOffset, lastOffset: stored.lastOffset, bytes, header: stored });
  partition.producers.record(header.producerId, header.producerEpoch, header.baseSequence, header.recordCount, baseOffset);
  state.notifyAppend();
  return { errorCode: ErrorCode.NONE, baseOffset };
}

type PartitionData = ApiMessages['Produce']['request']['topicData'][number]['partitionData'][number];

/** The Produce answer; `rewritten` holds recompressed batches by the partition data they replace. */
function answer(ctx: RequestContext, request: ApiMessages['Produce']['request'], rewritten: ReadonlyMap<PartitionData, Uint8Array | null>): HandlerResult<ApiMessages['Produce']['responseInput']> {
  const validAcks = request.acks === -1 || request.acks === 0 || request.acks === 1;
  const leaders: number[] = [];
  let anyError = false;
  const responses = request.topicData.map((topicData) => {
    const resolved = resolveTopic(ctx, topicData.name, topicData.topicId, 13);
    return {
      ...(ctx.version >= 13 ? { topicId: topicData.topicId } : { name: topicData.name }),
      partitionResponses: topicData.partitionData.map((data) => {
        let result: Appended;
        let hint: ReturnType<typeof leaderHint>;
        if (!validAcks) {
          result = { errorCode: ErrorCode.INVALID_REQUIRED_ACKS, baseOffset: -1 };
        } else if (resolved.topic === undefined) {
          result = { errorCode: ctx.injectedError(topicNameOf(ctx, topicData.name, topicData.topicId, 13), data.index) ?? resolved.errorCode, baseOffset: -1 };
        } else {
          const check = partitionError(ctx, resolved.topic, data.index);
          if (check.errorCode !== ErrorCode.NONE || check.partition === undefined) {
            result = { errorCode: check.errorCode, baseOffset: -1 };
            hint = check.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER ? leaderHint(ctx, check.partition) : undefined;
            if (hint) leaders.push(hint.leaderId);
          } else {
            const records = rewritten.get(data) ?? data.records;
            result = appendBatch(ctx, resolved.topic, check.partition, records, request.transactionalId);
          }
        }
        if (result.errorCode !== ErrorCode.NONE) anyError = true;
        const partition = resolved.topic?.partitions[data.index];
        return {
          index: data.index,
          errorCode: result.errorCode,
          baseOffset: big(result.baseOffset),
          logAppendTimeMs: -1n,
          logStartOffset: big(result.errorCode === ErrorCode.NONE && partition ? partition.log.logStartOffset : -1),
          ...(ctx.version >= 8 && result.message ? { errorMessage: result.message } : {}),
          ...(ctx.version >= 10 && hint ? { currentLeader: hint } : {}),
        };
      }),
    };
  });
  if (request.acks === 0) return anyError ? { closeAfter: true as const, response: NO_RESPONSE } : NO_RESPONSE;
  return {
    responses,
    throttleTimeMs: 0,
    ...(ctx.version >= 10 && leaders.length > 0 ? { nodeEndpoints: nodeEndpoints(ctx, leaders) } : {}),
  };
}

export const produce = defineHandler({
  api: 'Produce',
  minVersion: 3,
  maxVersion: 13,
  advertisedMinVersion: 0,
  handle(ctx, request) {
    // Recompression is asynchronous; requests that need none are answered synchronously, as before.
    const jobs: Promise<[PartitionData, Uint8Array | null]>[] = [];
    for (const topicData of request.topicData) {
      const topic = resolveTopic(ctx, topicData.name, topicData.topicId, 13).topic;
      const codec = topic === undefined ? null : topicCodec(topic.configs);
      if (codec === null) continue;
      for (const data of topicData.partitionData) {
        if (needsRecompression(data.records, codec)) jobs.push(recompressBatch(data.records, codec).then((bytes): [PartitionData, Uint8Array | null] => [data, bytes]));
      }
    }
    if (jobs.length === 0) return answer(ctx, request, new Map());
    return Promise.all(jobs).then((done) => answer(ctx, request, new Map(done)));
  },
  partitions(ctx, request) {
    return request.topicData.flatMap((t) => t.partitionData.map((p) => ({ topic: topicNameOf(ctx, t.name, t.topicId, 13), partition: p.index })));
  },
  errorResponse(ctx, request, errorCode) {
    return {
      responses: request.topicData.map((t) => ({
        ...(ctx.version >= 13 ? { topicId: t.topicId } : { name: t.name }),
        partitionResponses: t.partitionData.map((p) => ({ index: p.index, errorCode, baseOffset: -1n })),
      })),
      throttleTimeMs: 0,
    };
  },
});
