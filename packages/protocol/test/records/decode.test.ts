import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  crc32,
  crc32c,
  DecompressedSizeLimitError,
  decodeBatches,
  decodeRecords,
  decodeRecordSet,
  encodeMessageSet,
  encodeRecordBatch,
  KafkaConfigError,
  KafkaCorruptRecordError,
} from '../../src/index.js';
import { rejects } from '../helpers/assert-rejects.js';
import { concat, text } from '../helpers/records.js';

const values = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ key: `k${from + i}`, value: `v${from + i}`, timestamp: 1000 + from + i }));
const isCorrupt = (pattern: RegExp) => (e: unknown) => e instanceof KafkaCorruptRecordError && pattern.test(e.message);

/** A v2 batch around hand-written record bytes, with a valid CRC. */
function rawBatch(records: number[], count: number, attributes = 0): Uint8Array {
  const bytes = new Uint8Array(61 + records.length);
  const view = new DataView(bytes.buffer);
  view.setInt32(8, bytes.length - 12);
  view.setInt32(12, -1);
  bytes[16] = 2;
  view.setInt16(21, attributes);
  view.setInt32(23, Math.max(0, count - 1));
  view.setBigInt64(43, -1n);
  view.setInt16(51, -1);
  view.setInt32(53, -1);
  view.setInt32(57, count);
  bytes.set(records, 61);
  view.setUint32(17, crc32c(bytes, 21, bytes.length));
  return bytes;
}

/** Re-computes the CRC of a v2 batch or legacy message after a deliberate edit. */
function fixCrc(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[16] === 2) view.setUint32(17, crc32c(bytes, 21, bytes.length));
  else view.setUint32(12, crc32(bytes, 16, bytes.length));
  return bytes;
}

test('records below the fetch offset are skipped, also inside batches and compressed wrappers', async () => {
  for (const compression of ['none', 'zstd'] as const) {
    const data = concat(await encodeRecordBatch({ baseOffset: 0, compression, records: values(5) }), await encodeRecordBatch({ baseOffset: 5, compression, records: values(5, 5) }));
    const records = await decodeRecords(data, { fetchOffset: 3 });
    assert.equal(
      records.map((r) => r.offset),
      [3, 4, 5, 6, 7, 8, 9],
      compression,
    );
  }
  for (const magic of [0, 1] as const) {
    const data = await encodeMessageSet({ magic, baseOffset: 20, compression: 'gzip', messages: values(4) });
    assert.equal(
      (await decodeRecords(data, { fetchOffset: 22 })).map((r) => r.offset),
      [22, 23],
      `magic ${magic}`,
    );
  }
});

test('a batch wholly below the fetch offset is not even decompressed', async () => {
  const batch = Uint8Array.from(await encodeRecordBatch({ baseOffset: 0, compression: 'gzip', records: values(3) }));
  batch[batch.length - 3]! ^= 0xff; // damage the gzip trailer; the CRC check is off below
  const next = await encodeRecordBatch({ baseOffset: 3, records: values(1, 3) });
  const result = await decodeRecordSet(concat(batch, next), { fetchOffset: 3, checkCrc: false });
  assert.equal(
    result.records.map((r) => r.offset),
    [3],
  );
  await rejects(decodeRecords(concat(batch, next), { checkCrc: false }), isCorrupt(/gzip/));
});

test('RecordBatch v2 and legacy magic 0 and 1 entries mix in one fetch', async () => {
  const data = concat(
    await encodeMessageSet({ magic: 0, baseOffset: 0, messages: values(2) }),
    await encodeMessageSet({ magic: 1, baseOffset: 2, compression: 'snappy', messages: values(2, 2) }),
    await encodeRecordBatch({ baseOffset: 4, compression: 'lz4', records: values(2, 4) }),
    await encodeMessageSet({ magic: 1, baseOffset: 6, messages: values(1, 6) }),
  );
  const result = await decodeRecordSet(data);
  assert.equal(
    result.records.map((r) => [r.offset, r.magic, text(r.value)]),
    [
      [0, 0, 'v0'],
      [1, 0, 'v1'],
      [2, 1, 'v2'],
      [3, 1, 'v3'],
      [4, 2, 'v4'],
      [5, 2, 'v5'],
      [6, 1, 'v6'],
    ],
  );
  assert.equal([result.nextOffset, result.batchCount], [7, 5]);
});

test('an empty batch left by compaction still moves the next offset past its last offset', async () => {
  const empty = await encodeRecordBatch({ baseOffset: 100, lastOffsetDelta: 9, records: [] });
  const result = await decodeRecordSet(empty);
  assert.equal([result.records.length, result.nextOffset], [0, 110]);
});

test('compacted batches keep their offset gaps and the next offset from the header', async () => {
  const data = await encodeRecordBatch({
    baseOffset: 50,
    lastOffsetDelta: 9,
    records: [
      { value: 'a', offsetDelta: 1, timestamp: 1 },
      { value: 'b', offsetDelta: 4, timestamp: 1 },
    ],
  });
  const result = await decodeRecordSet(data);
  assert.equal(
    result.records.map((r) => r.offset),
    [51, 54],
  );
  assert.is(result.nextOffset, 60);
});

test('magic-1 wrappers turn relative inner offsets into absolute ones, gaps included', async () => {
  const data = await encodeMessageSet({
    magic: 1,
    compression: 'gzip',
    messages: [
      { value: 'a', offset: 10, timestamp: 1 },
      { value: 'b', offset: 12, timestamp: 2 },
      { value: 'c', offset: 15, timestamp: 3 },
    ],
  });
  assert.equal(
    (await decodeRecords(data)).map((r) => r.offset),
    [10, 12, 15],
  );
});

test('entries before a corrupt one are returned by the batch view before the error', async () => {
  const good = await encodeRecordBatch({ baseOffset: 0, records: values(2) });
  const bad = Uint8Array.from(await encodeRecordBatch({ baseOffset: 2, records: values(2, 2) }));
  bad[70]! ^= 1;
  const seen: number[] = [];
  await rejects(
    (async () => {
      for await (const batch of decodeBatches(concat(good, bad))) seen.push(...batch.records.map((r) => r.offset));
    })(),
    isCorrupt(/offset 2\b.*CRC-32C mismatch/),
  );
  assert.equal(seen, [0, 1]);
});

test('layout corruption behind a valid CRC is reported, never read past', async () => {
  // record: length 7, attributes, ts 0, offset 0, key null, value null, header count
  await rejects(decodeRecords(rawBatch([0x0e, 0, 0, 0, 1, 1, 0], 1)), isCorrupt(/record length 7 does not fit/));
  await rejects(decodeRecords(rawBatch([0x0e, 0, 0, 0, 1, 1, 0, 0], 1)), isCorrupt(/declares 7 bytes but its fields take 6/));
  await rejects(decodeRecords(rawBatch([0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0], 1)), isCorrupt(/varint/));
  await rejects(decodeRecords(rawBatch([0x0c, 0, 0, 0, 1, 1, 0], 1000)), isCorrupt(/record count 1000 cannot fit/));
  await rejects(decodeRecords(rawBatch([0x0c, 0, 0, 0, 1, 1, 0xfe, 0xff, 0xff, 0xff, 0x0f], 1)), isCorrupt(/record length|header count/));
  await rejects(decodeRecords(rawBatch([0x0c, 0, 0, 0, 0x50, 1, 0], 1)), isCorrupt(/key length 40 does not fit/));
  await rejects(decodeRecords(rawBatch([0x0c, 0, 0, 0, 1, 1, 0, 0], 1)), isCorrupt(/bytes remain after them/));
  await rejects(decodeRecords(rawBatch([0x0c, 0, 0, 0, 1, 1, 0], 1, 5)), isCorrupt(/unknown codec 5/));
  // header count 100 in a record that has 1 byte left
  await rejects(decodeRecords(rawBatch([0x0e, 0, 0, 0, 1, 1, 0xc8, 0x01], 1)), isCorrupt(/header count 100 cannot fit/));
});

test('a timestamp beyond the safe integers is refused, not rounded', async () => {
  const bytes = Uint8Array.from(await encodeRecordBatch({ baseOffset: 0, baseTimestamp: Number.MAX_SAFE_INTEGER - 1, records: [{ value: 'a', timestamp: Number.MAX_SAFE_INTEGER }] }));
  assert.is((await decodeRecords(bytes))[0]?.timestamp, Number.MAX_SAFE_INTEGER);
  const view = new DataView(bytes.buffer);
  view.setBigInt64(27, 2n ** 60n);
  await rejects(decodeRecords(fixCrc(bytes)), isCorrupt(/safe JS integer/));
});

test('bad framing: a tiny size, an unknown magic, zstd in a legacy message', async () => {
  const batch = Uint8Array.from(await encodeRecordBatch({ baseOffset: 0, records: values(1) }));
  const tiny = Uint8Array.from(batch);
  new DataView(tiny.buffer).setInt32(8, 5);
  await rejects(decodeRecords(tiny), isCorrupt(/size 5/));
  const magic3 = Uint8Array.from(batch);
  magic3[16] = 3;
  await rejects(decodeRecords(magic3), isCorrupt(/magic 3/));
  const legacy = Uint8Array.from(await encodeMessageSet({ magic: 1, compression: 'gzip', messages: values(1) }));
  legacy[17] = (legacy[17]! & ~7) | 4;
  await rejects(decodeRecords(fixCrc(legacy)), isCorrupt(/codec 4/));
});

test('compressed data that does not decompress is corruption, with the codec error as cause', async () => {
  const batch = Uint8Array.from(await encodeRecordBatch({ baseOffset: 9, compression: 'snappy', records: values(3) }));
  batch.fill(0xab, 61 + 20);
  const error = await rejects(decodeRecords(fixCrc(batch)), isCorrupt(/offset 9.*snappy/));
  assert.ok((error as Error).cause instanceof Error);
});

test('a decompression bomb in a batch is refused under maxDecompressedBytes', async () => {
  const huge = new Uint8Array(4 * 1024 * 1024);
  for (const compression of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
    const batch = await encodeRecordBatch({ compression, records: [{ value: huge, timestamp: 1 }] });
    assert.ok(batch.length < 300_000, `${compression} bomb is small`);
    const error = await rejects(decodeRecords(batch, { maxDecompressedBytes: 1024 * 1024 }), isCorrupt(/is refused.*beyond the limit/), compression);
    assert.instance((error as Error).cause, DecompressedSizeLimitError);
    assert.is((await decodeRecords(batch))[0]?.value?.length, huge.length, `${compression} under the default cap`);
  }
  const wrapper = await encodeMessageSet({ magic: 1, compression: 'gzip', messages: [{ value: huge }] });
  await rejects(decodeRecords(wrapper, { maxDecompressedBytes: 1024 * 1024 }), isCorrupt(/is refused/));
});

test('options are validated with errors naming the option', async () => {
  const data = await encodeRecordBatch({ records: values(1) });
  for (const [options, option] of [
    [{ fetchOffset: 1.5 }, 'fetchOffset'],
    [{ maxDecompressedBytes: 0 }, 'maxDecompressedBytes'],
    [{ isolationLevel: 'serializable' }, 'isolationLevel'],
  ] as const) {
    const error = await rejects(decodeRecords(data, options as never), (e) => e instanceof KafkaConfigError);
    assert.is((error as KafkaConfigError).option, option);
  }
});

test.run();
