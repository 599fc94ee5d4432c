import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCode, ZERO_UUID } from '@kafkaline/protocol';
import { settle } from './support/raw-client.js';
import { fetchBody, startHarness } from './support/cluster.js';

const metadataOf = (topic: string) => ({ topics: [{ name: topic, topicId: ZERO_UUID }], allowAutoTopicCreation: false });

test('failNext answers the next N requests of an API with the error, only for the named partition', async () => {
  const h = await startHarness({ topics: { t: 2 }, defaultReplicationFactor: 1 });
  h.cluster.faults.failNext({ api: 'Fetch', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, topic: 't', partition: 0, count: 2 });
  const client = await h.connect(0);
  const both = () => ({ ...fetchBody('t', 0, 0), topics: [{ topic: 't', topicId: ZERO_UUID, partitions: [0, 1].map((partition) => ({ partition, fetchOffset: 0n, partitionMaxBytes: 1024 })) }] });
  for (let i = 0; i < 2; i++) {
    const response = await client.request('Fetch', 12, both());
    assert.equal(response?.responses[0]?.partitions.map((p) => p.errorCode), [ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.NONE]);
  }
  const third = await client.request('Fetch', 12, both());
  assert.equal(third?.responses[0]?.partitions.map((p) => p.errorCode), [ErrorCode.NONE, ErrorCode.NONE]);
  assert.is(h.cluster.faults.applied.length, 2);
  await h.stop();
});

test('failNext on a group API answers the whole request with the error', async () => {
  const h = await startHarness();
  h.cluster.faults.failNext({ api: 'FindCoordinator', errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE });
  const client = await h.connect(0);
  const first = await client.request('FindCoordinator', 3, { key: 'g', keyType: 0 });
  assert.is(first?.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
  const second = await client.request('FindCoordinator', 3, { key: 'g', keyType: 0 });
  assert.is(second?.errorCode, ErrorCode.NONE);
  await h.stop();
});

test('delayNext holds the response for the given time on the cluster clock', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  h.cluster.faults.delayNext({ api: 'Metadata', ms: 3000 });
  const client = await h.connect(0);
  let done = false;
  const pending = client.request('Metadata', 12, metadataOf('t')).then((r) => {
    done = true;
    return r;
  });
  await settle();
  h.clock.advance(2999);
  await settle();
  assert.is(done, false);
  h.clock.advance(1);
  assert.is((await pending)?.topics[0]?.name, 't');
  await h.stop();
});

test('disconnectNext closes the connection before the response, or in the middle of it', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  h.cluster.faults.disconnectNext({ api: 'Metadata', when: 'before-response' });
  const a = await h.connect(0);
  assert.is(await a.request('Metadata', 12, metadataOf('t')), null);
  h.cluster.faults.disconnectNext({ api: 'Metadata', when: 'mid-response' });
  const b = await h.connect(0);
  b.send('Metadata', 12, metadataOf('t'));
  const chunks: Buffer[] = [];
  b.stream.on('data', (c: Buffer) => chunks.push(c));
  assert.is(await b.nextFrame(), null, 'no complete frame arrives');
  const received = Buffer.concat(chunks);
  assert.ok(received.length > 4 && received.readInt32BE(0) > received.length - 4, 'a size prefix announcing more than was sent');
  const c = await h.connect(0);
  assert.ok(await c.request('Metadata', 12, metadataOf('t')), 'the next connection is served normally');
  await h.stop();
});

test('moveLeader bumps the leader epoch and the old leader answers NOT_LEADER_OR_FOLLOWER with a hint', async () => {
  const h = await startHarness({ brokers: 3, topics: { t: 1 } });
  const before = h.cluster.partition('t', 0);
  const newLeader = h.cluster.moveLeader('t', 0);
  const after = h.cluster.partition('t', 0);
  assert.is.not(newLeader, before.leader);
  assert.is(after.leaderEpoch, before.leaderEpoch + 1);
  const old = await h.connect(before.leader);
  const response = await old.request('Fetch', 12, fetchBody('t', 0, 0));
  const partition = response?.responses[0]?.partitions[0];
  assert.is(partition?.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  assert.equal(partition?.currentLeader, { leaderId: newLeader, leaderEpoch: after.leaderEpoch });
  const fenced = await (await h.connect(newLeader)).request('Fetch', 12, { ...fetchBody('t', 0, 0), topics: [{ topic: 't', topicId: ZERO_UUID, partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1024, currentLeaderEpoch: before.leaderEpoch }] }] });
  assert.is(fenced?.responses[0]?.partitions[0]?.errorCode, ErrorCode.FENCED_LEADER_EPOCH);
  await h.stop();
});

test('stopBroker refuses connections, destroys open ones, moves leadership; startBroker brings it back', async () => {
  const h = await startHarness({ brokers: 2, topics: { t: 2 } });
  const open = await h.connect(0);
  const led = [0, 1].filter((p) => h.cluster.partition('t', p).leader === 0);
  await h.cluster.stopBroker(0);
  await settle();
  assert.is(open.closed, true, 'open connection destroyed');
  const broker = h.cluster.brokers[0];
  try {
    await h.cluster.socketFactory({ host: broker?.host ?? '', port: broker?.port ?? 0 });
    assert.unreachable('a stopped broker must refuse');
  } catch (error) {
    assert.is((error as { code?: string }).code, 'ECONNREFUSED');
  }
  for (const p of led) assert.is(h.cluster.partition('t', p).leader, 1);
  const metadata = await (await h.connect(1)).request('Metadata', 12, metadataOf('t'));
  assert.equal(metadata?.brokers.map((b) => b.nodeId), [1]);
  await h.cluster.startBroker(0);
  assert.ok(await (await h.connect(0)).request('Metadata', 12, metadataOf('t')));
  await h.stop();
});

test('moveCoordinator makes the old coordinator answer NOT_COORDINATOR and FindCoordinator point at the new one', async () => {
  const h = await startHarness({ brokers: 2 });
  const old = h.cluster.coordinatorOf('g');
  const target = old === 0 ? 1 : 0;
  h.cluster.moveCoordinator('g', target);
  const client = await h.connect(old);
  const heartbeat = await client.request('Heartbeat', 3, { groupId: 'g', generationId: 1, memberId: 'm', groupInstanceId: null });
  assert.is(heartbeat?.errorCode, ErrorCode.NOT_COORDINATOR);
  const found = await client.request('FindCoordinator', 3, { key: 'g', keyType: 0 });
  assert.is(found?.nodeId, target);
  await h.stop();
});

test('addPartitions shows the new partitions in Metadata', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  h.cluster.addPartitions('t', 4);
  const metadata = await (await h.connect(0)).request('Metadata', 12, metadataOf('t'));
  assert.is(metadata?.topics[0]?.partitions.length, 4);
  await h.stop();
});

test('a random fault schedule draws per request and is recorded', async () => {
  const h = await startHarness({ topics: { t: 1 }, faults: { seed: 7, rate: 1, kinds: ['error'] } });
  const client = await h.connect(0);
  const response = await client.request('Metadata', 12, metadataOf('t'));
  assert.is(response?.topics[0]?.errorCode, ErrorCode.LEADER_NOT_AVAILABLE);
  assert.is(h.cluster.faults.applied[0]?.api, 'Metadata');
  await h.stop();
});

test.run();
