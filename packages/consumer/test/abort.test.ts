// Every blocking call takes an AbortSignal: aborting ends the wait with ConsumerAbortedError and
// leaves the consumer usable.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConsumerAbortedError, KafkaConsumer, type OffsetAndMessage, SimpleConsumer } from '../src/index.js';
import { rejects } from './helpers/assert.js';
import { appendMessages, startCluster } from './helpers/cluster.js';
import { drive, flush, settle } from './helpers/event-loop.js';

const aborted = (e: unknown) => e instanceof ConsumerAbortedError && e.code === 'ABORTED';

test('SimpleConsumer: getMessage, getMessages and iterate stop waiting when their signal fires; the consumer then reads on', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  const consumer = new SimpleConsumer(t.client, 'ga', 't', { clock: t.clock, autoCommitEveryT: null });
  await drive(t.clock, consumer.ready());
  const calls: Array<(signal: AbortSignal) => Promise<unknown>> = [
    (signal: AbortSignal) => consumer.getMessage({ timeoutMs: null, signal }),
    (signal: AbortSignal) => consumer.getMessages({ count: 3, timeoutMs: null, signal }),
    async (signal: AbortSignal) => {
      for await (const _ of consumer.iterate({ signal })) assert.unreachable('nothing to read');
    },
  ];
  for (const call of calls) {
    const controller = new AbortController();
    const waiting = settle(call(controller.signal));
    for (let i = 0; i < 5; i++) {
      await flush();
      t.clock.advance(1000);
    }
    assert.not.ok(waiting.done);
    controller.abort(new Error('user gave up'));
    await drive(t.clock, waiting.promise);
    assert.ok(aborted(waiting.error), String(waiting.error));
    assert.match((waiting.error as Error).message, /user gave up/);
  }
  await appendMessages(t.cluster, 't', 0, 2);
  const got = (await drive(t.clock, consumer.getMessages({ count: 2, timeoutMs: 5000 }))) as OffsetAndMessage[];
  assert.equal(
    got.map((m) => m.offset),
    [0, 1],
  );
  const already = AbortSignal.abort();
  await rejects(consumer.seek(0, 0, { signal: already }), aborted);
  await rejects(consumer.commit(null, { signal: already }), aborted);
  await rejects(consumer.pending(null, { signal: already }), aborted);
  await rejects(consumer.fetchLastKnownOffsets(null, { signal: already }), aborted);
  await rejects(consumer.ready({ signal: already }), aborted);
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('KafkaConsumer: next and fetchMessages stop waiting when their signal fires; commit, taskDone and getPartitionOffsets take one too', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  const consumer = new KafkaConsumer('t', { client: t.client, clock: t.clock, groupId: 'gk', autoCommitEnable: true, autoCommitIntervalMessages: 1 });
  await drive(t.clock, consumer.ready());
  const calls: Array<(signal: AbortSignal) => Promise<unknown>> = [
    (signal: AbortSignal) => consumer.next({ signal }),
    async (signal: AbortSignal) => {
      for await (const _ of consumer.fetchMessages({ signal })) assert.unreachable('nothing to read');
    },
  ];
  for (const call of calls) {
    const controller = new AbortController();
    const waiting = settle(call(controller.signal));
    await flush();
    controller.abort();
    await drive(t.clock, waiting.promise);
    assert.ok(aborted(waiting.error), String(waiting.error));
  }
  await appendMessages(t.cluster, 't', 0, 1);
  const m = await drive(t.clock, consumer.next());
  assert.is(m.offset, 0);
  const already = AbortSignal.abort();
  await rejects(consumer.taskDone(m, { signal: already }), aborted);
  await rejects(consumer.commit({ signal: already }), aborted);
  await rejects(consumer.getPartitionOffsets('t', 0, -1, 1, { signal: already }), aborted);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test.run();
