import { ErrorCode } from '@kafkaline/protocol';

/** The sequence window Kafka keeps per producer and partition (max.in.flight for idempotence). */
const CACHED_BATCHES = 5;

interface CachedBatch {
  firstSequence: number;
  lastSequence: number;
  baseOffset: number;
}

interface ProducerEntry {
  epoch: number;
  batches: CachedBatch[];
}

/** The verdict on an idempotent batch: append it, answer it as a duplicate, or reject it. */
export type SequenceCheck = { kind: 'append' } | { kind: 'duplicate'; baseOffset: number } | { kind: 'error'; errorCode: number; message: string };

/**
 * Idempotent-producer bookkeeping of one partition: the producer epoch and the last few batches'
 * sequence ranges per producer id. It reproduces what lets a retried batch be acknowledged once
 * (DUPLICATE → original offset) and a gap be refused (OUT_OF_ORDER_SEQUENCE_NUMBER), and fences
 * old epochs (INVALID_PRODUCER_EPOCH).
 */
export class ProducerStates {
  private readonly producers = new Map<number, ProducerEntry>();

  check(producerId: number, epoch: number, firstSequence: number, recordCount: number): SequenceCheck {
    if (producerId < 0 || firstSequence < 0) return { kind: 'append' };
    const entry = this.producers.get(producerId);
    if (entry === undefined) {
      return firstSequence === 0
        ? { kind: 'append' }
        : { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, message: `first batch of producer ${producerId} has sequence ${firstSequence}, expected 0` };
    }
    if (epoch < entry.epoch) {
      return { kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH, message: `producer epoch ${epoch} is older than ${entry.epoch}` };
    }
    if (epoch > entry.epoch) {
      return firstSequence === 0
        ? { kind: 'append' }
        : { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, message: `new epoch ${epoch} must start at sequence 0, got ${firstSequence}` };
    }
    const lastSequence = wrapSequence(firstSequence + recordCount - 1);
    const duplicate = entry.batches.find((b) => b.firstSequence === firstSequence && b.lastSequence === lastSequence);
    if (duplicate) return { kind: 'duplicate', baseOffset: duplicate.baseOffset };
    const last = entry.batches[entry.batches.length - 1];
    const expected = last ? wrapSequence(last.lastSequence + 1) : 0;
    if (firstSequence !== expected) {
      return { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, message: `sequence ${firstSequence} of producer ${producerId}, expected ${expected}` };
    }
    return { kind: 'append' };
  }

  record(producerId: number, epoch: number, firstSequence: number, recordCount: number, baseOffset: number): void {
    if (producerId < 0) return;
    let entry = this.producers.get(producerId);
    if (entry === undefined || entry.epoch !== epoch) {
      entry = { epoch, batches: [] };
      this.producers.set(producerId, entry);
    }
    if (firstSequence < 0) return;
    entry.batches.push({ firstSequence, lastSequence: wrapSequence(firstSequence + recordCount - 1), baseOffset });
    if (entry.batches.length > CACHED_BATCHES) entry.batches.shift();
  }

  /** An EndTxn marker or InitProducerId bumps the epoch the partition knows for a producer. */
  bumpEpoch(producerId: number, epoch: number): void {
    const entry = this.producers.get(producerId);
    if (entry === undefined || entry.epoch < epoch) this.producers.set(producerId, { epoch, batches: [] });
  }

  epochOf(producerId: number): number | undefined {
    return this.producers.get(producerId)?.epoch;
  }
}

/** Sequence numbers wrap from 2^31-1 to 0. */
function wrapSequence(n: number): number {
  return n > 0x7fffffff ? n - 0x80000000 : n;
}
