// Bytes written by an independent implementation (kafkajs's own encoders and codec plugins)
// decode to the same records. kafkajs has no zstd codec that installs here, so zstd is covered by
// the round trips and the zstd fixtures of the compression tests.
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeRecords } from '../../src/index.js';
import { plain } from '../helpers/records.js';

const require = createRequire(import.meta.url);

interface Encoder {
  buffer: Buffer;
}
interface Codec {
  compress(encoder: Encoder): Promise<Buffer>;
}
const { CompressionTypes, CompressionCodecs } = require('kafkajs') as {
  CompressionTypes: Record<'None' | 'GZIP' | 'Snappy' | 'LZ4', number>;
  CompressionCodecs: Record<number, () => Codec>;
};
CompressionCodecs[CompressionTypes.Snappy] = require('kafkajs-snappy') as () => Codec;
// kafkajs-lz4 needs node-gyp at install; any LZ4 frame encoder serves kafkajs's record batch writer.
const lz4 = require('lz4-napi') as { compressFrame(b: Buffer): Promise<Buffer> };
CompressionCodecs[CompressionTypes.LZ4] = () => ({ compress: (encoder: Encoder) => lz4.compressFrame(encoder.buffer) });

const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch(options: Record<string, unknown>): Promise<Encoder>;
};
const Record = require('kafkajs/src/protocol/recordBatch/record/v0') as (options: Record<string, unknown>) => Encoder;
const MessageSet = require('kafkajs/src/protocol/messageSet') as (options: Record<string, unknown>) => Encoder;

const CODECS = [
  ['none', CompressionTypes.None],
  ['gzip', CompressionTypes.GZIP],
  ['snappy', CompressionTypes.Snappy],
  ['lz4', CompressionTypes.LZ4],
] as const;

const MESSAGES = [
  { key: Buffer.from('k0'), value: Buffer.from('first'), headers: { 'trace-id': Buffer.from('t0') } },
  { key: null, value: Buffer.from('no key'), headers: {} },
  { key: Buffer.from('k2'), value: null, headers: { a: Buffer.from('1'), b: Buffer.from('2') } },
  { key: Buffer.from('k3'), value: Buffer.alloc(0), headers: {} },
  { key: Buffer.from('k4'), value: Buffer.alloc(100_000, 'x'), headers: {} },
];
const FIRST_TIMESTAMP = 1_650_000_000_000;
const hex = (b: Buffer | null) => (b === null ? null : b.toString('hex'));

test('RecordBatch v2 written by kafkajs decodes to the same records, with every codec it has', async () => {
  for (const [name, compression] of CODECS) {
    const records = MESSAGES.map((m, i) => Record({ ...m, offsetDelta: i, timestampDelta: i * 10 }));
    const batch = await RecordBatch({
      compression,
      firstOffset: '3000',
      firstTimestamp: FIRST_TIMESTAMP,
      maxTimestamp: FIRST_TIMESTAMP + 40,
      lastOffsetDelta: MESSAGES.length - 1,
      records,
    });
    const decoded = await decodeRecords(batch.buffer);
    assert.equal(
      decoded.map(plain),
      MESSAGES.map((m, i) => ({
        offset: 3000 + i,
        timestamp: FIRST_TIMESTAMP + i * 10,
        timestampType: 'CreateTime',
        key: hex(m.key),
        value: hex(m.value),
        headers: Object.entries(m.headers).map(([key, value]) => ({ key, value: hex(value) })),
      })),
      name,
    );
  }
});

test('MessageSet v0/v1 written by kafkajs (its Produce v0-v2 path) decodes, plain and compressed', async () => {
  const entries = MESSAGES.map((m, i) => ({ key: m.key, value: m.value, timestamp: FIRST_TIMESTAMP + i }));
  for (const magic of [0, 1]) {
    for (const [name, compression] of CODECS) {
      let bytes: Buffer;
      if (compression === CompressionTypes.None) {
        // A producer sends offset -1 for uncompressed messages; the broker assigns real ones.
        bytes = MessageSet({ messageVersion: magic, compression, entries }).buffer;
      } else {
        // As kafkajs's Produce v2 request: inner offsets 0..n-1, one wrapper with offset 0.
        const inner = MessageSet({ messageVersion: magic, compression, entries });
        const value = await (CompressionCodecs[compression] as () => Codec)().compress(inner);
        bytes = MessageSet({ messageVersion: magic, entries: [{ compression, timestamp: FIRST_TIMESTAMP, value }] }).buffer;
      }
      const decoded = await decodeRecords(bytes);
      assert.equal(
        decoded.map(plain),
        entries.map((e, i) => ({
          offset: compression === CompressionTypes.None ? -1 : i,
          timestamp: magic === 0 ? -1 : e.timestamp,
          timestampType: magic === 0 ? 'NoTimestampType' : 'CreateTime',
          key: hex(e.key),
          value: hex(e.value),
          headers: [],
        })),
        `magic ${magic} ${name}`,
      );
    }
  }
});

test.run();
