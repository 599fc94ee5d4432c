// Chunks decoded one log entry at a time: what the application gets from a chunk of several
// batches (fetch offset inside the first, aborted transactions, control batches, compaction
// gaps, a cut-off tail, corruption in a later batch) and where the next fetch starts.
import { encodeRecordBatch } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FetchedRecord } from '../src/fetch/engine.js';
import { ChecksumError, ConsumerFetchSizeTooSmall } from '../src/index.js';
import { rejects } from './helpers/assert.js';
import { appendBatch, appendMessages, startCluster, type TestCluster, text } from './helpers/cluster.js';
import { type EngineOptions, engineFor as engineWithDefaults, take, WAIT } from './helpers/engine.js';
import { drive, until } from './helpers/event-loop.js';
import { countOf, fetchesSeen } from './helpers/observe.js';
import { RawTransactionalProducer } from './helpers/transactions.js';

const MIB = 1024 * 1024;

/** 1 MiB fetch limits: every chunk here fits whole. */
const engineFor = (t: TestCluster, overrides: Partial<EngineOptions> = {}) => engineWithDefaults(t, { initialFetchBytes: MIB, maxFetchBytes: MIB, ...overrides });


const offsetsOf = (records: FetchedRecord[]) => records.map((r) => r.record.offset);
const offsetsAndValues = (records: FetchedRecord[]) => records.map((r) => [r.record.offset, text(r.record.value)]);
const fetchOffsets = (t: TestCluster, partition = 0) => fetchesSeen(t.cluster).flatMap((f) => f.partitions.filter((p) => p.partition === partition).map((p) => p.offset));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

test('a fetch position inside the first batch of a chunk skips its earlier records; the next fetch asks for the offset after the chunk as soon as the application reaches it', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 15, { perBatch: 5 });
  const engine = engineFor(t);
  engine.add([{ topic: 't', partition: 0, offset: 3 }]);
  const [first] = await take(t, engine, 1);
  assert.is(first?.record.offset, 3);
  assert.is(text(first?.record.value ?? null), 'p0-3');
  await until(() => countOf(t.cluster, 'Fetch') === 2, 'the next fetch, while 11 records of the chunk are still to come');
  assert.equal(fetchOffsets(t), [3, 15], 'one chunk held all three batches; the next fetch starts after them');
  assert.is(engine.position('t', 0), 15);
  assert.equal(offsetsOf(await take(t, engine, 11)), range(4, 15));
  engine.close();
  await t.stop();
});

async function transactionalChunk(): Promise<TestCluster> {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['a']);
  const producer = new RawTransactionalProducer(t.client, 'tx');
  await drive(t.clock, producer.init());
  await drive(t.clock, producer.transaction('t', 0, ['aborted-1', 'aborted-2'], 'abort'));
  await appendBatch(t.cluster, 't', 0, ['b']);
  // The same producer again: its committed transaction must survive the abort before it.
  await drive(t.clock, producer.transaction('t', 0, ['committed-1', 'committed-2'], 'commit'));
  assert.is(t.cluster.partition('t', 0).highWatermark, 8, 'a, 2 aborted + ABORT, b, 2 committed + COMMIT');
  return t;
}

test('read_committed: an aborted transaction in the middle of a chunk of several batches is dropped, the same producer\'s later committed one is kept, and the trailing COMMIT marker moves the next fetch past it', async () => {
  const t = await transactionalChunk();
  const engine = engineFor(t, { isolationLevel: 'read_committed' });
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  assert.equal(offsetsAndValues(await take(t, engine, 4)), [
    [0, 'a'],
    [4, 'b'],
    [5, 'committed-1'],
    [6, 'committed-2'],
  ]);
  await until(() => countOf(t.cluster, 'Fetch') === 2, 'the next fetch');
  assert.equal(fetchOffsets(t), [0, 8], 'everything came in one chunk; the marker at 7 is behind the next position');
  assert.ok(fetchesSeen(t.cluster).every((f) => f.isolationLevel === 1));
  engine.close();
  await t.stop();
});

test('read_uncommitted: the same chunk hands out the aborted records too, never the markers', async () => {
  const t = await transactionalChunk();
  const engine = engineFor(t);
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  assert.equal(offsetsOf(await take(t, engine, 6)), [0, 1, 2, 4, 5, 6]);
  await until(() => countOf(t.cluster, 'Fetch') === 2, 'the next fetch');
  assert.equal(fetchOffsets(t), [0, 8]);
  engine.close();
  await t.stop();
});

test('compaction gaps: offsets missing inside and between batches, and a batch emptied at the end of the chunk, still move the next fetch to the end of the last batch', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  t.cluster.appendRaw(
    't',
    0,
    await encodeRecordBatch({
      baseOffset: 0,
      lastOffsetDelta: 4,
      records: [
        { value: 'r0', offsetDelta: 0 },
        { value: 'r2', offsetDelta: 2 },
      ],
    }),
  );
  t.cluster.appendRaw('t', 0, await encodeRecordBatch({ baseOffset: 10, records: [{ value: 'r10' }, { value: 'r11' }] }));
  t.cluster.appendRaw('t', 0, await encodeRecordBatch({ baseOffset: 12, lastOffsetDelta: 3, records: [] }));
  const engine = engineFor(t);
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  assert.equal(offsetsAndValues(await take(t, engine, 4)), [
    [0, 'r0'],
    [2, 'r2'],
    [10, 'r10'],
    [11, 'r11'],
  ]);
  await until(() => countOf(t.cluster, 'Fetch') === 2, 'the next fetch');
  assert.equal(fetchOffsets(t), [0, 16]);
  engine.close();
  await t.stop();
});

test('a batch cut off at the end of a chunk is not handed out: the next fetch asks for its first offset and brings it whole', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  for (let i = 0; i < 3; i++) await appendBatch(t.cluster, 't', 0, Array.from({ length: 5 }, (_, j) => `${i}-${j}-${'x'.repeat(300)}`));
  // About 1.6 KB per batch: 4000 bytes hold two batches and a piece of the third.
  const engine = engineFor(t, { initialFetchBytes: 4000, maxFetchBytes: 4000 });
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  assert.equal(offsetsOf(await take(t, engine, 15)), range(0, 15));
  assert.equal(fetchOffsets(t).slice(0, 2), [0, 10]);
  engine.close();
  await t.stop();
});

test('a partition whose first batch is cut at the limit (not the first partition of the answer) gets a doubled limit, then its records; at the largest limit it raises ConsumerFetchSizeTooSmall', async () => {
  for (const maxFetchBytes of [4000, 1000]) {
    const t = await startCluster({ topics: { t: 2 } });
    for (const partition of [0, 1]) await appendBatch(t.cluster, 't', partition, Array.from({ length: 5 }, (_, j) => `${partition}-${j}-${'x'.repeat(300)}`));
    const engine = engineFor(t, { initialFetchBytes: 1000, maxFetchBytes });
    engine.add([
      { topic: 't', partition: 0, offset: 0 },
      { topic: 't', partition: 1, offset: 0 },
    ]);
    if (maxFetchBytes === 4000) {
      const got = await take(t, engine, 10);
      assert.equal(got.filter((r) => r.partition === 1).map((r) => r.record.offset), range(0, 5));
      const limitsOfPartition1 = fetchesSeen(t.cluster).flatMap((f) => f.partitions.filter((p) => p.partition === 1).map((p) => p.maxBytes));
      assert.equal(limitsOfPartition1.slice(0, 2), [1000, 2000]);
    } else {
      const errors: unknown[] = [];
      for (let i = 0; i < 2; i++) await drive(t.clock, engine.next(WAIT)).catch((error: unknown) => errors.push(error));
      assert.equal(
        errors.map((e) => e instanceof ConsumerFetchSizeTooSmall && [e.partition, e.fetchSize, e.offset]).sort(),
        [
          [0, 1000, 0],
          [1, 1000, 0],
        ],
      );
    }
    engine.close();
    await t.stop();
  }
});

test('corruption in a later batch of a chunk: the records before it are handed out, then the error, again on the next call (fetched again from that batch), and seeking past it goes on after it', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 3);
  const bad = Uint8Array.from(await encodeRecordBatch({ baseOffset: 3, records: [{ value: 'b3' }, { value: 'b4' }, { value: 'b5' }] }));
  bad[bad.length - 2] = (bad[bad.length - 2] as number) ^ 0x55;
  t.cluster.appendRaw('t', 0, bad);
  await appendMessages(t.cluster, 't', 0, 3);
  const engine = engineFor(t);
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  assert.equal(offsetsOf(await take(t, engine, 3)), [0, 1, 2]);
  const isCorruptAt3 = (e: unknown) => e instanceof ChecksumError && e.offset === 3;
  await rejects(drive(t.clock, engine.next(WAIT)), isCorruptAt3);
  assert.is(engine.position('t', 0), 3, 'back at the corrupt batch');
  await rejects(drive(t.clock, engine.next(WAIT)), isCorruptAt3);
  const offsets = fetchOffsets(t);
  assert.is(offsets[0], 0);
  assert.is(offsets[offsets.length - 1], 3, 'fetched again from the corrupt batch');
  engine.seek('t', 0, 6);
  const after = await take(t, engine, 3);
  assert.equal(
    after.map((r) => text(r.record.value)),
    ['p0-6', 'p0-7', 'p0-8'],
  );
  engine.close();
  await t.stop();
});

test.run();
