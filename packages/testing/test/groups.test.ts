import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCode } from '@kafkaline/protocol';
import { settle } from './support/raw-client.js';
import { startHarness } from './support/cluster.js';

const join = (memberId: string, sessionTimeoutMs = 10_000) => ({
  groupId: 'g',
  sessionTimeoutMs,
  rebalanceTimeoutMs: 20_000,
  memberId,
  groupInstanceId: null,
  protocolType: 'consumer',
  protocols: [{ name: 'range', metadata: new Uint8Array([0, 3]) }],
});

test('JoinGroup v4+ asks for a member id first, then makes the member leader of generation 1; no heartbeat within the session timeout evicts it', async () => {
  const h = await startHarness();
  const client = await h.connect(h.cluster.coordinatorOf('g'));
  const first = await client.request('JoinGroup', 7, join(''));
  assert.is(first?.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
  assert.match(first?.memberId ?? '', /^raw-client-[0-9a-f-]{36}$/);
  const joined = await client.request('JoinGroup', 7, join(first?.memberId ?? ''));
  assert.is(joined?.errorCode, ErrorCode.NONE);
  assert.is(joined?.generationId, 1);
  assert.is(joined?.leader, first?.memberId);
  assert.is(joined?.members.length, 1);
  const synced = await client.request('SyncGroup', 3, { groupId: 'g', generationId: 1, memberId: joined?.memberId ?? '', groupInstanceId: null, assignments: [{ memberId: joined?.memberId ?? '', assignment: new Uint8Array([0, 0, 9]) }] });
  assert.equal([...(synced?.assignment ?? [])], [0, 0, 9]);
  assert.is(h.cluster.group('g')?.state, 'Stable');
  h.clock.advance(9_999);
  assert.is((await client.request('Heartbeat', 3, { groupId: 'g', generationId: 1, memberId: joined?.memberId ?? '', groupInstanceId: null }))?.errorCode, ErrorCode.NONE);
  h.clock.advance(10_000);
  await settle();
  assert.is(h.cluster.group('g')?.state, 'Empty', 'session expired');
  assert.is((await client.request('Heartbeat', 3, { groupId: 'g', generationId: 1, memberId: joined?.memberId ?? '', groupInstanceId: null }))?.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  await h.stop();
});

test('a second member makes the group rebalance: the first learns it from its heartbeat and both land in generation 2', async () => {
  const h = await startHarness();
  const coordinator = h.cluster.coordinatorOf('g');
  const a = await h.connect(coordinator);
  const b = await h.connect(coordinator);
  const joinA = await a.request('JoinGroup', 3, join(''));
  const idA = joinA?.memberId ?? '';
  await a.request('SyncGroup', 3, { groupId: 'g', generationId: 1, memberId: idA, groupInstanceId: null, assignments: [] });
  const pendingB = b.request('JoinGroup', 3, join(''));
  await settle();
  assert.is((await a.request('Heartbeat', 3, { groupId: 'g', generationId: 1, memberId: idA, groupInstanceId: null }))?.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
  const rejoinA = await a.request('JoinGroup', 3, join(idA));
  const joinB = await pendingB;
  assert.is(rejoinA?.generationId, 2);
  assert.is(joinB?.generationId, 2);
  assert.is(rejoinA?.members.length, 2, 'the leader gets every member');
  assert.is(joinB?.members.length, 0);
  await h.stop();
});

test('a member that does not rejoin within the rebalance timeout is dropped from the next generation', async () => {
  const h = await startHarness();
  const coordinator = h.cluster.coordinatorOf('g');
  const a = await h.connect(coordinator);
  const b = await h.connect(coordinator);
  // Sessions outlast the rebalance timeout, so only the rebalance timeout can drop member A.
  const idA = (await a.request('JoinGroup', 3, join('', 30_000)))?.memberId ?? '';
  await a.request('SyncGroup', 3, { groupId: 'g', generationId: 1, memberId: idA, groupInstanceId: null, assignments: [] });
  const pendingB = b.request('JoinGroup', 3, join('', 30_000));
  await settle();
  h.clock.advance(20_000);
  const joinB = await pendingB;
  assert.is(joinB?.generationId, 2);
  assert.equal(h.cluster.group('g')?.members.map((m) => m.memberId), [joinB?.memberId]);
  await h.stop();
});

test.run();
