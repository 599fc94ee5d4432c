import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeRecords, decodeRecordSet, encodeMessageSet, encodeRecordBatch, KafkaCorruptRecordError, type KafkaRecord } from '../../src/index.js';
import { plain } from '../helpers/records.js';

const RECORDS = [
  { key: 'k1', value: 'first value', timestamp: 5000, headers: [{ key: 'h', value: 'x' }] },
  { key: null, value: 'second', timestamp: 5007 },
];

const isCorrupt = (e: unknown): boolean => e instanceof KafkaCorruptRecordError;

async function outcome(bytes: Uint8Array, checkCrc = true): Promise<{ records: KafkaRecord[]; truncated: number } | KafkaCorruptRecordError> {
  try {
    const result = await decodeRecordSet(bytes, { checkCrc });
    return { records: result.records, truncated: result.truncatedBytes };
  } catch (error) {
    if (!isCorrupt(error)) throw new Error(`not a KafkaCorruptRecordError: ${String(error)}`, { cause: error });
    return error as KafkaCorruptRecordError;
  }
}

/** The records' content without the fields a corrupted uncovered byte may change. */
const withoutOffsets = (records: KafkaRecord[]) => records.map((r) => ({ ...plain(r), offset: 0 }));

test('every corrupted byte of a v2 batch is detected, or only changes the offset or leader epoch fields outside the CRC', async () => {
  for (const compression of ['none', 'gzip'] as const) {
    const batch = await encodeRecordBatch({ baseOffset: 100, partitionLeaderEpoch: 5, compression, records: RECORDS });
    const good = await decodeRecords(batch);
    for (let at = 0; at < batch.length; at++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const bytes = Uint8Array.from(batch);
        bytes[at]! ^= flip;
        const result = await outcome(bytes);
        const where = `${compression}: byte ${at} ^ 0x${flip.toString(16)}`;
        if (at < 8) {
          // baseOffset: outside the CRC by design (the broker assigns it); only offsets move,
          // unless they leave the safe integers, which is refused.
          if (result instanceof Error) assert.match(result.message, /safe JS integer/, where);
          else assert.equal(withoutOffsets(result.records), withoutOffsets(good), where);
        } else if (at < 12) {
          // batchLength: a longer batch looks like a cut-off tail, a shorter one fails its CRC.
          if (!(result instanceof Error)) assert.equal([result.records.length, result.truncated], [0, bytes.length], where);
        } else if (at < 16) {
          // partitionLeaderEpoch: outside the CRC by design (set by the broker).
          assert.ok(!(result instanceof Error), where);
          if (!(result instanceof Error)) {
            assert.equal(result.records.map(plain), good.map(plain), where);
            assert.is.not(result.records[0]?.leaderEpoch, 5, where);
          }
        } else {
          assert.ok(result instanceof KafkaCorruptRecordError, `${where} was not detected`);
        }
      }
    }
  }
});

test('every corrupted byte of a legacy message is detected, or only changes its offset', async () => {
  for (const magic of [0, 1] as const) {
    const set = await encodeMessageSet({ magic, baseOffset: 7, messages: [{ key: 'k', value: 'value', timestamp: 9 }] });
    const good = await decodeRecords(set);
    for (let at = 0; at < set.length; at++) {
      const bytes = Uint8Array.from(set);
      bytes[at]! ^= 0x41;
      const result = await outcome(bytes);
      const where = `magic ${magic}: byte ${at}`;
      if (at < 8) {
        if (result instanceof Error) assert.match(result.message, /safe JS integer/, where);
        else assert.equal(withoutOffsets(result.records), withoutOffsets(good), where);
      } else if (at < 12) {
        if (!(result instanceof Error)) assert.equal([result.records.length, result.truncated], [0, bytes.length], where);
      } else {
        assert.ok(result instanceof KafkaCorruptRecordError, `${where} was not detected`);
      }
    }
  }
});

test('with CRC checks off, damaged bytes still fail as corruption or decode, never crash with another error', async () => {
  const batches = [
    await encodeRecordBatch({ baseOffset: 0, records: RECORDS }),
    await encodeRecordBatch({ baseOffset: 0, compression: 'snappy', records: RECORDS }),
    await encodeMessageSet({ magic: 1, compression: 'lz4', messages: RECORDS }),
  ];
  let detected = 0;
  for (const batch of batches) {
    for (let at = 0; at < batch.length; at++) {
      for (const value of [0x00, 0x7f, 0x80, 0xff]) {
        const bytes = Uint8Array.from(batch);
        bytes[at] = value;
        const result = await outcome(bytes, false); // throws if the error is not KafkaCorruptRecordError
        if (result instanceof Error) detected++;
      }
    }
  }
  assert.ok(detected > 100, `layout checks alone caught ${detected} damaged inputs`);
});

test('a CRC mismatch names topic, partition and offset and says what to do', async () => {
  const batch = Uint8Array.from(await encodeRecordBatch({ baseOffset: 4242, records: RECORDS }));
  batch[Buffer.from(batch).indexOf('first value')]! ^= 1;
  try {
    await decodeRecords(batch, { topic: 'orders', partition: 3 });
    assert.unreachable('no error');
  } catch (error) {
    assert.instance(error, KafkaCorruptRecordError);
    const e = error as KafkaCorruptRecordError;
    assert.equal([e.topic, e.partition, e.offset, e.code, e.retriable], ['orders', 3, 4242, 'CORRUPT_MESSAGE', false]);
    assert.match(e.message, /topic 'orders', partition 3, offset 4242/);
    assert.match(e.message, /CRC-32C mismatch/);
  }
  // The same bytes decode when the caller turns CRC checks off (the damage is in a value byte).
  assert.is((await decodeRecords(batch, { checkCrc: false })).length, 2);
});

test.run();
