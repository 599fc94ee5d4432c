// kafkajs runs against the fake cluster over TCP, unchanged. It uses real time (its timers are
// its own), so these tests wait on wall-clock time where kafkajs does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeCluster } from '../src/index.js';

const { CompressionTypes, Kafka, logLevel } = kafkajs;
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
const fixtures = join(import.meta.dirname, 'fixtures', 'tls');

function client(cluster: FakeCluster, extra: Partial<ConstructorParameters<typeof Kafka>[0]> = {}) {
  return new Kafka({ clientId: 'kafkajs-test', brokers: cluster.bootstrap, logLevel: logLevel.NOTHING, retry: { retries: 8, initialRetryTime: 50 }, ...extra });
}

/** Runs a consumer group member until `until` says stop; returns the values it saw. */
async function consume(kafka: InstanceType<typeof Kafka>, groupId: string, topic: string, until: (seen: string[]) => boolean, options: { readUncommitted?: boolean } = {}) {
  const consumer = kafka.consumer({ groupId, readUncommitted: options.readUncommitted ?? false, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`consumer saw ${seen.length} messages before timing out`)), 30_000);
    void consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value?.toString() ?? '');
        if (until(seen)) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return seen;
}

test('kafkajs produces 10k gzip messages to 3 partitions, a group consumes and commits them all, and a second run resumes from the commits', async () => {
  const cluster = await FakeCluster.start({ brokers: 3, topics: { demo: 3 } });
  try {
    const kafka = client(cluster);
    const producer = kafka.producer();
    await producer.connect();
    for (let i = 0; i < 10; i++) {
      await producer.send({ topic: 'demo', compression: CompressionTypes.GZIP, messages: Array.from({ length: 1000 }, (_, j) => ({ key: `k${(i * 1000 + j) % 97}`, value: `v${i * 1000 + j}` })) });
    }
    const total = [0, 1, 2].reduce((sum, p) => sum + cluster.partition('demo', p).highWatermark, 0);
    assert.is(total, 10_000);
    const first = await consume(kafka, 'group-a', 'demo', (seen) => seen.length >= 10_000);
    assert.is(new Set(first).size, 10_000, 'every message exactly once');
    for (const p of [0, 1, 2]) assert.is(cluster.committedOffset('group-a', 'demo', p), cluster.partition('demo', p).highWatermark);

    await producer.send({ topic: 'demo', messages: Array.from({ length: 30 }, (_, j) => ({ value: `late${j}` })) });
    await producer.disconnect();
    const second = await consume(kafka, 'group-a', 'demo', (seen) => seen.length >= 30);
    assert.equal(second.sort(), Array.from({ length: 30 }, (_, j) => `late${j}`).sort(), 'only what came after the commits');
    assert.equal(cluster.errors, []);
  } finally {
    await cluster.stop();
  }
});

test("a kafkajs transactional producer's aborted messages are invisible to a read_committed consumer", async () => {
  const cluster = await FakeCluster.start({ brokers: 3, topics: { tx: 1 } });
  try {
    const kafka = client(cluster);
    const producer = kafka.producer({ transactionalId: 'tx-producer', idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const aborted = await producer.transaction();
    await aborted.send({ topic: 'tx', messages: [{ value: 'aborted-1' }, { value: 'aborted-2' }] });
    await aborted.abort();
    const committed = await producer.transaction();
    await committed.send({ topic: 'tx', messages: [{ value: 'committed-1' }, { value: 'committed-2' }] });
    await committed.commit();
    await producer.disconnect();
    const p = cluster.partition('tx', 0);
    assert.is(p.lastStableOffset, p.highWatermark, 'no transaction left open');
    const seen = await consume(kafka, 'tx-reader', 'tx', (s) => s.includes('committed-2'));
    assert.equal(seen, ['committed-1', 'committed-2']);
    const everything = await consume(kafka, 'tx-reader-uncommitted', 'tx', (s) => s.includes('committed-2'), { readUncommitted: true });
    assert.equal(everything, ['aborted-1', 'aborted-2', 'committed-1', 'committed-2']);
  } finally {
    await cluster.stop();
  }
});

test('kafkajs authenticates with SASL PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 over TLS, and a wrong password is refused', async () => {
  const tls = { key: readFileSync(join(fixtures, 'key.pem')), cert: readFileSync(join(fixtures, 'cert.pem')) };
  const cluster = await FakeCluster.start({ topics: { secure: 1 }, tls, sasl: { users: { alice: 'alice-secret' } } });
  try {
    for (const mechanism of ['plain', 'scram-sha-256', 'scram-sha-512'] as const) {
      const kafka = client(cluster, { ssl: { ca: [tls.cert] }, sasl: { mechanism, username: 'alice', password: 'alice-secret' } as never });
      const admin = kafka.admin();
      await admin.connect();
      assert.ok((await admin.listTopics()).includes('secure'), mechanism);
      await admin.disconnect();
    }
    const wrong = client(cluster, { ssl: { ca: [tls.cert] }, sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'nope' }, retry: { retries: 0 } });
    const admin = wrong.admin();
    try {
      await admin.connect();
      assert.unreachable('a wrong password must not authenticate');
    } catch (error) {
      assert.match(String((error as Error).message), /SASL|authentication|credentials/i);
    } finally {
      await admin.disconnect();
    }
  } finally {
    await cluster.stop();
  }
});

test('a leader move and injected errors reach kafkajs, which recovers and delivers everything', async () => {
  const cluster = await FakeCluster.start({ brokers: 3, topics: { moving: 1 } });
  try {
    const kafka = client(cluster);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'moving', messages: [{ value: 'before' }] });
    const oldLeader = cluster.partition('moving', 0).leader;
    cluster.moveLeader('moving', 0);
    cluster.faults.failNext({ api: 'Produce', errorCode: 6, count: 1 });
    await producer.send({ topic: 'moving', messages: [{ value: 'after' }] });
    await producer.disconnect();
    const redirected = cluster.requests.filter((r) => r.api === 'Produce' && r.broker === oldLeader);
    assert.ok(redirected.length >= 1, 'the old leader saw a Produce and answered NOT_LEADER_OR_FOLLOWER');
    const seen = await consume(kafka, 'moving-reader', 'moving', (s) => s.length >= 2);
    assert.equal(seen, ['before', 'after']);
  } finally {
    await cluster.stop();
  }
});

test.run();
