import type { AbortedTransaction, ProducerId, RecordBatchInfo } from './types.js';

/** Producer ids as Set keys: numbers whenever safe, so 5n and 5 are the same producer. */
export function normalizeProducerId(id: bigint | number): ProducerId {
  if (typeof id === 'number') return id;
  return id >= BigInt(Number.MIN_SAFE_INTEGER) && id <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(id) : id;
}

/**
 * read_committed filtering as the Java consumer does it: the aborted transactions of the Fetch
 * response, by first offset, become "aborted producers" once a batch reaches them; an ABORT
 * marker from that producer ends its aborted transaction; a transactional batch from a producer
 * in the set belongs to an aborted transaction and is dropped whole.
 */
export class AbortedTransactionFilter {
  private readonly pending: { producerId: ProducerId; firstOffset: number }[];
  private next = 0;
  private readonly abortedProducers = new Set<ProducerId>();

  constructor(abortedTransactions: readonly AbortedTransaction[]) {
    this.pending = abortedTransactions
      .map((t) => ({ producerId: normalizeProducerId(t.producerId), firstOffset: t.firstOffset }))
      .sort((a, b) => a.firstOffset - b.firstOffset);
  }

  /** Whether no batch can be aborted, so the caller can skip the bookkeeping. */
  get isEmpty(): boolean {
    return this.pending.length === 0;
  }

  /**
   * Decides one batch, in log order. `isAbortMarker`: the batch is a control batch whose record
   * is an ABORT marker. Returns true when the batch must be dropped.
   */
  isAborted(batch: RecordBatchInfo, isAbortMarker: boolean): boolean {
    const producerId = batch.producerId;
    if (producerId === -1 || (typeof producerId === 'number' && producerId < 0)) return false;
    while (this.next < this.pending.length) {
      const transaction = this.pending[this.next] as { producerId: ProducerId; firstOffset: number };
      if (transaction.firstOffset > batch.lastOffset) break;
      this.abortedProducers.add(transaction.producerId);
      this.next++;
    }
    if (isAbortMarker) {
      this.abortedProducers.delete(producerId);
      return false;
    }
    return batch.isTransactional && this.abortedProducers.has(producerId);
  }
}
