// Spec §10 statements 67-80 (KafkaConsumer), plus the rest of its API: fetchMessages batches,
// getPartitionOffsets, close(), configure(), and the runtime assignment seam used by subscribe().
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, KafkaConfigError } from '@kafkaline/protocol';
import { FakeCluster } from '@kafkaline/testing';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ConsumerFetchSizeTooSmall,
  ConsumerStoppedError,
  ConsumerTimeout,
  KafkaConsumer,
  type KafkaConsumerConfig,
  type KafkaMessage,
  OffsetOutOfRangeError,
  UnknownTopicOrPartitionError,
} from '../src/index.js';
import { rejects } from './helpers/assert.js';
import { appendBatch, appendMessages, START_TIME, startCluster, type TestCluster, text } from './helpers/cluster.js';
import { drive, flush, settle, until } from './helpers/event-loop.js';
import { commitsSeen, countOf, fetchesSeen, sumOf } from './helpers/observe.js';

async function topic(t: TestCluster, name: string, partitions: number, perPartition: number): Promise<void> {
  t.cluster.createTopic(name, partitions);
  for (let p = 0; p < partitions; p++) await appendMessages(t.cluster, name, p, perPartition, { perBatch: 10 });
}

type Spec = ConstructorParameters<typeof KafkaConsumer>[number];

function consumerOf<V = Uint8Array | null>(t: TestCluster, topics: Spec[], config: KafkaConsumerConfig<V> = {}): KafkaConsumer<V> {
  return new KafkaConsumer<V>(...(topics as never[]), { client: t.client, clock: t.clock, ...config } as never);
}

function plain(map: Map<string, Map<number, number | null>>): Record<string, Record<number, number | null>> {
  return Object.fromEntries([...map].map(([topicName, partitions]) => [topicName, Object.fromEntries(partitions)]));
}

test('§10.67 no broker list, an unknown config key, or autoCommitEnable without groupId are configuration errors', async () => {
  assert.throws(() => new KafkaConsumer(), (e: unknown) => e instanceof KafkaConfigError && e.option === 'bootstrapServers');
  assert.throws(
    () => new KafkaConsumer('t', { bootstrapServers: ['localhost:9092'], fetchMaxWaitMs: 10 } as never),
    (e: unknown) => e instanceof KafkaConfigError && e.option === 'fetchMaxWaitMs' && /unknown/.test(e.message),
  );
  assert.throws(
    () => new KafkaConsumer('t', { bootstrapServers: ['localhost:9092'], autoCommitEnable: true }),
    (e: unknown) => e instanceof KafkaConfigError && e.option === 'autoCommitEnable',
  );
});

test("§10.68 without groupId and with the default 'largest', fetch offsets start at the end; commit, taskDone and highwater are null", async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const consumer = consumerOf(t, ['t']);
  await drive(t.clock, consumer.ready());
  assert.equal(plain(consumer.offsets('fetch')), { t: { 0: 100, 1: 100 } });
  for (const group of ['commit', 'taskDone', 'highwater'] as const) assert.equal(plain(consumer.offsets(group)), { t: { 0: null, 1: null } }, group);
  assert.equal(Object.keys(consumer.offsets()), ['fetch', 'highwater', 'commit', 'taskDone']);
  assert.throws(() => consumer.offsets('bogus' as never), (e: unknown) => e instanceof KafkaConfigError && e.option === 'group');
  await drive(t.clock, consumer.close());
  await t.stop();
});

test("§10.69 'smallest' with consumerTimeoutMs 5000: iterating 2x100 gives 100 distinct offsets per partition", async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const consumer = consumerOf(t, ['t'], { autoOffsetReset: 'smallest', consumerTimeoutMs: 5000 });
  const seen = [new Set<number>(), new Set<number>()];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) seen[m.partition]?.add(m.offset);
    })(),
  );
  assert.equal(
    seen.map((s) => s.size),
    [100, 100],
  );
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('§10.70 consumerTimeoutMs 500: next() on an empty topic raises ConsumerTimeout after >= 500 ms; with 10 produced, five next() return at once, then five more and the sixth times out', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const consumer = consumerOf(t, ['t'], { consumerTimeoutMs: 500 });
  await drive(t.clock, consumer.ready());
  let start = t.clock.now();
  await rejects(drive(t.clock, consumer.next()), (e) => e instanceof ConsumerTimeout);
  assert.ok(t.clock.now() - start >= 500);
  await appendMessages(t.cluster, 't', 0, 10);
  start = t.clock.now();
  const offsets = new Set<number>();
  for (let i = 0; i < 5; i++) offsets.add((await drive(t.clock, consumer.next())).offset);
  assert.is(offsets.size, 5);
  assert.ok(t.clock.now() - start < 500, 'five messages within 500 ms');
  for (let i = 0; i < 5; i++) offsets.add((await drive(t.clock, consumer.next())).offset);
  assert.is(offsets.size, 10);
  start = t.clock.now();
  await rejects(drive(t.clock, consumer.next()), (e) => e instanceof ConsumerTimeout && /500 ms/.test((e as Error).message));
  assert.ok(t.clock.now() - start >= 500);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('§10.71 consumerTimeoutMs -1 never raises ConsumerTimeout (close() ends the wait); 0 raises after the first empty fetch', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const forever = consumerOf(t, ['t'], { consumerTimeoutMs: -1 });
  await drive(t.clock, forever.ready());
  const waiting = settle(forever.next());
  for (let i = 0; i < 50; i++) {
    await flush();
    t.clock.advance(10_000);
  }
  assert.not.ok(waiting.done, 'still waiting after 500 s');
  await drive(t.clock, forever.close());
  await waiting.promise;
  assert.instance(waiting.error, ConsumerStoppedError);
  const zero = consumerOf(t, ['t'], { consumerTimeoutMs: 0 });
  await drive(t.clock, zero.ready());
  t.cluster.clearRequests();
  await rejects(drive(t.clock, zero.next()), (e) => e instanceof ConsumerTimeout);
  assert.is(countOf(t.cluster, 'Fetch'), 1, 'exactly one (empty) fetch round');
  await drive(t.clock, zero.close());
  await t.stop();
});

test("§10.72 taskDone(m) then commit() sends m.offset + 1 with '' metadata and records it; an immediate second commit() sends nothing and resolves false", async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const consumer = consumerOf(t, ['t'], { groupId: 'g72', autoOffsetReset: 'smallest' });
  const m = await drive(t.clock, consumer.next());
  assert.ok(await drive(t.clock, consumer.taskDone(m)));
  assert.is(await drive(t.clock, consumer.commit()), true);
  const [sent] = commitsSeen(t.cluster);
  assert.equal([...(sent?.offsets ?? [])], [['t/0', m.offset + 1]]);
  assert.equal(sent?.metadata, ['']);
  assert.equal(plain(consumer.offsets('commit')), { t: { 0: m.offset + 1 } });
  assert.is(await drive(t.clock, consumer.commit()), false);
  assert.is(commitsSeen(t.cluster).length, 1);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('§10.73 taskDone on offset 1 after offset 2 was committed only warns, and the next commit sends 2 (the commit moves back)', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const warnings: string[] = [];
  const consumer = consumerOf(t, ['t'], { groupId: 'g73', autoOffsetReset: 'smallest', logger: (level, message) => level === 'warn' && warnings.push(message) });
  const messages: KafkaMessage[] = [];
  for (let i = 0; i < 3; i++) messages.push(await drive(t.clock, consumer.next()));
  await drive(t.clock, consumer.taskDone(messages[2] as KafkaMessage));
  await drive(t.clock, consumer.commit());
  assert.equal(plain(consumer.offsets('commit')), { t: { 0: 3 } });
  assert.ok(await drive(t.clock, consumer.taskDone(messages[1] as KafkaMessage)));
  assert.ok(warnings.some((w) => /already committed/.test(w)));
  assert.equal(plain(consumer.offsets('taskDone')), { t: { 0: 1 } });
  await drive(t.clock, consumer.commit());
  assert.equal([...(commitsSeen(t.cluster)[1]?.offsets ?? [])], [['t/0', 2]]);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('§10.74 commit() without groupId is a configuration error', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 1);
  const consumer = consumerOf(t, ['t']);
  await rejects(consumer.commit(), (e) => e instanceof KafkaConfigError && e.option === 'groupId');
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('§10.75 autoCommitIntervalMessages 20: 195 next()+taskDone() on 2x100 make 9 commits summing to 180; a second consumer reads exactly 20, 15 of them also read by the first', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const config = { groupId: 'g75', autoCommitEnable: true, autoCommitIntervalMs: null, autoCommitIntervalMessages: 20, autoOffsetReset: 'smallest' as const };
  const first = consumerOf(t, ['t'], config);
  const readByFirst = new Set<string>();
  for (let i = 0; i < 195; i++) {
    const m = await drive(t.clock, first.next());
    readByFirst.add(`${m.partition}/${m.offset}`);
    await drive(t.clock, first.taskDone(m));
  }
  const commits = commitsSeen(t.cluster);
  assert.is(commits.length, 9);
  const committed = new Map<string, number>();
  for (const c of commits) for (const [k, v] of c.offsets) committed.set(k, v);
  assert.is(sumOf(committed), 180);
  const second = consumerOf(t, ['t'], { groupId: 'g75', autoOffsetReset: 'smallest', consumerTimeoutMs: 1000 });
  const readBySecond: string[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of second) readBySecond.push(`${m.partition}/${m.offset}`);
    })(),
  );
  assert.is(readBySecond.length, 20);
  assert.is(readBySecond.filter((k) => readByFirst.has(k)).length, 15);
  await t.stop();
});

test('§10.76 (D13 fixed) with autoCommitIntervalMs 100 the timer commits what taskDone marked, on its own; nothing marked, nothing sent', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const consumer = consumerOf(t, ['t'], { groupId: 'g76', autoCommitEnable: true, autoCommitIntervalMs: 100, autoOffsetReset: 'smallest' });
  const a = await drive(t.clock, consumer.next());
  const b = await drive(t.clock, consumer.next());
  for (let i = 0; i < 3; i++) {
    t.clock.advance(100);
    await flush();
  }
  assert.is(commitsSeen(t.cluster).length, 0, 'consumed but not marked done: nothing to commit');
  await drive(t.clock, consumer.taskDone(a));
  assert.is(commitsSeen(t.cluster).length, 0, 'taskDone itself does not commit on a timer');
  t.clock.advance(100);
  await until(() => commitsSeen(t.cluster).length === 1, 'the timed commit');
  assert.equal([...(commitsSeen(t.cluster)[0]?.offsets ?? [])], [['t/0', a.offset + 1]]);
  await drive(t.clock, consumer.taskDone(b));
  t.clock.advance(100);
  await until(() => commitsSeen(t.cluster).length === 2, 'the next timed commit');
  assert.equal([...(commitsSeen(t.cluster)[1]?.offsets ?? [])], [['t/0', b.offset + 1]]);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('§10.77 taskDone for a partition that is not consumed resolves false and changes nothing', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 1);
  const consumer = consumerOf(t, [['t', 0]], { groupId: 'g77' });
  await drive(t.clock, consumer.ready());
  const before = consumer.offsets();
  assert.is(await drive(t.clock, consumer.taskDone({ topic: 't', partition: 1, offset: 0 })), false);
  assert.is(await drive(t.clock, consumer.taskDone({ topic: 'other', partition: 0, offset: 0 })), false);
  assert.equal(consumer.offsets(), before);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test("§10.78 OFFSET_OUT_OF_RANGE: 'smallest' moves to the earliest offset; 'none' raises OffsetOutOfRangeError from next(); 'none' and nothing committed raises from ready()", async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 100);
  t.cluster.deleteRecords('t', 0, 50);
  const smallest = consumerOf(t, [['t', 0, 10]], { autoOffsetReset: 'smallest' });
  assert.is((await drive(t.clock, smallest.next())).offset, 50);
  const none = consumerOf(t, [['t', 0, 10]], { autoOffsetReset: 'none' });
  await rejects(drive(t.clock, none.next()), (e) => e instanceof OffsetOutOfRangeError && e.topic === 't' && e.partition === 0 && e.offset === 10);
  const nothingCommitted = consumerOf(t, ['t'], { groupId: 'g78', autoOffsetReset: 'none' });
  await rejects(drive(t.clock, nothingCommitted.ready()), (e) => e instanceof OffsetOutOfRangeError && e.partition === 0);
  await rejects(drive(t.clock, nothingCommitted.next()), (e) => e instanceof OffsetOutOfRangeError);
  for (const c of [smallest, none, nothingCommitted]) await drive(t.clock, c.close());
  await t.stop();
});

test("§10.79 ['t', 0, 12] starts at 12 whatever is committed; ['t', 7] on 2 partitions raises UnknownTopicOrPartitionError; ['t', '0'] and a number are configuration errors; Map([[5, 1]]) is ignored", async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 20);
  await t.client.offsetCommit({ groupId: 'g79', partitions: [{ topic: 't', partition: 0, offset: 3 }] });
  const explicit = consumerOf(t, [['t', 0, 12]], { groupId: 'g79' });
  await drive(t.clock, explicit.ready());
  assert.equal(plain(explicit.offsets('fetch')), { t: { 0: 12 } });
  assert.equal(plain(explicit.offsets('commit')), { t: { 0: 3 } }, 'an explicit fetch offset does not change the commit offset');
  assert.is((await drive(t.clock, explicit.next())).offset, 12);
  await rejects(drive(t.clock, explicit.setTopicPartitions(['t', 7])), (e) => e instanceof UnknownTopicOrPartitionError && e.partition === 7);
  assert.throws(() => explicit.setTopicPartitions(['t', '0' as unknown as number]), (e: unknown) => e instanceof KafkaConfigError);
  assert.throws(() => explicit.setTopicPartitions(42 as unknown as string), (e: unknown) => e instanceof KafkaConfigError);
  await drive(t.clock, explicit.setTopicPartitions(new Map<unknown, number>([[5, 1]]), ['t', 1]));
  assert.equal(explicit.assignedPartitions(), [{ topic: 't', partition: 1 }]);
  await drive(t.clock, explicit.close());
  await t.stop();
});

test('§10.80 messages are { topic, partition, offset, key, value: deserializer(raw), timestamp, headers } with the raw key; after each, offsets fetch is offset + 1', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['{"n":1}', '{"n":2}'], { keys: ['k1', null], timestamp: START_TIME - 5, headers: [[{ key: 'h', value: 'v' }], []] });
  const consumer = consumerOf<{ n: number }>(t, ['t'], { autoOffsetReset: 'smallest', deserializer: (value) => JSON.parse(text(value) ?? 'null') as { n: number } });
  for (const expected of [1, 2]) {
    const m = await drive(t.clock, consumer.next());
    assert.equal(Object.keys(m), ['topic', 'partition', 'offset', 'key', 'value', 'timestamp', 'headers']);
    assert.equal([m.topic, m.partition, m.offset, m.value], ['t', 0, expected - 1, { n: expected }]);
    assert.equal(text(m.key), expected === 1 ? 'k1' : null);
    assert.is(m.timestamp, START_TIME - 5 + expected - 1);
    assert.equal(plain(consumer.offsets('fetch')), { t: { 0: m.offset + 1 } });
    assert.equal(plain(consumer.offsets('highwater')), { t: { 0: 2 } });
  }
  await drive(t.clock, consumer.close());
  await t.stop();
});

// ---- beyond the numbered statements ---------------------------------------------------------

test('the constructor accepts every setTopicPartitions shape followed by the config object', async () => {
  const t = await startCluster();
  for (const name of ['a', 'b', 'c', 'd', 'e']) await topic(t, name, 3, 2);
  const consumer = consumerOf(t, ['a', ['b', 2], { c: 0 }, { d: [1, 2] }, new Map([[['e', 1], 1]]), { topic: 'e', partition: 2, offset: 0 }]);
  await drive(t.clock, consumer.ready());
  assert.equal(consumer.toString(), 'KafkaConsumer<a-0, a-1, a-2, b-2, c-0, d-1, d-2, e-1, e-2>');
  assert.equal(plain(consumer.offsets('fetch')), { a: { 0: 2, 1: 2, 2: 2 }, b: { 2: 2 }, c: { 0: 2 }, d: { 1: 2, 2: 2 }, e: { 1: 1, 2: 0 } });
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('fetchMessages() yields one batch (what one fetch round brings) and ends; next() waits with no topics configured raises', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 5);
  const consumer = consumerOf(t, ['t'], { autoOffsetReset: 'smallest' });
  const batch: string[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer.fetchMessages()) batch.push(`${m.partition}/${m.offset}`);
    })(),
  );
  assert.is(batch.length, 10, 'both partitions, one round');
  assert.is(countOf(t.cluster, 'Fetch') >= 1, true);
  const empty: string[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer.fetchMessages()) empty.push(`${m.partition}/${m.offset}`);
    })(),
  );
  assert.equal(empty, [], 'the next batch waits one round (fetchWaitMaxMs) and ends empty');
  const none = consumerOf(t, []);
  await rejects(drive(t.clock, none.next()), (e) => e instanceof KafkaConfigError && /No topics or partitions/.test((e as Error).message));
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('fetch requests carry fetchWaitMaxMs, fetchMinBytes and fetchMessageMaxBytes; a bigger batch raises ConsumerFetchSizeTooSmall naming fetchMessageMaxBytes', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['s']);
  await appendBatch(t.cluster, 't', 0, ['L'.repeat(3000)]);
  const consumer = consumerOf(t, ['t'], { autoOffsetReset: 'smallest', fetchWaitMaxMs: 250, fetchMinBytes: 7, fetchMessageMaxBytes: 2000 });
  assert.is((await drive(t.clock, consumer.next())).offset, 0);
  await rejects(drive(t.clock, consumer.next()), (e) => e instanceof ConsumerFetchSizeTooSmall && e.offset === 1 && /fetchMessageMaxBytes/.test((e as Error).message));
  const [first] = fetchesSeen(t.cluster);
  assert.equal([first?.maxWaitMs, first?.minBytes, first?.partitions[0]?.maxBytes], [250, 7, 2000]);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('getPartitionOffsets: -1 is the latest offset, -2 the earliest, a time the first offset at or after it; at most one offset', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['a', 'b', 'c'], { timestamp: 1000 });
  await appendBatch(t.cluster, 't', 0, ['d', 'e'], { timestamp: 5000 });
  t.cluster.deleteRecords('t', 0, 1);
  const consumer = consumerOf(t, []);
  assert.equal(await drive(t.clock, consumer.getPartitionOffsets('t', 0, -1, 1)), [5]);
  assert.equal(await drive(t.clock, consumer.getPartitionOffsets('t', 0, -2, 1)), [1]);
  assert.equal(await drive(t.clock, consumer.getPartitionOffsets('t', 0, 5000, 10)), [3]);
  assert.equal(await drive(t.clock, consumer.getPartitionOffsets('t', 0, 9999, 1)), []);
  assert.equal(await drive(t.clock, consumer.getPartitionOffsets('t', 0, -1, 0)), []);
  await rejects(drive(t.clock, consumer.getPartitionOffsets('t', 5, -1, 1)), (e) => e instanceof UnknownTopicOrPartitionError);
  await rejects(consumer.getPartitionOffsets('t', 0, -3, 1), (e) => e instanceof KafkaConfigError && e.option === 'requestTimeMs');
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('close() commits the offsets marked done when auto-commit is on, and closes a client it created', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const consumer = new KafkaConsumer('t', {
    bootstrapServers: t.cluster.bootstrap,
    socketFactory: t.cluster.socketFactory,
    clock: t.clock,
    groupId: 'gclose',
    autoCommitEnable: true,
    autoOffsetReset: 'smallest',
  });
  for (let i = 0; i < 4; i++) await drive(t.clock, consumer.taskDone(await drive(t.clock, consumer.next())));
  assert.is(countOf(t.cluster, 'OffsetCommit'), 0, 'the 60 s timer has not fired');
  assert.ok((t.cluster.brokers[0]?.connections ?? 0) >= 1, 'the consumer has its own connection');
  await drive(t.clock, consumer.close());
  assert.is(t.cluster.committedOffset('gclose', 't', 0), 4);
  await rejects(consumer.next(), (e) => e instanceof ConsumerStoppedError);
  await flush();
  assert.is(t.cluster.brokers[0]?.connections, 0, 'the client the consumer created closed its connections (the test client was never used)');
  await t.stop();
});

test('a deserializer that throws leaves the message to be delivered again', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['ok', 'bad', 'fine']);
  let refuse = true;
  const consumer = consumerOf<string>(t, ['t'], {
    autoOffsetReset: 'smallest',
    deserializer: (value) => {
      const s = text(value) ?? '';
      if (s === 'bad' && refuse) throw new Error('cannot parse');
      return s;
    },
  });
  assert.is((await drive(t.clock, consumer.next())).value, 'ok');
  await rejects(drive(t.clock, consumer.next()), (e) => (e as Error).message === 'cannot parse');
  refuse = false;
  assert.equal([(await drive(t.clock, consumer.next())).value, (await drive(t.clock, consumer.next())).value], ['bad', 'fine']);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('setTopicPartitions replaces the assignment and configure() keeps it with a new client', async () => {
  const t = await startCluster();
  await topic(t, 'x', 1, 3);
  await topic(t, 'y', 1, 3);
  const consumer = consumerOf(t, ['x'], { autoOffsetReset: 'smallest' });
  assert.is((await drive(t.clock, consumer.next())).topic, 'x');
  await drive(t.clock, consumer.setTopicPartitions('y'));
  assert.is((await drive(t.clock, consumer.next())).topic, 'y');
  const other = t.newClient();
  consumer.configure({ client: other, clock: t.clock, autoOffsetReset: 'smallest' });
  assert.equal(
    [(await drive(t.clock, consumer.next())).offset],
    [1],
    'continues from the fetch offset it had',
  );
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('runtime assignment (the subscribe() seam): added partitions start at the committed offset; removed ones commit their done offsets first', async () => {
  const t = await startCluster();
  await topic(t, 't', 3, 10);
  await t.client.offsetCommit({ groupId: 'gseam', partitions: [{ topic: 't', partition: 2, offset: 4 }] });
  const consumer = consumerOf(t, [['t', 0]], { groupId: 'gseam', autoOffsetReset: 'smallest' });
  const m = await drive(t.clock, consumer.next());
  await drive(t.clock, consumer.taskDone(m));
  await drive(t.clock, consumer.addAssignedPartitions([{ topic: 't', partition: 2 }]));
  assert.equal(plain(consumer.offsets('fetch')), { t: { 0: 1, 2: 4 } });
  await drive(t.clock, consumer.removeAssignedPartitions([{ topic: 't', partition: 0 }]));
  assert.is(t.cluster.committedOffset('gseam', 't', 0), 1, 'done offset committed before the partition was dropped');
  assert.equal(consumer.assignedPartitions(), [{ topic: 't', partition: 2 }]);
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    const next = await drive(t.clock, consumer.next());
    seen.push(`${next.partition}/${next.offset}`);
  }
  assert.equal(seen, ['2/4', '2/5', '2/6', '2/7', '2/8', '2/9'], 'nothing more from the removed partition');
  await drive(t.clock, consumer.taskDone({ topic: 't', partition: 2, offset: 9 }));
  await drive(t.clock, consumer.removeAssignedPartitions([{ topic: 't', partition: 2 }], { commit: false }));
  assert.is(t.cluster.committedOffset('gseam', 't', 2), 4, 'a lost partition is dropped without committing');
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('an OffsetCommit error for a partition raises its typed error after the others are recorded', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 3);
  const consumer = consumerOf(t, ['t'], { groupId: 'gerr', autoOffsetReset: 'smallest' });
  await drive(t.clock, consumer.taskDone(await drive(t.clock, consumer.next())));
  t.cluster.faults.failNext({ api: 'OffsetCommit', errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED });
  await rejects(drive(t.clock, consumer.commit()), (e) => (e as { code?: string }).code === 'GROUP_AUTHORIZATION_FAILED');
  assert.equal(plain(consumer.offsets('commit')), { t: { 0: null } });
  assert.ok(await drive(t.clock, consumer.commit()));
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('tls and sasl are passed to the client the consumer creates (SCRAM over TLS); wrong credentials surface from ready()', async () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'testing', 'test', 'fixtures', 'tls');
  const cert = readFileSync(join(fixtures, 'cert.pem'), 'utf8');
  const key = readFileSync(join(fixtures, 'key.pem'), 'utf8');
  const cluster = await FakeCluster.start({ topics: { t: 1 }, tls: { key, cert }, sasl: { users: { alice: 'secret' } } });
  try {
    await appendMessages(cluster, 't', 0, 3);
    const secure = { bootstrapServers: cluster.bootstrap, tls: { ca: cert }, autoOffsetReset: 'smallest' as const, consumerTimeoutMs: 200 };
    const consumer = new KafkaConsumer('t', { ...secure, sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'secret' } });
    const offsets: number[] = [];
    for await (const m of consumer) offsets.push(m.offset);
    await consumer.close();
    assert.equal(offsets, [0, 1, 2]);
    assert.ok(cluster.requests.some((r) => r.api === 'SaslAuthenticate'));
    const refused = new KafkaConsumer('t', { ...secure, sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'wrong' } });
    await rejects(refused.ready(), (e) => (e as { code?: string }).code === 'SASL_AUTHENTICATION_FAILED');
    await refused.close();
  } finally {
    await cluster.stop();
  }
});

test.run();
