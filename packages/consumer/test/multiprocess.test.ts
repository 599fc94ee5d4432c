// MultiProcessConsumer: messages from worker threads, offsets and commits owned by the parent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MultiProcessConsumer } from '../src/multiprocess/consumer.js';
import { commitOffsets } from '../src/offsets/committed-offsets.js';
import { appendMessages, text } from './helpers/cluster.js';
import { flush, settle } from './helpers/event-loop.js';
import { commitsSeen, fetchesSeen, sumOf } from './helpers/observe.js';
import { eventually, startTcpCluster } from './multiprocess/cluster.js';

test.before.each((ctx) => { if (process.env.MPC_TRACE) console.error('START', (ctx as { __test__?: string }).__test__, Date.now()); });

test('no message is lost or duplicated across 3 workers: 12 partitions, 60,000 messages', async () => {
  const env = await startTcpCluster({ t: 12 });
  for (let p = 0; p < 12; p++) await appendMessages(env.cluster, 't', p, 5000, { perBatch: 250, compression: 'lz4' });
  const consumer = new MultiProcessConsumer(env.client, 'g-many', 't', { numProcs: 3, maxBufferSize: 1 << 20, autoCommitEveryT: null });
  const seen = new Map<number, number[]>();
  let total = 0;
  while (total < 60_000) {
    const batch = await consumer.getMessages({ count: Math.min(7000, 60_000 - total), timeoutMs: null });
    for (const { offset, message } of batch) {
      const partition = Number(/^p(\d+)-/.exec(text(message.value) ?? '')?.[1]);
      assert.is(text(message.value), `p${partition}-${offset}`);
      const offsets = seen.get(partition) ?? [];
      offsets.push(offset);
      seen.set(partition, offsets);
    }
    total += batch.length;
  }
  assert.is(total, 60_000);
  assert.equal(consumer.workerPartitions, [
    [0, 3, 6, 9],
    [1, 4, 7, 10],
    [2, 5, 8, 11],
  ]);
  for (let p = 0; p < 12; p++) {
    // Each partition in order, every offset exactly once.
    assert.equal(seen.get(p), Array.from({ length: 5000 }, (_, i) => i), `partition ${p}`);
  }
  assert.equal([...consumer.offsets.values()], Array(12).fill(5000));
  assert.is((await consumer.pending()).total, 0);
  await consumer.stop();
  // stop() committed what was handed out.
  assert.is(sumOf(commitsSeen(env.cluster).at(-1)?.offsets ?? new Map()), 60_000);
  await env.stop();
});

test('§10.57 iterating 2×100 yields 200 distinct messages and ends iterTimeoutMs (1000) after the last one', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 100, { perBatch: 10 });
  const consumer = new MultiProcessConsumer(env.client, null, 't', { numProcs: 2, clock: env.clock });
  const values = new Set<string | null>();
  const iteration = settle(
    (async () => {
      for await (const { message } of consumer) values.add(text(message.value));
    })(),
  );
  await eventually(() => values.size === 200, '200 messages');
  await flush();
  env.clock.advance(999);
  await flush();
  assert.not.ok(iteration.done, 'iteration waits for the full iterTimeoutMs');
  env.clock.advance(1);
  await iteration.promise;
  assert.is(iteration.error, undefined);
  assert.is(values.size, 200);
  await consumer.stop();
  await env.stop();
});

test('§10.58 blocking getMessages: [] only once the timeout passed on an empty topic; count=5 of 10 → 5; then count=10 → the 5 left at the timeout', async () => {
  const env = await startTcpCluster({ t: 2 });
  const consumer = new MultiProcessConsumer(env.client, null, 't', { numProcs: 2, clock: env.clock });
  await consumer.ready();
  const empty = settle(consumer.getMessages({ block: true, timeoutMs: 1000 }));
  await flush();
  env.clock.advance(999);
  await flush();
  assert.not.ok(empty.done);
  env.clock.advance(1);
  await empty.promise;
  assert.equal(empty.value, []);

  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 5);
  const five = await consumer.getMessages({ count: 5, timeoutMs: null });
  assert.is(five.length, 5);
  await eventually(() => consumer.queuedMessages === 5, 'the other 5 messages in the queue');
  const rest = settle(consumer.getMessages({ count: 10, timeoutMs: 1000 }));
  await flush();
  assert.not.ok(rest.done, 'waits for 10 until the timeout');
  env.clock.advance(1000);
  await rest.promise;
  assert.is(rest.value?.length, 5);
  await consumer.stop();
  await env.stop();
});

test('§10.60 pending() on 2×10 is 20, 10 per partition', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 10);
  const consumer = new MultiProcessConsumer(env.client, null, 't', { autoCommit: false, clock: env.clock });
  const pending = await consumer.pending();
  assert.is(pending.total, 20);
  assert.equal([...pending.partitions], [
    [0, 10],
    [1, 10],
  ]);
  await consumer.stop();
  await env.stop();
});

test('§10.61 after offsets {0: 5, 1: 15} were committed, a MultiProcessConsumer of the group starts there', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 20);
  await commitOffsets(env.client, 'g61', [
    { topic: 't', partition: 0, offset: 5, metadata: null },
    { topic: 't', partition: 1, offset: 15, metadata: null },
  ]);
  const consumer = new MultiProcessConsumer(env.client, 'g61', 't', { autoCommit: false, numProcs: 2, clock: env.clock });
  await consumer.ready();
  assert.equal([...consumer.offsets], [
    [0, 5],
    [1, 15],
  ]);
  // The workers start from the parent's offsets.
  const got = await consumer.getMessages({ count: 20, timeoutMs: null });
  assert.equal(got.map((m) => text(m.message.value)).sort(), [...Array.from({ length: 15 }, (_, i) => `p0-${i + 5}`), ...Array.from({ length: 5 }, (_, i) => `p1-${i + 15}`)].sort());
  await consumer.stop();
  await env.stop();
});

test('§10.62 autoCommitEveryN=20 without a timer: iterating 195 of 2×100 commits 9 times (sum 180); the next consumer of the group iterates exactly 20', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 100, { perBatch: 25 });
  const first = new MultiProcessConsumer(env.client, 'g62', 't', { numProcs: 2, autoCommitEveryN: 20, autoCommitEveryT: null, clock: env.clock });
  let count = 0;
  for await (const _ of first) {
    if (++count === 195) break;
  }
  const commits = commitsSeen(env.cluster).filter((c) => c.groupId === 'g62');
  assert.is(commits.length, 9);
  assert.is(sumOf(commits.at(-1)?.offsets ?? new Map()), 180);

  const second = new MultiProcessConsumer(env.newClient(), 'g62', 't', { numProcs: 2, autoCommit: false, clock: env.clock });
  let resumed = 0;
  const iteration = settle(
    (async () => {
      for await (const _ of second) resumed++;
    })(),
  );
  await eventually(() => resumed === 20, '20 messages');
  await flush();
  env.clock.advance(1000);
  await iteration.promise;
  assert.is(resumed, 20);
  await second.stop();
  await first.stop();
  await env.stop();
});

test('§10.66 offsets advance only for messages handed out, not for those waiting in the queue or in workers', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 100);
  const consumer = new MultiProcessConsumer(env.client, 'g66', 't', { numProcs: 2, autoCommit: false, clock: env.clock });
  const got = await consumer.getMessages({ count: 5, timeoutMs: null });
  await eventually(() => consumer.queuedMessages >= 100, 'more messages queued than taken');
  assert.is(got.length, 5);
  assert.is(consumer.countSinceCommit, 5);
  assert.is(sumOf(new Map([...consumer.offsets].map(([p, o]) => [String(p), o]))), 5);
  assert.is(await consumer.commit(), true);
  assert.is(sumOf(commitsSeen(env.cluster).at(-1)?.offsets ?? new Map()), 5);
  await consumer.stop();
  await env.stop();
});

test('auto-commit on the manual clock: by count (autoCommitEveryN) at the end of getMessages, by time autoCommitEveryT after the last commit', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 200, { perBatch: 50 });
  const consumer = new MultiProcessConsumer(env.client, 'g-auto', 't', { numProcs: 2, autoCommitEveryN: 100, autoCommitEveryT: 5000, clock: env.clock });
  const committed = () => commitsSeen(env.cluster).filter((c) => c.groupId === 'g-auto');
  const first = await consumer.getMessages({ count: 150, timeoutMs: null });
  assert.is(first.length, 150);
  assert.is(committed().length, 1, 'the count trigger fired once, after the call');
  assert.is(sumOf(committed()[0]?.offsets ?? new Map()), 150);
  assert.is(consumer.countSinceCommit, 0);

  await consumer.getMessages({ count: 30, timeoutMs: null });
  assert.is(committed().length, 1, '30 < autoCommitEveryN');
  env.clock.advance(4999);
  await flush();
  assert.is(committed().length, 1, 'the timer waits 5000 ms from the last commit');
  env.clock.advance(1);
  await eventually(() => committed().length === 2, 'the timed commit');
  assert.is(sumOf(committed()[1]?.offsets ?? new Map()), 180);

  // Nothing new: the timer fires again but sends no request.
  env.clock.advance(5000);
  await flush();
  assert.is(committed().length, 2);
  await consumer.stop();
  assert.is(committed().length, 2, 'stop() has nothing left to commit');
  await env.stop();
});

test('a slow application pauses the workers: a worker never has more than worker.maxQueuedMessages waiting, and everything arrives in the end', async () => {
  const env = await startTcpCluster({ t: 1 });
  await appendMessages(env.cluster, 't', 0, 2000, { perBatch: 10 });
  const consumer = new MultiProcessConsumer(env.client, null, 't', { clock: env.clock, worker: { maxQueuedMessages: 50, maxBatchMessages: 10 } });
  let highest = 0;
  const unsubscribe = env.cluster.onRequest(() => {
    highest = Math.max(highest, consumer.queuedMessages);
  });
  await eventually(() => consumer.queuedMessages === 50, 'a full queue');
  // Give the worker the chance to overrun (it must not): the queue stays at its bound.
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.is(consumer.queuedMessages, 50);
  const fetchedUpTo = Math.max(...fetchesSeen(env.cluster).flatMap((f) => f.partitions.map((p) => p.offset)));
  // Fetched ahead: the 50 queued plus at most what the fetch engine buffers (one chunk of at most maxBufferSize bytes).
  assert.ok(fetchedUpTo <= 50 + 32768 / 10, `fetched up to offset ${fetchedUpTo}`);
  let total = 0;
  while (total < 2000) total += (await consumer.getMessages({ count: 100, timeoutMs: null })).length;
  unsubscribe();
  assert.is(total, 2000);
  assert.ok(highest <= 50, `queue peaked at ${highest}`);
  await consumer.stop();
  await env.stop();
});

test('§10.6 partitions [0]: offsets are looked up for partition 0 only, and only partition 0 is consumed', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 10);
  const consumer = new MultiProcessConsumer(env.client, 'g6', 't', { partitions: [0], numProcs: 2, autoCommit: false, clock: env.clock });
  await consumer.ready();
  const looked = env.cluster.requests
    .filter((r) => r.api === 'OffsetFetch')
    .flatMap((r) => (r.body as { groups: Array<{ topics: Array<{ partitionIndexes: number[] }> }> }).groups.flatMap((g) => g.topics.flatMap((t) => t.partitionIndexes)));
  assert.equal(looked, [0]);
  const got = await consumer.getMessages({ count: 10, timeoutMs: null });
  assert.equal(
    got.map((m) => text(m.message.value)),
    Array.from({ length: 10 }, (_, i) => `p0-${i}`),
  );
  assert.equal(consumer.workerPartitions, [[0]], 'one worker: the second share is empty');
  await consumer.stop();
  await env.stop();
});

test('§10.65 (0.9.5 behaviour) after providePartitionInfo() getMessages returns [partition, { offset, message }] pairs', async () => {
  const env = await startTcpCluster({ t: 2 });
  for (let p = 0; p < 2; p++) await appendMessages(env.cluster, 't', p, 3);
  const consumer = new MultiProcessConsumer(env.client, null, 't', { numProcs: 2, clock: env.clock }).providePartitionInfo();
  const got = await consumer.getMessages({ count: 6, timeoutMs: null });
  assert.equal(got.map(([partition, { offset, message }]) => `${partition}:${offset}:${text(message.value)}`).sort(), ['0:0:p0-0', '0:1:p0-1', '0:2:p0-2', '1:0:p1-0', '1:1:p1-1', '1:2:p1-2']);
  await consumer.stop();
  await env.stop();
});

test.run();
