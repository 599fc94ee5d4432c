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

test('reset drops a partial frame', () => {
  const decoder = new FrameDecoder(1024);
  decoder.push(frame(Buffer.from('abcdefgh')).subarray(0, 7));
  assert.is(decoder.pendingBytes, 3);
  decoder.reset();
  assert.is(decoder.pendingBytes, 0);
  assert.is(decoder.push(frame(Buffer.from('wxyz')))[0]?.toString(), 'wxyz');
});

test.run();
