import { crc32 } from '../crc/crc32.js';
import { int64PartsToNumber } from '../primitives/reader.js';
import { corrupt, type DecodeLocation } from './corrupt.js';
import { CODEC_MASK, LEGACY_ATTRIBUTES, LEGACY_CRC, LEGACY_MIN_SIZE_V0, LEGACY_MIN_SIZE_V1, LOG_OVERHEAD, MAGIC_OFFSET, TIMESTAMP_TYPE_MASK } from './layout.js';
import { NO_HEADERS } from './v2-records.js';
import type { KafkaRecord, RecordBatchInfo, TimestampType } from './types.js';

/** One MessageSet v0/v1 entry, checked and split into its fields (positions into the data). */
export interface LegacyMessage {
  offset: number;
  magic: 0 | 1;
  attributes: number;
  /** -1 for magic 0. */
  timestamp: number;
  keyStart: number;
  /** -1 for a null key. */
  keyLength: number;
  valueStart: number;
  /** -1 for a null value. */
  valueLength: number;
  /** Position after the message. */
  end: number;
}

/**
 * Reads the complete legacy message at `position` whose `size` field the caller has read: checks
 * the CRC-32 (magic .. end of value) and that key and value exactly fill the message.
 */
export function readLegacyMessage(
  data: Uint8Array,
  view: DataView,
  position: number,
  size: number,
  checkCrc: boolean,
  location: DecodeLocation,
): LegacyMessage {
  let offset: number;
  try {
    offset = int64PartsToNumber(view.getInt32(position), view.getUint32(position + 4), 'message offset');
  } catch (cause) {
    throw corrupt('message offset is not a safe JS integer', location, undefined, cause);
  }
  const magic = data[position + MAGIC_OFFSET] as number;
  if (magic !== 0 && magic !== 1) throw corrupt(`message magic ${magic} is not 0 or 1`, location, offset);
  if (size < (magic === 0 ? LEGACY_MIN_SIZE_V0 : LEGACY_MIN_SIZE_V1)) {
    throw corrupt(`magic-${magic} message size ${size} is below the minimum message size`, location, offset);
  }
  const end = position + LOG_OVERHEAD + size;
  if (checkCrc) {
    const stored = view.getUint32(position + LEGACY_CRC);
    const computed = crc32(data, position + MAGIC_OFFSET, end);
    if (stored !== computed) {
      throw corrupt(`message CRC-32 mismatch (stored 0x${stored.toString(16)}, computed 0x${computed.toString(16)})`, location, offset);
    }
  }
  const attributes = data[position + LEGACY_ATTRIBUTES] as number;
  let at = position + LEGACY_ATTRIBUTES + 1;
  let timestamp = -1;
  if (magic === 1) {
    try {
      timestamp = int64PartsToNumber(view.getInt32(at), view.getUint32(at + 4), 'message timestamp');
    } catch (cause) {
      throw corrupt('message timestamp is not a safe JS integer', location, offset, cause);
    }
    at += 8;
  }
  const keyLength = view.getInt32(at);
  at += 4;
  if (keyLength < -1 || keyLength > end - at - 4) throw corrupt(`message key length ${keyLength} does not fit the message`, location, offset);
  const keyStart = at;
  if (keyLength > 0) at += keyLength;
  const valueLength = view.getInt32(at);
  at += 4;
  if (valueLength < -1 || valueLength > end - at) throw corrupt(`message value length ${valueLength} does not fit the message`, location, offset);
  const valueStart = at;
  if (valueLength > 0) at += valueLength;
  if (at !== end) throw corrupt(`message size ${size} does not match its key and value (${end - at} bytes left over)`, location, offset);
  return { offset, magic, attributes, timestamp, keyStart, keyLength, valueStart, valueLength, end };
}

/** Batch metadata for a legacy entry; a wrapper's first offset and count are known once inflated. */
export function legacyInfo(message: LegacyMessage, position: number): RecordBatchInfo {
  const timestampType: TimestampType =
    message.magic === 0 ? 'NoTimestampType' : (message.attributes & TIMESTAMP_TYPE_MASK) !== 0 ? 'LogAppendTime' : 'CreateTime';
  return {
    magic: message.magic,
    baseOffset: message.offset,
    lastOffset: message.offset,
    nextOffset: message.offset + 1,
    sizeInBytes: message.end - position,
    position,
    attributes: message.attributes,
    compression: message.attributes & CODEC_MASK,
    timestampType,
    isTransactional: false,
    isControl: false,
    partitionLeaderEpoch: -1,
    baseTimestamp: message.timestamp,
    maxTimestamp: message.timestamp,
    producerId: -1,
    producerEpoch: -1,
    baseSequence: -1,
    recordCount: 1,
  };
}

export function legacyRecord(
  data: Uint8Array,
  message: LegacyMessage,
  offset: number,
  timestamp: number,
  timestampType: TimestampType,
  attributes: number,
  magic: 0 | 1,
): KafkaRecord {
  const buffer = data.buffer;
  const base = data.byteOffset;
  return {
    offset,
    timestamp,
    timestampType,
    key: message.keyLength >= 0 ? new Uint8Array(buffer, base + message.keyStart, message.keyLength) : null,
    value: message.valueLength >= 0 ? new Uint8Array(buffer, base + message.valueStart, message.valueLength) : null,
    headers: NO_HEADERS,
    magic,
    attributes,
    leaderEpoch: -1,
  };
}

/**
 * Reads the inner messages of a decompressed wrapper and appends those at or above `fetchOffset`.
 * Inner offsets are absolute for magic 0; for magic 1 they are relative and the wrapper carries
 * the absolute offset of the last one. Returns the first absolute offset and the inner count.
 */
export function readWrappedMessages(
  inner: Uint8Array,
  wrapper: LegacyMessage,
  checkCrc: boolean,
  fetchOffset: number,
  location: DecodeLocation,
  out: KafkaRecord[],
): { firstOffset: number; count: number } {
  const view = new DataView(inner.buffer, inner.byteOffset, inner.byteLength);
  const messages: LegacyMessage[] = [];
  let at = 0;
  while (at < inner.length) {
    if (inner.length - at < LOG_OVERHEAD + LEGACY_MIN_SIZE_V0) {
      throw corrupt(`compressed message set ends with ${inner.length - at} stray bytes`, location, wrapper.offset);
    }
    const size = view.getInt32(at + 8);
    if (size < LEGACY_MIN_SIZE_V0 || size > inner.length - at - LOG_OVERHEAD) {
      throw corrupt(`inner message size ${size} does not fit the decompressed message set`, location, wrapper.offset);
    }
    const message = readLegacyMessage(inner, view, at, size, checkCrc, location);
    if (message.magic !== wrapper.magic) {
      throw corrupt(`inner message magic ${message.magic} does not match its wrapper's magic ${wrapper.magic}`, location, wrapper.offset);
    }
    if ((message.attributes & CODEC_MASK) !== 0) throw corrupt('a compressed message holds another compressed message', location, wrapper.offset);
    messages.push(message);
    at = message.end;
  }
  const last = messages[messages.length - 1];
  if (last === undefined) throw corrupt('compressed message holds no messages', location, wrapper.offset);
  // Magic 1: absolute = wrapper offset - last relative + relative. A wrapper offset of 0 (old
  // producers, produce requests) would go negative: Java keeps the relative offsets then.
  const shift = wrapper.magic === 1 ? Math.max(0, wrapper.offset - last.offset) : 0;
  const logAppendTime = wrapper.magic === 1 && (wrapper.attributes & TIMESTAMP_TYPE_MASK) !== 0;
  for (const message of messages) {
    const offset = message.offset + shift;
    if (offset < fetchOffset) continue;
    const timestampType: TimestampType = wrapper.magic === 0 ? 'NoTimestampType' : logAppendTime ? 'LogAppendTime' : 'CreateTime';
    const timestamp = logAppendTime ? wrapper.timestamp : message.timestamp;
    out.push(legacyRecord(inner, message, offset, timestamp, timestampType, wrapper.attributes, wrapper.magic));
  }
  return { firstOffset: (messages[0] as LegacyMessage).offset + shift, count: messages.length };
}
