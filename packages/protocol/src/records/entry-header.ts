import { KafkaCorruptRecordError } from '../errors.js';
import { int64PartsToNumber } from '../primitives/reader.js';

/**
 * The fixed-position fields of one log entry — a v2 record batch, or a v0/v1 message (possibly a
 * compressed wrapper) — read without decoding or decompressing its records. This is what a
 * broker needs to place an entry in a log: where it ends, which offsets it covers, who produced
 * it, whether it is transactional or a control batch.
 */
export interface LogEntryHeader {
  /** Byte position of the entry in the buffer it was read from. */
  position: number;
  /** Total size of the entry in bytes (the 12-byte offset/size prefix included). */
  size: number;
  magic: 0 | 1 | 2;
  /** v2: the batch's base offset. v0/v1: the message's offset (a wrapper's = its last inner offset). */
  offset: number;
  /** v2: baseOffset + lastOffsetDelta. v0/v1: the message's offset. */
  lastOffset: number;
  /** v2 batch attributes (int16), or the v0/v1 message attributes (int8). */
  attributes: number;
  /** Codec id from the attributes: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd. */
  compression: number;
  /** 0 CreateTime, 1 LogAppendTime (magic 1 and 2); always 0 for magic 0. */
  timestampType: 0 | 1;
  /** v2: partitionLeaderEpoch; -1 for v0/v1. */
  partitionLeaderEpoch: number;
  /** v2: stored CRC-32C; v0/v1: stored CRC-32. */
  crc: number;
  /** v2 only; 0 otherwise. */
  lastOffsetDelta: number;
  /** v2: baseTimestamp; v1: the message timestamp; v0: -1. */
  firstTimestamp: number;
  /** v2: maxTimestamp; v1: the message timestamp; v0: -1. */
  maxTimestamp: number;
  /** v2 producer fields; -1 for v0/v1. */
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  /** v2: recordCount; v0/v1: 1 (a wrapper's inner count is only known after decompression). */
  recordCount: number;
  isTransactional: boolean;
  isControl: boolean;
}

/** Bytes before the magic byte in every entry: offset (8), size (4), epoch or crc (4). */
export const LOG_ENTRY_PREFIX = 12;
/** Size of a v2 batch header (RECORD_BATCH_OVERHEAD). */
export const RECORD_BATCH_V2_OVERHEAD = 61;
/** Smallest legal v0 message: crc, magic, attributes, key length, value length. */
const MIN_MESSAGE_SIZE = 14;

/**
 * Reads the header of the entry starting at `position`. Returns null when fewer bytes remain than
 * the entry needs (a truncated tail, as Fetch responses legitimately end); throws
 * KafkaCorruptRecordError for an entry that cannot be valid (bad size or magic).
 */
export function readLogEntryHeader(bytes: Uint8Array, position = 0): LogEntryHeader | null {
  const remaining = bytes.length - position;
  if (remaining < LOG_ENTRY_PREFIX + 5) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = int64PartsToNumber(view.getInt32(position), view.getUint32(position + 4), 'entry offset');
  const length = view.getInt32(position + 8);
  const magic = view.getInt8(position + 16) as 0 | 1 | 2;
  if (magic < 0 || magic > 2) {
    throw new KafkaCorruptRecordError(`unknown magic byte ${magic} (expected 0, 1 or 2)`, { offset });
  }
  const minimum = magic === 2 ? RECORD_BATCH_V2_OVERHEAD - LOG_ENTRY_PREFIX : MIN_MESSAGE_SIZE + (magic === 1 ? 8 : 0);
  if (length < minimum) {
    throw new KafkaCorruptRecordError(`entry size ${length} is below the minimum ${minimum} for magic ${magic}`, { offset });
  }
  const size = LOG_ENTRY_PREFIX + length;
  if (size > remaining) return null;
  if (magic === 2) {
    const attributes = view.getInt16(position + 21);
    const lastOffsetDelta = view.getInt32(position + 23);
    return {
      position,
      size,
      magic,
      offset,
      lastOffset: offset + lastOffsetDelta,
      attributes,
      compression: attributes & 0x07,
      timestampType: (attributes & 0x08) === 0 ? 0 : 1,
      partitionLeaderEpoch: view.getInt32(position + 12),
      crc: view.getUint32(position + 17),
      lastOffsetDelta,
      firstTimestamp: int64PartsToNumber(view.getInt32(position + 27), view.getUint32(position + 31), 'baseTimestamp'),
      maxTimestamp: int64PartsToNumber(view.getInt32(position + 35), view.getUint32(position + 39), 'maxTimestamp'),
      producerId: int64PartsToNumber(view.getInt32(position + 43), view.getUint32(position + 47), 'producerId'),
      producerEpoch: view.getInt16(position + 51),
      baseSequence: view.getInt32(position + 53),
      recordCount: view.getInt32(position + 57),
      isTransactional: (attributes & 0x10) !== 0,
      isControl: (attributes & 0x20) !== 0,
    };
  }
  const attributes = view.getInt8(position + 17);
  const timestamp =
    magic === 1 ? int64PartsToNumber(view.getInt32(position + 18), view.getUint32(position + 22), 'timestamp') : -1;
  return {
    position,
    size,
    magic,
    offset,
    lastOffset: offset,
    attributes,
    compression: attributes & 0x07,
    timestampType: magic === 1 && (attributes & 0x08) !== 0 ? 1 : 0,
    partitionLeaderEpoch: -1,
    crc: view.getUint32(position + 12),
    lastOffsetDelta: 0,
    firstTimestamp: timestamp,
    maxTimestamp: timestamp,
    producerId: -1,
    producerEpoch: -1,
    baseSequence: -1,
    recordCount: 1,
    isTransactional: false,
    isControl: false,
  };
}

/** Reads the headers of every complete entry in a record set; a truncated tail is left out. */
export function readLogEntryHeaders(bytes: Uint8Array): LogEntryHeader[] {
  const headers: LogEntryHeader[] = [];
  let position = 0;
  for (;;) {
    const header = readLogEntryHeader(bytes, position);
    if (header === null) break;
    headers.push(header);
    position += header.size;
  }
  return headers;
}

/**
 * Writes the offset field of the entry at `position` in place: a v2 batch's base offset, or a
 * v0/v1 message's offset. Neither is covered by the entry's CRC, which is why a broker can assign
 * offsets without re-encoding what the producer sent.
 */
export function setLogEntryOffset(bytes: Uint8Array, position: number, offset: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const high = Math.floor(offset / 0x1_0000_0000);
  view.setInt32(position, high);
  view.setUint32(position + 4, offset - high * 0x1_0000_0000);
}

/** Writes a v2 batch's partitionLeaderEpoch in place (outside the CRC, like the base offset). */
export function setPartitionLeaderEpoch(bytes: Uint8Array, position: number, epoch: number): void {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setInt32(position + 12, epoch);
}
