// A MultiProcessConsumer worker that dies fails the consumer on its next call, with the worker's error.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConsumerAbortedError, ConsumerStoppedError } from '../src/errors.js';
import { MultiProcessConsumer } from '../src/multiprocess/consumer.js';
import { MultiProcessWorkerError } from '../src/multiprocess/errors.js';
import { appendBatch, appendMessages } from './helpers/cluster.js';
import { rejects } from './helpers/assert.js';
import { flush, settle } from './helpers/event-loop.js';
import { commitsSeen, sumOf } from './helpers/observe.js';
import { DESERIALIZERS, eventually, startTcpCluster } from './multiprocess/cluster.js';

/** Two partitions: partition 1 holds 'poison' at offset 10; partition 0 is healthy. */
async function poisonedTopic() {
  const env = await startTcpCluster({ t: 2 });
  await appendMessages(env.cluster, 't', 0, 50);
  await appendMessages(env.cluster, 't', 1, 10);
  await appendBatch(env.cluster, 't', 1, ['poison']);
  return env;
}

/** Calls getMessages until the worker's death surfaces; returns that error. */
async function workerDeath(consumer: MultiProcessConsumer<string | null>): Promise<MultiProcessWorkerError> {
  return (await rejects(
    (async () => {
      for (;;) await consumer.getMessages({ count: 10, timeoutMs: null });
    })(),
    (e) => e instanceof MultiProcessWorkerError,
  )) as MultiProcessWorkerError;
}

test('a deserializer that throws in a worker: the next getMessages throws MultiProcessWorkerError with the worker error as cause, and so does every later call', async () => {
  const env = await poisonedTopic();
  const consumer = new MultiProcessConsumer<string | null>(env.client, 'g-crash', 't', {
    numProcs: 2,
    autoCommitEveryT: null,
    clock: env.clock,
    worker: { deserializer: { module: DESERIALIZERS, export: 'throwOnPoison' } },
  });
  const error = await workerDeath(consumer);
  assert.is(error.code, 'WORKER_DIED');
  assert.is(error.workerIndex, 1);
  assert.equal(error.partitions, [1]);
  const cause = error.cause as Error & { code: string };
  assert.is(cause.name, 'TypeError');
  assert.is(cause.message, 'cannot deserialize the poison record');
  await rejects(consumer.getMessages(), (e) => e === error, 'the failure is sticky');
  // Offsets handed out stay right: stop() commits them, so a new consumer resumes after them.
  const handedOut = sumOf(new Map([...consumer.offsets].map(([p, o]) => [String(p), o])));
  await consumer.stop();
  assert.is(sumOf(commitsSeen(env.cluster).at(-1)?.offsets ?? new Map([['x', 0]])), handedOut);
  await env.stop();
});

test('a worker thread that exits (process.exit(3) in the deserializer) fails the consumer with exitCode 3', async () => {
  const env = await poisonedTopic();
  const consumer = new MultiProcessConsumer<string | null>(env.client, null, 't', {
    numProcs: 2,
    clock: env.clock,
    worker: { deserializer: { module: DESERIALIZERS, export: 'exitOnPoison' } },
  });
  const error = await workerDeath(consumer);
  assert.is(error.exitCode, 3);
  assert.equal(error.partitions, [1]);
  assert.match(error.message, /exited with code 3/);
  await consumer.stop();
  await env.stop();
});

test('a worker death wakes a getMessages that is blocked waiting', async () => {
  const env = await startTcpCluster({ t: 1 });
  const consumer = new MultiProcessConsumer<string | null>(env.client, null, 't', {
    clock: env.clock,
    worker: { deserializer: { module: DESERIALIZERS, export: 'throwOnPoison' } },
  });
  await consumer.ready();
  const blocked = settle(consumer.getMessages({ count: 1, timeoutMs: null }));
  await flush();
  assert.not.ok(blocked.done);
  await appendBatch(env.cluster, 't', 0, ['poison']);
  await eventually(() => blocked.done, 'the blocked call to end');
  assert.instance(blocked.error, MultiProcessWorkerError);
  await consumer.stop();
  await env.stop();
});

test('the deserializer runs in the workers: named and default exports', async () => {
  const env = await startTcpCluster({ t: 1 });
  await appendBatch(env.cluster, 't', 0, ['{"n":1}', '{"n":2}']);
  const parsed = new MultiProcessConsumer<{ n: number }>(env.client, null, 't', { clock: env.clock, worker: { deserializer: { module: DESERIALIZERS, export: 'json' } } });
  assert.equal(
    (await parsed.getMessages({ count: 2, timeoutMs: null })).map((m) => m.message.value),
    [{ n: 1 }, { n: 2 }],
  );
  await parsed.stop();
  const upper = new MultiProcessConsumer<string>(env.client, null, 't', { clock: env.clock, worker: { deserializer: { module: DESERIALIZERS } } });
  assert.equal(
    (await upper.getMessages({ count: 2, timeoutMs: null })).map((m) => m.message.value),
    ['{"N":1}', '{"N":2}'],
  );
  await upper.stop();
  await env.stop();
});

test('stop() during a blocking getMessages: the call returns what it has ([]), workers end, later calls throw ConsumerStoppedError', async () => {
  const env = await startTcpCluster({ t: 3 });
  const consumer = new MultiProcessConsumer(env.client, 'g-stop', 't', { numProcs: 3, clock: env.clock });
  await consumer.ready();
  const blocked = settle(consumer.getMessages({ count: 5, timeoutMs: null }));
  await flush();
  assert.not.ok(blocked.done);
  await consumer.stop();
  await blocked.promise;
  assert.equal(blocked.value, []);
  await rejects(consumer.getMessages(), (e) => e instanceof ConsumerStoppedError);
  await env.stop();
});

test('an AbortSignal ends a blocked getMessages with ConsumerAbortedError; the consumer goes on', async () => {
  const env = await startTcpCluster({ t: 1 });
  const consumer = new MultiProcessConsumer(env.client, null, 't', { clock: env.clock });
  await consumer.ready();
  const controller = new AbortController();
  const blocked = settle(consumer.getMessages({ count: 1, timeoutMs: null, signal: controller.signal }));
  await flush();
  assert.not.ok(blocked.done);
  controller.abort(new Error('user gave up'));
  await blocked.promise;
  assert.instance(blocked.error, ConsumerAbortedError);
  await appendBatch(env.cluster, 't', 0, ['after']);
  const got = await consumer.getMessages({ count: 1, timeoutMs: null });
  assert.is(Buffer.from(got[0]?.message.value ?? []).toString(), 'after');
  await consumer.stop();
  await env.stop();
});

test('configuration errors name the option', () => {
  const client = { fetch() {}, offsetCommit() {} } as never;
  const check = (options: object, option: string) =>
    assert.throws(
      () => new MultiProcessConsumer(client, null, 't', options),
      (e: unknown) => (e as { option?: string }).option === option,
    );
  check({ numProcs: 0 }, 'numProcs');
  check({ partitionsPerProc: -1 }, 'partitionsPerProc');
  check({ worker: { deserializer: { module: '' } } }, 'worker.deserializer');
  check({ worker: { client: { brokers: 'x:1', socketFactory: () => null } } }, 'worker.client.socketFactory');
  check({ worker: { maxQueuedMessages: 0 } }, 'worker.maxQueuedMessages');
  check({ worker: { bogus: 1 } }, 'bogus');
  check({ maxBufferSize: 10, bufferSize: 20 }, 'bufferSize');
  check({ iterTimeoutMs: -1 }, 'iterTimeoutMs');
});

test.run();
