// What a modern consumer must read: all four codecs, headers, timestamps, control records,
// and read_committed with aborted transactions, through both consumer classes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaConsumer, type OffsetAndMessage, SimpleConsumer } from '../src/index.js';
import { appendBatch, appendMessages, START_TIME, startCluster, text } from './helpers/cluster.js';
import { drive } from './helpers/event-loop.js';
import { fetchesSeen } from './helpers/observe.js';
import { RawTransactionalProducer } from './helpers/transactions.js';

const CODECS = ['gzip', 'snappy', 'lz4', 'zstd'] as const;

test('all four codecs: batches compressed with gzip, snappy, lz4 and zstd are read in order by both consumers', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  for (const compression of CODECS) await appendMessages(t.cluster, 't', 0, 50, { perBatch: 25, compression, prefix: compression });
  const simple = new SimpleConsumer(t.client, null, 't', { autoCommit: false, clock: t.clock, maxBufferSize: null });
  const fromSimple = (await drive(t.clock, simple.getMessages({ count: 200, timeoutMs: 10_000 }))) as OffsetAndMessage[];
  assert.equal(
    fromSimple.map((m) => m.offset),
    Array.from({ length: 200 }, (_, i) => i),
  );
  assert.equal(
    CODECS.map((_codec, i) => [text(fromSimple[i * 50]?.message.value ?? null), (fromSimple[i * 50]?.message.attributes ?? 0) & 7]),
    [
      ['gzip-0', 1],
      ['snappy-50', 2],
      ['lz4-100', 3],
      ['zstd-150', 4],
    ],
  );
  const kafka = new KafkaConsumer('t', { client: t.client, clock: t.clock, autoOffsetReset: 'smallest', consumerTimeoutMs: 1000 });
  const values: string[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of kafka) values.push(text(m.value) as string);
    })(),
  );
  assert.equal(
    values,
    fromSimple.map((m) => text(m.message.value)),
  );
  await drive(t.clock, kafka.close());
  await t.stop();
});

test('headers, keys and CreateTime timestamps reach the application; values are views into the fetched bytes, not copies', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['v0', null, 'v2'], {
    compression: 'lz4',
    timestamp: START_TIME - 60_000,
    keys: ['k0', 'k1', null],
    headers: [[{ key: 'trace', value: 'abc' }], [], [{ key: 'a', value: null }, { key: 'b', value: 'two' }]],
  });
  const consumer = new KafkaConsumer('t', { client: t.client, clock: t.clock, autoOffsetReset: 'smallest' });
  const got = [await drive(t.clock, consumer.next()), await drive(t.clock, consumer.next()), await drive(t.clock, consumer.next())];
  assert.equal(
    got.map((m) => [m.offset, text(m.key), text(m.value), m.timestamp]),
    [
      [0, 'k0', 'v0', START_TIME - 60_000],
      [1, 'k1', null, START_TIME - 59_999],
      [2, null, 'v2', START_TIME - 59_998],
    ],
  );
  assert.equal(
    got.map((m) => m.headers.map((h) => [h.key, text(h.value)])),
    [[['trace', 'abc']], [], [['a', null], ['b', 'two']]],
  );
  const value = got[0]?.value as Uint8Array;
  assert.ok(value.buffer.byteLength > value.byteLength, 'the value is a view into a larger buffer');
  await drive(t.clock, consumer.close());
  await t.stop();
});

async function transactionalLog() {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['a']);
  const producer = new RawTransactionalProducer(t.client, 'tx');
  await drive(t.clock, producer.init());
  await drive(t.clock, producer.transaction('t', 0, ['aborted-1', 'aborted-2'], 'abort'));
  await drive(t.clock, producer.transaction('t', 0, ['committed-1', 'committed-2'], 'commit'));
  await appendBatch(t.cluster, 't', 0, ['z']);
  return { t, producer };
}

test("read_committed drops aborted transactions and never hands out control records; read_uncommitted shows the aborted data but still no markers", async () => {
  const { t } = await transactionalLog();
  const end = t.cluster.partition('t', 0).highWatermark;
  assert.is(end, 8, 'a, 2 aborted + marker, 2 committed + marker, z');
  const read = async (isolationLevel: 'read_committed' | 'read_uncommitted') => {
    const consumer = new KafkaConsumer('t', { client: t.client, clock: t.clock, autoOffsetReset: 'smallest', consumerTimeoutMs: 500, isolationLevel });
    const out: Array<[number, string | null]> = [];
    await drive(
      t.clock,
      (async () => {
        for await (const m of consumer) out.push([m.offset, text(m.value)]);
      })(),
    );
    await drive(t.clock, consumer.close());
    return out;
  };
  assert.equal(await read('read_committed'), [
    [0, 'a'],
    [4, 'committed-1'],
    [5, 'committed-2'],
    [7, 'z'],
  ]);
  assert.equal(await read('read_uncommitted'), [
    [0, 'a'],
    [1, 'aborted-1'],
    [2, 'aborted-2'],
    [4, 'committed-1'],
    [5, 'committed-2'],
    [7, 'z'],
  ]);
  assert.ok(
    fetchesSeen(t.cluster).some((f) => f.isolationLevel === 1),
    'the isolation level is passed to the broker',
  );
  await t.stop();
});

test('read_committed: a commit marker after the last record is not lag — pending() is 0 once every record is handed out', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['a']);
  const producer = new RawTransactionalProducer(t.client, 'tx');
  await drive(t.clock, producer.init());
  await drive(t.clock, producer.transaction('t', 0, ['committed-1', 'committed-2'], 'commit'));
  assert.is(t.cluster.partition('t', 0).lastStableOffset, 4, 'a, 2 committed, marker');
  const consumer = new SimpleConsumer(t.client, null, 't', { autoCommit: false, clock: t.clock, isolationLevel: 'read_committed' });
  const got = (await drive(t.clock, consumer.getMessages({ count: 3, timeoutMs: 500 }))) as OffsetAndMessage[];
  assert.equal(
    got.map((m) => m.offset),
    [0, 1, 2],
  );
  assert.equal((await drive(t.clock, consumer.pending())).total, 0);
  assert.is(consumer.offsets.get(0), 3, 'offsets (what is committed) stay at the next record, as the seed defines them');
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('read_committed: an open transaction holds the SimpleConsumer back at the last stable offset, and pending() counts up to it', async () => {
  const { t, producer } = await transactionalLog();
  await drive(t.clock, producer.open('t', 0, ['open-1']));
  await appendBatch(t.cluster, 't', 0, ['after-open']);
  const consumer = new SimpleConsumer(t.client, null, 't', { autoCommit: false, clock: t.clock, isolationLevel: 'read_committed' });
  const got = (await drive(t.clock, consumer.getMessages({ count: 10, timeoutMs: 500 }))) as OffsetAndMessage[];
  assert.equal(
    got.map((m) => text(m.message.value)),
    ['a', 'committed-1', 'committed-2', 'z'],
  );
  const lastStable = t.cluster.partition('t', 0).lastStableOffset;
  assert.is(lastStable, 8);
  assert.is((await drive(t.clock, consumer.pending())).total, lastStable - 8);
  const uncommitted = new SimpleConsumer(t.client, null, 't', { autoCommit: false, clock: t.clock });
  assert.is((await drive(t.clock, uncommitted.pending())).total, t.cluster.partition('t', 0).highWatermark);
  await t.stop();
});

test.run();
