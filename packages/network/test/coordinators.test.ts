// Group coordinator lookup, caching and the group APIs' error handling.
import { ErrorCode, KafkaBrokerError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaRequestTimeoutError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { flush, settle, until } from './helpers/event-loop.js';
import { type Request, ScriptedCluster } from './helpers/scripted-cluster.js';

const commit = (offset: number) => ({ groupId: 'g', generationId: 3, memberId: 'm', partitions: [{ topic: 't', partition: 0, offset }] });

async function drive<T>(cluster: ScriptedCluster, call: { done: boolean; promise: Promise<T> }, stepMs = 100, steps = 50): Promise<void> {
  for (let i = 0; i < steps && !call.done; i++) {
    await flush();
    cluster.clock.advance(stepMs);
  }
  await call.promise;
}

test('coordinator moved during a commit: NOT_COORDINATOR, look it up again, commit on the new one', async () => {
  const cluster = new ScriptedCluster({ brokers: 3, topics: { t: 1 } });
  const client = clientFor(cluster);
  assert.equal((await client.offsetCommit(commit(5)))[0]?.error, null);
  cluster.hook = (r) => (r.api === 'OffsetCommit' ? 'hold' : undefined);
  const call = settle(client.offsetCommit(commit(6)));
  await until(() => cluster.heldCount === 1, 'commit at the coordinator');
  cluster.coordinator = 2;
  cluster.hook = null;
  cluster.release();
  await drive(cluster, call);
  assert.equal(call.value, [{ topic: 't', partition: 0, error: null }]);
  assert.equal(cluster.requestsTo('OffsetCommit').map((r) => r.nodeId), [1, 1, 2]);
  assert.is(cluster.requestsTo('FindCoordinator').length, 2);
  assert.is(cluster.committed.get('g/t/0'), 6);
  assert.equal(await client.findCoordinator('g'), { nodeId: 2, host: 'broker2.test', port: 9092, rack: null });
  await client.close();
});

test('COORDINATOR_LOAD_IN_PROGRESS retries the same coordinator after backoff, without a new lookup', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 1 } });
  const client = clientFor(cluster, { retry: { initialBackoffMs: 100 } });
  let loads = 2;
  cluster.hook = (r) => (r.api === 'Heartbeat' && loads-- > 0 ? { body: { errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS } } : undefined);
  const call = settle(client.heartbeat({ groupId: 'g', generationId: 1, memberId: 'm' }));
  await until(() => cluster.requestsTo('Heartbeat').length === 1, 'first heartbeat');
  await flush();
  cluster.clock.advance(99);
  await flush();
  assert.is(cluster.requestsTo('Heartbeat').length, 1, 'waits the backoff');
  cluster.clock.advance(1);
  await until(() => cluster.requestsTo('Heartbeat').length === 2, 'second heartbeat');
  await flush();
  cluster.clock.advance(200);
  await call.promise;
  assert.equal(call.value, { error: null });
  assert.equal(cluster.requestsTo('Heartbeat').map((r) => r.nodeId), [1, 1, 1]);
  assert.is(cluster.requestsTo('FindCoordinator').length, 1);
  await client.close();
});

test('losing the connection to the coordinator forgets it; group traffic has its own connection, apart from fetches', async () => {
  const cluster = new ScriptedCluster({ brokers: 2, topics: { t: 1 } });
  const client = clientFor(cluster);
  await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  await client.heartbeat({ groupId: 'g', generationId: 1, memberId: 'm' });
  assert.is(cluster.connections.filter((c) => c.nodeId === 1).length, 3, 'one each for metadata, fetches and the group');
  const groupConnection = cluster.connections.find((c) => c.nodeId === 1 && cluster.requests.some((r) => r.connection === c && r.api === 'Heartbeat'));
  const fetchConnection = cluster.connections.find((c) => cluster.requests.some((r) => r.connection === c && r.api === 'Fetch'));
  assert.ok(groupConnection && fetchConnection && groupConnection !== fetchConnection);
  cluster.stopBroker(1);
  cluster.coordinator = 2;
  const call = settle(client.heartbeat({ groupId: 'g', generationId: 1, memberId: 'm' }));
  await drive(cluster, call);
  assert.equal(call.value, { error: null });
  assert.is(cluster.requestsTo('FindCoordinator').length, 2);
  assert.is(cluster.requestsTo('Heartbeat').at(-1)?.nodeId, 2);
  await client.close();
});

test('FindCoordinator answering COORDINATOR_NOT_AVAILABLE (offsets topic being created) is retried until a coordinator is there', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster);
  let notYet = 3;
  cluster.hook = (r) =>
    r.api === 'FindCoordinator' && notYet-- > 0
      ? { body: { coordinators: [{ key: 'g', nodeId: -1, host: '', port: -1, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }] } }
      : undefined;
  const call = settle(client.findCoordinator('g'));
  await drive(cluster, call);
  assert.equal(call.value, { nodeId: 1, host: 'broker1.test', port: 9092, rack: null });
  assert.is(cluster.requestsTo('FindCoordinator').length, 4);
  await client.close();
});

test('concurrent group requests share one coordinator lookup', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 2 } });
  const client = clientFor(cluster);
  await Promise.all([
    client.heartbeat({ groupId: 'g', generationId: 1, memberId: 'm' }),
    client.offsetFetch({ groupId: 'g', partitions: [{ topic: 't', partition: 0 }] }),
    client.offsetCommit(commit(1)),
  ]);
  assert.is(cluster.requestsTo('FindCoordinator').length, 1);
  await client.close();
});

test('GROUP_AUTHORIZATION_FAILED is reported at once, per partition, with no retry loop', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster);
  cluster.hook = (r) =>
    r.api === 'FindCoordinator'
      ? { body: { coordinators: [{ key: 'g', nodeId: -1, host: '', port: -1, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, errorMessage: 'Not authorized' }] } }
      : undefined;
  const [result] = await client.offsetCommit(commit(1));
  assert.instance(result?.error, KafkaBrokerError);
  assert.is(result?.error?.code, 'GROUP_AUTHORIZATION_FAILED');
  assert.match(String(result?.error?.message), /broker said: Not authorized/);
  assert.is(cluster.requestsTo('FindCoordinator').length, 1);
  await client.close();
});

test('membership errors come back to the caller untouched: ILLEGAL_GENERATION per partition, REBALANCE_IN_PROGRESS on heartbeat', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 2 } });
  const client = clientFor(cluster);
  cluster.hook = (r: Request) => {
    if (r.api === 'OffsetCommit') {
      return { body: { topics: [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }, { partitionIndex: 1, errorCode: ErrorCode.ILLEGAL_GENERATION }] }] } };
    }
    if (r.api === 'Heartbeat') return { body: { errorCode: ErrorCode.REBALANCE_IN_PROGRESS } };
    return undefined;
  };
  const results = await client.offsetCommit({
    groupId: 'g',
    generationId: 2,
    memberId: 'm',
    partitions: [
      { topic: 't', partition: 0, offset: 1 },
      { topic: 't', partition: 1, offset: 1 },
    ],
  });
  assert.equal(results.map((r) => r.error?.code ?? null), [null, 'ILLEGAL_GENERATION']);
  assert.is(cluster.requestsTo('OffsetCommit').length, 1, 'not retried');
  const beat = await client.heartbeat({ groupId: 'g', generationId: 2, memberId: 'm' });
  assert.is(beat.error?.code, 'REBALANCE_IN_PROGRESS');
  assert.is(cluster.requestsTo('Heartbeat').length, 1);
  await client.close();
});

test('joinGroup: MEMBER_ID_REQUIRED comes back with the member id to rejoin with', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster);
  cluster.hook = (r) =>
    r.api === 'JoinGroup' && r.body.memberId === ''
      ? { body: { errorCode: ErrorCode.MEMBER_ID_REQUIRED, generationId: -1, protocolName: null, leader: '', memberId: 'assigned-1', members: [] } }
      : undefined;
  const protocols = [{ name: 'range', metadata: new Uint8Array([0, 3]) }];
  const first = await client.joinGroup({ groupId: 'g', sessionTimeoutMs: 45_000, protocols });
  assert.is(first.error?.code, 'MEMBER_ID_REQUIRED');
  assert.is(first.memberId, 'assigned-1');
  const second = await client.joinGroup({ groupId: 'g', sessionTimeoutMs: 45_000, memberId: first.memberId, protocols, reason: 'rejoin' });
  assert.is(second.error, null);
  assert.equal([second.generationId, second.leader, second.protocolName, second.members.length], [1, 'member-1', 'range', 1]);
  const sent = cluster.requestsTo('JoinGroup').at(-1);
  assert.equal([sent?.version, sent?.body.rebalanceTimeoutMs, sent?.body.reason, sent?.body.protocolType], [9, 300_000, 'rejoin', 'consumer']);
  await client.close();
});

test('joinGroup may wait out the rebalance timeout (+5 s), longer than requestTimeoutMs', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster, { requestTimeoutMs: 30_000, retry: { retries: 0 } });
  cluster.hook = (r) => (r.api === 'JoinGroup' ? 'hold' : undefined);
  const join = settle(client.joinGroup({ groupId: 'g', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 60_000, protocols: [{ name: 'range', metadata: new Uint8Array(2) }] }));
  await until(() => cluster.heldCount === 1, 'join held');
  cluster.clock.advance(64_999);
  await flush();
  assert.not.ok(join.done);
  cluster.clock.advance(1);
  await join.promise;
  assert.instance(join.value?.error, KafkaRequestTimeoutError);
  assert.match(String(join.value?.error?.message), /JoinGroup v9 request .* within 65000 ms/);
  await client.close();
});

test('offsetFetch: all committed offsets of a group (partitions null), and UNSTABLE_OFFSET_COMMIT retried', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 2 } });
  const client = clientFor(cluster);
  await client.offsetCommit({ groupId: 'g', partitions: [{ topic: 't', partition: 1, offset: 17 }] });
  let unstable = 1;
  cluster.hook = (r) => {
    if (r.api !== 'OffsetFetch' || unstable-- <= 0) return undefined;
    return {
      body: {
        groups: [
          {
            groupId: 'g',
            errorCode: 0,
            topics: [
              {
                name: 't',
                partitions: [
                  { partitionIndex: 1, committedOffset: -1n, committedLeaderEpoch: -1, metadata: null, errorCode: ErrorCode.UNSTABLE_OFFSET_COMMIT },
                  { partitionIndex: 0, committedOffset: -1n, committedLeaderEpoch: -1, metadata: null, errorCode: 0 },
                ],
              },
            ],
          },
        ],
      },
    };
  };
  const call = settle(client.offsetFetch({ groupId: 'g', partitions: [{ topic: 't', partition: 1 }, { topic: 't', partition: 0 }] }));
  await drive(cluster, call);
  assert.equal(cluster.requestsTo('OffsetFetch').at(-1)?.body.groups[0].topics[0].partitionIndexes, [1], 'only the unstable partition asked again');
  assert.equal(call.value?.partitions.map((p) => [p.partition, p.offset, p.error]), [
    [1, 17, null],
    [0, -1, null],
  ]);
  assert.is(cluster.requestsTo('OffsetFetch').at(-1)?.body.requireStable, true);
  cluster.hook = (r) =>
    r.api === 'OffsetFetch'
      ? {
          body: {
            groups: [
              {
                groupId: 'g',
                errorCode: 0,
                topics: [{ name: 't', partitions: [{ partitionIndex: 1, committedOffset: 17n, committedLeaderEpoch: 4, metadata: 'meta', errorCode: 0 }] }],
              },
            ],
          },
        }
      : undefined;
  const all = await client.offsetFetch({ groupId: 'g', partitions: null });
  assert.equal(all, { error: null, partitions: [{ topic: 't', partition: 1, leaderEpoch: 4, metadata: 'meta', error: null, offset: 17 }] });
  assert.is(cluster.requestsTo('OffsetFetch').at(-1)?.version, 9, 'names, not topic ids, when asking for every topic');
  await client.close();
});

test('leaveGroup sends the member (v3+ batch form) and reports per-member errors', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster);
  const left = await client.leaveGroup({ groupId: 'g', memberId: 'm-1', groupInstanceId: 'static-1', reason: 'shutting down' });
  assert.equal(left, { error: null, members: [{ memberId: 'm-1', groupInstanceId: 'static-1', error: null }] });
  assert.equal(cluster.requestsTo('LeaveGroup')[0]?.body.members, [{ memberId: 'm-1', groupInstanceId: 'static-1', reason: 'shutting down' }]);
  await client.close();
});

test.run();
