import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type DecodedBatch, decodeBatches, decodeRecordSet, encodeRecordBatch, encodeTransactionMarker } from '../../src/index.js';
import { concat, text } from '../helpers/records.js';

const P1 = 1001;
const P2 = 1002;
const P3 = 1003;
const P4 = 1004;

const txn = (producerId: number, baseOffset: number, values: string[], compression: 'none' | 'gzip' = 'none') =>
  encodeRecordBatch({
    baseOffset,
    producerId,
    producerEpoch: 0,
    baseSequence: 0,
    isTransactional: true,
    compression,
    records: values.map((value, i) => ({ value, timestamp: 100 + baseOffset + i })),
  });
const marker = (type: 'COMMIT' | 'ABORT', producerId: number, offset: number) =>
  encodeTransactionMarker({ type, producerId, producerEpoch: 0, coordinatorEpoch: 3, offset, timestamp: 100 + offset });

/**
 * Four producers interleaved in one partition:
 *   P1 transaction A (0-1, 5) aborted at 7; then P1 transaction C (8-9) committed at 11.
 *   P2 transaction B (2-3) committed at 6. A plain producer at 4, an idempotent P3 at 10.
 *   P4 transaction D (12, gzip) aborted at 13.
 */
async function partitionLog(): Promise<Uint8Array> {
  return concat(
    await txn(P1, 0, ['a0', 'a1']),
    await txn(P2, 2, ['b2', 'b3']),
    await encodeRecordBatch({ baseOffset: 4, records: [{ value: 'plain4', timestamp: 104 }] }),
    await txn(P1, 5, ['a5']),
    await marker('COMMIT', P2, 6),
    await marker('ABORT', P1, 7),
    await txn(P1, 8, ['c8', 'c9']),
    await encodeRecordBatch({ baseOffset: 10, producerId: P3, producerEpoch: 0, baseSequence: 0, records: [{ value: 'idem10', timestamp: 110 }] }),
    await marker('COMMIT', P1, 11),
    await txn(P4, 12, ['d12'], 'gzip'),
    await marker('ABORT', P4, 13),
  );
}

// As a broker lists them: unsorted is allowed, producer ids as int64 (bigint) or number.
const ABORTED = [
  { producerId: BigInt(P4), firstOffset: 12 },
  { producerId: P1, firstOffset: 0 },
];

test('read_committed drops exactly the aborted transactions of interleaved producers', async () => {
  const log = await partitionLog();
  const committed = await decodeRecordSet(log, { isolationLevel: 'read_committed', abortedTransactions: ABORTED });
  assert.equal(
    committed.records.map((r) => [r.offset, text(r.value)]),
    [
      [2, 'b2'],
      [3, 'b3'],
      [4, 'plain4'],
      [8, 'c8'],
      [9, 'c9'],
      [10, 'idem10'],
    ],
  );
  assert.is(committed.nextOffset, 14);
});

test('read_uncommitted returns every data record and never a control record', async () => {
  const log = await partitionLog();
  for (const options of [{}, { isolationLevel: 'read_uncommitted' as const, abortedTransactions: ABORTED }]) {
    const all = await decodeRecordSet(log, options);
    assert.equal(
      all.records.map((r) => r.offset),
      [0, 1, 2, 3, 4, 5, 8, 9, 10, 12],
    );
  }
});

test('transaction markers are reported with producer, type and coordinator epoch', async () => {
  const { controlRecords } = await decodeRecordSet(await partitionLog());
  assert.equal(
    controlRecords.map((c) => [c.offset, c.type, c.producerId, c.coordinatorEpoch]),
    [
      [6, 'COMMIT', P2, 3],
      [7, 'ABORT', P1, 3],
      [11, 'COMMIT', P1, 3],
      [13, 'ABORT', P4, 3],
    ],
  );
});

test('the batch view flags aborted batches and gives every batch its next offset', async () => {
  const batches: DecodedBatch[] = [];
  for await (const batch of decodeBatches(await partitionLog(), { isolationLevel: 'read_committed', abortedTransactions: ABORTED })) {
    batches.push(batch);
  }
  assert.equal(
    batches.map((b) => [b.baseOffset, b.nextOffset, b.isControl, b.aborted, b.records.length]),
    [
      [0, 2, false, true, 0],
      [2, 4, false, false, 2],
      [4, 5, false, false, 1],
      [5, 6, false, true, 0],
      [6, 7, true, false, 0],
      [7, 8, true, false, 0],
      [8, 10, false, false, 2],
      [10, 11, false, false, 1],
      [11, 12, true, false, 0],
      [12, 13, false, true, 0],
      [13, 14, true, false, 0],
    ],
  );
});

test('a fetch starting past an ABORT marker still honours it: the later transaction is kept', async () => {
  // The first returned batch starts before the fetch offset, as brokers return whole batches.
  const log = concat(await txn(P1, 0, ['a0']), await marker('ABORT', P1, 1), await txn(P1, 2, ['c2', 'c3']));
  const result = await decodeRecordSet(log, {
    fetchOffset: 3,
    isolationLevel: 'read_committed',
    abortedTransactions: [{ producerId: P1, firstOffset: 0 }],
  });
  assert.equal(
    result.records.map((r) => r.offset),
    [3],
  );
});

test('a non-transactional batch of a producer with an open aborted transaction is kept', async () => {
  const log = concat(
    await txn(P1, 0, ['a0']),
    await encodeRecordBatch({ baseOffset: 1, producerId: P1, producerEpoch: 0, records: [{ value: 'plain', timestamp: 1 }] }),
    await marker('ABORT', P1, 2),
  );
  const result = await decodeRecordSet(log, { isolationLevel: 'read_committed', abortedTransactions: [{ producerId: P1, firstOffset: 0 }] });
  assert.equal(
    result.records.map((r) => text(r.value)),
    ['plain'],
  );
});

test('unknown control record types are reported as UNKNOWN and otherwise ignored', async () => {
  const key = new Uint8Array([0, 0, 0, 99]);
  const batch = await encodeRecordBatch({ baseOffset: 5, isControl: true, records: [{ key, value: null, timestamp: 1 }] });
  const result = await decodeRecordSet(batch);
  assert.equal([result.records.length, result.nextOffset], [0, 6]);
  assert.equal(
    result.controlRecords.map((c) => [c.type, c.typeId, c.coordinatorEpoch]),
    [['UNKNOWN', 99, -1]],
  );
});

test.run();
