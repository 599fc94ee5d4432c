// Spec §10 statements 21-56: SimpleConsumer's seek, fetching, blocking, timeouts, buffer sizes,
// offset resets, fetch errors and what it hands out, on the fake cluster with a manual clock.
import { encodeMessageSet, encodeRecordBatch, ErrorCode, KafkaConfigError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ChecksumError,
  ConsumerFetchSizeTooSmall,
  type OffsetAndMessage,
  OffsetOutOfRangeError,
  type PartitionAndMessage,
  SimpleConsumer,
  type SimpleConsumerMessage,
  type SimpleConsumerOptions,
  UnknownTopicOrPartitionError,
} from '../src/index.js';
import { appendBatch, appendMessages, startCluster, type TestCluster, text } from './helpers/cluster.js';
import { rejects } from './helpers/assert.js';
import { drive, flush, settle, until } from './helpers/event-loop.js';
import { commitsSeen, countOf, fetchesSeen } from './helpers/observe.js';

async function topic(t: TestCluster, name: string, partitions: number, perPartition: number): Promise<void> {
  t.cluster.createTopic(name, partitions);
  for (let p = 0; p < partitions; p++) await appendMessages(t.cluster, name, p, perPartition, { perBatch: 10 });
}

function simple(t: TestCluster, group: string | null, name: string, options: SimpleConsumerOptions = {}): SimpleConsumer {
  return new SimpleConsumer(t.client, group, name, { clock: t.clock, ...options });
}

function offsetOf(m: SimpleConsumerMessage): number {
  return Array.isArray(m) ? m[1].offset : m.offset;
}

/** Drains with iterTimeoutMs semantics: getMessage until an empty round. */
async function drain(t: TestCluster, consumer: SimpleConsumer): Promise<Array<[number, number]>> {
  const out: Array<[number, number]> = [];
  for (;;) {
    const m = await drive(t.clock, consumer.getMessage({ timeoutMs: 0, getPartitionInfo: true }));
    if (m === null) return out;
    out.push([m[0], m[1].offset]);
  }
}

// ---- seek --------------------------------------------------------------------------------

test('§10.21 on 2x100, seek(-10, 2) then draining yields 10; seek(-13, 2) yields 13 (from 94 and 93)', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const consumer = simple(t, 'g21', 't', { autoCommit: false });
  await drive(t.clock, consumer.seek(-10, 2));
  assert.is((await drain(t, consumer)).length, 10);
  await drive(t.clock, consumer.seek(-13, 2));
  const drained = await drain(t, consumer);
  assert.is(drained.length, 13);
  assert.equal(
    [0, 1].map((p) => Math.min(...drained.filter(([partition]) => partition === p).map(([, offset]) => offset))),
    [94, 93],
  );
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('§10.22 on 3x100, seek(-10, 2) sets {0: 97, 1: 97, 2: 96}; seek(10, 0) from head 0 sets {0: 4, 1: 3, 2: 3}', async () => {
  const t = await startCluster();
  await topic(t, 't', 3, 100);
  const consumer = simple(t, 'g22', 't', { autoCommit: false });
  await drive(t.clock, consumer.seek(-10, 2));
  assert.equal(Object.fromEntries(consumer.offsets), { 0: 97, 1: 97, 2: 96 });
  await drive(t.clock, consumer.seek(10, 0));
  assert.equal(Object.fromEntries(consumer.offsets), { 0: 4, 1: 3, 2: 3 });
  await t.stop();
});

test('§10.23 seek(-5, 1) moves every partition back by 5 (not split), without clamping at 0', async () => {
  const t = await startCluster();
  await topic(t, 't', 3, 100);
  const consumer = simple(t, 'g23', 't', { autoCommit: false });
  await drive(t.clock, consumer.seek(20, 1));
  await drive(t.clock, consumer.seek(-5, 1));
  assert.equal(Object.fromEntries(consumer.offsets), { 0: 15, 1: 15, 2: 15 });
  await drive(t.clock, consumer.seek(-30, 1));
  assert.equal(Object.fromEntries(consumer.offsets), { 0: -15, 1: -15, 2: -15 });
  await t.stop();
});

test('§10.24 seek(x, 3) is refused', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 1);
  const consumer = simple(t, 'g24', 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  await rejects(consumer.seek(1, 3), (e: unknown) => e instanceof KafkaConfigError && e.option === 'whence');
  await t.stop();
});

test('§10.25 after a seek, fetchOffsets equal offsets and the buffer is empty', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 50);
  const consumer = simple(t, 'g25', 't', { autoCommit: false });
  const [first] = await drive(t.clock, consumer.getMessages({ count: 1, timeoutMs: 5000 }));
  assert.is(offsetOf(first as SimpleConsumerMessage), 0);
  assert.not.equal(consumer.fetchOffsets, consumer.offsets, 'messages are buffered');
  await drive(t.clock, consumer.seek(0, 1));
  assert.equal(consumer.fetchOffsets, consumer.offsets);
  const next = (await drive(t.clock, consumer.providePartitionInfo().getMessage({ timeoutMs: 5000 }))) as PartitionAndMessage;
  assert.equal([next[0], next[1].offset], [0, 1], 'the buffered messages were dropped and fetched again from offsets');
  await t.stop();
});

test('§10.26 each seek counts as one message and commits when autoCommit is on, even with nothing consumed', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const off = simple(t, 'g26a', 't', { autoCommit: false });
  await drive(t.clock, off.seek(0, 1));
  assert.is(off.countSinceCommit, 1);
  assert.is(countOf(t.cluster, 'OffsetCommit'), 0);
  const on = simple(t, 'g26b', 't', { autoCommitEveryT: null });
  await drive(t.clock, on.seek(3, 0));
  assert.is(on.countSinceCommit, 0);
  assert.is(t.cluster.committedOffset('g26b', 't', 0), 3);
  await t.stop();
});

// ---- FetchContext, blocking and timeouts ----------------------------------------------------

test('§10.29 FetchContext: blocking 300 ms sends maxWait 300 / minBytes 1; blocking 0 or null sends 1000 / 1; non-blocking sends 100 / 0', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  const firstFetchOf = async (call: () => Promise<unknown>) => {
    t.cluster.clearRequests();
    const s = settle(call());
    await until(() => countOf(t.cluster, 'Fetch') > 0, 'the fetch');
    const [fetch] = fetchesSeen(t.cluster);
    await drive(t.clock, s.promise);
    return [fetch?.maxWaitMs, fetch?.minBytes];
  };
  assert.equal(await firstFetchOf(() => consumer.getMessage({ timeoutMs: 300 })), [300, 1]);
  assert.equal(await firstFetchOf(() => consumer.getMessage({ timeoutMs: 0 })), [1000, 1]);
  assert.equal(await firstFetchOf(() => consumer.getMessage({ block: false })), [100, 0]);
  const forever = settle(consumer.getMessage({ timeoutMs: null }));
  t.cluster.clearRequests();
  await drive(t.clock, Promise.resolve());
  await until(() => countOf(t.cluster, 'Fetch') > 0 || forever.done, 'the fetch');
  assert.equal(
    fetchesSeen(t.cluster).map((f) => [f.maxWaitMs, f.minBytes])[0],
    [1000, 1],
  );
  await drive(t.clock, consumer.stop());
  await forever.promise;
  assert.is(forever.value, null, 'stop() ended the wait');
  await t.stop();
});

test('§10.30 getMessage({ block: false }) on an empty topic sends exactly one fetch and returns null without waiting', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  t.cluster.clearRequests();
  const before = t.clock.now();
  const s = settle(consumer.getMessage({ block: false }));
  await until(() => s.done, 'the call');
  assert.is(s.value, null);
  assert.is(t.clock.now(), before, 'no time passed');
  assert.is(countOf(t.cluster, 'Fetch'), 1);
  await t.stop();
});

test('§10.31 getMessages({ block: true, timeoutMs: T }) with nothing available returns [] after at least T', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 2);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  const before = t.clock.now();
  assert.equal(await drive(t.clock, consumer.getMessages({ count: 5, timeoutMs: 1000 })), []);
  assert.ok(t.clock.now() - before >= 1000, `returned after ${t.clock.now() - before} ms`);
  await t.stop();
});

test('§10.32 with 10 available, getMessages(5) returns 5 at once; getMessages(10) then returns the other 5 after at least T', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  const start = t.clock.now();
  const five = settle(consumer.getMessages({ count: 5, timeoutMs: 1000 }));
  await until(() => five.done, 'five messages without time passing');
  assert.is(five.value?.length, 5);
  assert.is(t.clock.now(), start);
  const rest = await drive(t.clock, consumer.getMessages({ count: 10, timeoutMs: 1000 }));
  assert.equal(rest.map(offsetOf), [5, 6, 7, 8, 9]);
  assert.ok(t.clock.now() - start >= 1000);
  await t.stop();
});

test('§10.34 (D6 fixed) timeoutMs null blocks until a message arrives (getMessage) or until count messages (getMessages), or stop()', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  const one = settle(consumer.getMessage({ timeoutMs: null }));
  for (let i = 0; i < 20; i++) {
    await flush();
    t.clock.advance(1000);
  }
  assert.not.ok(one.done, 'still waiting after 20 s');
  await appendMessages(t.cluster, 't', 0, 3);
  await drive(t.clock, one.promise);
  assert.is(offsetOf(one.value as SimpleConsumerMessage), 0);
  const three = settle(consumer.getMessages({ count: 3, timeoutMs: null }));
  for (let i = 0; i < 5; i++) {
    await flush();
    t.clock.advance(1000);
  }
  assert.not.ok(three.done, 'two of three are there; it waits for the third');
  await appendMessages(t.cluster, 't', 0, 1);
  await drive(t.clock, three.promise);
  assert.equal(three.value?.map(offsetOf), [1, 2, 3]);
  const waiting = settle(consumer.getMessages({ count: 1, timeoutMs: null }));
  await flush();
  await drive(t.clock, consumer.stop());
  await waiting.promise;
  assert.equal(waiting.value, [], 'stop() ends the wait');
  await t.stop();
});

test('§10.35 getMessages({ block: true, timeoutMs: 0 }) sends one fetch with maxWait 0', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  t.cluster.clearRequests();
  assert.equal(await drive(t.clock, consumer.getMessages({ count: 5, timeoutMs: 0 })), []);
  assert.equal(
    fetchesSeen(t.cluster).map((f) => [f.maxWaitMs, f.minBytes]),
    [[0, 1]],
  );
  await t.stop();
});

test('§10.36 (D7 fixed) getMessages(5, timeoutMs 500) on an empty topic returns at the deadline: the broker wait is the time left', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  t.cluster.clearRequests();
  const start = t.clock.now();
  assert.equal(await drive(t.clock, consumer.getMessages({ count: 5, timeoutMs: 500 }), { stepMs: 499 }), []);
  const elapsed = t.clock.now() - start;
  assert.ok(elapsed >= 500 && elapsed < 1000, `returned after ${elapsed} ms (kafka-python could take ~1000)`);
  for (const fetch of fetchesSeen(t.cluster)) assert.ok(fetch.at - start + fetch.maxWaitMs <= 500, 'no fetch waits past the deadline');
  await t.stop();
});

test('§10.37 iterTimeoutMs 0 on an empty topic sends one fetch with maxWait 1000 and ends; iterTimeoutMs null never ends until stop()', async () => {
  const t = await startCluster();
  t.cluster.createTopic('t', 1);
  const zero = simple(t, null, 't', { autoCommit: false, iterTimeoutMs: 0 });
  await drive(t.clock, zero.ready());
  t.cluster.clearRequests();
  await drive(
    t.clock,
    (async () => {
      for await (const _ of zero) assert.unreachable('nothing to read');
    })(),
  );
  assert.equal(
    fetchesSeen(t.cluster).map((f) => f.maxWaitMs),
    [1000],
  );
  const forever = simple(t, null, 't', { autoCommit: false });
  const seen: number[] = [];
  const loop = settle(
    (async () => {
      for await (const m of forever) seen.push(offsetOf(m));
    })(),
  );
  for (let i = 0; i < 100; i++) {
    await flush();
    t.clock.advance(10_000);
  }
  assert.not.ok(loop.done, 'still iterating after 1000 s');
  await appendMessages(t.cluster, 't', 0, 2);
  await drive(t.clock, until(() => seen.length === 2, 'the two messages'));
  await drive(t.clock, forever.stop());
  await loop.promise;
  assert.ok(loop.done);
  assert.equal(seen, [0, 1]);
  await t.stop();
});

test('§10.38 draining 2x100 by iteration yields exactly 200 distinct messages', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const consumer = simple(t, 'g38', 't', { iterTimeoutMs: 0 }).providePartitionInfo();
  const seen = new Set<string>();
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) {
        const [partition, { offset }] = m;
        seen.add(`${partition}/${offset}`);
      }
    })(),
  );
  assert.is(seen.size, 200);
  await t.stop();
});

// ---- buffer sizes ----------------------------------------------------------------------

test('§10.39 the first fetch round asks for every assigned partition with maxBytes = bufferSize', async () => {
  const t = await startCluster();
  await topic(t, 't', 3, 5);
  const consumer = simple(t, null, 't', { autoCommit: false, bufferSize: 2048, maxBufferSize: 8192 });
  await drive(t.clock, consumer.getMessage());
  const [first] = fetchesSeen(t.cluster);
  assert.equal(
    first?.partitions.map((p) => [p.partition, p.offset, p.maxBytes]),
    [
      [0, 0, 2048],
      [1, 0, 2048],
      [2, 0, 2048],
    ],
  );
  await t.stop();
});

test('§10.40 (D4: growth kept) [10 B, 5000 B, 10 B] yields all three; the requests are 4096, 4096, 8192, and later rounds stay at 8192', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['x'.repeat(10)]);
  await appendBatch(t.cluster, 't', 0, ['y'.repeat(5000)]);
  await appendBatch(t.cluster, 't', 0, ['z'.repeat(10)]);
  const consumer = simple(t, null, 't', { autoCommit: false });
  const got = await drive(t.clock, consumer.getMessages({ count: 3, timeoutMs: 5000 }));
  assert.equal(
    got.map((m) => (m as OffsetAndMessage).message.value?.length),
    [10, 5000, 10],
  );
  await drive(t.clock, consumer.getMessages({ count: 1, timeoutMs: 200 }));
  const sizes = fetchesSeen(t.cluster).map((f) => [f.partitions[0]?.offset, f.partitions[0]?.maxBytes]);
  assert.equal(sizes.slice(0, 3), [
    [0, 4096],
    [1, 4096],
    [1, 8192],
  ]);
  assert.ok(sizes.slice(3).length > 0 && sizes.slice(3).every(([, bytes]) => bytes === 8192), JSON.stringify(sizes));
  await t.stop();
});

test('§10.41 ten small and ten 5000-byte messages on one partition all arrive with the default sizes', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 10);
  for (let i = 0; i < 10; i++) await appendBatch(t.cluster, 't', 0, [String(i).repeat(5000)]);
  const consumer = simple(t, null, 't', { autoCommit: false, iterTimeoutMs: 0 });
  const offsets: number[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) offsets.push(offsetOf(m));
    })(),
  );
  assert.equal(
    offsets,
    Array.from({ length: 20 }, (_, i) => i),
  );
  await t.stop();
});

test('§10.42 a 40000-byte message raises ConsumerFetchSizeTooSmall after 4096, 8192, 16384, 32768; with maxBufferSize null it arrives', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['h'.repeat(40_000)]);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  t.cluster.clearRequests();
  await rejects(drive(t.clock, consumer.getMessage({ block: false, timeoutMs: 100 })), (e: unknown) => {
    return e instanceof ConsumerFetchSizeTooSmall && e.partition === 0 && e.offset === 0 && e.fetchSize === 32768 && /maxBufferSize/.test(e.message);
  });
  assert.equal(
    fetchesSeen(t.cluster).map((f) => f.partitions[0]?.maxBytes),
    [4096, 8192, 16384, 32768],
  );
  const unlimited = simple(t, null, 't', { autoCommit: false, maxBufferSize: null });
  await drive(t.clock, unlimited.seek(-1, 2));
  const huge = (await drive(t.clock, unlimited.getMessage({ timeoutMs: 5000 }))) as OffsetAndMessage;
  assert.is(huge.message.value?.length, 40_000);
  await t.stop();
});

test('§10.43 bufferSize 1024 / maxBufferSize 2048 receives one ~1 KB message per partition', async () => {
  const t = await startCluster({ topics: { t: 2 } });
  for (let p = 0; p < 2; p++) await appendBatch(t.cluster, 't', p, ['k'.repeat(1100)]);
  const consumer = simple(t, null, 't', { autoCommit: false, bufferSize: 1024, maxBufferSize: 2048 });
  const got = await drive(t.clock, consumer.getMessages({ count: 2, timeoutMs: 5000 }));
  assert.equal(
    got.map((m) => (m as OffsetAndMessage).message.value?.length),
    [1100, 1100],
  );
  await t.stop();
});

test('§10.44 bufferSize 70000 with the default maxBufferSize is refused', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  assert.throws(() => simple(t, null, 't', { bufferSize: 70_000 }), (e: unknown) => e instanceof KafkaConfigError && e.option === 'bufferSize');
  await t.stop();
});

test('§10.45 a response cut inside its last batch yields the complete batches; the cut one is fetched again next round', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  for (let i = 0; i < 3; i++) await appendBatch(t.cluster, 't', 0, [String(i).repeat(1500)]);
  const consumer = simple(t, null, 't', { autoCommit: false });
  const got = await drive(t.clock, consumer.getMessages({ count: 3, timeoutMs: 5000 }));
  assert.equal(got.map(offsetOf), [0, 1, 2]);
  assert.equal(
    fetchesSeen(t.cluster)
      .slice(0, 2)
      .map((f) => [f.partitions[0]?.offset, f.partitions[0]?.maxBytes]),
    [
      [0, 4096],
      [2, 4096],
    ],
  );
  await t.stop();
});

// ---- offset resets ------------------------------------------------------------------------

test("§10.46 seek(300, 2) on 2x100 with autoOffsetReset 'smallest' drains all 200", async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const consumer = simple(t, null, 't', { autoCommit: false, autoOffsetReset: 'smallest' });
  await drive(t.clock, consumer.seek(300, 2));
  assert.equal(Object.fromEntries(consumer.offsets), { 0: 250, 1: 250 });
  assert.is((await drain(t, consumer)).length, 200);
  await t.stop();
});

test("§10.47 the same with the default 'largest' drains 0 and sets offsets to {0: 100, 1: 100}; 100 more each then drain 200", async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 100);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.seek(300, 2));
  assert.is((await drain(t, consumer)).length, 0);
  assert.equal(Object.fromEntries(consumer.offsets), { 0: 100, 1: 100 });
  for (let p = 0; p < 2; p++) await appendMessages(t.cluster, 't', p, 100, { perBatch: 10 });
  assert.is((await drain(t, consumer)).length, 200);
  await t.stop();
});

test('§10.48 with autoOffsetReset null (or none) getMessage raises OffsetOutOfRangeError naming the partition and offset', async () => {
  for (const autoOffsetReset of [null, 'none'] as const) {
    const t = await startCluster();
    await topic(t, 't', 2, 100);
    const consumer = simple(t, null, 't', { autoCommit: false, autoOffsetReset });
    await drive(t.clock, consumer.seek(300, 2));
    await rejects(drive(t.clock, consumer.getMessage({ timeoutMs: 1000 })), (e: unknown) => {
      return e instanceof OffsetOutOfRangeError && e.topic === 't' && e.partition === 0 && e.offset === 250;
    });
    await t.stop();
  }
});

test('§10.49 (D8 fixed) a reset whose ListOffsets keeps failing is retried after a backoff, not in a tight loop, and then succeeds', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 10);
  const consumer = simple(t, null, 't', { autoCommit: false, autoOffsetReset: 'smallest', retryBackoffMs: 200 });
  await drive(t.clock, consumer.seek(50, 1));
  t.cluster.clearRequests();
  // The client retries ListOffsets 5 times itself; 8 failures outlast one reset attempt.
  t.cluster.faults.failNext({ api: 'ListOffsets', errorCode: ErrorCode.LEADER_NOT_AVAILABLE, count: 8 });
  const got = await drive(t.clock, consumer.getMessages({ count: 10, timeoutMs: 10_000 }));
  assert.equal(got.map(offsetOf), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const listOffsets = t.cluster.requests.filter((r) => r.api === 'ListOffsets');
  assert.ok(listOffsets.length >= 9 && listOffsets.length < 20, `${listOffsets.length} ListOffsets`);
});

test('§10.50 partition 1 failing on every fetch (connection cut at its leader) does not stop getMessages(5) from partition 0', async () => {
  const t = await startCluster({ brokers: 2 });
  t.cluster.createTopic('t', { partitions: 2, replicationFactor: 2 });
  t.cluster.moveLeader('t', 0, 0);
  t.cluster.moveLeader('t', 1, 1);
  await appendMessages(t.cluster, 't', 0, 10);
  await appendMessages(t.cluster, 't', 1, 10);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  t.cluster.faults.disconnectNext({ api: 'Fetch', broker: 1, when: 'before-response', count: 50 });
  const got = await drive(t.clock, consumer.providePartitionInfo().getMessages({ count: 5, timeoutMs: 5000 }));
  assert.equal(
    got.map(([p, m]) => [p, m.offset]),
    [0, 1, 2, 3, 4].map((o) => [0, o]),
  );
  await t.stop();
});

test('§10.51 NOT_LEADER_OR_FOLLOWER on partition 1 refreshes metadata and getMessages(20) returns without raising', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 10);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  t.cluster.clearRequests();
  t.cluster.faults.failNext({ api: 'Fetch', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, topic: 't', partition: 1, count: 3 });
  const got = await drive(t.clock, consumer.getMessages({ count: 20, timeoutMs: 5000 }));
  assert.is(got.length, 20);
  const firstFetch = t.cluster.requests.findIndex((r) => r.api === 'Fetch');
  assert.ok(t.cluster.requests.slice(firstFetch).some((r) => r.api === 'Metadata'), 'metadata was refreshed');
  await t.stop();
});

test('§10.52 UNKNOWN_TOPIC_OR_PARTITION that persists on partition 1 raises UnknownTopicOrPartitionError (after the messages already taken)', async () => {
  const t = await startCluster();
  await topic(t, 't', 2, 10);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await drive(t.clock, consumer.ready());
  t.cluster.faults.failNext({ api: 'Fetch', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, topic: 't', partition: 1, count: 100 });
  const withPartitions = consumer.providePartitionInfo();
  const first = await drive(t.clock, withPartitions.getMessages({ count: 20, timeoutMs: 5000 }));
  assert.equal(
    first.map(([p]) => p),
    Array(10).fill(0),
    'partition 0 messages are handed out, not lost (D15 fixed)',
  );
  await rejects(drive(t.clock, consumer.getMessages({ count: 20, timeoutMs: 5000 })), (e: unknown) => e instanceof UnknownTopicOrPartitionError && e.partition === 1);
  await t.stop();
});

// ---- what is handed out -------------------------------------------------------------------

test('§10.53 a fetch at offset 10 whose batch starts at 7 hands out 10, 11, ... only', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 7);
  await appendBatch(t.cluster, 't', 0, Array.from({ length: 10 }, (_, i) => `v${7 + i}`));
  const consumer = simple(t, null, 't', { autoCommit: false, iterTimeoutMs: 0 });
  await drive(t.clock, consumer.seek(10, 0));
  const offsets: number[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) offsets.push(offsetOf(m));
    })(),
  );
  assert.equal(offsets, [10, 11, 12, 13, 14, 15, 16]);
  assert.equal(fetchesSeen(t.cluster)[0]?.partitions[0]?.offset, 10);
  await t.stop();
});

test('§10.54 items are { offset, message: { magic, attributes, key, value, timestamp, headers } }; after providePartitionInfo(), [partition, item]', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendBatch(t.cluster, 't', 0, ['a', 'b', 'c'], { keys: ['k', null, 'k3'], timestamp: 1_650_000_000_000 });
  const consumer = simple(t, null, 't', { autoCommit: false, iterTimeoutMs: 0 });
  const [first] = (await drive(t.clock, consumer.getMessages({ count: 1, timeoutMs: 5000 }))) as OffsetAndMessage[];
  assert.equal(Object.keys(first ?? {}), ['offset', 'message']);
  assert.equal(Object.keys(first?.message ?? {}).sort(), ['attributes', 'headers', 'key', 'magic', 'timestamp', 'value']);
  assert.equal([first?.offset, first?.message.magic, text(first?.message.key ?? null), text(first?.message.value ?? null), first?.message.timestamp], [0, 2, 'k', 'a', 1_650_000_000_000]);
  const withInfo = (await drive(t.clock, consumer.getMessage({ getPartitionInfo: true, timeoutMs: 5000 }))) as PartitionAndMessage;
  assert.equal([withInfo[0], withInfo[1].offset, withInfo[1].message.key], [0, 1, null]);
  consumer.providePartitionInfo();
  const rest: SimpleConsumerMessage[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) rest.push(m);
    })(),
  );
  assert.ok(Array.isArray(rest[0]));
  assert.equal((rest[0] as PartitionAndMessage)[1].offset, 2);
  await t.stop();
});

test('§10.55 a gzip (and snappy) legacy wrapper of two messages is delivered as the two inner messages with their offsets', async () => {
  for (const compression of ['gzip', 'snappy'] as const) {
    const t = await startCluster({ topics: { t: 1 } });
    t.cluster.appendRaw('t', 0, await encodeMessageSet({ magic: 0, compression, baseOffset: 0, messages: [{ value: 'one' }, { value: 'two' }] }));
    t.cluster.appendRaw('t', 0, await encodeMessageSet({ magic: 1, compression, baseOffset: 2, messages: [{ value: 'three', timestamp: 5 }, { value: 'four', timestamp: 6 }] }));
    const consumer = simple(t, null, 't', { autoCommit: false });
    const got = (await drive(t.clock, consumer.getMessages({ count: 10, timeoutMs: 1000 }))) as OffsetAndMessage[];
    assert.equal(
      got.map((m) => [m.offset, text(m.message.value), m.message.magic]),
      [
        [0, 'one', 0],
        [1, 'two', 0],
        [2, 'three', 1],
        [3, 'four', 1],
      ],
      compression,
    );
    await t.stop();
  }
});

test('§10.56 a corrupted CRC raises ChecksumError (KafkaCorruptRecordError)', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  const batch = await encodeRecordBatch({ baseOffset: 0, records: [{ value: 'intact' }, { value: 'damaged' }] });
  const corrupted = Uint8Array.from(batch);
  corrupted[corrupted.length - 3] = (corrupted[corrupted.length - 3] as number) ^ 0xff;
  t.cluster.appendRaw('t', 0, corrupted);
  const consumer = simple(t, null, 't', { autoCommit: false });
  await rejects(drive(t.clock, consumer.getMessage({ timeoutMs: 1000 })), (e: unknown) => e instanceof ChecksumError && /CRC|crc|checksum/i.test(e.message));
  await t.stop();
});

test('commit covers what was handed out, not what was buffered', async () => {
  const t = await startCluster();
  await topic(t, 't', 1, 50);
  const consumer = simple(t, 'gb', 't', { autoCommitEveryN: null, autoCommitEveryT: null });
  await drive(t.clock, consumer.getMessages({ count: 3, timeoutMs: 5000 }));
  await drive(t.clock, consumer.commit());
  assert.equal([...(commitsSeen(t.cluster)[0]?.offsets ?? [])], [['t/0', 3]]);
  await t.stop();
});

test.run();
