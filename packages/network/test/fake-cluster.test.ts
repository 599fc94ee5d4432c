// The client against @kafkaline/testing's FakeCluster (the real broker logic over the in-process
// transport or TCP), with its fault injection and a manual clock.
import { readFileSync } from 'node:fs';
import { decodeRecords, encodeRecordBatch, ErrorCode, KafkaBrokerError } from '@kafkaline/protocol';
import { FakeCluster, type FakeClusterOptions, ManualClock } from '@kafkaline/testing';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type Clock,
  KafkaAuthenticationError,
  KafkaClient,
  type KafkaClientOptions,
  KafkaClientClosedError,
  KafkaConnectionError,
  KafkaRequestTimeoutError,
} from '../src/index.js';
import { flush, settle, until } from './helpers/event-loop.js';

/** Wraps the shared manual clock to count the timers the client itself leaves running. */
function trackingClock(clock: ManualClock): Clock & { live: Set<unknown> } {
  const live = new Set<unknown>();
  return {
    live,
    now: () => clock.now(),
    setTimeout(callback, ms) {
      const handle: unknown = clock.setTimeout(() => {
        live.delete(handle);
        callback();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      live.delete(handle);
      clock.clearTimeout(handle);
    },
  };
}

async function start(options: FakeClusterOptions = {}, clientOptions: Partial<KafkaClientOptions> = {}) {
  const clock = new ManualClock(1_700_000_000_000);
  const cluster = await FakeCluster.start({ brokers: 3, listen: false, clock, ...options });
  const clientClock = trackingClock(clock);
  const client = new KafkaClient({
    brokers: cluster.bootstrap,
    socketFactory: cluster.socketFactory,
    clock: clientClock,
    ...clientOptions,
    retry: { jitter: 0, ...clientOptions.retry },
  });
  const stop = async () => {
    await client.close();
    assert.is(clientClock.live.size, 0, 'the client left no timer behind');
    await cluster.stop();
  };
  return { cluster, client, clock, clientClock, stop };
}

async function append(cluster: FakeCluster, topic: string, partition: number, values: string[]): Promise<void> {
  const baseOffset = cluster.partition(topic, partition).highWatermark;
  cluster.appendRaw(topic, partition, await encodeRecordBatch({ baseOffset, baseTimestamp: 1, records: values.map((value) => ({ value })) }));
}

async function values(records: Uint8Array | undefined): Promise<string[]> {
  return (await decodeRecords(records)).map((r) => Buffer.from(r.value ?? new Uint8Array()).toString());
}

/** Lets the event loop run and the clock move in steps until `call` settles (bounded). */
async function drive(clock: ManualClock, call: { done: boolean; promise: Promise<void> }, stepMs = 100, steps = 100): Promise<void> {
  for (let i = 0; i < steps && !call.done; i++) {
    await flush(5);
    if (!call.done) clock.advance(stepMs);
  }
  await call.promise;
  assert.ok(call.done, 'settled within the bounded number of steps');
}

test('fetch reads appended records from each leader, in the caller order', async () => {
  const { cluster, client, stop } = await start({ topics: { t: 3 } });
  for (let p = 0; p < 3; p++) await append(cluster, 't', p, [`p${p}-a`, `p${p}-b`]);
  const results = await client.fetch({ partitions: [2, 0, 1].map((partition) => ({ topic: 't', partition, offset: 1 })) });
  assert.equal(
    results.map((r) => [r.partition, r.error, r.nodeId, r.highWatermark]),
    [2, 0, 1].map((p) => [p, null, cluster.partition('t', p).leader, 2]),
  );
  assert.equal(await values(results[0]?.records), ['p2-a', 'p2-b'].slice(0), 'the batch holding offset 1 comes whole');
  await stop();
});

test('leader moved while a fetch is in flight (long poll): the partition reports it, the next fetch reads from the new leader', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 1 } });
  await append(cluster, 't', 0, ['one']);
  const oldLeader = cluster.partition('t', 0).leader;
  await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  const parked = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 1 }], maxWaitMs: 10_000 }));
  await until(() => cluster.requests.filter((r) => r.api === 'Fetch').length === 2, 'the long poll at the broker');
  await flush();
  assert.not.ok(parked.done, 'parked waiting for data');
  const newLeader = cluster.moveLeader('t', 0);
  assert.is.not(newLeader, oldLeader);
  await drive(clock, parked);
  const [moved] = parked.value ?? [];
  assert.ok(moved?.error instanceof KafkaBrokerError && moved.error.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER, String(moved?.error));
  await append(cluster, 't', 0, ['two']);
  const next = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 1 }] }));
  await drive(clock, next);
  assert.is(next.value?.[0]?.error, null);
  assert.is(next.value?.[0]?.nodeId, newLeader);
  assert.equal(await values(next.value?.[0]?.records), ['two']);
  await stop();
});

test('broker stopped and restarted: in-flight fetch fails retriably, reads fail over, and the restarted broker serves again', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 1 } });
  await append(cluster, 't', 0, ['a']);
  const leader = cluster.partition('t', 0).leader;
  const parked = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 1 }], maxWaitMs: 10_000 }));
  await until(() => cluster.requests.some((r) => r.api === 'Fetch'), 'fetch at the broker');
  await cluster.stopBroker(leader);
  await drive(clock, parked);
  assert.instance(parked.value?.[0]?.error, KafkaConnectionError);
  assert.ok(parked.value?.[0]?.error?.retriable);
  const failover = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] }));
  await drive(clock, failover);
  const newLeader = cluster.partition('t', 0).leader;
  assert.is.not(newLeader, leader);
  assert.equal([failover.value?.[0]?.error, failover.value?.[0]?.nodeId], [null, newLeader]);
  assert.equal(await values(failover.value?.[0]?.records), ['a']);

  await cluster.startBroker(leader);
  cluster.moveLeader('t', 0, leader);
  let result = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  for (let i = 0; i < 20 && result[0]?.nodeId !== leader; i++) {
    const again = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] }));
    await drive(clock, again);
    result = again.value ?? [];
  }
  assert.equal([result[0]?.error, result[0]?.nodeId], [null, leader], 'reconnected to the restarted broker');
  await stop();
});

test('coordinator moved during a commit: NOT_COORDINATOR, new lookup, committed on the new coordinator', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 1 } });
  const first = await client.offsetCommit({ groupId: 'g', partitions: [{ topic: 't', partition: 0, offset: 1 }] });
  assert.is(first[0]?.error, null);
  const oldCoordinator = cluster.coordinatorOf('g');
  const newCoordinator = (oldCoordinator + 1) % 3;
  const unsubscribe = cluster.onRequest((r) => {
    if (r.api === 'OffsetCommit' && r.broker === oldCoordinator) cluster.moveCoordinator('g', newCoordinator);
  });
  const call = settle(client.offsetCommit({ groupId: 'g', partitions: [{ topic: 't', partition: 0, offset: 7 }] }));
  await drive(clock, call);
  unsubscribe();
  assert.equal(call.value, [{ topic: 't', partition: 0, error: null }]);
  assert.is(cluster.committedOffset('g', 't', 0), 7);
  assert.equal(
    cluster.requests.filter((r) => r.api === 'OffsetCommit').map((r) => r.broker),
    [oldCoordinator, oldCoordinator, newCoordinator],
  );
  assert.is((await client.findCoordinator('g')).nodeId, newCoordinator);
  const fetched = await client.offsetFetch({ groupId: 'g', partitions: [{ topic: 't', partition: 0 }] });
  assert.is(fetched.partitions[0]?.offset, 7);
  await stop();
});

test('a topic recreated under the same name: OffsetCommit/OffsetFetch v10 get UNKNOWN_TOPIC_ID for the old id, refresh metadata and succeed with the new id', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 1 } });
  await client.metadata({ topics: ['t'] });
  cluster.deleteTopic('t');
  cluster.createTopic('t', 1);
  const commit = settle(client.offsetCommit({ groupId: 'g', partitions: [{ topic: 't', partition: 0, offset: 5 }] }));
  await drive(clock, commit);
  assert.equal(commit.value, [{ topic: 't', partition: 0, error: null }]);
  assert.is(cluster.committedOffset('g', 't', 0), 5);
  const commits = cluster.requests.filter((r) => r.api === 'OffsetCommit');
  assert.equal(commits.map((r) => r.version), [10, 10], 'the retry also speaks v10, with the refreshed id');
  const fetch = settle(client.offsetFetch({ groupId: 'g', partitions: [{ topic: 't', partition: 0 }] }));
  await drive(clock, fetch);
  assert.is(fetch.value?.partitions[0]?.offset, 5);
  assert.is(fetch.value?.partitions[0]?.error, null);
  cluster.deleteTopic('t');
  cluster.createTopic('t', 1);
  const again = settle(client.offsetFetch({ groupId: 'g', partitions: [{ topic: 't', partition: 0 }] }));
  await drive(clock, again);
  assert.is(again.value?.partitions[0]?.error, null, 'OffsetFetch retried after the refresh');
  const fetches = cluster.requests.filter((r) => r.api === 'OffsetFetch');
  assert.is(fetches.length, 3, 'one v10 fetch, then one with the stale id and its retry');
  await stop();
});

test('metadata, coordinator lookups and heartbeats are not stuck behind a long-polling fetch to the same broker', async () => {
  const { cluster, client, stop } = await start({ brokers: 1, topics: { t: 1 } });
  await client.metadata({ topics: ['t'] });
  const parked = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }], maxWaitMs: 60_000 }));
  await until(() => cluster.requests.some((r) => r.api === 'Fetch'), 'the long poll at the broker');
  // The broker answers one request per connection at a time, and the clock does not move here:
  // each of these can only complete because it does not share the fetch's connection.
  assert.is((await client.metadata()).topics.length, 1);
  assert.is((await client.heartbeat({ groupId: 'g', generationId: -1, memberId: 'nobody' })).error?.code, 'UNKNOWN_MEMBER_ID');
  assert.not.ok(parked.done, 'the fetch is still waiting for data');
  await stop();
  await parked.promise;
  assert.instance(parked.error, KafkaClientClosedError);
});

test('a slow broker hits the request timeout: only that request fails, the connection is replaced, other brokers are unaffected', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 3 } }, { requestTimeoutMs: 5_000, retry: { retries: 0 } });
  await client.metadata({ topics: ['t'] });
  const slowBroker = cluster.partition('t', 0).leader;
  const other = [1, 2].map((p) => ({ topic: 't', partition: p })).find((p) => cluster.partition(p.topic, p.partition).leader !== slowBroker);
  assert.ok(other);
  cluster.faults.delayNext({ api: 'ListOffsets', broker: slowBroker, ms: 60_000 });
  const slow = settle(client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'latest' }] }));
  await until(() => cluster.requests.some((r) => r.api === 'ListOffsets'), 'slow request at the broker');
  clock.advance(4_000);
  const fast = await client.listOffsets({ partitions: [{ ...other, timestamp: 'latest' }] });
  assert.is(fast[0]?.error, null);
  clock.advance(1_000);
  await slow.promise;
  assert.instance(slow.value?.[0]?.error, KafkaRequestTimeoutError);
  assert.match(String(slow.value?.[0]?.error?.message), /ListOffsets v\d+ request to broker \d at .* got no response within 5000 ms/);
  const again = await client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'earliest' }] });
  assert.equal([again[0]?.error, again[0]?.offset], [null, 0]);
  await stop();
});

test('with retries, the typed helper rides over a timeout and a mid-response reset transparently', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 1 } }, { requestTimeoutMs: 5_000 });
  await append(cluster, 't', 0, ['x', 'y']);
  cluster.faults.delayNext({ api: 'ListOffsets', ms: 60_000 });
  const call = settle(client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'latest' }] }));
  await drive(clock, call, 1_000);
  assert.equal([call.value?.[0]?.error, call.value?.[0]?.offset], [null, 2]);
  cluster.faults.disconnectNext({ api: 'OffsetCommit', when: 'mid-response' });
  const commit = settle(client.offsetCommit({ groupId: 'g', partitions: [{ topic: 't', partition: 0, offset: 2 }] }));
  await drive(clock, commit);
  assert.equal(commit.value?.[0]?.error, null);
  assert.is(cluster.committedOffset('g', 't', 0), 2);
  await stop();
});

test('a connection reset in the middle of a fetch response: that fetch reports a retriable error, the next one reads', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 1 } });
  await append(cluster, 't', 0, ['hello']);
  await client.metadata({ topics: ['t'] });
  cluster.faults.disconnectNext({ api: 'Fetch', when: 'mid-response' });
  const [cut] = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  assert.instance(cut?.error, KafkaConnectionError);
  assert.ok(cut?.error?.retriable);
  const next = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] }));
  await drive(clock, next);
  assert.equal(await values(next.value?.[0]?.records), ['hello']);
  await stop();
});

test('injected partition errors: LEADER_NOT_AVAILABLE on ListOffsets is retried, FENCED_LEADER_EPOCH on Fetch triggers a refresh', async () => {
  const { cluster, client, clock, stop } = await start({ topics: { t: 1 } });
  cluster.faults.failNext({ api: 'ListOffsets', errorCode: ErrorCode.LEADER_NOT_AVAILABLE, count: 2 });
  const listed = settle(client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'earliest' }] }));
  await drive(clock, listed);
  assert.equal(listed.value?.[0]?.error, null);
  assert.is(cluster.requests.filter((r) => r.api === 'ListOffsets').length, 3);
  cluster.faults.failNext({ api: 'Fetch', errorCode: ErrorCode.FENCED_LEADER_EPOCH });
  const metadataBefore = cluster.requests.filter((r) => r.api === 'Metadata').length;
  const [fenced] = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  assert.is(fenced?.error?.code, 'FENCED_LEADER_EPOCH');
  const next = settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] }));
  await drive(clock, next);
  assert.is(next.value?.[0]?.error, null);
  assert.is(cluster.requests.filter((r) => r.api === 'Metadata').length, metadataBefore + 1);
  await stop();
});

test('group membership end to end on the fake coordinator: join (MEMBER_ID_REQUIRED, rejoin), sync, heartbeat, commit, leave', async () => {
  const { cluster, client, stop } = await start({ topics: { t: 2 } });
  const protocols = [{ name: 'range', metadata: new Uint8Array([0, 0, 0, 0, 0, 1, 0, 1, 116, 255, 255, 255, 255]) }];
  let joined = await client.joinGroup({ groupId: 'g', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, protocols });
  if (joined.error?.code === 'MEMBER_ID_REQUIRED') {
    joined = await client.joinGroup({ groupId: 'g', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, memberId: joined.memberId, protocols });
  }
  assert.is(joined.error, null);
  assert.is(joined.leader, joined.memberId);
  const synced = await client.syncGroup({
    groupId: 'g',
    generationId: joined.generationId,
    memberId: joined.memberId,
    protocolName: joined.protocolName,
    assignments: [{ memberId: joined.memberId, assignment: new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255]) }],
  });
  assert.is(synced.error, null);
  assert.is(synced.assignment.length, 12);
  assert.is((await client.heartbeat({ groupId: 'g', generationId: joined.generationId, memberId: joined.memberId })).error, null);
  const commit = await client.offsetCommit({ groupId: 'g', generationId: joined.generationId, memberId: joined.memberId, partitions: [{ topic: 't', partition: 1, offset: 3 }] });
  assert.is(commit[0]?.error, null);
  const stale = await client.heartbeat({ groupId: 'g', generationId: joined.generationId + 5, memberId: joined.memberId });
  assert.is(stale.error?.code, 'ILLEGAL_GENERATION');
  const left = await client.leaveGroup({ groupId: 'g', memberId: joined.memberId });
  assert.is(left.error, null);
  assert.is(cluster.group('g')?.members.length, 0);
  await stop();
});

test('close() with requests in flight: each fails with KafkaClientClosedError, no client timer remains', async () => {
  const { cluster, client, clientClock, stop } = await start({ topics: { t: 2 } });
  await client.metadata({ topics: ['t'] });
  const pending = [
    settle(client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }], maxWaitMs: 30_000 })),
    settle(client.fetch({ partitions: [{ topic: 't', partition: 1, offset: 0 }], maxWaitMs: 30_000 })),
  ];
  cluster.faults.delayNext({ api: 'OffsetCommit', ms: 60_000 });
  pending.push(settle(client.offsetCommit({ groupId: 'g', partitions: [{ topic: 't', partition: 0, offset: 1 }] })) as never);
  await until(() => cluster.requests.filter((r) => r.api === 'Fetch' || r.api === 'OffsetCommit').length === 3, 'all three at the brokers');
  assert.ok(clientClock.live.size >= 3);
  await client.close();
  await Promise.all(pending.map((p) => p.promise));
  for (const p of pending) assert.instance(p.error, KafkaClientClosedError, String(p.error));
  assert.is(clientClock.live.size, 0);
  await stop();
});

for (const mechanism of ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const) {
  test(`SASL ${mechanism} on the fake cluster: success, and a wrong password fails once with a clear error`, async () => {
    const option = mechanism.toLowerCase() as 'plain' | 'scram-sha-256' | 'scram-sha-512';
    const ok = await start({ topics: { t: 1 }, sasl: { users: { alice: 'wonderland' } } }, { sasl: { mechanism: option, username: 'alice', password: 'wonderland' } });
    const [listed] = await ok.client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'latest' }] });
    assert.is(listed?.error, null);
    assert.ok(ok.cluster.requests.some((r) => r.api === 'SaslAuthenticate'));
    await ok.stop();

    const bad = await start({ topics: { t: 1 }, sasl: { users: { alice: 'wonderland' } } }, { sasl: { mechanism: option, username: 'alice', password: 'looking-glass' } });
    const error = await bad.client.metadata().catch((e: unknown) => e);
    assert.instance(error, KafkaAuthenticationError);
    assert.is((error as KafkaAuthenticationError).retriable, false);
    assert.match((error as Error).message, new RegExp(`SASL ${mechanism} authentication with broker at 127\\.0\\.0\\.1:\\d+ failed`));
    assert.is(bad.cluster.requests.filter((r) => r.api === 'SaslHandshake').length, 1, 'no retry loop');
    await bad.stop();
  });
}

test('TLS with a self-signed certificate, over the fake cluster TCP listeners, with SASL SCRAM on top', async () => {
  const cert = readFileSync(new URL('./fixtures/tls-cert.pem', import.meta.url));
  const key = readFileSync(new URL('./fixtures/tls-key.pem', import.meta.url));
  const clock = new ManualClock(1_700_000_000_000);
  const cluster = await FakeCluster.start({ brokers: 2, clock, topics: { t: 2 }, tls: { key, cert }, sasl: { users: { bob: 'builder' } } });
  const client = new KafkaClient({ brokers: cluster.bootstrap, clock, tls: { ca: cert }, sasl: { mechanism: 'scram-sha-256', username: 'bob', password: 'builder' } });
  await append(cluster, 't', 1, ['secure']);
  const [result] = await client.fetch({ partitions: [{ topic: 't', partition: 1, offset: 0 }] });
  assert.is(result?.error, null);
  assert.equal(await values(result?.records), ['secure']);
  await client.close();
  const untrusted = new KafkaClient({ brokers: cluster.bootstrap, clock, tls: true, retry: { retries: 0 } });
  const error = await untrusted.send(cluster.bootstrap[0] as string, 'Metadata', 12, { topics: null }).catch((e: unknown) => e);
  assert.instance(error, KafkaConnectionError);
  assert.match((error as Error).message, /self.signed certificate/);
  await untrusted.close();
  await cluster.stop();
});

test.run();
