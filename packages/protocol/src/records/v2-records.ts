import { corrupt, type DecodeLocation } from './corrupt.js';
import type { KafkaRecord, RecordHeader, TimestampType } from './types.js';

/** Shared by every record without headers, so those records allocate no array. */
export const NO_HEADERS: readonly RecordHeader[] = Object.freeze([]);

/** What the records of one batch inherit from its header. */
export interface V2RecordContext {
  baseOffset: number;
  baseTimestamp: number;
  /** With LogAppendTime every record takes the batch's maxTimestamp. */
  logAppendTime: boolean;
  maxTimestamp: number;
  attributes: number;
  leaderEpoch: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Slow-path varint decoders leave the position after the varint here: a module variable instead
// of an allocated result keeps the hot loop allocation-free.
let varintEnd = 0;

/** Zigzag varint32 of 2+ bytes (the 1-byte case is inlined by the caller). */
function varint32Slow(bytes: Uint8Array, pos: number, end: number, what: string, where: Failure): number {
  let z = 0;
  for (let shift = 0; shift <= 28; shift += 7) {
    if (pos >= end) throw where.fail(`${what} varint runs past the end of its record`);
    const b = bytes[pos++] as number;
    if (shift === 28 && b > 0x0f) throw where.fail(`${what} varint has more than 32 bits`);
    z |= (b & 0x7f) << shift;
    if (b < 0x80) {
      varintEnd = pos;
      return (z >>> 1) ^ -(z & 1);
    }
  }
  throw where.fail(`${what} varint is longer than 5 bytes`);
}

/** Zigzag varint64 as a safe JS number. */
function varlongSlow(bytes: Uint8Array, pos: number, end: number, where: Failure): number {
  let z = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw where.fail('timestamp delta varlong runs past the end of its record');
    const b = bytes[pos++] as number;
    z += (b & 0x7f) * scale;
    scale *= 128;
    if (b < 0x80) {
      if (z > Number.MAX_SAFE_INTEGER) throw where.fail('timestamp delta is not a safe JS integer');
      varintEnd = pos;
      return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    }
  }
  throw where.fail('timestamp delta varlong is longer than 10 bytes');
}

/** Names the record being read in errors; an error is only built when something is wrong. */
class Failure {
  index = 0;
  constructor(
    private readonly location: DecodeLocation,
    private readonly baseOffset: number,
  ) {}
  fail(problem: string): Error {
    return corrupt(`record ${this.index} of the batch at offset ${this.baseOffset}: ${problem}`, this.location, this.baseOffset);
  }
}

function headerKey(bytes: Uint8Array, start: number, length: number, where: Failure): string {
  if (length <= 32) {
    // Header keys are short ASCII names in practice: building the string in JS beats a call into
    // the decoder. Anything non-ASCII takes the real UTF-8 decoder.
    let s = '';
    for (let i = start; i < start + length; i++) {
      const c = bytes[i] as number;
      if (c >= 0x80) return decodeUtf8(bytes, start, length, where);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decodeUtf8(bytes, start, length, where);
}

function decodeUtf8(bytes: Uint8Array, start: number, length: number, where: Failure): string {
  try {
    return utf8.decode(bytes.subarray(start, start + length));
  } catch {
    throw where.fail('header key is not valid UTF-8');
  }
}

function readHeaders(bytes: Uint8Array, pos: number, end: number, count: number, where: Failure): RecordHeader[] {
  const buffer = bytes.buffer;
  const base = bytes.byteOffset;
  const headers: RecordHeader[] = new Array(count);
  for (let h = 0; h < count; h++) {
    let keyLength: number;
    let b = pos < end ? (bytes[pos] as number) : 0x80;
    if (b < 0x80) {
      keyLength = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      keyLength = varint32Slow(bytes, pos, end, 'header key length', where);
      pos = varintEnd;
    }
    if (keyLength < 0 || keyLength > end - pos) throw where.fail(`header key length ${keyLength} does not fit the record`);
    const key = headerKey(bytes, pos, keyLength, where);
    pos += keyLength;
    let valueLength: number;
    b = pos < end ? (bytes[pos] as number) : 0x80;
    if (b < 0x80) {
      valueLength = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      valueLength = varint32Slow(bytes, pos, end, 'header value length', where);
      pos = varintEnd;
    }
    let value: Uint8Array | null = null;
    if (valueLength >= 0) {
      if (valueLength > end - pos) throw where.fail(`header value length ${valueLength} does not fit the record`);
      value = new Uint8Array(buffer, base + pos, valueLength);
      pos += valueLength;
    } else if (valueLength !== -1) {
      throw where.fail(`header value length ${valueLength} is negative`);
    }
    headers[h] = { key, value };
  }
  varintEnd = pos;
  return headers;
}

/**
 * Reads `count` records of a v2 batch from `bytes[start, end)` (the batch's records, decompressed
 * if it was compressed) and appends those at or above `fetchOffset` to `out`. Every length is
 * checked against the record's own length, each record must end exactly where its length says,
 * and the records must fill the batch exactly.
 */
export function readV2Records(
  bytes: Uint8Array,
  start: number,
  end: number,
  count: number,
  ctx: V2RecordContext,
  fetchOffset: number,
  location: DecodeLocation,
  out: KafkaRecord[],
): void {
  const where = new Failure(location, ctx.baseOffset);
  if (count < 0 || count > (end - start) / 7) {
    throw where.fail(`record count ${count} cannot fit in ${end - start} bytes`);
  }
  const buffer = bytes.buffer;
  const base = bytes.byteOffset;
  const { baseOffset, baseTimestamp, maxTimestamp, logAppendTime, attributes, leaderEpoch } = ctx;
  const timestampType: TimestampType = logAppendTime ? 'LogAppendTime' : 'CreateTime';
  let pos = start;
  for (let i = 0; i < count; i++) {
    // length
    let b = pos < end ? (bytes[pos] as number) : 0x80;
    let length: number;
    if (b < 0x80) {
      length = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      where.index = i;
      length = varint32Slow(bytes, pos, end, 'length', where);
      pos = varintEnd;
    }
    const recordEnd = pos + length;
    if (length < 6 || recordEnd > end) {
      where.index = i;
      throw where.fail(`record length ${length} does not fit the ${end - pos} bytes left in the batch`);
    }
    pos++; // attributes: unused
    // timestampDelta
    b = bytes[pos] as number;
    let timestampDelta: number;
    if (b < 0x80) {
      timestampDelta = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      where.index = i;
      timestampDelta = varlongSlow(bytes, pos, recordEnd, where);
      pos = varintEnd;
    }
    // offsetDelta
    b = pos < recordEnd ? (bytes[pos] as number) : 0x80;
    let offsetDelta: number;
    if (b < 0x80) {
      offsetDelta = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      where.index = i;
      offsetDelta = varint32Slow(bytes, pos, recordEnd, 'offset delta', where);
      pos = varintEnd;
    }
    // key
    b = pos < recordEnd ? (bytes[pos] as number) : 0x80;
    let keyLength: number;
    if (b < 0x80) {
      keyLength = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      where.index = i;
      keyLength = varint32Slow(bytes, pos, recordEnd, 'key length', where);
      pos = varintEnd;
    }
    let keyStart = 0;
    if (keyLength >= 0) {
      if (keyLength > recordEnd - pos) {
        where.index = i;
        throw where.fail(`key length ${keyLength} does not fit the record`);
      }
      keyStart = pos;
      pos += keyLength;
    } else if (keyLength !== -1) {
      where.index = i;
      throw where.fail(`key length ${keyLength} is negative`);
    }
    // value
    b = pos < recordEnd ? (bytes[pos] as number) : 0x80;
    let valueLength: number;
    if (b < 0x80) {
      valueLength = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      where.index = i;
      valueLength = varint32Slow(bytes, pos, recordEnd, 'value length', where);
      pos = varintEnd;
    }
    let valueStart = 0;
    if (valueLength >= 0) {
      if (valueLength > recordEnd - pos) {
        where.index = i;
        throw where.fail(`value length ${valueLength} does not fit the record`);
      }
      valueStart = pos;
      pos += valueLength;
    } else if (valueLength !== -1) {
      where.index = i;
      throw where.fail(`value length ${valueLength} is negative`);
    }
    // headers
    b = pos < recordEnd ? (bytes[pos] as number) : 0x80;
    let headerCount: number;
    if (b < 0x80) {
      headerCount = (b >>> 1) ^ -(b & 1);
      pos++;
    } else {
      where.index = i;
      headerCount = varint32Slow(bytes, pos, recordEnd, 'header count', where);
      pos = varintEnd;
    }
    let headers: readonly RecordHeader[] = NO_HEADERS;
    if (headerCount !== 0) {
      where.index = i;
      // Each header takes at least two bytes (two lengths): a larger count is corruption, and
      // checking first keeps a hostile count from sizing an array.
      if (headerCount < 0 || headerCount > (recordEnd - pos) / 2) {
        throw where.fail(`header count ${headerCount} cannot fit in ${recordEnd - pos} bytes`);
      }
      headers = readHeaders(bytes, pos, recordEnd, headerCount, where);
      pos = varintEnd;
    }
    if (pos !== recordEnd) {
      where.index = i;
      throw where.fail(`record declares ${length} bytes but its fields take ${length + pos - recordEnd}`);
    }
    const offset = baseOffset + offsetDelta;
    if (offset < fetchOffset) continue;
    const timestamp = logAppendTime ? maxTimestamp : baseTimestamp + timestampDelta;
    if (timestamp > Number.MAX_SAFE_INTEGER || timestamp < Number.MIN_SAFE_INTEGER || offset > Number.MAX_SAFE_INTEGER) {
      where.index = i;
      throw where.fail('offset or timestamp is not a safe JS integer');
    }
    out.push({
      offset,
      timestamp,
      timestampType,
      key: keyLength >= 0 ? new Uint8Array(buffer, base + keyStart, keyLength) : null,
      value: valueLength >= 0 ? new Uint8Array(buffer, base + valueStart, valueLength) : null,
      headers,
      magic: 2,
      attributes,
      leaderEpoch,
    });
  }
  if (pos !== end) {
    throw where.fail(`the batch declares ${count} records but ${end - pos} bytes remain after them`);
  }
}
