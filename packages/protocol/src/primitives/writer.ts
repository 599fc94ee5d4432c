import { KafkaProtocolError } from '../errors.js';
import { uuidToBytes } from './uuid.js';

/**
 * Writes Kafka primitives into one growing buffer (doubling, never one allocation per field).
 * `finish()` returns a view of what was written.
 */
export class Writer {
  private buffer: Buffer;
  private view: DataView;
  offset = 0;

  constructor(initialSize = 256) {
    this.buffer = Buffer.allocUnsafe(initialSize);
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
  }

  private ensure(n: number): void {
    const needed = this.offset + n;
    if (needed <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.offset);
    this.buffer = grown;
    this.view = new DataView(grown.buffer, grown.byteOffset, grown.byteLength);
  }

  finish(): Buffer {
    return this.buffer.subarray(0, this.offset);
  }

  int8(v: number): this {
    this.ensure(1);
    this.view.setInt8(this.offset, checkInt(v, -128, 127, 'int8'));
    this.offset += 1;
    return this;
  }

  uint8(v: number): this {
    this.ensure(1);
    this.buffer[this.offset++] = checkInt(v, 0, 255, 'uint8');
    return this;
  }

  bool(v: boolean): this {
    return this.int8(v ? 1 : 0);
  }

  int16(v: number): this {
    this.ensure(2);
    this.view.setInt16(this.offset, checkInt(v, -32768, 32767, 'int16'));
    this.offset += 2;
    return this;
  }

  uint16(v: number): this {
    this.ensure(2);
    this.view.setUint16(this.offset, checkInt(v, 0, 65535, 'uint16'));
    this.offset += 2;
    return this;
  }

  int32(v: number): this {
    this.ensure(4);
    this.view.setInt32(this.offset, checkInt(v, -2147483648, 2147483647, 'int32'));
    this.offset += 4;
    return this;
  }

  uint32(v: number): this {
    this.ensure(4);
    this.view.setUint32(this.offset, checkInt(v, 0, 4294967295, 'uint32'));
    this.offset += 4;
    return this;
  }

  int64(v: bigint): this {
    this.ensure(8);
    if (v < -0x8000_0000_0000_0000n || v > 0x7fff_ffff_ffff_ffffn) {
      throw new KafkaProtocolError(`int64 value ${v} is out of range`);
    }
    this.view.setBigInt64(this.offset, v);
    this.offset += 8;
    return this;
  }

  /** int64 from a JS number (offsets, timestamps): must be a safe integer. */
  int64Number(v: number): this {
    if (!Number.isSafeInteger(v)) throw new KafkaProtocolError(`int64 value ${v} is not a safe integer`);
    this.ensure(8);
    const high = Math.floor(v / 0x1_0000_0000);
    this.view.setInt32(this.offset, high);
    this.view.setUint32(this.offset + 4, v - high * 0x1_0000_0000);
    this.offset += 8;
    return this;
  }

  float64(v: number): this {
    this.ensure(8);
    this.view.setFloat64(this.offset, v);
    this.offset += 8;
    return this;
  }

  uuid(v: string): this {
    return this.raw(uuidToBytes(v));
  }

  uvarint(v: number): this {
    checkInt(v, 0, 4294967295, 'unsigned varint');
    this.ensure(5);
    while (v >= 0x80) {
      this.buffer[this.offset++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buffer[this.offset++] = v;
    return this;
  }

  /** Zigzag signed 32-bit varint (record format). */
  varint(v: number): this {
    checkInt(v, -2147483648, 2147483647, 'varint');
    return this.uvarint(v >= 0 ? v * 2 : -v * 2 - 1);
  }

  /** Zigzag signed 64-bit varint from a safe JS integer (record format). */
  varlong(v: number): this {
    if (!Number.isSafeInteger(v)) throw new KafkaProtocolError(`varlong value ${v} is not a safe integer`);
    let z = v >= 0 ? v * 2 : -v * 2 - 1;
    this.ensure(10);
    while (z >= 0x80) {
      this.buffer[this.offset++] = (z % 128) | 0x80;
      z = Math.floor(z / 128);
    }
    this.buffer[this.offset++] = z;
    return this;
  }

  raw(bytes: Uint8Array): this {
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.offset);
    this.offset += bytes.length;
    return this;
  }

  private utf8(v: string, byteLength: number): this {
    this.ensure(byteLength);
    this.buffer.write(v, this.offset, byteLength, 'utf8');
    this.offset += byteLength;
    return this;
  }

  string(v: string): this {
    const length = Buffer.byteLength(v, 'utf8');
    if (length > 32767) throw new KafkaProtocolError(`string of ${length} bytes is longer than 32767`);
    return this.int16(length).utf8(v, length);
  }

  nullableString(v: string | null): this {
    return v === null ? this.int16(-1) : this.string(v);
  }

  compactString(v: string): this {
    const length = Buffer.byteLength(v, 'utf8');
    return this.uvarint(length + 1).utf8(v, length);
  }

  compactNullableString(v: string | null): this {
    return v === null ? this.uvarint(0) : this.compactString(v);
  }

  bytes(v: Uint8Array): this {
    return this.int32(v.length).raw(v);
  }

  nullableBytes(v: Uint8Array | null): this {
    return v === null ? this.int32(-1) : this.bytes(v);
  }

  compactBytes(v: Uint8Array): this {
    return this.uvarint(v.length + 1).raw(v);
  }

  compactNullableBytes(v: Uint8Array | null): this {
    return v === null ? this.uvarint(0) : this.compactBytes(v);
  }

  /** Starts a tagged field: writes its tag; the payload follows, then `endTaggedField`. */
  beginTaggedField(tag: number): number {
    this.uvarint(tag);
    return this.offset;
  }

  /** Inserts the payload's size (unsigned varint) in front of the payload written since `begin`. */
  endTaggedField(begin: number): this {
    const size = this.offset - begin;
    const sizeBytes = uvarintSize(size);
    this.ensure(sizeBytes);
    this.buffer.copyWithin(begin + sizeBytes, begin, this.offset);
    const end = this.offset + sizeBytes;
    this.offset = begin;
    this.uvarint(size);
    this.offset = end;
    return this;
  }

  /** Reserves 4 bytes for an int32 (a size prefix) to be filled in later with `patchInt32`. */
  reserveInt32(): number {
    this.ensure(4);
    const at = this.offset;
    this.offset += 4;
    return at;
  }

  patchInt32(at: number, v: number): this {
    this.view.setInt32(at, v);
    return this;
  }
}

export function uvarintSize(v: number): number {
  let size = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    size++;
  }
  return size;
}

function checkInt(v: number, min: number, max: number, type: string): number {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new KafkaProtocolError(`${type} value ${v} is out of range [${min}, ${max}]`);
  }
  return v;
}
