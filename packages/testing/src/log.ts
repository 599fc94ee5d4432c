import type { LogEntryHeader } from '@kafkaline/protocol';

/** One entry as stored: a v2 batch or a v0/v1 message, bytes exactly as they go out in Fetch. */
export interface StoredEntry {
  /** First offset the entry covers (v0/v1 compressed wrappers: the offset after the previous entry). */
  baseOffset: number;
  lastOffset: number;
  bytes: Uint8Array;
  header: LogEntryHeader;
}

/** A transaction's footprint in one partition: where it started and the offset of its marker. */
export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
  lastOffset: number;
}

interface EpochStart {
  epoch: number;
  startOffset: number;
}

/** What a read returns: the bytes (possibly ending in a cut entry, as Kafka's do) and the span. */
export interface LogRead {
  bytes: Uint8Array;
  /** The offset after the last complete entry returned (where the next read would start). */
  nextOffset: number;
  /** The first entry was included whole although it exceeded the byte limit. */
  oversizedFirst: boolean;
}

/**
 * One partition's log, kept in memory as a sorted list of entries. It tracks what Kafka's log
 * layer tracks and Fetch / ListOffsets / DeleteRecords answer from: the log start offset, the log
 * end offset (next offset to assign), the high watermark, the last stable offset (held back by
 * open transactions), the aborted-transaction index, and the leader-epoch cache.
 *
 * Every replica of a partition is one shared log here: there is no replication lag, so the high
 * watermark is always the log end offset.
 */
export class PartitionLog {
  private readonly entries: StoredEntry[] = [];
  private byteSize = 0;
  logStartOffset = 0;
  logEndOffset = 0;
  /** Open transactions in this partition: producer id → first offset. */
  private readonly openTransactions = new Map<number, number>();
  private readonly abortedIndex: AbortedTransaction[] = [];
  private readonly epochs: EpochStart[] = [];

  get highWatermark(): number {
    return this.logEndOffset;
  }

  /** The first offset of the oldest open transaction, or the high watermark when none is open. */
  get lastStableOffset(): number {
    let lso = this.highWatermark;
    for (const first of this.openTransactions.values()) lso = Math.min(lso, first);
    return lso;
  }

  get size(): number {
    return this.byteSize;
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** Every stored entry, oldest first (read-only view for tests and tools). */
  allEntries(): readonly StoredEntry[] {
    return this.entries;
  }

  /** Records that a leader epoch starts at the current log end (the leader-epoch cache). */
  startEpoch(epoch: number): void {
    const last = this.epochs[this.epochs.length - 1];
    if (last && last.epoch >= epoch) return;
    if (last && last.startOffset === this.logEndOffset) this.epochs.pop();
    this.epochs.push({ epoch, startOffset: this.logEndOffset });
  }

  /**
   * OffsetForLeaderEpoch: the largest epoch <= `epoch` the log knows and the offset where the
   * next epoch starts (the log end for the latest). `{ epoch: -1, endOffset: -1 }` when unknown.
   */
  endOffsetForEpoch(epoch: number): { epoch: number; endOffset: number } {
    for (let i = this.epochs.length - 1; i >= 0; i--) {
      const entry = this.epochs[i] as EpochStart;
      if (entry.epoch <= epoch) {
        const next = this.epochs[i + 1];
        return { epoch: entry.epoch, endOffset: next ? next.startOffset : this.logEndOffset };
      }
    }
    return { epoch: -1, endOffset: -1 };
  }

  /** The leader epoch in force when `offset` was written (-1 when unknown). */
  epochAt(offset: number): number {
    for (let i = this.epochs.length - 1; i >= 0; i--) {
      const entry = this.epochs[i] as EpochStart;
      if (entry.startOffset <= offset) return entry.epoch;
    }
    return -1;
  }

  /** Appends an entry whose offsets are already final (they must start at or after the log end). */
  append(entry: StoredEntry): void {
    this.entries.push(entry);
    this.byteSize += entry.bytes.length;
    this.logEndOffset = entry.lastOffset + 1;
    const producerId = entry.header.producerId;
    if (entry.header.isTransactional && !entry.header.isControl && !this.openTransactions.has(producerId)) {
      this.openTransactions.set(producerId, entry.baseOffset);
    }
  }

  /** Whether a transaction of this producer has data in the partition that is not yet ended. */
  hasOpenTransaction(producerId: number): boolean {
    return this.openTransactions.has(producerId);
  }

  /**
   * Closes the producer's open transaction once its marker has been appended at `markerOffset`;
   * an abort enters the aborted-transaction index that read_committed Fetches report.
   */
  endTransaction(producerId: number, committed: boolean, markerOffset: number): void {
    const first = this.openTransactions.get(producerId);
    this.openTransactions.delete(producerId);
    if (!committed && first !== undefined) {
      this.abortedIndex.push({ producerId, firstOffset: first, lastOffset: markerOffset });
    }
  }

  /** Aborted transactions that overlap [from, to): what a read_committed Fetch of that range lists. */
  abortedTransactions(from: number, to: number): AbortedTransaction[] {
    return this.abortedIndex.filter((t) => t.lastOffset >= from && t.firstOffset < to);
  }

  /** Index of the first entry whose last offset is >= offset (the entry that holds it), or length. */
  private indexOf(offset: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.entries[mid] as StoredEntry).lastOffset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Kafka's segment read: start at the entry holding `offset`, copy whole entries below
   * `upperBound` (the high watermark, or the LSO for read_committed), and cut the byte range at
   * `maxBytes` without regard to entry boundaries — so the last entry may come back truncated.
   * With `minOneMessage` (Fetch v3+, first partition with data) the first entry is returned whole
   * even when it alone exceeds `maxBytes`, so a consumer always makes progress.
   */
  read(offset: number, maxBytes: number, upperBound: number, minOneMessage: boolean): LogRead {
    const start = this.indexOf(offset);
    const first = this.entries[start];
    if (first === undefined || first.baseOffset >= upperBound || maxBytes < 0) {
      return { bytes: new Uint8Array(0), nextOffset: offset, oversizedFirst: false };
    }
    const limit = minOneMessage ? Math.max(maxBytes, first.bytes.length) : maxBytes;
    const parts: Uint8Array[] = [];
    let total = 0;
    let nextOffset = offset;
    for (let i = start; i < this.entries.length && total < limit; i++) {
      const entry = this.entries[i] as StoredEntry;
      if (entry.baseOffset >= upperBound) break;
      const room = limit - total;
      if (entry.bytes.length <= room) {
        parts.push(entry.bytes);
        total += entry.bytes.length;
        nextOffset = entry.lastOffset + 1;
      } else {
        parts.push(entry.bytes.subarray(0, room));
        total += room;
      }
    }
    return {
      bytes: parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, total),
      nextOffset,
      oversizedFirst: first.bytes.length > maxBytes && minOneMessage,
    };
  }

  /** Entries from the one holding `offset` on (for timestamp look-ups and tools). */
  entriesFrom(offset: number): StoredEntry[] {
    return this.entries.slice(this.indexOf(offset));
  }

  /**
   * DeleteRecords: moves the log start to `offset` and drops entries that end before it. An entry
   * straddling the new start stays whole, as on Kafka, and consumers skip what lies below.
   */
  deleteBefore(offset: number): void {
    if (offset <= this.logStartOffset) return;
    this.logStartOffset = Math.min(offset, this.logEndOffset);
    const keepFrom = this.indexOf(this.logStartOffset);
    for (const dropped of this.entries.splice(0, keepFrom)) this.byteSize -= dropped.bytes.length;
    while (this.abortedIndex.length > 0 && (this.abortedIndex[0] as AbortedTransaction).lastOffset < this.logStartOffset) {
      this.abortedIndex.shift();
    }
  }
}
