// The KIP-848 ConsumerGroupHeartbeat request helper: what it sends for a join, a steady
// heartbeat and a leave, how it reports the assignment and errors, and coordinator routing.
import { ErrorCode, KafkaBrokerError, KafkaConfigError } from '@kafkaline/protocol';
import { FakeCluster, ManualClock } from '@kafkaline/testing';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaClient, MEMBER_EPOCH, UnsupportedVersionError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { flush, settle, until } from './helpers/event-loop.js';
import { kafka4Ranges, type Request, ScriptedCluster } from './helpers/scripted-cluster.js';

const TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ';

function answer(request: Request, overrides: Record<string, unknown> = {}) {
  return {
    body: {
      throttleTimeMs: 0,
      errorCode: 0,
      errorMessage: null,
      memberId: request.body.memberId,
      memberEpoch: request.body.memberEpoch < 0 ? request.body.memberEpoch : request.body.memberEpoch + 1,
      heartbeatIntervalMs: 5000,
      assignment: null,
      ...overrides,
    },
  };
}

test('a join sends epoch 0, the subscription and an empty owned list; the assignment comes back by topic id', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 2 } });
  cluster.hook = (r) => (r.api === 'ConsumerGroupHeartbeat' ? answer(r, { assignment: { topicPartitions: [{ topicId: TOPIC_ID, partitions: [0, 1] }] } }) : undefined);
  const client = clientFor(cluster);
  const result = await client.consumerGroupHeartbeat({
    groupId: 'g',
    memberId: 'member-a',
    memberEpoch: MEMBER_EPOCH.join,
    rebalanceTimeoutMs: 300_000,
    subscribedTopicNames: ['t'],
    serverAssignor: 'uniform',
    topicPartitions: [],
  });
  assert.equal(result, { error: null, memberId: 'member-a', memberEpoch: 1, heartbeatIntervalMs: 5000, assignment: [{ topicId: TOPIC_ID, partitions: [0, 1] }] });
  const [sent] = cluster.requestsTo('ConsumerGroupHeartbeat');
  assert.is(sent?.version, 1);
  assert.is(sent?.nodeId, cluster.coordinator);
  assert.equal(sent?.body, {
    groupId: 'g',
    memberId: 'member-a',
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: 300000,
    subscribedTopicNames: ['t'],
    subscribedTopicRegex: null,
    serverAssignor: 'uniform',
    topicPartitions: [],
  });
  await client.close();
});

test('a steady heartbeat leaves every optional field as "unchanged" (null / -1); a null assignment stays null', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  cluster.hook = (r) => (r.api === 'ConsumerGroupHeartbeat' ? answer(r) : undefined);
  const client = clientFor(cluster);
  const result = await client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'member-a', memberEpoch: 4 });
  assert.is(result.assignment, null);
  assert.is(result.memberEpoch, 5);
  const body = cluster.requestsTo('ConsumerGroupHeartbeat')[0]?.body;
  assert.equal(
    [body.rebalanceTimeoutMs, body.subscribedTopicNames, body.subscribedTopicRegex, body.serverAssignor, body.topicPartitions, body.instanceId],
    [-1, null, null, null, null, null],
  );
  await client.close();
});

test('leaving sends epoch -1, a static member\'s temporary leave -2 with its instance id', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  cluster.hook = (r) => (r.api === 'ConsumerGroupHeartbeat' ? answer(r) : undefined);
  const client = clientFor(cluster);
  assert.is((await client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'a', memberEpoch: MEMBER_EPOCH.leave })).memberEpoch, -1);
  await client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'b', memberEpoch: MEMBER_EPOCH.staticLeave, instanceId: 'instance-b' });
  const sent = cluster.requestsTo('ConsumerGroupHeartbeat').map((r) => [r.body.memberEpoch, r.body.instanceId]);
  assert.equal(sent, [
    [-1, null],
    [-2, 'instance-b'],
  ]);
  await client.close();
});

test('FENCED_MEMBER_EPOCH comes back as a typed broker error carrying the broker\'s message; no retry', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  cluster.hook = (r) =>
    r.api === 'ConsumerGroupHeartbeat' ? answer(r, { errorCode: ErrorCode.FENCED_MEMBER_EPOCH, errorMessage: 'epoch 3 is stale, the member is at 5', memberEpoch: -1 }) : undefined;
  const client = clientFor(cluster);
  const result = await client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'a', memberEpoch: 3 });
  assert.instance(result.error, KafkaBrokerError);
  assert.is((result.error as KafkaBrokerError).errorCode, ErrorCode.FENCED_MEMBER_EPOCH);
  assert.match(result.error?.message ?? '', /epoch 3 is stale/);
  assert.is(cluster.requestsTo('ConsumerGroupHeartbeat').length, 1);
  await client.close();
});

test('NOT_COORDINATOR looks the coordinator up again and heartbeats the new one', async () => {
  const cluster = new ScriptedCluster({ brokers: 3, topics: { t: 1 } });
  cluster.hook = (r) =>
    r.api === 'ConsumerGroupHeartbeat' ? answer(r, r.nodeId === cluster.coordinator ? {} : { errorCode: ErrorCode.NOT_COORDINATOR }) : undefined;
  const client = clientFor(cluster, { retry: { initialBackoffMs: 10 } });
  await client.findCoordinator('g');
  cluster.coordinator = 3;
  const call = settle(client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'a', memberEpoch: 2 }));
  await until(() => cluster.requestsTo('ConsumerGroupHeartbeat').length === 1, 'first heartbeat');
  for (let i = 0; i < 20 && !call.done; i++) {
    await flush();
    cluster.clock.advance(10);
  }
  await call.promise;
  assert.is(call.value?.error, null);
  assert.equal(cluster.requestsTo('ConsumerGroupHeartbeat').map((r) => r.nodeId), [1, 3]);
  await client.close();
});

test('a broker without KIP-848 (no API 68) gives UnsupportedVersionError in `error`', async () => {
  const ranges = kafka4Ranges();
  ranges.delete(68);
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges });
  const client = clientFor(cluster);
  const result = await client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'a', memberEpoch: 0, subscribedTopicNames: ['t'] });
  assert.instance(result.error, UnsupportedVersionError);
  assert.is(cluster.requestsTo('ConsumerGroupHeartbeat').length, 0);
  await client.close();
});

test('v0 brokers cannot take a regex subscription; bad epochs and timeouts are config errors', async () => {
  const ranges = kafka4Ranges();
  ranges.set(68, [0, 0]);
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges });
  const client = clientFor(cluster);
  const regex = await client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'a', memberEpoch: 0, subscribedTopicRegex: 't.*' });
  assert.instance(regex.error, KafkaConfigError);
  for (const bad of [{ memberEpoch: -3 }, { memberEpoch: 1.5 }, { memberEpoch: 0, rebalanceTimeoutMs: 0 }]) {
    let thrown: unknown;
    try {
      await client.consumerGroupHeartbeat({ groupId: 'g', memberId: 'a', ...bad });
    } catch (error) {
      thrown = error;
    }
    assert.instance(thrown, KafkaConfigError, JSON.stringify(bad));
  }
  await client.close();
});

test('against the FakeCluster: two members reconcile (revoke, then assign) through the client, then one leaves', async () => {
  const clock = new ManualClock(1_700_000_000_000);
  const cluster = await FakeCluster.start({ brokers: 3, listen: false, clock, topics: { t: 4 } });
  const newClient = () => new KafkaClient({ brokers: cluster.bootstrap, socketFactory: cluster.socketFactory, clock, retry: { jitter: 0 } });
  const [a, b] = [newClient(), newClient()];
  const join = { groupId: 'g', memberEpoch: 0, rebalanceTimeoutMs: 60_000, subscribedTopicNames: ['t'], topicPartitions: [] };
  const topicId = cluster.topicId('t');
  const joinedA = await a.consumerGroupHeartbeat({ ...join, memberId: 'member-a' });
  assert.equal(joinedA.assignment, [{ topicId, partitions: [0, 1, 2, 3] }]);
  const joinedB = await b.consumerGroupHeartbeat({ ...join, memberId: 'member-b' });
  assert.equal([joinedB.memberEpoch, joinedB.assignment], [2, []]);
  const revoke = await a.consumerGroupHeartbeat({ groupId: 'g', memberId: 'member-a', memberEpoch: 1, topicPartitions: [{ topicId, partitions: [0, 1, 2, 3] }] });
  assert.equal([revoke.memberEpoch, revoke.assignment], [1, [{ topicId, partitions: [0, 1] }]]);
  const confirmed = await a.consumerGroupHeartbeat({ groupId: 'g', memberId: 'member-a', memberEpoch: 1, topicPartitions: [{ topicId, partitions: [0, 1] }] });
  assert.is(confirmed.memberEpoch, 2);
  const assigned = await b.consumerGroupHeartbeat({ groupId: 'g', memberId: 'member-b', memberEpoch: 2, topicPartitions: [] });
  assert.equal(assigned.assignment, [{ topicId, partitions: [2, 3] }]);
  const left = await b.consumerGroupHeartbeat({ groupId: 'g', memberId: 'member-b', memberEpoch: MEMBER_EPOCH.leave });
  assert.equal([left.error, left.memberEpoch], [null, -1]);
  const fenced = await b.consumerGroupHeartbeat({ groupId: 'g', memberId: 'member-b', memberEpoch: 2 });
  assert.is((fenced.error as KafkaBrokerError).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  await a.close();
  await b.close();
  await cluster.stop();
});

test.run();
