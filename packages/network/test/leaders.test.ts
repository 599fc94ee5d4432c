// Partition routing: fetch and listOffsets split per leader, leader moves, broker restarts,
// metadata refresh throttling and per-partition errors.
import { ErrorCode, KafkaBrokerError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaConnectionError, KafkaNoBrokerAvailableError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { flush, settle, until } from './helpers/event-loop.js';
import { ScriptedCluster } from './helpers/scripted-cluster.js';

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString();

test('fetch sends one request per leader, all at once, and returns results in the caller order', async () => {
  const cluster = new ScriptedCluster({ brokers: 3, topics: { a: 3, b: 2 } });
  const client = clientFor(cluster);
  const partitions = [
    { topic: 'b', partition: 1, offset: 7 },
    { topic: 'a', partition: 0, offset: 1 },
    { topic: 'a', partition: 2, offset: 3 },
    { topic: 'b', partition: 0, offset: 5 },
    { topic: 'a', partition: 1, offset: 2 },
  ];
  const results = await client.fetch({ partitions });
  assert.equal(
    results.map((r) => [r.topic, r.partition, r.error, r.nodeId, text(r.records)]),
    partitions.map((p) => {
      const leader = cluster.partition(p.topic, p.partition).leader;
      return [p.topic, p.partition, null, leader, `${p.topic}/${p.partition}@${p.offset} from ${leader}`];
    }),
  );
  assert.equal(cluster.requestsTo('Fetch').map((r) => r.nodeId).sort(), [1, 2, 3]);
  assert.is(results[0]?.highWatermark, 100);
  await client.close();
});

test('leader moved while a fetch is in flight: only that partition fails, and the next fetch goes to the new leader after refreshLeaderBackoffMs', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 2 } });
  const client = clientFor(cluster, { refreshLeaderBackoffMs: 200 });
  assert.equal([cluster.partition('t', 0).leader, cluster.partition('t', 1).leader], [1, 2]);
  const both = [
    { topic: 't', partition: 0, offset: 10 },
    { topic: 't', partition: 1, offset: 20 },
  ];
  await client.fetch({ partitions: both });
  cluster.hook = (r) => (r.api === 'Fetch' && r.nodeId === 1 ? 'hold' : undefined);
  const inFlight = settle(client.fetch({ partitions: both }));
  await until(() => cluster.heldCount === 1, 'the fetch held at broker 1');
  cluster.moveLeader('t', 0, 2);
  cluster.release();
  await inFlight.promise;
  const [moved, other] = inFlight.value ?? [];
  assert.instance(moved?.error, KafkaBrokerError);
  assert.is((moved?.error as KafkaBrokerError | undefined)?.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  assert.ok(moved?.error?.retriable);
  assert.match(String(moved?.error?.message), /NOT_LEADER_OR_FOLLOWER \(6\) in Fetch response at topic 't', partition 0/);
  assert.is(other?.error, null);
  assert.is(text(other?.records), 't/1@20 from 2');

  cluster.hook = null;
  const metadataBefore = cluster.requestsTo('Metadata').length;
  const next = settle(client.fetch({ partitions: both }));
  await flush();
  assert.not.ok(next.done, 'waits for the throttled refresh');
  assert.is(cluster.requestsTo('Metadata').length, metadataBefore, 'no refresh before refreshLeaderBackoffMs');
  cluster.clock.advance(200);
  await next.promise;
  assert.is(cluster.requestsTo('Metadata').length, metadataBefore + 1);
  assert.equal(next.value?.map((r) => [r.error, text(r.records)]), [
    [null, 't/0@10 from 2'],
    [null, 't/1@20 from 2'],
  ]);
  await client.close();
});

test('fifty partitions reporting a moved leader cost one metadata refresh', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 50 } });
  const client = clientFor(cluster);
  const partitions = Array.from({ length: 50 }, (_, partition) => ({ topic: 't', partition, offset: 0 }));
  await client.fetch({ partitions });
  for (let p = 0; p < 50; p++) cluster.moveLeader('t', p, cluster.partition('t', p).leader === 1 ? 2 : 1);
  const failed = await client.fetch({ partitions });
  assert.ok(failed.every((r) => r.error instanceof KafkaBrokerError && r.error.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER));
  const before = cluster.requestsTo('Metadata').length;
  const next = settle(client.fetch({ partitions }));
  cluster.clock.advance(200);
  await next.promise;
  assert.is(cluster.requestsTo('Metadata').length, before + 1);
  assert.ok(next.value?.every((r) => r.error === null));
  await client.close();
});

test("a Fetch response's leader hint (KIP-951) moves the partition without a metadata refresh", async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 1 } });
  const client = clientFor(cluster);
  await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  cluster.moveLeader('t', 0, 2);
  cluster.hook = (r) => {
    if (r.api !== 'Fetch' || r.nodeId !== 1) return undefined;
    const body = cluster.defaultAnswer(r) as { responses: Array<{ partitions: Array<Record<string, unknown>> }> };
    const p = body.responses[0]?.partitions[0];
    if (p) p['currentLeader'] = { leaderId: 2, leaderEpoch: 1 };
    return { body };
  };
  const [first] = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  assert.is((first?.error as KafkaBrokerError | undefined)?.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  const metadataRequests = cluster.requestsTo('Metadata').length;
  const [second] = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  assert.is(second?.error, null);
  assert.is(second?.nodeId, 2);
  assert.is(cluster.requestsTo('Metadata').length, metadataRequests, 'no refresh was needed');
  await client.close();
});

test('broker stopped and restarted: its partitions fail retriably, move to the new leader, and come back after the restart', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 2 } });
  const client = clientFor(cluster);
  const both = [
    { topic: 't', partition: 0, offset: 1 },
    { topic: 't', partition: 1, offset: 1 },
  ];
  await client.fetch({ partitions: both });
  cluster.hook = (r) => (r.api === 'Fetch' && r.nodeId === 1 ? 'hold' : undefined);
  const inFlight = settle(client.fetch({ partitions: both }));
  await until(() => cluster.heldCount === 1, 'fetch at broker 1');
  cluster.stopBroker(1);
  cluster.moveLeader('t', 0, 2);
  await inFlight.promise;
  const [lost, fine] = inFlight.value ?? [];
  assert.instance(lost?.error, KafkaConnectionError);
  assert.ok(lost?.error?.retriable);
  assert.is(fine?.error, null);
  cluster.hook = null;
  const failover = settle(client.fetch({ partitions: both }));
  cluster.clock.advance(200);
  await failover.promise;
  assert.equal(failover.value?.map((r) => [r.error, r.nodeId]), [
    [null, 2],
    [null, 2],
  ]);

  cluster.startBroker(1);
  cluster.moveLeader('t', 0, 1);
  const [stale] = await client.fetch({ partitions: both });
  assert.is((stale?.error as KafkaBrokerError | undefined)?.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  const back = settle(client.fetch({ partitions: both }));
  cluster.clock.advance(200);
  await back.promise;
  assert.equal(back.value?.map((r) => [r.error, r.nodeId, text(r.records)]), [
    [null, 1, 't/0@1 from 1'],
    [null, 2, 't/1@1 from 2'],
  ]);
  await client.close();
});

test('a leader that restarts in place is reconnected to by the next fetch', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster);
  const one = [{ topic: 't', partition: 0, offset: 3 }];
  await client.fetch({ partitions: one });
  cluster.stopBroker(1);
  cluster.startBroker(1);
  await until(() => cluster.connections.every((c) => c.closed), 'old connection gone');
  const next = settle(client.fetch({ partitions: one }));
  cluster.clock.advance(200);
  await next.promise;
  assert.is(next.value?.[0]?.error, null);
  assert.is(text(next.value?.[0]?.records), 't/0@3 from 1');
  await client.close();
});

test('per-partition errors stay on their partition: unknown topic, out of range, and data for the rest', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 2 } });
  const client = clientFor(cluster);
  cluster.hook = (r) => {
    if (r.api !== 'Fetch') return undefined;
    const body = cluster.defaultAnswer(r) as { responses: Array<{ partitions: Array<Record<string, unknown>> }> };
    const p1 = body.responses[0]?.partitions.find((p) => p['partitionIndex'] === 1);
    if (p1) Object.assign(p1, { errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, records: null });
    return { body };
  };
  const results = await client.fetch({
    partitions: [
      { topic: 't', partition: 0, offset: 0 },
      { topic: 'missing', partition: 0, offset: 0 },
      { topic: 't', partition: 1, offset: 999 },
      { topic: 't', partition: 7, offset: 0 },
    ],
  });
  assert.equal(
    results.map((r) => r.error?.code ?? null),
    [null, 'UNKNOWN_TOPIC_OR_PARTITION', 'OFFSET_OUT_OF_RANGE', 'UNKNOWN_TOPIC_OR_PARTITION'],
  );
  assert.is(results[2]?.error?.retriable, false);
  assert.match(String(results[3]?.error?.message), /partition 7.*the topic has 2 partition\(s\)/);
  assert.is(text(results[0]?.records), 't/0@0 from 1');
  assert.is(results[2]?.records.length, 0);
  await client.close();
});

test('listOffsets retries just the partitions whose leader moved, after a refresh', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 2 } });
  const client = clientFor(cluster, { retry: { initialBackoffMs: 50 } });
  await client.metadata({ topics: ['t'] });
  cluster.moveLeader('t', 0, 2);
  const call = settle(
    client.listOffsets({
      partitions: [
        { topic: 't', partition: 0, timestamp: 'earliest' },
        { topic: 't', partition: 1, timestamp: 'latest' },
      ],
    }),
  );
  await until(() => cluster.requestsTo('ListOffsets').length === 2, 'first round sent');
  await flush();
  cluster.clock.advance(200);
  await call.promise;
  assert.equal(call.value?.map((r) => [r.error, r.offset, r.leaderEpoch]), [
    [null, 0, 1],
    [null, 100, 0],
  ]);
  const sent = cluster.requestsTo('ListOffsets').map((r) => [r.nodeId, r.body.topics[0].partitions.map((p: { partitionIndex: number }) => p.partitionIndex)]);
  assert.equal(sent.slice(-1), [[2, [0]]], 'only partition 0 was asked again, of its new leader');
  await client.close();
});

test('retries run out: the last retriable error is returned per partition, not thrown', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster, { retry: { retries: 2, initialBackoffMs: 10, maxBackoffMs: 10 } });
  cluster.hook = (r) =>
    r.api === 'ListOffsets' ? { body: { topics: [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.LEADER_NOT_AVAILABLE }] }] } } : undefined;
  const call = settle(client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'latest' }] }));
  for (let i = 0; i < 10 && !call.done; i++) {
    await flush();
    cluster.clock.advance(200);
  }
  await call.promise;
  assert.is(call.value?.[0]?.error?.code, 'LEADER_NOT_AVAILABLE');
  assert.is(cluster.requestsTo('ListOffsets').length, 3, 'first try and two retries');
  await client.close();
});

test('no broker reachable: metadata() rejects after its retries, fetch reports it per partition', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 1 } });
  cluster.stopBroker(1);
  cluster.stopBroker(2);
  const client = clientFor(cluster, { retry: { retries: 1, initialBackoffMs: 10, maxBackoffMs: 10 } });
  const meta = settle(client.metadata());
  for (let i = 0; i < 10 && !meta.done; i++) {
    await flush();
    cluster.clock.advance(50);
  }
  await meta.promise;
  assert.instance(meta.error, KafkaNoBrokerAvailableError);
  assert.match(String((meta.error as Error).message), /No Kafka broker could be reached\. Tried: broker1\.test:9092 \(Could not connect.*ECONNREFUSED.*\); broker2\.test:9092/);
  const fetched = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] }));
  for (let i = 0; i < 10 && !fetched.done; i++) {
    await flush();
    cluster.clock.advance(50);
  }
  await fetched.promise;
  assert.instance(fetched.value?.[0]?.error, KafkaNoBrokerAvailableError);
  await client.close();
});

test('metadata older than metadataMaxAgeMs is refreshed in the background on the next use', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster, { metadataMaxAgeMs: 60_000 });
  await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  assert.is(cluster.requestsTo('Metadata').length, 1);
  cluster.clock.advance(60_000);
  await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  await until(() => cluster.requestsTo('Metadata').length === 2, 'background refresh');
  await client.close();
});

test('metadata() reports brokers, topics, partitions, leaders and epochs; partitionsFor and groupByLeader use them', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 3, u: 1 } });
  cluster.moveLeader('t', 2, 2);
  const client = clientFor(cluster);
  const meta = await client.metadata({ topics: ['t', 'nope'] });
  assert.equal(meta.brokers.map((b) => [b.nodeId, b.host, b.port]), [
    [1, 'broker1.test', 9092],
    [2, 'broker2.test', 9092],
  ]);
  const t = meta.topics.find((x) => x.name === 't');
  assert.equal(t?.partitions.map((p) => [p.partition, p.leaderId, p.leaderEpoch]), [
    [0, 1, 0],
    [1, 2, 0],
    [2, 2, 1],
  ]);
  assert.is(meta.topics.find((x) => x.name === 'nope')?.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  assert.equal(await client.partitionsFor('t'), [0, 1, 2]);
  const routing = await client.groupByLeader([
    { topic: 't', partition: 0 },
    { topic: 't', partition: 2 },
    { topic: 'nope', partition: 0 },
  ]);
  assert.equal([...routing.groups.keys()].sort(), [1, 2]);
  assert.equal(routing.failures.map((f) => f.error.code), ['UNKNOWN_TOPIC_OR_PARTITION']);
  const all = await client.metadata({ topics: null });
  assert.equal(all.topics.map((x) => x.name).sort(), ['nope', 't', 'u']);
  await client.close();
});

test.run();
