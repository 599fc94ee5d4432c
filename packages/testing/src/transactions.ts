import { ErrorCode } from '@kafkaline/protocol';
import type { Clock } from './clock.js';
import { type CommittedOffset, type GroupCoordinator, offsetKey } from './groups.js';
import type { PartitionState, TopicRegistry } from './topics.js';

export type TransactionStateName = 'Empty' | 'Ongoing' | 'CompleteCommit' | 'CompleteAbort';

export interface TransactionState {
  readonly transactionalId: string;
  producerId: number;
  producerEpoch: number;
  timeoutMs: number;
  state: TransactionStateName;
  /** Partitions added with AddPartitionsToTxn, as `topic\0partition`. */
  readonly partitions: Set<string>;
  /** Groups added with AddOffsetsToTxn. */
  readonly groups: Set<string>;
  timer: unknown;
}

export interface TransactionCoordinatorOptions {
  clock: Clock;
  topics: TopicRegistry;
  groups: GroupCoordinator;
  /** Encodes a COMMIT or ABORT control batch of this producer for the partition. */
  encodeMarker: (partition: PartitionState, producerId: number, producerEpoch: number, committed: boolean) => Promise<Uint8Array>;
  /** Appends an encoded marker to the partition, ending the producer's transaction there. */
  appendMarker: (partition: PartitionState, marker: Uint8Array, producerId: number, producerEpoch: number, committed: boolean) => void;
  /** transaction.max.timeout.ms */
  maxTimeoutMs: number;
}

/** Producer ids are 64-bit on the wire; the fake hands them out from a counter, as Kafka's block allocator does. */
const FIRST_PRODUCER_ID = 1000;
const MAX_EPOCH = 32767;

/**
 * Kafka's transaction coordinator for the classic (KIP-98, "transaction version 1") protocol:
 * InitProducerId fences older epochs and aborts what they left open, AddPartitionsToTxn /
 * AddOffsetsToTxn enrol partitions and groups, EndTxn writes the COMMIT or ABORT markers into
 * every enrolled partition (which moves their last stable offset) and publishes or drops the
 * transaction's offsets. Transactions left open past their timeout are aborted and the producer
 * is fenced, as Kafka does.
 */
export class TransactionCoordinator {
  private readonly transactions = new Map<string, TransactionState>();
  private nextProducerId = FIRST_PRODUCER_ID;

  constructor(private readonly options: TransactionCoordinatorOptions) {}

  get(transactionalId: string): TransactionState | undefined {
    return this.transactions.get(transactionalId);
  }

  all(): TransactionState[] {
    return [...this.transactions.values()];
  }

  /** A producer id for an idempotent producer without a transactional id. */
  allocateProducerId(): number {
    return this.nextProducerId++;
  }

  async initProducerId(
    transactionalId: string | null,
    timeoutMs: number,
    expectedProducerId: number,
    expectedEpoch: number,
  ): Promise<{ errorCode: number; producerId: number; producerEpoch: number }> {
    const failed = (errorCode: number) => ({ errorCode, producerId: -1, producerEpoch: -1 });
    if (transactionalId === null || transactionalId === '') {
      // An empty transactional id is treated as none: an idempotent producer.
      return { errorCode: ErrorCode.NONE, producerId: this.allocateProducerId(), producerEpoch: 0 };
    }
    if (timeoutMs <= 0 || timeoutMs > this.options.maxTimeoutMs) return failed(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    let txn = this.transactions.get(transactionalId);
    if (txn === undefined) {
      txn = {
        transactionalId,
        producerId: this.allocateProducerId(),
        producerEpoch: 0,
        timeoutMs,
        state: 'Empty',
        partitions: new Set(),
        groups: new Set(),
        timer: null,
      };
      this.transactions.set(transactionalId, txn);
      return { errorCode: ErrorCode.NONE, producerId: txn.producerId, producerEpoch: txn.producerEpoch };
    }
    if (expectedProducerId >= 0 && (expectedProducerId !== txn.producerId || expectedEpoch !== txn.producerEpoch)) {
      return failed(ErrorCode.PRODUCER_FENCED);
    }
    this.bumpEpoch(txn);
    if (txn.state === 'Ongoing') await this.complete(txn, false);
    txn.state = 'Empty';
    txn.timeoutMs = timeoutMs;
    return { errorCode: ErrorCode.NONE, producerId: txn.producerId, producerEpoch: txn.producerEpoch };
  }

  private bumpEpoch(txn: TransactionState): void {
    if (txn.producerEpoch >= MAX_EPOCH - 1) {
      txn.producerId = this.allocateProducerId();
      txn.producerEpoch = 0;
    } else {
      txn.producerEpoch++;
    }
  }

  /** Checks the producer of a transactional request against the coordinator's record of it. */
  check(transactionalId: string, producerId: number, producerEpoch: number): { errorCode: number; txn?: TransactionState } {
    const txn = this.transactions.get(transactionalId);
    if (txn === undefined || txn.producerId !== producerId) return { errorCode: ErrorCode.INVALID_PRODUCER_ID_MAPPING };
    if (producerEpoch !== txn.producerEpoch) return { errorCode: ErrorCode.PRODUCER_FENCED };
    return { errorCode: ErrorCode.NONE, txn };
  }

  /** Enrols partitions (already validated to exist) in the ongoing transaction. */
  addPartitions(txn: TransactionState, partitions: Array<{ topic: string; partition: number }>): void {
    this.begin(txn);
    for (const { topic, partition } of partitions) txn.partitions.add(offsetKey(topic, partition));
  }

  addGroup(txn: TransactionState, groupId: string): void {
    this.begin(txn);
    txn.groups.add(groupId);
  }

  /** Whether the partition was enrolled by this producer's ongoing transaction. */
  isEnrolled(producerId: number, topic: string, partition: number): boolean {
    for (const txn of this.transactions.values()) {
      if (txn.producerId === producerId && txn.state === 'Ongoing' && txn.partitions.has(offsetKey(topic, partition))) return true;
    }
    return false;
  }

  private begin(txn: TransactionState): void {
    if (txn.state === 'Ongoing') return;
    txn.state = 'Ongoing';
    txn.partitions.clear();
    txn.groups.clear();
    const clock = this.options.clock;
    clock.clearTimeout(txn.timer);
    txn.timer = clock.setTimeout(() => {
      txn.timer = null;
      if (txn.state !== 'Ongoing') return;
      // Timed out: abort, and fence the producer that left it open.
      this.bumpEpoch(txn);
      void this.complete(txn, false);
    }, txn.timeoutMs);
  }

  async endTxn(txn: TransactionState, committed: boolean): Promise<number> {
    if (txn.state === 'Ongoing') {
      await this.complete(txn, committed);
      return ErrorCode.NONE;
    }
    // A retried EndTxn whose first attempt went through is answered like the first.
    if ((txn.state === 'CompleteCommit' && committed) || (txn.state === 'CompleteAbort' && !committed)) return ErrorCode.NONE;
    return ErrorCode.INVALID_TXN_STATE;
  }

  /**
   * Writes the markers and settles the offsets. The state leaves Ongoing at once (a concurrent
   * request sees the transaction ending), and all markers are appended in one synchronous step
   * once encoded, so no read sees some partitions ended and others not.
   */
  private async complete(txn: TransactionState, committed: boolean): Promise<void> {
    this.options.clock.clearTimeout(txn.timer);
    txn.timer = null;
    txn.state = committed ? 'CompleteCommit' : 'CompleteAbort';
    const { producerId, producerEpoch } = txn;
    const partitions = [...txn.partitions].sort().flatMap((key) => {
      const at = key.lastIndexOf('\u0000');
      const partition = this.options.topics.partition(key.slice(0, at), Number(key.slice(at + 1)));
      return partition === undefined ? [] : [partition];
    });
    const markers = await Promise.all(partitions.map((p) => this.options.encodeMarker(p, producerId, producerEpoch, committed)));
    partitions.forEach((partition, i) => {
      this.options.appendMarker(partition, markers[i] as Uint8Array, producerId, producerEpoch, committed);
    });
    for (const groupId of txn.groups) {
      const group = this.options.groups.get(groupId);
      const pending = group?.pendingTransactionalOffsets.get(txn.producerId);
      if (group === undefined || pending === undefined) continue;
      group.pendingTransactionalOffsets.delete(txn.producerId);
      if (committed) for (const [key, value] of pending) group.offsets.set(key, value);
    }
  }

  /** Stages offsets of a TxnOffsetCommit until the transaction ends. */
  stageOffsets(producerId: number, groupId: string, offsets: Map<string, CommittedOffset>): void {
    const group = this.options.groups.getOrCreate(groupId);
    let pending = group.pendingTransactionalOffsets.get(producerId);
    if (pending === undefined) {
      pending = new Map();
      group.pendingTransactionalOffsets.set(producerId, pending);
    }
    for (const [key, value] of offsets) pending.set(key, value);
  }

  shutdown(): void {
    for (const txn of this.transactions.values()) this.options.clock.clearTimeout(txn.timer);
  }
}
