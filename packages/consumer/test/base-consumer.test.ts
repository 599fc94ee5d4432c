// Spec §10 statements 1-20: the base consumer's offsets, commits, auto-commit triggers and
// pending counts, through SimpleConsumer on the fake cluster.
import { ErrorCode, KafkaBrokerError, KafkaConfigError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fetchCommittedOffsets } from '../src/offsets/committed-offsets.js';
import { type OffsetAndMessage, SimpleConsumer, type SimpleConsumerOptions } from '../src/index.js';
import { appendMessages, startCluster, type TestCluster, text } from './helpers/cluster.js';
import { drive, until } from './helpers/event-loop.js';
import { commitsSeen, countOf, sumOf } from './helpers/observe.js';

async function topic(t: TestCluster, name: string, partitions: number, perPartition: number): Promise<void> {
  t.cluster.createTopic(name, partitions);
  for (let p = 0; p < partitions; p++) await appendMessages(t.cluster, name, p, perPartition, { perBatch: 10 });
}

function simple(t: TestCluster, group: string | null, name: string, options: SimpleConsumerOptions = {}): SimpleConsumer {
  return new SimpleConsumer(t.client, group, name, { clock: t.clock, ...options });
}

/** Settles without moving the clock: for calls that must not need time (data is there). */
async function now<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  let value: T | undefined;
  let error: unknown;
  let failed = false;
  promise.then(
    (v) => {
      done = true;
      value = v;
    },
    (e: unknown) => {
      done = true;
      failed = true;
      error = e;
    },
  );
  await until(() => done, 'the call to settle without the clock moving');
  if (failed) throw error;
  return value as T;
}

test("§10.1 partitions: ['0'] is refused at construction", async () => {
  const t = await startCluster({ topics: { t: 2 } });
  assert.throws(
    () => simple(t, 'g', 't', { partitions: ['0' as unknown as number] }),
    (e: unknown) => e instanceof KafkaConfigError && e.option === 'partitions' && /non-negative integer/.test(e.message),
  );
  await t.stop();
});

test('§10.2 with group null every partition starts at 0 and no OffsetFetch is sent', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 5);
  const consumer = simple(t, null, 't');
  await drive(t.clock, consumer.ready());
  assert.equal([...consumer.offsets], [
    [0, 0],
    [1, 0],
  ]);
  assert.is(countOf(t.cluster, 'OffsetFetch'), 0);
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('§10.3 nothing committed (-1) starts at 0; a committed 57 starts at 57', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const committer = simple(t, 'g3', 't', { partitions: [1], autoCommitEveryN: null, autoCommitEveryT: null });
  await drive(t.clock, committer.getMessages({ count: 57, timeoutMs: 5000 }));
  assert.ok(await drive(t.clock, committer.commit()));
  const consumer = simple(t, 'g3', 't');
  await drive(t.clock, consumer.ready());
  assert.equal(consumer.offsets.get(0), 0, 'OffsetFetch answered -1');
  assert.equal(consumer.offsets.get(1), 57);
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('§10.3 an OffsetFetch partition answer of UNKNOWN_TOPIC_OR_PARTITION (0.8-era "nothing committed") counts as nothing committed', async () => {
  // The modern fake cannot answer this per partition, so a stub client gives the answer.
  const stub = {
    offsetFetch: async () => ({
      error: null,
      partitions: [
        { topic: 't', partition: 0, error: new KafkaBrokerError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION), offset: -1, leaderEpoch: -1, metadata: null },
        { topic: 't', partition: 1, error: null, offset: 57, leaderEpoch: -1, metadata: null },
      ],
    }),
  };
  const committed = await fetchCommittedOffsets(stub as never, 'g', [
    { topic: 't', partition: 0 },
    { topic: 't', partition: 1 },
  ]);
  assert.equal([...committed.values()], [null, 57]);
});

test('§10.5 a second consumer of the group starts at the committed {0: 51, 1: 101}; a fresh group at {0: 0, 1: 0}', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 200);
  const first = simple(t, 'g5', 't', { autoCommit: false, partitions: [0] });
  await drive(t.clock, first.getMessages({ count: 51, timeoutMs: 5000 }));
  const second = simple(t, 'g5', 't', { autoCommit: false, partitions: [1] });
  await drive(t.clock, second.getMessages({ count: 101, timeoutMs: 5000 }));
  await drive(t.clock, first.commit());
  await drive(t.clock, second.commit());
  const resumed = simple(t, 'g5', 't', { autoCommit: false });
  await drive(t.clock, resumed.ready());
  assert.equal(Object.fromEntries(resumed.offsets), { 0: 51, 1: 101 });
  const fresh = simple(t, 'fresh', 't', { autoCommit: false });
  await drive(t.clock, fresh.ready());
  assert.equal(Object.fromEntries(fresh.offsets), { 0: 0, 1: 0 });
  for (const c of [first, second, resumed, fresh]) await drive(t.clock, c.stop());
  await t.stop();
});

test('§10.7 after messages 0..99 of partition 0, commit() stores 100 (the next offset to read) as a standalone consumer', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 150);
  const consumer = simple(t, 'g7', 't', { autoCommitEveryN: null, autoCommitEveryT: null });
  const got = await drive(t.clock, consumer.getMessages({ count: 100, timeoutMs: 5000 }));
  assert.is((got[99] as OffsetAndMessage).offset, 99);
  assert.ok(await drive(t.clock, consumer.commit()));
  const [sent] = commitsSeen(t.cluster);
  assert.equal([...(sent?.offsets ?? [])], [['t/0', 100]]);
  assert.equal([sent?.generationId, sent?.memberId], [-1, ''], 'generation -1 and an empty member id');
  assert.is(t.cluster.committedOffset('g7', 't', 0), 100);
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('§10.8 commit() with nothing consumed since the last commit sends no request', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 10);
  const consumer = simple(t, 'g8', 't', { autoCommitEveryT: null });
  await drive(t.clock, consumer.ready());
  assert.is(await drive(t.clock, consumer.commit()), null);
  assert.is(countOf(t.cluster, 'OffsetCommit'), 0);
  await drive(t.clock, consumer.stop());
  assert.is(countOf(t.cluster, 'OffsetCommit'), 0, 'stop() had nothing to commit either');
  await t.stop();
});

test('§10.9 commit([0]) sends only partition 0 and resets the count', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 10);
  const consumer = simple(t, 'g9', 't', { autoCommitEveryN: null, autoCommitEveryT: null });
  await drive(t.clock, consumer.getMessages({ count: 20, timeoutMs: 5000 }));
  assert.is(consumer.countSinceCommit, 20);
  assert.ok(await drive(t.clock, consumer.commit([0])));
  assert.equal([...(commitsSeen(t.cluster)[0]?.offsets.keys() ?? [])], ['t/0']);
  assert.is(consumer.countSinceCommit, 0);
  await t.stop();
});

test('§10.10 a commit Kafka refuses resolves false and keeps the count; a successful one resolves true', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const consumer = simple(t, 'g10', 't', { autoCommitEveryN: null, autoCommitEveryT: null });
  await drive(t.clock, consumer.getMessages({ count: 5, timeoutMs: 5000 }));
  t.cluster.faults.failNext({ api: 'OffsetCommit', errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED });
  assert.is(await drive(t.clock, consumer.commit()), false);
  assert.is(consumer.countSinceCommit, 5);
  assert.is(await drive(t.clock, consumer.commit()), true);
  assert.is(consumer.countSinceCommit, 0);
  assert.is(t.cluster.committedOffset('g10', 't', 0), 5);
  await t.stop();
});

async function twoByTwoHundred(group: string, options: SimpleConsumerOptions = {}) {
  const t = await startCluster();
  await topic(t, 't', 2, 200);
  const consumer = simple(t, group, 't', { autoCommitEveryN: 100, autoCommitEveryT: null, ...options });
  await drive(t.clock, consumer.ready());
  assert.equal(Object.fromEntries(consumer.offsets), { 0: 0, 1: 0 });
  return { t, consumer };
}

test('§10.11 five non-blocking getMessages(50) commit twice (the second sums to 200); stop() then commits the 50 owed (D2 fixed)', async () => {
  const { t, consumer } = await twoByTwoHundred('g11');
  for (let i = 0; i < 5; i++) assert.is((await drive(t.clock, consumer.getMessages({ count: 50, block: false }))).length, 50);
  const commits = commitsSeen(t.cluster);
  assert.is(commits.length, 2);
  assert.is(sumOf(commits[1]?.offsets ?? new Map()), 200);
  await drive(t.clock, consumer.stop());
  const after = commitsSeen(t.cluster);
  assert.is(after.length, 3, 'kafka-python left the last 50 uncommitted; stop() commits what auto-commit owes');
  assert.is(sumOf(after[2]?.offsets ?? new Map()), 250);
  await t.stop();
});

test('§10.12 nine getMessages(30) commit after 120 and 240 messages (the count trigger runs once per call)', async () => {
  const { t, consumer } = await twoByTwoHundred('g12');
  for (let i = 0; i < 9; i++) await drive(t.clock, consumer.getMessages({ count: 30, timeoutMs: 5000 }));
  assert.equal(
    commitsSeen(t.cluster).map((c) => sumOf(c.offsets)),
    [120, 240],
  );
  await t.stop();
});

test('§10.13 one getMessages(250) commits once, covering all 250', async () => {
  const { t, consumer } = await twoByTwoHundred('g13');
  assert.is((await drive(t.clock, consumer.getMessages({ count: 250, timeoutMs: 5000 }))).length, 250);
  assert.equal(
    commitsSeen(t.cluster).map((c) => sumOf(c.offsets)),
    [250],
  );
  await t.stop();
});

test('§10.14 250 getMessage() calls commit after exactly the 100th and the 200th message', async () => {
  const { t, consumer } = await twoByTwoHundred('g14');
  const commitsAfter: number[] = [];
  for (let i = 1; i <= 250; i++) {
    assert.ok(await drive(t.clock, consumer.getMessage({ timeoutMs: 5000 })));
    if (commitsSeen(t.cluster).length > commitsAfter.length) commitsAfter.push(i);
  }
  assert.equal(commitsAfter, [100, 200]);
  assert.equal(
    commitsSeen(t.cluster).map((c) => sumOf(c.offsets)),
    [100, 200],
  );
  await t.stop();
});

test('§10.15 after 195 getMessage() with autoCommitEveryN 20, a second consumer of the group drains exactly 20', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const first = simple(t, 'g15', 't', { autoCommitEveryN: 20, autoCommitEveryT: null });
  for (let i = 0; i < 195; i++) await drive(t.clock, first.getMessage({ timeoutMs: 5000 }));
  assert.is(commitsSeen(t.cluster).length, 9);
  const second = simple(t, 'g15', 't', { autoCommit: false, iterTimeoutMs: 0 });
  const drained: number[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of second) drained.push((m as OffsetAndMessage).offset);
    })(),
  );
  assert.is(drained.length, 20);
  await t.stop();
});

test('§10.16 (D1 fixed) a count commit restarts the timer: 10 messages at 250 ms commit at once, one more at 280 ms is committed at 550 ms, idle ticks send nothing', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 20);
  const consumer = simple(t, 'g16', 't', { autoCommitEveryN: 10, autoCommitEveryT: 300 });
  await now(consumer.ready());
  const start = t.clock.now();
  t.clock.advance(250);
  await now(consumer.getMessages({ count: 10, timeoutMs: 5000 }));
  assert.equal(
    commitsSeen(t.cluster).map((c) => [c.at - start, sumOf(c.offsets)]),
    [[250, 10]],
  );
  t.clock.advance(30);
  await now(consumer.getMessages({ count: 1, timeoutMs: 5000 }));
  t.clock.advance(20);
  await until(() => true, 'nothing');
  assert.is(commitsSeen(t.cluster).length, 1, 'no commit at 300 ms: the timer was restarted at 250 ms');
  t.clock.advance(250);
  await until(() => commitsSeen(t.cluster).length === 2, 'the timed commit');
  assert.equal(
    commitsSeen(t.cluster).map((c) => [c.at - start, sumOf(c.offsets)]),
    [
      [250, 10],
      [550, 11],
    ],
  );
  for (let i = 0; i < 3; i++) {
    t.clock.advance(300);
    await until(() => true, 'nothing');
  }
  assert.is(commitsSeen(t.cluster).length, 2, 'timer ticks with nothing new send nothing');
  await now(consumer.stop());
  await t.stop();
});

test('§10.17 (D2 fixed) stop() commits outstanding messages with a timer and without one', async () => {
  for (const autoCommitEveryT of [5000, null]) {
    const t = await startCluster();
    await topic(t, 't', 1, 10);
    const consumer = simple(t, 'g17', 't', { autoCommitEveryN: 100, autoCommitEveryT });
    await drive(t.clock, consumer.getMessages({ count: 7, timeoutMs: 5000 }));
    assert.is(countOf(t.cluster, 'OffsetCommit'), 0);
    await drive(t.clock, consumer.stop());
    assert.is(t.cluster.committedOffset('g17', 't', 0), 7, `autoCommitEveryT ${autoCommitEveryT}`);
    await t.stop();
  }
});

test('§10.18 autoCommit with autoCommitEveryT 0 is refused at construction', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  assert.throws(
    () => simple(t, 'g', 't', { autoCommit: true, autoCommitEveryT: 0 }),
    (e: unknown) => e instanceof KafkaConfigError && e.option === 'autoCommitEveryT',
  );
  assert.not.throws(() => simple(t, 'g', 't', { autoCommit: false, autoCommitEveryT: 0 }).stop());
  await t.stop();
});

test('§10.19 pending(): 0 on an empty topic; 20 after 10 per partition (10 each); after seek(-1, 2) 1, split {0, 1}', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 2);
  const empty = simple(t, 'g19', 't', { autoCommit: false });
  assert.equal((await drive(t.clock, empty.pending())).total, 0);
  for (let p = 0; p < 2; p++) await appendMessages(t.cluster, 't', p, 10);
  const consumer = simple(t, 'g19', 't', { autoCommit: false });
  const pending = await drive(t.clock, consumer.pending());
  assert.is(pending.total, 20);
  assert.equal(Object.fromEntries(pending.partitions), { 0: 10, 1: 10 });
  assert.is((await drive(t.clock, consumer.pending([0]))).total, 10);
  assert.is((await drive(t.clock, consumer.pending([1]))).total, 10);
  await drive(t.clock, consumer.seek(-1, 2));
  const after = await drive(t.clock, consumer.pending());
  assert.is(after.total, 1);
  assert.equal(Object.fromEntries(after.partitions), { 0: 0, 1: 1 });
  await t.stop();
});

test('§10.20 pending() counts messages already fetched into the buffer but not handed out', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 30);
  const consumer = simple(t, 'g20', 't', { autoCommit: false });
  const [first] = await drive(t.clock, consumer.getMessages({ count: 1, timeoutMs: 5000 }));
  assert.is(text((first as OffsetAndMessage).message.value), 'p0-0');
  assert.ok((consumer.fetchOffsets.get(0) ?? 0) > 1, 'more than one message was fetched');
  assert.is((await drive(t.clock, consumer.pending())).total, 29);
  await t.stop();
});

test.run();
