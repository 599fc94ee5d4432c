import { KafkaProtocolError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FrameDecoder } from '../src/framing.js';

function frame(payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(payload.length);
  return Buffer.concat([size, payload]);
}

/** A tiny seeded PRNG so the random splits are the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const payloads = [Buffer.from('abcd'), Buffer.from('correlation+body'), Buffer.alloc(70_000, 7), Buffer.from('1234567')];
const stream = Buffer.concat(payloads.map(frame));

test('a frame inside one chunk is returned as a view of that chunk (no copy)', () => {
  const decoder = new FrameDecoder(1 << 20);
  const chunk = frame(Buffer.from('0000hello'));
  const [out] = decoder.push(chunk);
  assert.ok(out);
  assert.is(out.buffer, chunk.buffer);
  assert.is(out.byteOffset, chunk.byteOffset + 4);
  assert.is(out.toString(), '0000hello');
});

test('coalesced frames in one chunk all come out, in order', () => {
  const out = new FrameDecoder(1 << 20).push(stream);
  assert.equal(out.map((b) => b.toString('hex')), payloads.map((b) => b.toString('hex')));
});

test('every split point of the stream into two chunks yields the same frames', () => {
  for (let at = 1; at < 40; at++) {
    const decoder = new FrameDecoder(1 << 20);
    const out = [...decoder.push(stream.subarray(0, at)), ...decoder.push(stream.subarray(at))];
    assert.equal(out.map((b) => b.toString('hex')), payloads.map((b) => b.toString('hex')), `split at ${at}`);
  }
});

test('one byte at a time, including a 70 KB frame, yields the same frames', () => {
  const decoder = new FrameDecoder(1 << 20);
  const out: Buffer[] = [];
  for (let i = 0; i < stream.length; i++) out.push(...decoder.push(stream.subarray(i, i + 1)));
  assert.equal(out.map((b) => b.toString('hex')), payloads.map((b) => b.toString('hex')));
  assert.is(decoder.pendingBytes, 0);
});

test('200 random fragmentations (seeded) yield the same frames', () => {
  const random = prng(42);
  for (let round = 0; round < 200; round++) {
    const decoder = new FrameDecoder(1 << 20);
    const out: Buffer[] = [];
    let at = 0;
    while (at < stream.length) {
      const size = 1 + Math.floor(random() * (random() < 0.5 ? 8 : 30_000));
      out.push(...decoder.push(stream.subarray(at, at + size)));
      at += size;
    }
    assert.is(out.length, payloads.length);
    assert.ok(out.every((b, i) => b.equals(payloads[i] as Buffer)), `round ${round}`);
  }
});

test('a size prefix over maxResponseBytes is a protocol error before any allocation', () => {
  const decoder = new FrameDecoder(1 << 20);
  const before = process.memoryUsage().arrayBuffers;
  const header = Buffer.from([0x7f, 0xff, 0xff, 0xff]);
  assert.throws(
    () => decoder.push(header),
    (e: unknown) => e instanceof KafkaProtocolError && e.code === 'FRAME_TOO_LARGE' && /2147483647 bytes, more than maxResponseBytes \(1048576\)/.test(e.message),
  );
  assert.ok(process.memoryUsage().arrayBuffers - before < 64 * 1024 * 1024);
});

test('a negative or too-small size prefix is a protocol error', () => {
  assert.throws(() => new FrameDecoder(1024).push(Buffer.from([0xff, 0xff, 0xff, 0xfe])), /declares -2 bytes/);
  assert.throws(() => new FrameDecoder(1024).push(Buffer.from([0, 0, 0, 2, 1, 2])), /declares 2 bytes, fewer than the 4/);
});

/** Frames of assorted sizes: tiny, around the 4-byte prefix, around the 64 KiB read buffer, and large. */
function assortedPayloads(random: () => number, count: number): Buffer[] {
  const sizes = [4, 5, 9, 64 * 1024 - 4, 64 * 1024, 64 * 1024 + 1, 300_000];
  return Array.from({ length: count }, (_, i) => {
    const size = random() < 0.5 ? (sizes[i % sizes.length] as number) : 4 + Math.floor(random() * 5_000);
    const payload = Buffer.allocUnsafe(size);
    for (let j = 0; j < size; j++) payload[j] = (i * 31 + j * 7) & 0xff;
    return payload;
  });
}

test('every split point of a stream of three frames, cut into three chunks, yields the same frames', () => {
  const small = [Buffer.from('abcdef'), Buffer.from('0123456789'), Buffer.from('wxyz')];
  const bytes = Buffer.concat(small.map(frame));
  const expected = small.map((b) => b.toString('hex'));
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const decoder = new FrameDecoder(1024);
      const out = [bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)].flatMap((chunk) => decoder.push(chunk));
      assert.equal(out.map((b) => b.toString('hex')), expected, `split at ${i} and ${j}`);
      assert.is(decoder.pendingBytes, 0);
    }
  }
});

test('a size prefix split across chunks (1+3, 2+2, 3+1, 1+1+1+1 bytes) is read whole, and the frame after it is still a view', () => {
  const bytes = frame(Buffer.from('0000payload'));
  for (const cuts of [[1], [2], [3], [1, 2, 3]]) {
    const decoder = new FrameDecoder(1024);
    const bounds = [0, ...cuts, 4, bytes.length];
    const out: Buffer[] = [];
    let last: Buffer = bytes;
    for (let k = 0; k + 1 < bounds.length; k++) {
      last = bytes.subarray(bounds[k], bounds[k + 1]);
      out.push(...decoder.push(last));
    }
    assert.is(out.length, 1, `cuts ${cuts}`);
    assert.is(out[0]?.toString(), '0000payload');
    assert.is(out[0]?.buffer, last.buffer, 'a payload arriving in one chunk after its prefix is not copied');
  }
});

test('a frame split across chunks is assembled in one buffer of its exact size, allocated once', () => {
  const payload = Buffer.alloc(200_000, 3);
  const bytes = frame(payload);
  const decoder = new FrameDecoder(1 << 20);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) out.push(...decoder.push(bytes.subarray(at, at + 65_536)));
  assert.is(out.length, 1);
  assert.is(out[0]?.length, payload.length);
  assert.is(out[0]?.byteOffset, 0);
  assert.is(out[0]?.buffer.byteLength, payload.length, 'the frame owns its memory: no view into a larger buffer');
  assert.ok(out[0]?.equals(payload));
});

test('chunks the caller reuses after push are copied as they arrive: later writes to them do not change frames', () => {
  const random = prng(7);
  const expected = assortedPayloads(random, 20);
  const bytes = Buffer.concat(expected.map(frame));
  const decoder = new FrameDecoder(1 << 20);
  const out: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const size = 1 + Math.floor(random() * 90_000);
    // A frame split over chunks must not keep the chunk: scribble over it once pushed.
    const chunk = Buffer.from(bytes.subarray(at, at + size));
    const frames = decoder.push(chunk);
    const whole = new Set(frames.filter((f) => f.buffer === chunk.buffer));
    out.push(...frames.map((f) => (whole.has(f) ? Buffer.from(f) : f)));
    chunk.fill(0xee);
    at += size;
  }
  assert.is(out.length, expected.length);
  assert.ok(out.every((b, i) => b.equals(expected[i] as Buffer)));
});

/**
 * A socket reading through `readBuffer` / `received` (node:net's onread): each read fills at most
 * `limit` bytes of the decoder's one read buffer, which is scribbled over after every read, as
 * the next read would.
 */
function readThrough(decoder: FrameDecoder, bytes: Buffer, limit: () => number): Buffer[] {
  const out: Buffer[] = [];
  const readBuffer = decoder.readBuffer;
  let at = 0;
  while (at < bytes.length) {
    const count = Math.min(readBuffer.length, limit(), bytes.length - at);
    bytes.copy(readBuffer, 0, at, at + count);
    at += count;
    const frames = decoder.received(count);
    for (const f of frames) assert.is.not(f.buffer, readBuffer.buffer, 'a frame is never a view of the read buffer');
    out.push(...frames);
    readBuffer.fill(0xee);
    assert.is(decoder.readBuffer, readBuffer, 'the read buffer never changes');
  }
  return out;
}

test('reads into the decoder\'s buffer: 300 random read sizes over assorted frames yield the same frames, none corrupted by buffer reuse', () => {
  const random = prng(11);
  const expected = assortedPayloads(random, 30);
  const bytes = Buffer.concat(expected.map(frame));
  for (let round = 0; round < 300; round++) {
    const decoder = new FrameDecoder(1 << 20);
    const out = readThrough(decoder, bytes, () => 1 + Math.floor(random() * (random() < 0.3 ? 6 : 100_000)));
    assert.is(out.length, expected.length, `round ${round}`);
    assert.ok(out.every((b, i) => b.equals(expected[i] as Buffer)), `round ${round}`);
    assert.is(decoder.pendingBytes, 0);
  }
});

test('reads into the decoder\'s buffer, one byte at a time and at every split of three frames', () => {
  const small = [Buffer.from('abcdef'), Buffer.alloc(70_000, 5), Buffer.from('wxyz')];
  const bytes = Buffer.concat(small.map(frame));
  const one = readThrough(new FrameDecoder(1 << 20), bytes, () => 1);
  assert.ok(one.length === 3 && one.every((b, i) => b.equals(small[i] as Buffer)));
  for (let first = 1; first < 80; first++) {
    let reads = 0;
    const out = readThrough(new FrameDecoder(1 << 20), bytes, () => (reads++ === 0 ? first : 1 << 30));
    assert.ok(out.length === 3 && out.every((b, i) => b.equals(small[i] as Buffer)), `first read ${first} bytes`);
  }
});

test('reads into the decoder\'s buffer: 64 KB, outside Buffer\'s shared pool; a frame spanning reads gets its own exactly-sized buffer', () => {
  const decoder = new FrameDecoder(1 << 20);
  const readBuffer = decoder.readBuffer;
  assert.is(readBuffer.length, 64 * 1024);
  assert.is(readBuffer.byteOffset, 0);
  assert.is(readBuffer.buffer.byteLength, 64 * 1024, 'not a slice of the shared pool');
  const large = Buffer.alloc(500_000, 9);
  const bytes = Buffer.concat([frame(Buffer.from('tiny')), frame(large)]);
  const out = readThrough(decoder, bytes, () => 1 << 30);
  assert.is(out[0]?.toString(), 'tiny');
  assert.is(out[1]?.buffer.byteLength, large.length, 'the large frame is one buffer of its exact size');
  assert.ok(out[1]?.equals(large));
});

test('reads into the decoder\'s buffer: the size checks come before any allocation, as for pushed chunks', () => {
  const decoder = new FrameDecoder(1 << 20);
  Buffer.from([0x7f, 0xff, 0xff, 0xff, 1, 2]).copy(decoder.readBuffer);
  const before = process.memoryUsage().arrayBuffers;
  assert.throws(() => decoder.received(6), (e: unknown) => e instanceof KafkaProtocolError && e.code === 'FRAME_TOO_LARGE');
  assert.ok(process.memoryUsage().arrayBuffers - before < 64 * 1024 * 1024);
  const other = new FrameDecoder(1024);
  Buffer.from([0xff, 0xff, 0xff, 0xfe]).copy(other.readBuffer);
  assert.throws(() => other.received(4), /declares -2 bytes/);
});

test('reset in the middle of a frame (a lost connection) starts the next stream at a frame boundary', () => {
  const decoder = new FrameDecoder(1 << 20);
  const large = frame(Buffer.alloc(100_000, 1));
  decoder.push(large.subarray(0, 70_000));
  assert.is(decoder.pendingBytes, 70_000 - 4);
  decoder.reset();
  assert.is(decoder.pendingBytes, 0);
  decoder.reset();
  decoder.push(Buffer.from([0, 0]));
  decoder.reset();
  assert.equal(decoder.push(Buffer.concat([frame(Buffer.from('next')), frame(Buffer.from('after'))])).map(String), ['next', 'after']);
});

test('reset drops a partial frame', () => {
  const decoder = new FrameDecoder(1024);
  decoder.push(frame(Buffer.from('abcdefgh')).subarray(0, 7));
  assert.is(decoder.pendingBytes, 3);
  decoder.reset();
  assert.is(decoder.pendingBytes, 0);
  assert.is(decoder.push(frame(Buffer.from('wxyz')))[0]?.toString(), 'wxyz');
});

test.run();
