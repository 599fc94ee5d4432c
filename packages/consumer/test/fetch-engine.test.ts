// The fetch engine shared by every consumer: pipelining with bounded buffers, lazy decoding,
// one request per leader, runtime assignment changes, and the error policy.
import { encodeRecordBatch, ErrorCode } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FetchedRecord } from '../src/fetch/engine.js';
import { ChecksumError, type OffsetAndMessage, SimpleConsumer } from '../src/index.js';
import { rejects } from './helpers/assert.js';
import { appendBatch, appendMessages, startCluster, text } from './helpers/cluster.js';
import { engineFor, take, WAIT } from './helpers/engine.js';
import { drive, flush, until } from './helpers/event-loop.js';
import { countOf, fetchesSeen } from './helpers/observe.js';


test('pipelining: the next fetch leaves while the application works on the current batch, and at most one undecoded chunk waits per partition', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  for (let i = 0; i < 4; i++) await appendBatch(t.cluster, 't', 0, Array.from({ length: 5 }, (_, j) => `${i}-${j}-${'x'.repeat(300)}`));
  // One batch (~1.6 KB) per fetch.
  const engine = engineFor(t, { initialFetchBytes: 2000, maxFetchBytes: 2000 });
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  const [first] = await take(t, engine, 1);
  assert.is(first?.record.offset, 0);
  await until(() => countOf(t.cluster, 'Fetch') === 2, 'the second fetch, sent while the application holds batch 1');
  await flush(200);
  assert.is(countOf(t.cluster, 'Fetch'), 2, 'no third fetch: batch 2 waits undecoded, so the partition is not fetched again');
  await take(t, engine, 4);
  assert.is(countOf(t.cluster, 'Fetch'), 2, 'still batch 1');
  await take(t, engine, 1);
  await until(() => countOf(t.cluster, 'Fetch') === 3, 'batch 2 decoded: the third fetch leaves');
  assert.equal(
    fetchesSeen(t.cluster).map((f) => [f.partitions[0]?.offset, f.partitions[0]?.maxBytes]),
    [
      [0, 2000],
      [5, 2000],
      [10, 2000],
    ],
  );
  engine.close();
  await t.stop();
});

test('lazy decoding: a corrupt chunk of partition 1 does not disturb partition 0 until the application reaches it', async () => {
  const t = await startCluster({ topics: { t: 2 } });
  await appendMessages(t.cluster, 't', 0, 5);
  const batch = await encodeRecordBatch({ baseOffset: 0, records: [{ value: 'will not verify' }] });
  const corrupt = Uint8Array.from(batch);
  corrupt[corrupt.length - 2] = (corrupt[corrupt.length - 2] as number) ^ 0x55;
  t.cluster.appendRaw('t', 1, corrupt);
  const consumer = new SimpleConsumer(t.client, null, 't', { autoCommit: false, clock: t.clock });
  const first = (await drive(t.clock, consumer.getMessages({ count: 5, timeoutMs: 1000 }))) as OffsetAndMessage[];
  assert.equal(
    first.map((m) => text(m.message.value)),
    ['p0-0', 'p0-1', 'p0-2', 'p0-3', 'p0-4'],
  );
  await rejects(drive(t.clock, consumer.getMessage({ timeoutMs: 1000 })), (e) => e instanceof ChecksumError && (e as ChecksumError).partition === 1);
  await t.stop();
});

test('one request per leader per round: partitions are grouped by their leader, every leader is asked at once', async () => {
  const t = await startCluster({ brokers: 3 });
  t.cluster.createTopic('t', { partitions: 4, replicationFactor: 3 });
  for (const [partition, leader] of [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 0],
  ] as const) {
    t.cluster.moveLeader('t', partition, leader);
    await appendMessages(t.cluster, 't', partition, 3);
  }
  const engine = engineFor(t);
  engine.add([0, 1, 2, 3].map((partition) => ({ topic: 't', partition, offset: 0 })));
  const got = await take(t, engine, 12);
  assert.is(new Set(got.map((r) => `${r.partition}/${r.record.offset}`)).size, 12);
  const firstRound = fetchesSeen(t.cluster).slice(0, 3);
  assert.equal(
    firstRound.map((f) => [f.broker, f.partitions.map((p) => p.partition)]).sort(),
    [
      [0, [0, 3]],
      [1, [1]],
      [2, [2]],
    ],
  );
  engine.close();
  await t.stop();
});

test('assignment changes at runtime: an added partition is fetched from its offset, a removed one yields nothing more (even from a fetch in flight)', async () => {
  const t = await startCluster({ topics: { t: 2 } });
  await appendMessages(t.cluster, 't', 0, 3);
  await appendMessages(t.cluster, 't', 1, 3);
  const engine = engineFor(t);
  engine.add([{ topic: 't', partition: 0, offset: 1 }]);
  assert.equal(
    (await take(t, engine, 2)).map((r) => [r.partition, r.record.offset]),
    [
      [0, 1],
      [0, 2],
    ],
  );
  engine.add([{ topic: 't', partition: 1, offset: 2 }]);
  assert.equal(
    (await take(t, engine, 1)).map((r) => [r.partition, r.record.offset]),
    [[1, 2]],
  );
  const waiting = engine.next(WAIT);
  await until(() => fetchesSeen(t.cluster).some((f) => f.partitions.some((p) => p.partition === 1 && p.offset === 3)), 'a long poll for partition 1');
  engine.remove([{ topic: 't', partition: 1 }]);
  await appendMessages(t.cluster, 't', 1, 2);
  await appendMessages(t.cluster, 't', 0, 1);
  const next = (await drive(t.clock, waiting)) as FetchedRecord;
  assert.equal([next.partition, next.record.offset], [0, 3], 'partition 1 data fetched in flight was dropped');
  assert.equal(engine.assigned(), [{ topic: 't', partition: 0 }]);
  engine.close();
  await t.stop();
});

test('retriable fetch errors back off for retryBackoffMs and fetch again from the same position', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 2);
  const engine = engineFor(t, { retryBackoffMs: 250 });
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  t.cluster.faults.failNext({ api: 'Fetch', errorCode: ErrorCode.LEADER_NOT_AVAILABLE, topic: 't', partition: 0, count: 2 });
  const got = await take(t, engine, 2);
  assert.equal(
    got.map((r) => r.record.offset),
    [0, 1],
  );
  const fetches = fetchesSeen(t.cluster);
  assert.equal(
    fetches.slice(0, 3).map((f) => f.partitions[0]?.offset),
    [0, 0, 0],
  );
  assert.ok((fetches[1]?.at ?? 0) - (fetches[0]?.at ?? 0) >= 250 && (fetches[2]?.at ?? 0) - (fetches[1]?.at ?? 0) >= 250, 'backed off between attempts');
  engine.close();
  await t.stop();
});

test('close() releases a waiting call with null and leaves no timer of the engine behind', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  const engine = engineFor(t);
  engine.add([{ topic: 't', partition: 0, offset: 0 }]);
  t.cluster.faults.failNext({ api: 'Fetch', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, topic: 't', partition: 0, count: 1 });
  const waiting = engine.next({ ...WAIT, deadline: t.clock.now() + 60_000 });
  await until(() => countOf(t.cluster, 'Fetch') === 1, 'the failing fetch');
  await flush();
  engine.close();
  assert.is(await waiting, null);
  await t.client.close();
  await flush();
  assert.is(t.clock.pending, 0, 'no deadline, backoff or client timer left');
  await t.stop();
});

test.run();
