import { type DecodedBatch, decodeBatches, type IsolationLevel, type KafkaRecord } from '@kafkaline/protocol';
import type { FetchedChunk, PartitionState } from './partition-state.js';

const NO_RECORDS: KafkaRecord[] = [];

/**
 * The records of one fetched chunk, decoded one log entry at a time as the application reaches
 * them. Decoding a whole 1 MiB chunk at once kept thousands of records alive across several
 * young-generation collections, which copied and then promoted them (GC was 43% of the CPU of a
 * 100-byte-record benchmark); one entry at a time, the records die young.
 *
 * Decoding state that spans entries (read_committed's aborted producers, the fetch offset inside
 * the first batch) lives in the one decodeBatches run over the chunk.
 */
export class ChunkCursor {
  readonly state: PartitionState;
  /** The partition's epoch when the chunk was taken: a seek or removal since makes it stale. */
  readonly epoch: number;
  readonly highWatermark: number;
  /** The decoded records of the current entry, handed out from `index`. */
  records: KafkaRecord[] = NO_RECORDS;
  index = 0;
  /**
   * Where the partition must be fetched again if a later entry fails to decode: every record
   * before it has been handed out (or skipped), none after it.
   */
  resumeOffset: number;
  /** Where the chunk's last entry that may hold records ends (ChunkEnd.dataEnd); what follows is markers. */
  readonly dataEnd: number;
  private readonly batches: AsyncGenerator<DecodedBatch>;

  constructor(state: PartitionState, chunk: FetchedChunk, isolationLevel: IsolationLevel, dataEnd: number | null) {
    this.state = state;
    this.dataEnd = dataEnd ?? chunk.fetchOffset;
    this.epoch = state.epoch;
    this.highWatermark = chunk.highWatermark;
    this.resumeOffset = chunk.fetchOffset;
    this.batches = decodeBatches(chunk.records, {
      fetchOffset: chunk.fetchOffset,
      isolationLevel,
      abortedTransactions: chunk.abortedTransactions,
      topic: state.topic,
      partition: state.partition,
    });
  }

  /** Every record this chunk will hand out has been handed out (only markers may be left). */
  get drained(): boolean {
    return this.index >= this.records.length && this.resumeOffset >= this.dataEnd;
  }

  get stale(): boolean {
    return this.state.epoch !== this.epoch || this.state.removed;
  }

  /**
   * Decodes the next entry that has records for the application (control batches, aborted
   * transactions, emptied and skipped batches have none). False when the chunk is done; throws
   * corruption found on the way, after the records before it.
   */
  async advance(): Promise<boolean> {
    for (;;) {
      const next = await this.batches.next();
      if (next.done) {
        this.records = NO_RECORDS;
        this.index = 0;
        return false;
      }
      const batch = next.value;
      this.resumeOffset = Math.max(this.resumeOffset, batch.nextOffset);
      if (batch.records.length === 0) continue;
      this.records = batch.records;
      this.index = 0;
      return true;
    }
  }
}
