import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { crc32, decodeBatches, decodeRecords, encodeMessageSet, encodeRecordBatch, KafkaCorruptRecordError, type RecordToEncode } from '../../src/index.js';
import { CODECS, LEGACY_CODECS, plain, text } from '../helpers/records.js';

const MiB = 1024 * 1024;
const big = new Uint8Array(MiB).map((_, i) => (i * 7) % 251);

/** Keys, null keys and values, headers with null values, empty values, a 1 MiB value. */
const RECORDS: RecordToEncode[] = [
  { key: 'user-1', value: 'hello', timestamp: 1_700_000_000_000 },
  { key: null, value: 'no key', timestamp: 1_700_000_000_005 },
  { key: 'tombstone', value: null, timestamp: 1_700_000_000_001 },
  { key: '', value: '', timestamp: 1_700_000_000_010 },
  {
    key: 'héllo ☃',
    value: 'with headers',
    timestamp: 1_700_000_000_020,
    headers: [
      { key: 'trace-id', value: 'abc' },
      { key: 'empty', value: '' },
      { key: 'null', value: null },
      { key: 'ключ', value: 'non-ASCII key' },
      { key: 'k'.repeat(40), value: 'long key' },
    ],
  },
  { key: 'big', value: big, timestamp: 1_700_000_000_030 },
];

function expected(magic: 0 | 1 | 2, baseOffset: number) {
  return RECORDS.map((r, i) => ({
    offset: baseOffset + i,
    timestamp: magic === 0 ? -1 : (r.timestamp as number),
    timestampType: magic === 0 ? 'NoTimestampType' : 'CreateTime',
    key: r.key === null || r.key === undefined ? null : Buffer.from(r.key).toString('hex'),
    value: r.value === null || r.value === undefined ? null : Buffer.from(r.value).toString('hex'),
    headers: magic === 2 ? (r.headers ?? []).map((h) => ({ key: h.key, value: h.value === null ? null : Buffer.from(h.value).toString('hex') })) : [],
  }));
}

test('RecordBatch v2 round-trips keys, nulls, headers, empty and 1 MiB values with every codec', async () => {
  for (const compression of CODECS) {
    const bytes = await encodeRecordBatch({ baseOffset: 1000, partitionLeaderEpoch: 7, compression, records: RECORDS });
    const records = await decodeRecords(bytes);
    assert.equal(records.map(plain), expected(2, 1000), compression);
    for (const r of records) {
      assert.is(r.magic, 2);
      assert.is(r.leaderEpoch, 7);
      assert.is(r.attributes & 7, CODECS.indexOf(compression));
    }
  }
});

test('MessageSet v0 and v1 round-trip the same records, plain and in compressed wrappers', async () => {
  for (const magic of [0, 1] as const) {
    for (const compression of LEGACY_CODECS) {
      const messages = RECORDS.map(({ key, value, timestamp }) => ({ key, value, timestamp }));
      const bytes = await encodeMessageSet({ magic, baseOffset: 500, compression, messages });
      const records = await decodeRecords(bytes);
      assert.equal(records.map(plain), expected(magic, 500), `magic ${magic} ${compression}`);
      for (const r of records) {
        assert.is(r.magic, magic);
        assert.is(r.leaderEpoch, -1);
      }
    }
  }
});

test('magic-0 lz4 wrappers carry the pre-0.10 header checksum; magic 1 must have the correct one', async () => {
  const messages = [{ key: 'k', value: 'lz4 value', timestamp: 5 }];
  const magic0 = Uint8Array.from(await encodeMessageSet({ magic: 0, compression: 'lz4', messages }));
  const magic1 = Uint8Array.from(await encodeMessageSet({ magic: 1, compression: 'lz4', messages }));
  // The frame starts after the wrapper's header: offset, size, crc, magic, attributes,
  // [timestamp], null key, value length.
  const frame0 = magic0.subarray(12 + 4 + 2 + 4 + 4);
  const frame1 = magic1.subarray(12 + 4 + 2 + 8 + 4 + 4);
  assert.equal([...frame0.subarray(0, 4)], [0x04, 0x22, 0x4d, 0x18]);
  assert.equal([...frame1.subarray(0, 4)], [0x04, 0x22, 0x4d, 0x18]);
  assert.is.not(frame0[6], frame1[6], 'different header checksums for the same descriptor');
  assert.equal((await decodeRecords(magic0)).map((r) => text(r.value)), ['lz4 value']);
  // The legacy checksum in a magic-1 wrapper is corruption (after fixing the message CRC).
  frame1[6] = frame0[6]!;
  new DataView(magic1.buffer).setUint32(12, crc32(magic1, 16, magic1.length));
  try {
    await decodeRecords(magic1);
    assert.unreachable('accepted');
  } catch (error) {
    assert.instance(error, KafkaCorruptRecordError);
    assert.match((error as Error).message, /header checksum/);
  }
});

test('keys and values are views into the fetched bytes, not copies', async () => {
  const bytes = await encodeRecordBatch({ records: [{ key: 'k', value: 'value', timestamp: 1 }] });
  const [record] = await decodeRecords(bytes);
  assert.ok(record);
  assert.is(record.value?.buffer, bytes.buffer);
  const at = record.value!.byteOffset - bytes.byteOffset;
  bytes[at] = 'V'.charCodeAt(0);
  assert.is(text(record.value), 'Value');
});

test('records without headers share one frozen empty array', async () => {
  const bytes = await encodeRecordBatch({ records: [{ value: 'a', timestamp: 1 }, { value: 'b', timestamp: 2 }] });
  const [a, b] = await decodeRecords(bytes);
  assert.ok(a && b);
  assert.is(a.headers, b.headers);
  assert.ok(Object.isFrozen(a.headers));
});

test('batch metadata round-trips: producer, epoch, sequence, flags and timestamps', async () => {
  const bytes = await encodeRecordBatch({
    baseOffset: 42,
    partitionLeaderEpoch: 3,
    producerId: 123456789012,
    producerEpoch: 4,
    baseSequence: 17,
    isTransactional: true,
    compression: 'zstd',
    records: [
      { value: 'a', timestamp: 2000 },
      { value: 'b', timestamp: 1500, offsetDelta: 5 },
    ],
  });
  const batches = [];
  for await (const batch of decodeBatches(bytes)) batches.push(batch);
  assert.is(batches.length, 1);
  const [batch] = batches;
  assert.ok(batch);
  assert.equal(
    {
      baseOffset: batch.baseOffset,
      lastOffset: batch.lastOffset,
      nextOffset: batch.nextOffset,
      producerId: batch.producerId,
      producerEpoch: batch.producerEpoch,
      baseSequence: batch.baseSequence,
      isTransactional: batch.isTransactional,
      isControl: batch.isControl,
      compression: batch.compression,
      baseTimestamp: batch.baseTimestamp,
      maxTimestamp: batch.maxTimestamp,
      partitionLeaderEpoch: batch.partitionLeaderEpoch,
      recordCount: batch.recordCount,
      sizeInBytes: batch.sizeInBytes,
    },
    {
      baseOffset: 42,
      lastOffset: 47,
      nextOffset: 48,
      producerId: 123456789012,
      producerEpoch: 4,
      baseSequence: 17,
      isTransactional: true,
      isControl: false,
      compression: 4,
      baseTimestamp: 2000,
      maxTimestamp: 2000,
      partitionLeaderEpoch: 3,
      recordCount: 2,
      sizeInBytes: bytes.length,
    },
  );
  assert.equal(
    batch.records.map((r) => [r.offset, r.timestamp]),
    [
      [42, 2000],
      [47, 1500],
    ],
  );
});

test('a producer id beyond the safe integers comes back as a bigint', async () => {
  const bytes = await encodeRecordBatch({ producerId: 2n ** 60n, records: [{ value: 'a', timestamp: 1 }] });
  for await (const batch of decodeBatches(bytes)) assert.is(batch.producerId, 2n ** 60n);
});

test('LogAppendTime batches give every record the batch max timestamp', async () => {
  const bytes = await encodeRecordBatch({
    timestampType: 'LogAppendTime',
    maxTimestamp: 99_999,
    records: [
      { value: 'a', timestamp: 10 },
      { value: 'b', timestamp: 20 },
    ],
  });
  const records = await decodeRecords(bytes);
  assert.equal(
    records.map((r) => [r.timestamp, r.timestampType]),
    [
      [99_999, 'LogAppendTime'],
      [99_999, 'LogAppendTime'],
    ],
  );
});

test("magic-1 LogAppendTime, on a wrapper or on plain messages, sets every record's timestamp", async () => {
  for (const compression of ['gzip', 'none'] as const) {
    const bytes = await encodeMessageSet({
      magic: 1,
      compression,
      timestampType: 'LogAppendTime',
      logAppendTime: 77_777,
      messages: [
        { value: 'a', timestamp: 1 },
        { value: 'b', timestamp: 2 },
      ],
    });
    const records = await decodeRecords(bytes);
    assert.equal(
      records.map((r) => [r.timestamp, r.timestampType]),
      [
        [77_777, 'LogAppendTime'],
        [77_777, 'LogAppendTime'],
      ],
      compression,
    );
  }
});

test.run();
