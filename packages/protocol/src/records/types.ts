/** How a record's timestamp was set; magic-0 messages carry none. Named as Kafka prints them. */
export type TimestampType = 'CreateTime' | 'LogAppendTime' | 'NoTimestampType';

export interface RecordHeader {
  key: string;
  value: Uint8Array | null;
}

/**
 * One record handed to the application. `key`, `value` and header values are views into the
 * fetched (or decompressed) bytes, not copies: copy them if you keep them longer than the bytes.
 */
export interface KafkaRecord {
  offset: number;
  /** Milliseconds since the epoch; -1 when the message has none (magic 0). */
  timestamp: number;
  timestampType: TimestampType;
  key: Uint8Array | null;
  value: Uint8Array | null;
  /** Shared frozen empty array when the record has no headers. */
  headers: readonly RecordHeader[];
  /** 2 for RecordBatch v2, 0 or 1 for legacy messages. */
  magic: 0 | 1 | 2;
  /** Attributes of the batch (v2) or of the outermost message (v0/v1): codec, timestamp type, flags. */
  attributes: number;
  /** The partition leader epoch of the batch; -1 when unknown (always for magic 0/1). */
  leaderEpoch: number;
}

/** A producer id: a number whenever it is a safe integer (always, in practice), else a bigint. */
export type ProducerId = number | bigint;

export type ControlRecordType =
  | 'ABORT'
  | 'COMMIT'
  | 'LEADER_CHANGE'
  | 'SNAPSHOT_HEADER'
  | 'SNAPSHOT_FOOTER'
  | 'KRAFT_VERSION'
  | 'KRAFT_VOTERS'
  | 'UNKNOWN';

/** A control record (transaction marker or KRaft record): never returned as a KafkaRecord. */
export interface ControlRecord {
  offset: number;
  timestamp: number;
  type: ControlRecordType;
  /** The type id from the record key (0 ABORT, 1 COMMIT, ...). */
  typeId: number;
  producerId: ProducerId;
  producerEpoch: number;
  /** From the marker value for ABORT / COMMIT; -1 for other types. */
  coordinatorEpoch: number;
}

export interface AbortedTransaction {
  producerId: bigint | number;
  firstOffset: number;
}

export type IsolationLevel = 'read_uncommitted' | 'read_committed';

export interface DecodeRecordsOptions {
  /** Verify CRC-32C (v2) and CRC-32 (v0/v1) checksums. Default true, as Java's `check.crcs`. */
  checkCrc?: boolean;
  /** Records with a lower offset are skipped (the first batch may start before it). Default 0. */
  fetchOffset?: number;
  /** `read_committed` drops the records of aborted transactions. Default `read_uncommitted`. */
  isolationLevel?: IsolationLevel;
  /** The partition's AbortedTransactions from the Fetch response (read_committed only). */
  abortedTransactions?: readonly AbortedTransaction[] | null;
  /** Refuse a batch or wrapper message that decompresses to more than this. Default 256 MiB. */
  maxDecompressedBytes?: number;
  /** Named in errors, so the user sees where corruption was found. */
  topic?: string;
  partition?: number;
}

/** One log entry as stored: a RecordBatch v2, or a legacy message (plain or compressed wrapper). */
export interface RecordBatchInfo {
  magic: 0 | 1 | 2;
  /** Offset of the first record (v2) or of the first inner message (v0/v1). */
  baseOffset: number;
  /** Offset of the last record, kept in the header even when compaction removed the record. */
  lastOffset: number;
  /** Where the next fetch continues: lastOffset + 1, also for empty, control and aborted batches. */
  nextOffset: number;
  /** Bytes of the entry in the fetched data (header included). */
  sizeInBytes: number;
  /** Position of the entry within the fetched data. */
  position: number;
  attributes: number;
  compression: number;
  timestampType: TimestampType;
  isTransactional: boolean;
  isControl: boolean;
  partitionLeaderEpoch: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: ProducerId;
  producerEpoch: number;
  baseSequence: number;
  /** Records the header declares (v2) or inner messages found (v0/v1). */
  recordCount: number;
}

export interface DecodedBatch extends RecordBatchInfo {
  /** The records handed to the application: below fetchOffset, control and aborted ones removed. */
  records: KafkaRecord[];
  /** The control records of a control batch (usually one transaction marker). */
  controlRecords: ControlRecord[];
  /** read_committed: the batch belongs to an aborted transaction and was dropped whole. */
  aborted: boolean;
}

export interface DecodedRecordSet {
  records: KafkaRecord[];
  /** Offset to fetch next: after the last complete entry, or null when there was none. */
  nextOffset: number | null;
  controlRecords: ControlRecord[];
  /** Complete entries decoded. */
  batchCount: number;
  /** Bytes at the end that did not form a complete entry (the broker cut the last batch). */
  truncatedBytes: number;
}
