// `for await` over the consumers: a message already decoded is handed out at once (no fetch
// call, no lock), with everything a call would do: offsets, auto-commit counting, deferred
// errors, the group's poll clock, consumerTimeoutMs and close() ending the iteration.
import { encodeRecordBatch } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FastAsyncIterator } from '../src/fast-async-iterator.js';
import { ChecksumError, ConsumerAbortedError, KafkaConsumer, type KafkaConsumerConfig, type KafkaMessage, MaxPollIntervalExceededError, type PartitionAndMessage, SimpleConsumer } from '../src/index.js';
import { rejects } from './helpers/assert.js';
import { appendMessages, startCluster, type TestCluster, text } from './helpers/cluster.js';
import { drive } from './helpers/event-loop.js';
import { commitsSeen, countOf } from './helpers/observe.js';
import { GROUP, groupCluster, newMember, runUntil, settleOn } from './group/harness.js';

function kafkaConsumer<V = Uint8Array | null>(t: TestCluster, config: KafkaConsumerConfig<V> = {}): KafkaConsumer<V> {
  return new KafkaConsumer<V>('t', { client: t.client, clock: t.clock, autoOffsetReset: 'smallest', consumerTimeoutMs: 1000, ...config } as never);
}

async function collect<T>(t: TestCluster, iterable: AsyncIterable<T>, each: (item: T) => Promise<void> | void = () => {}): Promise<T[]> {
  const out: T[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const item of iterable) {
        out.push(item);
        await each(item);
      }
    })(),
  );
  return out;
}

/** Whether the promise settles within `turns` microtask turns: the fast path needs one. */
async function settlesWithin<T>(promise: Promise<T>, turns: number): Promise<boolean> {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let i = 0; i < turns && !settled; i++) await Promise.resolve();
  return settled;
}

test('KafkaConsumer: a message of a decoded batch comes out of the iterator within a microtask turn, with no Fetch; the fetch offsets advance message by message', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 5);
  const consumer = kafkaConsumer(t);
  const iterator = consumer[Symbol.asyncIterator]();
  const first = (await drive(t.clock, iterator.next())).value as KafkaMessage;
  assert.is(first.offset, 0);
  const fetches = countOf(t.cluster, 'Fetch');
  const second = iterator.next();
  assert.ok(await settlesWithin(second, 2), 'handed out without waiting on the engine');
  assert.is(((await second).value as KafkaMessage).offset, 1);
  assert.equal(consumer.offsets('fetch').get('t')?.get(0), 2);
  assert.is(countOf(t.cluster, 'Fetch'), fetches);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('KafkaConsumer: for await through buffered batches, taskDone on each with autoCommitIntervalMessages 4 commits 4 and 8, consumerTimeoutMs ends the iteration, close() commits the rest', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 10, { perBatch: 5 });
  const consumer = kafkaConsumer(t, { groupId: 'g', autoCommitEnable: true, autoCommitIntervalMessages: 4, autoCommitIntervalMs: null });
  const seen = await collect(t, consumer, async (m) => {
    await consumer.taskDone(m);
  });
  assert.equal(
    seen.map((m) => m.offset),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.ok(t.clock.now() >= 1000, 'the iteration ended on consumerTimeoutMs');
  assert.equal(
    commitsSeen(t.cluster).map((c) => c.offsets.get('t/0')),
    [4, 8],
  );
  await drive(t.clock, consumer.close());
  assert.is(t.cluster.committedOffset('g', 't', 0), 10);
  await t.stop();
});

test('KafkaConsumer: a deserializer failing on a buffered message ends the iteration with its error; the next iteration starts again at that message', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 5);
  let failures = 0;
  const consumer = kafkaConsumer<string | null>(t, {
    deserializer: (value) => {
      const decoded = text(value);
      if (decoded === 'p0-2' && failures++ === 0) throw new Error('cannot read p0-2');
      return decoded;
    },
  });
  const before: string[] = [];
  await rejects(
    collect(t, consumer, (m) => {
      before.push(m.value as string);
    }),
    (e) => (e as Error).message === 'cannot read p0-2',
  );
  assert.equal(before, ['p0-0', 'p0-1']);
  const after = await collect(t, consumer);
  assert.equal(
    after.map((m) => m.value),
    ['p0-2', 'p0-3', 'p0-4'],
  );
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('KafkaConsumer: breaking out of for await leaves the consumer usable, the next loop continues after the last message; after close() the iterator is done', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 6);
  const consumer = kafkaConsumer(t);
  const firstTwo: number[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) {
        firstTwo.push(m.offset);
        if (firstTwo.length === 2) break;
      }
    })(),
  );
  assert.equal(firstTwo, [0, 1]);
  const iterator = consumer[Symbol.asyncIterator]();
  assert.is(((await drive(t.clock, iterator.next())).value as KafkaMessage).offset, 2);
  await drive(t.clock, consumer.close());
  assert.equal(await drive(t.clock, iterator.next()), { value: undefined, done: true });
  await t.stop();
});

test('KafkaConsumer in a group: messages taken from a decoded batch count as polls, so 15 s per message stays within maxPollIntervalMs 20 s; 30 s without one does not', async () => {
  const t = await groupCluster({ t: 1 }, 5);
  const member = newMember(t, 'a', ['t'], { maxPollIntervalMs: 20_000, consumerTimeoutMs: -1 });
  const iterator = member.consumer[Symbol.asyncIterator]();
  const offsets = [((await settleOn(t, iterator.next(), 'the first message')).value as KafkaMessage).offset];
  const generation = member.consumer.groupMetadata()?.generationId;
  for (let i = 1; i < 5; i++) {
    const start = t.clock.now();
    await runUntil(t, () => t.clock.now() - start >= 15_000, '15 s of work on the message');
    const next = iterator.next();
    assert.ok(await settlesWithin(next, 2), 'from the decoded batch');
    offsets.push(((await next).value as KafkaMessage).offset);
  }
  assert.equal(offsets, [0, 1, 2, 3, 4]);
  assert.equal(
    [member.consumer.groupMetadata()?.state, member.consumer.groupMetadata()?.generationId],
    ['stable', generation],
    'still a member after 60 s of 15-s gaps',
  );
  await appendMessages(t.cluster, 't', 0, 5, { perBatch: 5 });
  const sixth = (await settleOn(t, iterator.next(), 'the sixth message')).value as KafkaMessage;
  assert.is(sixth.offset, 5);
  const start = t.clock.now();
  await runUntil(t, () => t.clock.now() - start >= 30_000 && member.consumer.groupMetadata()?.state === 'left', 'the poll interval runs out');
  await rejects(settleOn(t, iterator.next(), 'the next step reports it'), (e) => e instanceof MaxPollIntervalExceededError);
  assert.equal(await settleOn(t, iterator.next(), 'the iteration ended'), { value: undefined, done: true });
  assert.is(t.cluster.committedOffset(GROUP, 't', 0), undefined, 'nothing was marked done, nothing committed');
  await settleOn(t, member.consumer.close(), 'close');
  await t.stop();
});

test('SimpleConsumer: iteration advances offsets per message and the count trigger commits every 4 messages', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 10, { perBatch: 5 });
  const consumer = new SimpleConsumer(t.client, 'g', 't', { clock: t.clock, autoCommitEveryN: 4, autoCommitEveryT: null, iterTimeoutMs: 500 });
  const offsetsSeen: number[] = [];
  const items = await collect(t, consumer, () => {
    offsetsSeen.push(consumer.offsets.get(0) as number);
  });
  assert.equal(
    items.map((m) => m.offset),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.equal(offsetsSeen, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'offsets move with each message handed out');
  assert.equal(
    commitsSeen(t.cluster).map((c) => c.offsets.get('t/0')),
    [4, 8],
  );
  assert.is(consumer.countSinceCommit, 2);
  await drive(t.clock, consumer.stop());
  assert.is(t.cluster.committedOffset('g', 't', 0), 10);
  await t.stop();
});

test('SimpleConsumer: an error getMessages() deferred (after handing out the records before a corrupt batch) is what iteration raises first; items keep their shape with providePartitionInfo()', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 3);
  const bad = Uint8Array.from(await encodeRecordBatch({ baseOffset: 3, records: [{ value: 'bad' }] }));
  bad[bad.length - 2] = (bad[bad.length - 2] as number) ^ 0x55;
  t.cluster.appendRaw('t', 0, bad);
  const consumer = new SimpleConsumer(t.client, null, 't', { clock: t.clock, autoCommit: false, iterTimeoutMs: 500 }).providePartitionInfo();
  const taken = await drive(t.clock, consumer.getMessages({ count: 10, timeoutMs: 1000 }));
  assert.equal(
    taken.map(([partition, item]) => [partition, item.offset, text(item.message.value)]),
    [
      [0, 0, 'p0-0'],
      [0, 1, 'p0-1'],
      [0, 2, 'p0-2'],
    ],
  );
  await rejects(collect(t, consumer), (e) => e instanceof ChecksumError && e.offset === 3);
  await drive(t.clock, consumer.seek(0, 0));
  const again: PartitionAndMessage[] = [];
  await drive(
    t.clock,
    (async () => {
      for await (const item of consumer.iterate()) if (again.push(item) === 2) break;
    })(),
  );
  assert.equal(
    again.map(([partition, item]) => [partition, item.offset, Object.keys(item.message).sort()]),
    [
      [0, 0, ['attributes', 'headers', 'key', 'magic', 'timestamp', 'value']],
      [0, 1, ['attributes', 'headers', 'key', 'magic', 'timestamp', 'value']],
    ],
  );
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('SimpleConsumer: a fired signal stops iteration even with messages decoded (ConsumerAbortedError), and nothing is lost: the next loop goes on from the next message', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 5);
  const consumer = new SimpleConsumer(t.client, null, 't', { clock: t.clock, autoCommit: false, iterTimeoutMs: 500 });
  const controller = new AbortController();
  const before: number[] = [];
  await rejects(
    collect(t, consumer.iterate({ signal: controller.signal }), (item) => {
      before.push(item.offset);
      if (item.offset === 1) controller.abort();
    }),
    (e) => e instanceof ConsumerAbortedError,
  );
  assert.equal(before, [0, 1]);
  assert.equal(
    (await collect(t, consumer)).map((item) => item.offset),
    [2, 3, 4],
  );
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('FastAsyncIterator behaves as an async generator: calls settle in call order, a waiting call keeps a later ready value behind it, errors, return() and throw() end it', async () => {
  const ready: number[] = [];
  let release: ((value: number | null) => void) | null = null;
  const source = {
    take: () => ready.shift() ?? null,
    wait: () =>
      new Promise<number | null>((resolve) => {
        release = resolve;
      }),
  };
  const iterator = new FastAsyncIterator(source);
  ready.push(1);
  const one = iterator.next();
  const two = iterator.next();
  ready.push(3);
  const three = iterator.next();
  assert.equal(await one, { value: 1, done: false });
  (release as unknown as (value: number) => void)(2);
  assert.equal(await Promise.all([two, three]), [
    { value: 2, done: false },
    { value: 3, done: false },
  ]);
  const ended = iterator.next();
  (release as unknown as (value: null) => void)(null);
  assert.equal(await ended, { value: undefined, done: true });
  ready.push(4);
  assert.equal(await iterator.next(), { value: undefined, done: true }, 'ended for good');

  const failing = new FastAsyncIterator({
    take: () => {
      throw new Error('take failed');
    },
    wait: async () => 0,
  });
  await rejects(failing.next(), (e) => (e as Error).message === 'take failed');
  assert.equal(await failing.next(), { value: undefined, done: true });

  const returned = new FastAsyncIterator({ take: () => 7, wait: async () => 0 });
  assert.equal(await returned.next(), { value: 7, done: false });
  assert.equal(await returned.return(), { value: undefined, done: true });
  assert.equal(await returned.next(), { value: undefined, done: true });

  const thrown = new FastAsyncIterator({ take: () => 7, wait: async () => 0 });
  await rejects(thrown.throw(new Error('stop')), (e) => (e as Error).message === 'stop');
  assert.equal(await thrown.next(), { value: undefined, done: true });
  assert.is(thrown[Symbol.asyncIterator](), thrown);
});

test.run();
