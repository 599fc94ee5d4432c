import { type CompressionCodecName, toCompressionCodecId } from '../compression/codec.js';
import { type CompressOptions, compress } from '../compression/index.js';
import { crc32c } from '../crc/crc32c.js';
import { KafkaProtocolError } from '../errors.js';
import { Writer } from '../primitives/writer.js';
import { CONTROL_FLAG, DELETE_HORIZON_FLAG, TIMESTAMP_TYPE_MASK, TRANSACTIONAL_FLAG, V2_ATTRIBUTES, V2_CRC } from './layout.js';

export type Bytes = Uint8Array | string;

export interface RecordToEncode {
  key?: Bytes | null;
  value?: Bytes | null;
  headers?: readonly { key: string; value: Bytes | null }[];
  /** Default: the batch's base timestamp. */
  timestamp?: number;
  /** Default: the record's index; give explicit deltas to leave gaps, as compaction does. */
  offsetDelta?: number;
}

export interface RecordBatchToEncode {
  records: readonly RecordToEncode[];
  baseOffset?: number;
  /** Default -1 (unknown): set by the broker. */
  partitionLeaderEpoch?: number;
  compression?: CompressionCodecName | number;
  compressionOptions?: CompressOptions;
  timestampType?: 'CreateTime' | 'LogAppendTime';
  /** Default: the first record's timestamp, or -1 for an empty batch. */
  baseTimestamp?: number;
  /** Default: the largest record timestamp (CreateTime), or -1 for an empty batch. */
  maxTimestamp?: number;
  /** Default: the last record's offset delta; 0 for an empty batch. */
  lastOffsetDelta?: number;
  producerId?: number | bigint;
  producerEpoch?: number;
  baseSequence?: number;
  isTransactional?: boolean;
  isControl?: boolean;
  /** Set by the log cleaner; baseTimestamp then holds the delete horizon. */
  hasDeleteHorizon?: boolean;
}

const encoder = new TextEncoder();

export function toBytes(value: Bytes): Uint8Array {
  return typeof value === 'string' ? encoder.encode(value) : value;
}

function writeVarintBytes(w: Writer, value: Bytes | null | undefined): void {
  if (value === null || value === undefined) {
    w.varint(-1);
    return;
  }
  const bytes = toBytes(value);
  w.varint(bytes.length).raw(bytes);
}

/** The records of a batch, uncompressed, each prefixed with its length. */
function encodeRecords(batch: RecordBatchToEncode, baseTimestamp: number): Uint8Array {
  const out = new Writer(1024);
  const body = new Writer(256);
  batch.records.forEach((record, index) => {
    body.offset = 0;
    body.int8(0);
    body.varlong((record.timestamp ?? baseTimestamp) - baseTimestamp);
    body.varint(record.offsetDelta ?? index);
    writeVarintBytes(body, record.key);
    writeVarintBytes(body, record.value);
    const headers = record.headers ?? [];
    body.varint(headers.length);
    for (const header of headers) {
      writeVarintBytes(body, header.key);
      writeVarintBytes(body, header.value);
    }
    const bytes = body.finish();
    out.varint(bytes.length).raw(bytes);
  });
  return out.finish();
}

/**
 * Encodes a RecordBatch v2 (magic 2) exactly as a producer or broker writes it, CRC-32C included.
 * Used by the fake broker, tests and benchmarks.
 */
export async function encodeRecordBatch(batch: RecordBatchToEncode): Promise<Uint8Array> {
  const records = batch.records;
  const codec = toCompressionCodecId(batch.compression ?? 0);
  const first = records[0];
  const timestamps = records.map((r) => r.timestamp).filter((t): t is number => t !== undefined);
  const baseTimestamp = batch.baseTimestamp ?? (records.length === 0 ? -1 : (first?.timestamp ?? (timestamps.length > 0 ? Math.min(...timestamps) : Date.now())));
  const maxTimestamp =
    batch.maxTimestamp ?? (records.length === 0 ? -1 : records.reduce((max, r) => Math.max(max, r.timestamp ?? baseTimestamp), baseTimestamp));
  const lastOffsetDelta = batch.lastOffsetDelta ?? (records.length === 0 ? 0 : (records[records.length - 1]?.offsetDelta ?? records.length - 1));
  let attributes = codec;
  if (batch.timestampType === 'LogAppendTime') attributes |= TIMESTAMP_TYPE_MASK;
  if (batch.isTransactional) attributes |= TRANSACTIONAL_FLAG;
  if (batch.isControl) attributes |= CONTROL_FLAG;
  if (batch.hasDeleteHorizon) attributes |= DELETE_HORIZON_FLAG;

  let payload = encodeRecords(batch, baseTimestamp);
  if (codec !== 0) {
    payload = await compress(codec, payload, batch.compressionOptions);
  }
  const w = new Writer(61 + payload.length);
  w.int64Number(batch.baseOffset ?? 0);
  const lengthAt = w.reserveInt32();
  w.int32(batch.partitionLeaderEpoch ?? -1);
  w.int8(2);
  w.reserveInt32(); // CRC, filled in below
  w.int16(attributes);
  w.int32(lastOffsetDelta);
  w.int64Number(baseTimestamp);
  w.int64Number(maxTimestamp);
  const producerId = batch.producerId ?? -1;
  if (typeof producerId === 'bigint') w.int64(producerId);
  else w.int64Number(producerId);
  w.int16(batch.producerEpoch ?? -1);
  w.int32(batch.baseSequence ?? -1);
  w.int32(records.length);
  w.raw(payload);
  const bytes = w.finish();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length - 12 > 0x7fffffff) throw new KafkaProtocolError(`RecordBatch of ${bytes.length} bytes is too large`);
  view.setInt32(lengthAt, bytes.length - 12);
  view.setUint32(V2_CRC, crc32c(bytes, V2_ATTRIBUTES, bytes.length));
  return bytes;
}
