import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeRecordSet, encodeMessageSet, encodeRecordBatch } from '../../src/index.js';
import { CODECS, concat, LEGACY_CODECS } from '../helpers/records.js';

const records = (base: number) => [
  { key: `k${base}`, value: `value ${base}`, timestamp: 1000 + base, headers: [{ key: 'h', value: 'v' }] },
  { key: null, value: `value ${base + 1}`, timestamp: 1001 + base },
];

async function checkEveryCut(name: string, first: Uint8Array, last: Uint8Array, firstCount: number, firstNext: number): Promise<void> {
  const whole = concat(first, last);
  for (let cut = first.length; cut < whole.length; cut++) {
    const result = await decodeRecordSet(whole.subarray(0, cut));
    assert.is(result.records.length, firstCount, `${name}: cut at ${cut}`);
    assert.is(result.nextOffset, firstNext, `${name}: cut at ${cut}`);
    assert.is(result.truncatedBytes, cut - first.length, `${name}: cut at ${cut}`);
  }
  const full = await decodeRecordSet(whole);
  assert.is(full.truncatedBytes, 0);
  assert.ok(full.records.length > firstCount, name);
}

test('a v2 batch cut off at any byte yields nothing and no error, with every codec', async () => {
  for (const compression of CODECS) {
    const first = await encodeRecordBatch({ baseOffset: 0, compression, records: records(0) });
    const last = await encodeRecordBatch({ baseOffset: 2, compression, records: records(2) });
    await checkEveryCut(`v2 ${compression}`, first, last, 2, 2);
  }
});

test('a legacy message or wrapper cut off at any byte yields nothing and no error', async () => {
  for (const magic of [0, 1] as const) {
    for (const compression of LEGACY_CODECS) {
      const first = await encodeMessageSet({ magic, baseOffset: 0, compression, messages: records(0) });
      // One message: uncompressed, every message is an entry of its own.
      const last = await encodeMessageSet({ magic, baseOffset: 2, compression, messages: records(2).slice(0, 1) });
      await checkEveryCut(`magic ${magic} ${compression}`, first, last, 2, 2);
    }
  }
});

test('data holding only part of one batch decodes to nothing, with no next offset', async () => {
  const batch = await encodeRecordBatch({ baseOffset: 10, records: records(0) });
  for (const cut of [0, 1, 11, 12, 16, 17, 61, batch.length - 1]) {
    const result = await decodeRecordSet(batch.subarray(0, cut));
    assert.equal([result.records.length, result.nextOffset, result.batchCount, result.truncatedBytes], [0, null, 0, cut], `cut ${cut}`);
  }
});

test('null and empty records data mean no data', async () => {
  for (const data of [null, undefined, new Uint8Array(0)]) {
    const result = await decodeRecordSet(data);
    assert.equal([result.records, result.nextOffset], [[], null]);
  }
});

test.run();
