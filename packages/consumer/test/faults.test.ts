// Faults the consumers must ride out: leader moves and broker loss without loss or duplicates,
// OFFSET_OUT_OF_RANGE under each policy, coordinator moves during commits, transient unknown
// partitions, and a seeded storm of random faults.
import { ErrorCode } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaConsumer, OffsetOutOfRangeError, SimpleConsumer } from '../src/index.js';
import { appendMessages, startCluster, type TestCluster } from './helpers/cluster.js';
import { drive, } from './helpers/event-loop.js';

async function replicated(t: TestCluster, partitions: number, perPartition: number): Promise<void> {
  t.cluster.createTopic('t', { partitions, replicationFactor: 3 });
  for (let p = 0; p < partitions; p++) await appendMessages(t.cluster, 't', p, perPartition, { perBatch: 10 });
}

function assertExactlyOnceInOrder(seen: Array<[number, number]>, partitions: number, perPartition: number): void {
  for (let p = 0; p < partitions; p++) {
    assert.equal(
      seen.filter(([partition]) => partition === p).map(([, offset]) => offset),
      Array.from({ length: perPartition }, (_, i) => i),
      `partition ${p}: every offset once, in order`,
    );
  }
  assert.is(seen.length, partitions * perPartition);
}

test('leader moves and a stopped leader mid-consumption lose and duplicate nothing (KafkaConsumer)', async () => {
  const t = await startCluster({ brokers: 3 });
  await replicated(t, 2, 300);
  const consumer = new KafkaConsumer('t', { client: t.client, clock: t.clock, autoOffsetReset: 'smallest', consumerTimeoutMs: 3000 });
  const seen: Array<[number, number]> = [];
  const read = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const m = await drive(t.clock, consumer.next());
      seen.push([m.partition, m.offset]);
    }
  };
  await read(100);
  t.cluster.moveLeader('t', 0);
  t.cluster.moveLeader('t', 1);
  await read(200);
  await t.cluster.stopBroker(t.cluster.partition('t', 0).leader);
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) seen.push([m.partition, m.offset]);
    })(),
  );
  assertExactlyOnceInOrder(seen, 2, 300);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('leader moves mid-consumption lose and duplicate nothing, and commits cover exactly what was handed out (SimpleConsumer)', async () => {
  const t = await startCluster({ brokers: 3 });
  await replicated(t, 2, 200);
  const consumer = new SimpleConsumer(t.client, 'gmove', 't', { clock: t.clock, autoCommitEveryN: 50, autoCommitEveryT: null }).providePartitionInfo();
  const seen: Array<[number, number]> = [];
  for (let round = 0; round < 8; round++) {
    const got = await drive(t.clock, consumer.getMessages({ count: 50, timeoutMs: 5000 }));
    for (const [partition, { offset }] of got) seen.push([partition, offset]);
    t.cluster.moveLeader('t', round % 2);
  }
  assertExactlyOnceInOrder(seen, 2, 200);
  await drive(t.clock, consumer.stop());
  assert.equal([t.cluster.committedOffset('gmove', 't', 0), t.cluster.committedOffset('gmove', 't', 1)], [200, 200]);
  await t.stop();
});

test('OFFSET_OUT_OF_RANGE mid-consumption (records deleted under the consumer) follows each policy', async () => {
  const t = await startCluster();
  const consumeAcrossDeletion = async (policy: 'smallest' | 'largest' | 'none') => {
    const name = `t-${policy}`;
    t.cluster.createTopic(name, 1);
    await appendMessages(t.cluster, name, 0, 100, { perBatch: 10 });
    // Small fetches: the consumer is still far behind when the records go.
    const consumer = new KafkaConsumer([name, 0, 0], { client: t.client, clock: t.clock, consumerTimeoutMs: 500, autoOffsetReset: policy, fetchMessageMaxBytes: 400 });
    assert.is((await drive(t.clock, consumer.next())).offset, 0);
    t.cluster.deleteRecords(name, 0, 60);
    const after: number[] = [];
    try {
      await drive(
        t.clock,
        (async () => {
          for await (const m of consumer) after.push(m.offset);
        })(),
      );
      return after;
    } catch (error) {
      return error;
    } finally {
      await drive(t.clock, consumer.close());
    }
  };
  // What was already fetched before the deletion is still delivered; then the policy applies.
  const buffered = (offsets: number[]) => offsets.filter((o) => o < 60);
  const smallest = (await consumeAcrossDeletion('smallest')) as number[];
  assert.equal(buffered(smallest), Array.from({ length: buffered(smallest).length }, (_, i) => i + 1));
  assert.ok(buffered(smallest).length < 59, 'the consumer was behind when the records went');
  assert.equal(smallest.slice(buffered(smallest).length), Array.from({ length: 40 }, (_, i) => 60 + i), 'smallest: continues from the new log start');
  const largest = (await consumeAcrossDeletion('largest')) as number[];
  assert.equal(largest, buffered(largest), 'largest: nothing after the buffered records; it waits at the end');
  const none = (await consumeAcrossDeletion('none')) as OffsetOutOfRangeError;
  assert.instance(none, OffsetOutOfRangeError);
  assert.equal([none.topic, none.partition], ['t-none', 0]);
  assert.ok(none.offset !== undefined && none.offset > 0 && none.offset < 60, `offset ${none.offset}`);
  await t.stop();
});

test('a coordinator move during commits is retried at the new coordinator after rediscovery', async () => {
  const t = await startCluster({ brokers: 3 });
  await replicated(t, 1, 20);
  const consumer = new SimpleConsumer(t.client, 'gcoord', 't', { clock: t.clock, autoCommitEveryN: 5, autoCommitEveryT: null });
  await drive(t.clock, consumer.getMessages({ count: 5, timeoutMs: 5000 }));
  const oldCoordinator = t.cluster.coordinatorOf('gcoord');
  assert.is(t.cluster.committedOffset('gcoord', 't', 0), 5);
  const newCoordinator = (oldCoordinator + 1) % 3;
  // The client still has the old coordinator cached: it answers NOT_COORDINATOR from now on.
  t.cluster.moveCoordinator('gcoord', newCoordinator);
  const findsBefore = t.cluster.requests.filter((r) => r.api === 'FindCoordinator').length;
  await drive(t.clock, consumer.getMessages({ count: 5, timeoutMs: 5000 }));
  assert.is(t.cluster.committedOffset('gcoord', 't', 0), 10, 'the count-triggered commit landed');
  assert.is(consumer.countSinceCommit, 0);
  const commitBrokers = t.cluster.requests.filter((r) => r.api === 'OffsetCommit').map((r) => r.broker);
  assert.equal(commitBrokers, [oldCoordinator, oldCoordinator, newCoordinator]);
  assert.ok(t.cluster.requests.filter((r) => r.api === 'FindCoordinator').length > findsBefore, 'the coordinator was looked up again');
  await drive(t.clock, consumer.stop());
  await t.stop();
});

test('(D14 fixed) a transient UNKNOWN_TOPIC_OR_PARTITION refreshes metadata and KafkaConsumer goes on', async () => {
  const t = await startCluster({ topics: { t: 1 } });
  await appendMessages(t.cluster, 't', 0, 3);
  const consumer = new KafkaConsumer('t', { client: t.client, clock: t.clock, autoOffsetReset: 'smallest', consumerTimeoutMs: 5000 });
  await drive(t.clock, consumer.ready());
  t.cluster.faults.failNext({ api: 'Fetch', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, topic: 't', partition: 0, count: 2 });
  const offsets: number[] = [];
  for (let i = 0; i < 3; i++) offsets.push((await drive(t.clock, consumer.next())).offset);
  assert.equal(offsets, [0, 1, 2]);
  await drive(t.clock, consumer.close());
  await t.stop();
});

test('a seeded storm of random faults (errors, delays, disconnects, cut responses, leader moves): every message exactly once, commits intact', async () => {
  const t = await startCluster({ brokers: 3 });
  await replicated(t, 3, 200);
  t.cluster.faults.setRandom({ seed: 11, rate: 0.08, apis: ['Fetch', 'ListOffsets', 'Metadata', 'OffsetCommit', 'OffsetFetch', 'FindCoordinator'] });
  const consumer = new KafkaConsumer('t', {
    client: t.client,
    clock: t.clock,
    groupId: 'gstorm',
    autoCommitEnable: true,
    autoCommitIntervalMs: 1000,
    autoOffsetReset: 'smallest',
    consumerTimeoutMs: 5000,
  });
  const seen: Array<[number, number]> = [];
  await drive(
    t.clock,
    (async () => {
      for await (const m of consumer) {
        seen.push([m.partition, m.offset]);
        await consumer.taskDone(m);
      }
    })(),
    { maxSteps: 20_000 },
  );
  t.cluster.faults.setRandom(null);
  await drive(t.clock, consumer.close());
  assertExactlyOnceInOrder(seen, 3, 200);
  assert.ok(t.cluster.faults.applied.length > 10, `${t.cluster.faults.applied.length} faults applied`);
  assert.equal([0, 1, 2].map((p) => t.cluster.committedOffset('gstorm', 't', p)), [200, 200, 200]);
  await t.stop();
});

test.run();
