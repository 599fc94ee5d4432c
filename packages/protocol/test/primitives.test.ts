import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaProtocolError, Reader, Writer } from '../src/index.js';

test('zigzag varints match the worked examples of the record format', () => {
  const cases: Array<[number, number[]]> = [
    [0, [0x00]],
    [-1, [0x01]],
    [1, [0x02]],
    [-2, [0x03]],
    [63, [0x7e]],
    [64, [0x80, 0x01]],
    [300, [0xd8, 0x04]],
  ];
  for (const [value, bytes] of cases) {
    assert.equal([...new Writer().varint(value).finish()], bytes, `encode ${value}`);
    assert.is(new Reader(Uint8Array.from(bytes)).varint(), value, `decode ${value}`);
  }
});

test('int64 as number round-trips safe integers and refuses unsafe ones', () => {
  for (const v of [0, -1, 1, 2 ** 32, -(2 ** 32) - 5, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
    assert.is(new Reader(new Writer().int64Number(v).finish()).int64Number(), v);
    assert.is(new Reader(new Writer().int64Number(v).finish()).int64(), BigInt(v));
  }
  const unsafe = new Writer().int64(2n ** 60n).finish();
  assert.throws(() => new Reader(unsafe).int64Number(), (e: unknown) => e instanceof KafkaProtocolError);
});

test('a length larger than the remaining bytes throws before reading', () => {
  const bytes = new Writer().int32(0x7fffffff).finish();
  assert.throws(() => new Reader(bytes).bytesField(), /exceeds the 0 byte/);
  const hugeArray = new Writer().int32(2_000_000_000).finish();
  assert.throws(() => new Reader(hugeArray).arrayLength(false), (e: unknown) => e instanceof KafkaProtocolError);
});

test('a varint longer than five bytes is malformed', () => {
  assert.throws(() => new Reader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01])).uvarint(), /Malformed/);
  assert.throws(() => new Reader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x1f])).uvarint(), /more than 32 bits/);
  assert.is(new Reader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f])).uvarint(), 0xffffffff);
});

test('compact strings store length + 1, zero meaning null', () => {
  const w = new Writer().compactNullableString(null).compactString('').compactString('héllo');
  assert.equal([...w.finish().subarray(0, 3)], [0, 1, 7]);
  const r = new Reader(w.finish());
  assert.is(r.compactNullableString(), null);
  assert.is(r.compactString(), '');
  assert.is(r.compactString(), 'héllo');
  assert.is(r.remaining, 0);
});

test('int32 lists read their length and big-endian values, and refuse a count the bytes cannot hold', () => {
  const bytes = new Writer().int32(3).int32(-1).int32(0x7fffffff).int32(-2147483648).uvarint(5).finish();
  const r = new Reader(bytes);
  assert.equal(r.int32List(false, false), [-1, 0x7fffffff, -2147483648]);
  assert.is(r.uvarint(), 5);
  assert.is(r.remaining, 0);
  assert.throws(() => new Reader(bytes.subarray(0, 15)).int32List(false, false), /array length 3 at position 4 exceeds the 11 byte/);
  const compact = new Writer().uvarint(3).int32(7).int32(8).uvarint(0).uvarint(1).finish();
  const c = new Reader(compact);
  assert.equal(c.int32List(true, false), [7, 8]);
  assert.is(c.int32List(true, true), null);
  assert.equal(c.int32List(true, false), []);
  assert.throws(() => new Reader(new Writer().int32(-1).finish()).int32List(false, false), /Invalid array length -1/);
  assert.is(new Reader(new Writer().int32(-1).finish()).int32List(false, true), null);
  assert.throws(() => new Reader(new Writer().int32(-2).finish()).int32List(false, true), /Invalid array length -2/);
});

test('one-byte varints are read past the end check, not around it', () => {
  const r = new Reader(Uint8Array.from([0x05, 0x7f, 0x80]), 0, 2);
  assert.is(r.uvarint(), 5);
  assert.is(r.uvarint(), 127);
  assert.throws(() => r.uvarint(), /Truncated data/);
});

test('the writer grows one buffer across many writes', () => {
  const w = new Writer(4);
  for (let i = 0; i < 1000; i++) w.int32(i);
  const r = new Reader(w.finish());
  for (let i = 0; i < 1000; i++) assert.is(r.int32(), i);
});

test.run();
