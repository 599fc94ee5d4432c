import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type CompressionCodecName, compress, DecompressedSizeLimitError, decompress, KafkaProtocolError } from '../../src/index.js';
import { CodecUnavailableError, loadNative } from '../../src/compression/load-native.js';
import { xxhash32 } from '../../src/compression/xxhash32.js';
import { zstdMaxDecompressedSize } from '../../src/compression/zstd.js';
import { rejects } from '../helpers/assert-rejects.js';

const require = createRequire(import.meta.url);
const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

/** Deterministic bytes that compress somewhat, like real payloads. */
function payload(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = i % 7 === 0 ? x >>> 24 : 97 + ((x >>> 16) % 8);
  }
  return out;
}

const CODECS: CompressionCodecName[] = ['gzip', 'snappy', 'lz4', 'zstd'];

test('every codec round-trips empty, tiny, block-spanning and 1 MiB inputs', async () => {
  for (const codec of CODECS) {
    for (const size of [0, 1, 100, 70_000, 1024 * 1024]) {
      const input = payload(size, size + 3);
      const packed = await compress(codec, input);
      const unpacked = await decompress(codec === 'gzip' ? 1 : codec === 'snappy' ? 2 : codec === 'lz4' ? 3 : 4, packed);
      assert.ok(same(unpacked, input), `${codec} ${size} bytes`);
    }
  }
});

test('snappy decodes raw blocks and xerial framing, including concatenated xerial streams', async () => {
  const input = payload(100_000);
  const raw = await compress('snappy', input, { snappyFraming: 'raw' });
  const xerial = await compress('snappy', input, { snappyFraming: 'xerial' });
  assert.equal([...xerial.subarray(0, 16)], [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  assert.ok(same(await decompress(2, raw), input));
  assert.ok(same(await decompress(2, xerial), input));
  // A second stream appended to the first: its header sits where a block length would be.
  const second = await compress('snappy', payload(5000, 9));
  const both = Buffer.concat([xerial, second]);
  assert.ok(same(await decompress(2, both), Buffer.concat([input, payload(5000, 9)])));
});

test('snappy decodes what kafkajs-snappy writes (raw snappy from an independent encoder)', async () => {
  const codec = (require('kafkajs-snappy') as () => { compress(e: { buffer: Buffer }): Promise<Buffer> })();
  const input = Buffer.from(payload(50_000));
  const raw = await codec.compress({ buffer: input });
  assert.ok(same(await decompress(2, raw), input));
  // And xerial framing built by hand around that encoder's blocks, as snappy-java lays it out.
  const half = input.length / 2;
  const blocks = [await codec.compress({ buffer: input.subarray(0, half) }), await codec.compress({ buffer: input.subarray(half) })];
  const header = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  const framed = Buffer.concat([header, ...blocks.flatMap((b) => [Buffer.from([0, 0, b.length >> 8, b.length & 0xff]), b])]);
  assert.ok(same(await decompress(2, framed), input));
});

test('lz4 writes frames every Kafka reader takes, and lz4js (an independent JS encoder) agrees both ways', async () => {
  const input = payload(200_000);
  const frame = await compress('lz4', input);
  assert.equal([...frame.subarray(0, 5)], [0x04, 0x22, 0x4d, 0x18, 0x60], 'magic, then FLG 0x60: version 01, independent blocks');
  assert.ok([0x40, 0x50, 0x60, 0x70].includes(frame[5]!), 'BD names a block size of 64 KiB to 4 MiB');
  const lz4js = require('lz4js') as { compress(b: Uint8Array): number[] | Uint8Array; decompress(b: Uint8Array): number[] | Uint8Array };
  assert.ok(same(Uint8Array.from(lz4js.decompress(frame)), input), 'lz4js reads our frames');
  // lz4js declares linked blocks, which Kafka's reader refuses; its frame for 200 kB is one 4 MiB
  // block, so declaring it independent (and re-hashing the descriptor) is truthful.
  const foreign = Uint8Array.from(lz4js.compress(input));
  assert.is(foreign[5], 0x70, 'one 4 MiB block');
  foreign[4] = foreign[4]! | 0x20;
  foreign[6] = (xxhash32(foreign, 4, 6) >>> 8) & 0xff;
  assert.ok(same(await decompress(3, foreign), input));
});

test('lz4 accepts the pre-0.10 header checksum only when told (magic 0)', async () => {
  const input = payload(1000);
  const legacy = await compress('lz4', input, { lz4LegacyHeaderChecksum: true });
  const modern = await compress('lz4', input);
  assert.is.not(legacy[6], modern[6]);
  assert.ok(same(await decompress(3, legacy, { lz4LegacyHeaderChecksum: true }), input));
  assert.ok(same(await decompress(3, modern, { lz4LegacyHeaderChecksum: true }), input));
  await rejects(decompress(3, legacy), /header checksum/);
});

test('lz4 refuses dependent blocks, which Kafka does not allow', async () => {
  const frame = Uint8Array.from(await compress('lz4', payload(100)));
  frame[4] = 0x40; // FLG without block independence
  await rejects(decompress(3, frame), /dependent blocks/);
});

test('zstd decodes frames with and without a content size, and skippable frames', async () => {
  const text = Buffer.from('hello kafka '.repeat(40));
  const withSize = hex('28b52ffd64e0009d00006068656c6c6f206b61666b61200100d1574b1261a178bb');
  const withoutSize = hex('28b52ffd04009d00006068656c6c6f206b61666b61200100d1574b1261a178bb');
  assert.ok(same(await decompress(4, withSize), text));
  assert.ok(same(await decompress(4, withoutSize), text));
  assert.is(zstdMaxDecompressedSize(withSize), 480, 'the stated content size bounds the frame');
  const skippable = Buffer.concat([Buffer.from([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]), withoutSize]);
  assert.ok(same(await decompress(4, skippable), text));
});

test('gzip accepts concatenated members', async () => {
  const a = payload(1000, 1);
  const b = payload(2000, 2);
  const joined = Buffer.concat([zlib.gzipSync(a), zlib.gzipSync(b)]);
  assert.ok(same(await decompress(1, joined), Buffer.concat([a, b])));
});

test('a decompression bomb is refused before it is inflated, for every codec', async () => {
  const zeros = new Uint8Array(8 * 1024 * 1024);
  for (const [codec, id] of [['gzip', 1], ['snappy', 2], ['lz4', 3], ['zstd', 4]] as const) {
    const bomb = await compress(codec, zeros);
    assert.ok(bomb.length < zeros.length / 20, `${codec} compresses zeros well`);
    try {
      await decompress(id, bomb, { maxSize: 1024 * 1024 });
      assert.unreachable(`${codec} bomb was inflated`);
    } catch (error) {
      assert.instance(error, DecompressedSizeLimitError, codec);
      assert.match((error as Error).message, /maxDecompressedBytes/);
    }
    // The same data under a cap that fits it decompresses.
    assert.is((await decompress(id, bomb, { maxSize: zeros.length })).length, zeros.length, codec);
  }
});

test('malformed compressed data fails with a KafkaProtocolError naming the codec', async () => {
  const junk = payload(300, 5);
  for (const id of [1, 2, 3, 4]) {
    await rejects(decompress(id, junk), (e: unknown) => e instanceof KafkaProtocolError && /gzip|snappy|lz4|zstd/.test((e as Error).message));
  }
  // Cut-off data of every codec fails too.
  for (const codec of CODECS) {
    const packed = await compress(codec, payload(5000));
    const id = codec === 'gzip' ? 1 : codec === 'snappy' ? 2 : codec === 'lz4' ? 3 : 4;
    await rejects(decompress(id, packed.subarray(0, packed.length - 5)), (e: unknown) => e instanceof KafkaProtocolError, codec);
  }
  await rejects(decompress(5, junk), /Unsupported compression/);
});

test('a codec whose native package cannot load fails as unavailable, naming the package and platform', () => {
  const load = loadNative('kafkaline-no-such-native-package');
  assert.is(load.module, null);
  assert.instance(load.error, CodecUnavailableError);
  assert.is(load.error?.code, 'CODEC_UNAVAILABLE');
  assert.match(load.error?.message ?? '', new RegExp(`kafkaline-no-such-native-package.*${process.platform}-${process.arch}`));
});

test.run();
