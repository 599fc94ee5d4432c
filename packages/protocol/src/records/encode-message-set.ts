import { type CompressionCodecName, toCompressionCodecId } from '../compression/codec.js';
import { type CompressOptions, compress } from '../compression/index.js';
import { crc32 } from '../crc/crc32.js';
import { KafkaProtocolError } from '../errors.js';
import { Writer } from '../primitives/writer.js';
import { type Bytes, toBytes } from './encode-batch.js';
import { LEGACY_CRC, MAGIC_OFFSET, TIMESTAMP_TYPE_MASK } from './layout.js';

export interface MessageToEncode {
  key?: Bytes | null;
  value?: Bytes | null;
  /** Magic 1 only; default -1. */
  timestamp?: number;
  /** Absolute offset; default baseOffset + index. */
  offset?: number;
}

export interface MessageSetToEncode {
  magic: 0 | 1;
  messages: readonly MessageToEncode[];
  baseOffset?: number;
  /** zstd does not exist for magic 0/1. */
  compression?: Exclude<CompressionCodecName, 'zstd'> | number;
  compressionOptions?: CompressOptions;
  /**
   * Magic 1: LogAppendTime as a broker stores it: on the wrapper of a compressed set (inner
   * messages keep their own), or on every message of an uncompressed one; all carry `logAppendTime`.
   */
  timestampType?: 'CreateTime' | 'LogAppendTime';
  logAppendTime?: number;
}

function writeMessage(
  w: Writer,
  offset: number,
  magic: 0 | 1,
  attributes: number,
  timestamp: number,
  key: Bytes | null | undefined,
  value: Bytes | null | undefined,
): void {
  const start = w.offset;
  w.int64Number(offset);
  const sizeAt = w.reserveInt32();
  w.reserveInt32(); // CRC, filled in below
  w.int8(magic);
  w.int8(attributes);
  if (magic === 1) w.int64Number(timestamp);
  w.nullableBytes(key === null || key === undefined ? null : toBytes(key));
  w.nullableBytes(value === null || value === undefined ? null : toBytes(value));
  const end = w.offset;
  w.patchInt32(sizeAt, end - start - 12);
  const bytes = w.finish();
  w.patchInt32(start + LEGACY_CRC, crc32(bytes, start + MAGIC_OFFSET, end) | 0);
}

/**
 * Encodes a legacy MessageSet (magic 0 or 1). Compressed, it is one wrapper message whose value is
 * the compressed inner set: inner offsets absolute for magic 0, relative (0, 1, ...) for magic 1,
 * and the wrapper takes the absolute offset of the last inner message, as brokers store it.
 */
export async function encodeMessageSet(set: MessageSetToEncode): Promise<Uint8Array> {
  const { magic, messages } = set;
  const codec = toCompressionCodecId(set.compression ?? 0);
  if (codec === 4) throw new KafkaProtocolError('zstd cannot be used with magic 0/1 messages; use encodeRecordBatch');
  const baseOffset = set.baseOffset ?? 0;
  const offsets = messages.map((m, i) => m.offset ?? baseOffset + i);
  const logAppendTime = magic === 1 && set.timestampType === 'LogAppendTime';
  const w = new Writer(256);
  if (codec === 0) {
    messages.forEach((m, i) => {
      const [attributes, timestamp] = logAppendTime ? [TIMESTAMP_TYPE_MASK, set.logAppendTime ?? -1] : [0, m.timestamp ?? -1];
      writeMessage(w, offsets[i] as number, magic, attributes, timestamp, m.key, m.value);
    });
    return w.finish();
  }
  if (messages.length === 0) throw new KafkaProtocolError('a compressed message set needs at least one message');
  const firstOffset = offsets[0] as number;
  const lastOffset = offsets[offsets.length - 1] as number;
  messages.forEach((m, i) => {
    const offset = offsets[i] as number;
    writeMessage(w, magic === 1 ? offset - firstOffset : offset, magic, 0, m.timestamp ?? -1, m.key, m.value);
  });
  const inner = await compress(codec, w.finish(), { ...set.compressionOptions, lz4LegacyHeaderChecksum: magic === 0 });
  const wrapperTimestamp = logAppendTime ? (set.logAppendTime ?? -1) : messages.reduce((max, m) => Math.max(max, m.timestamp ?? -1), -1);
  const out = new Writer(inner.length + 64);
  writeMessage(out, lastOffset, magic, codec | (logAppendTime ? TIMESTAMP_TYPE_MASK : 0), wrapperTimestamp, null, inner);
  return out.finish();
}
