// ConsumerGroupHeartbeat (KIP-848) on the fake cluster, over the wire: joining, reconciliation
// with revoke-before-assign, fencing, leaving, static members and timeouts on the manual clock.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCode } from '@kafkaline/protocol';
import { startHarness } from './support/cluster.js';
import { GroupMember } from './support/consumer-group-member.js';

async function groupOn(topics: Record<string, number> = { t: 6 }) {
  const h = await startHarness({ brokers: 3, topics });
  const coordinator = h.cluster.coordinatorOf('g');
  const member = async (memberId: string, subscription?: ConstructorParameters<typeof GroupMember>[2]) => new GroupMember(await h.connect(coordinator), memberId, subscription);
  /** Members a and b, both joined and reconciled: a revoked half, then both reached the new epoch. */
  const settledPair = async () => {
    const a = await member('member-a');
    const b = await member('member-b');
    await a.join();
    await b.join();
    await a.heartbeat();
    await a.heartbeat();
    await b.heartbeat();
    return { a, b };
  };
  return { h, member, settledPair, topicId: (name = 't') => h.cluster.topicId(name) };
}

test('ApiVersions advertises ConsumerGroupHeartbeat v0-1', async () => {
  const h = await startHarness();
  const client = await h.connect(0);
  const versions = await client.request('ApiVersions', 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1' });
  assert.equal(versions?.apiKeys.find((k) => k.apiKey === 68), { apiKey: 68, minVersion: 0, maxVersion: 1 });
  await h.stop();
});

test('the first member joins at epoch 1 and gets every partition; steady heartbeats keep the epoch and send no assignment', async () => {
  const { h, member, topicId } = await groupOn();
  const a = await member('member-a');
  const joined = await a.join();
  assert.is(joined.errorCode, ErrorCode.NONE);
  assert.is(joined.memberId, 'member-a');
  assert.is(joined.memberEpoch, 1);
  assert.is(joined.heartbeatIntervalMs, 5000);
  assert.equal(joined.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0, 1, 2, 3, 4, 5] }]);
  const steady = await a.heartbeat();
  assert.is(steady.memberEpoch, 1);
  assert.is(steady.assignment, null);
  await h.stop();
});

test('a second member gets nothing until the first confirms revoking half; then the epoch moves on and it gets them', async () => {
  const { h, member, topicId } = await groupOn();
  const a = await member('member-a');
  const b = await member('member-b');
  await a.join();
  const joinedB = await b.join();
  assert.is(joinedB.memberEpoch, 2);
  assert.equal(joinedB.assignment?.topicPartitions, [], 'everything is still owned by a');

  const revoke = await a.heartbeat({ topicPartitions: [{ topicId: topicId(), partitions: [0, 1, 2, 3, 4, 5] }] });
  assert.is(revoke.memberEpoch, 1, 'a stays at its epoch until it confirms');
  assert.equal(revoke.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0, 1, 2] }]);

  const stillWaiting = await b.heartbeat();
  assert.is(stillWaiting.assignment, null, 'a has not confirmed the revocation yet');

  const confirmed = await a.heartbeat();
  assert.is(confirmed.memberEpoch, 2);
  const assigned = await b.heartbeat();
  assert.equal(assigned.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [3, 4, 5] }]);
  assert.is(assigned.memberEpoch, 2);
  await h.stop();
});

test('fencing: an epoch ahead, or behind without the lost-response excuse, is FENCED_MEMBER_EPOCH; an unknown member UNKNOWN_MEMBER_ID; rejoining with epoch 0 recovers', async () => {
  const { h, member, settledPair, topicId } = await groupOn({ t: 2 });
  const { a } = await settledPair();
  assert.is(a.epoch, 2);

  const ahead = await a.send({ memberEpoch: 7 }, false);
  assert.is(ahead.errorCode, ErrorCode.FENCED_MEMBER_EPOCH);
  assert.match(ahead.errorMessage ?? '', /ahead/);
  // Epoch 1 is a's previous epoch and it owns a subset of its assignment: a lost response.
  const previous = await a.send({ memberEpoch: 1, topicPartitions: [{ topicId: topicId(), partitions: [0] }] }, false);
  assert.is(previous.errorCode, ErrorCode.NONE);
  assert.is(previous.memberEpoch, 2);
  const stale = await a.send({ memberEpoch: 1, topicPartitions: [{ topicId: topicId(), partitions: [1] }] }, false);
  assert.is(stale.errorCode, ErrorCode.FENCED_MEMBER_EPOCH, 'claims a partition it does not have');

  const stranger = await member('member-x');
  assert.is((await stranger.send({ memberEpoch: 3 })).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);

  const rejoined = await a.join();
  assert.is(rejoined.errorCode, ErrorCode.NONE);
  assert.is(rejoined.memberEpoch, 2);
  assert.equal(rejoined.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0] }]);
  await h.stop();
});

test('leaving with epoch -1 hands the partitions to the others at once; the leaver is then unknown', async () => {
  const { h, settledPair, topicId } = await groupOn({ t: 4 });
  const { a, b } = await settledPair();
  assert.equal([a.partitionsOf(topicId()), b.partitionsOf(topicId())], [
    [0, 1],
    [2, 3],
  ]);
  const left = await b.leave(-1);
  assert.equal([left.errorCode, left.memberEpoch], [ErrorCode.NONE, -1]);
  const after = await a.heartbeat();
  assert.is(after.memberEpoch, 3);
  assert.equal(after.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0, 1, 2, 3] }]);
  assert.is((await b.send({ memberEpoch: 2 })).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  await h.stop();
});

test('static member: leaving with -2 keeps its partitions; coming back under a new member id resumes them with no rebalance', async () => {
  const { h, member, topicId } = await groupOn({ t: 4 });
  const a = await member('member-a');
  const s1 = await member('static-first-life', { subscribedTopicNames: ['t'], instanceId: 'instance-1' });
  await a.join();
  await s1.join();
  await a.heartbeat();
  await a.heartbeat();
  await s1.heartbeat();
  const epochBefore = a.epoch;
  assert.equal(s1.partitionsOf(topicId()), [2, 3]);

  const paused = await s1.leave(-2, { instanceId: 'instance-1' });
  assert.equal([paused.errorCode, paused.memberEpoch], [ErrorCode.NONE, -2]);
  assert.is((await a.heartbeat()).assignment, null, 'nothing moves while the static member is away');

  h.clock.advance(30_000);
  await a.heartbeat();
  const s2 = await member('static-second-life', { subscribedTopicNames: ['t'], instanceId: 'instance-1' });
  const back = await s2.join();
  assert.is(back.errorCode, ErrorCode.NONE);
  assert.equal(back.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [2, 3] }]);
  assert.is(back.memberEpoch, s1.epoch);
  assert.is((await a.heartbeat()).memberEpoch, epochBefore, 'the group epoch did not move');
  assert.is((await s1.send({ memberEpoch: s1.epoch, instanceId: 'instance-1' })).errorCode, ErrorCode.FENCED_INSTANCE_ID);
  await h.stop();
});

test('static member: a second process with the same instance id while the first is active gets UNRELEASED_INSTANCE_ID', async () => {
  const { h, member } = await groupOn({ t: 2 });
  const first = await member('first', { subscribedTopicNames: ['t'], instanceId: 'instance-1' });
  const second = await member('second', { subscribedTopicNames: ['t'], instanceId: 'instance-1' });
  await first.join();
  const refused = await second.join();
  assert.is(refused.errorCode, ErrorCode.UNRELEASED_INSTANCE_ID);
  assert.match(refused.errorMessage ?? '', /instance-1/);
  await h.stop();
});

test('static member away with -2 past the session timeout (45 s) is removed and its partitions move', async () => {
  const { h, member, topicId } = await groupOn({ t: 2 });
  const a = await member('member-a');
  const s = await member('static', { subscribedTopicNames: ['t'], instanceId: 'instance-1' });
  await a.join();
  await s.join();
  await a.heartbeat();
  await a.heartbeat();
  await s.heartbeat();
  await s.leave(-2, { instanceId: 'instance-1' });
  for (let elapsed = 0; elapsed < 40_000; elapsed += 5_000) {
    h.clock.advance(5_000);
    await a.heartbeat();
  }
  assert.equal(a.partitionsOf(topicId()), [0]);
  h.clock.advance(5_000);
  await a.heartbeat();
  assert.equal(a.partitionsOf(topicId()), [0, 1]);
  await h.stop();
});

test('session timeout: a member silent for 45 s is removed (44.999 s is fine) and the others take its partitions', async () => {
  const { h, settledPair, topicId } = await groupOn({ t: 2 });
  const { a, b } = await settledPair();
  h.clock.advance(44_999);
  assert.is((await b.heartbeat()).errorCode, ErrorCode.NONE, 'b heartbeat in time');
  await a.heartbeat();
  h.clock.advance(44_999);
  await a.heartbeat();
  h.clock.advance(1);
  const taken = await a.heartbeat();
  assert.equal(taken.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0, 1] }]);
  assert.is((await b.heartbeat()).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  await h.stop();
});

test('a member that never confirms its revocation is removed after its rebalance timeout, and its partitions move', async () => {
  const { h, member, topicId } = await groupOn({ t: 2 });
  const a = await member('member-a');
  const b = await member('member-b');
  await a.join({ rebalanceTimeoutMs: 10_000 });
  await b.join();
  const told = await a.heartbeat();
  assert.equal(told.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0] }]);
  // a keeps reporting partition 1 as owned: it has not revoked it.
  h.clock.advance(9_000);
  await a.send({ topicPartitions: [{ topicId: topicId(), partitions: [0, 1] }] }, false);
  assert.equal((await b.heartbeat()).assignment, null);
  h.clock.advance(1_000);
  const afterTimeout = await b.heartbeat();
  assert.equal(afterTimeout.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0, 1] }]);
  assert.is((await a.heartbeat()).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  await h.stop();
});

test('new partitions of a subscribed topic start a new group epoch and are assigned', async () => {
  const { h, member, topicId } = await groupOn({ t: 2 });
  const a = await member('member-a');
  await a.join();
  assert.is(a.epoch, 1);
  h.cluster.addPartitions('t', 3);
  const grown = await a.heartbeat();
  assert.is(grown.memberEpoch, 2);
  assert.equal(grown.assignment?.topicPartitions, [{ topicId: topicId(), partitions: [0, 1, 2] }]);
  await h.stop();
});

test('a regex subscription matches whole topic names, and a matching topic created later joins the assignment', async () => {
  const { h, member, topicId } = await groupOn({ 'orders-eu': 1, 'orders-eu-archive': 1 });
  const a = await member('member-a', { subscribedTopicRegex: 'orders-(eu|us)' });
  const joined = await a.join();
  assert.equal(joined.assignment?.topicPartitions, [{ topicId: topicId('orders-eu'), partitions: [0] }]);
  h.cluster.createTopic('orders-us', 2);
  const grown = await a.heartbeat();
  assert.is(grown.memberEpoch, 2);
  const expected = [
    { topicId: topicId('orders-eu'), partitions: [0] },
    { topicId: topicId('orders-us'), partitions: [0, 1] },
  ].sort((x, y) => (x.topicId < y.topicId ? -1 : 1));
  assert.equal(grown.assignment?.topicPartitions, expected);
  await h.stop();
});

test("a regex with RE2/J's leading inline flags, (?i) and (?s), matches as Kafka does", async () => {
  const { h, member, topicId } = await groupOn({ 'Orders-EU': 1, payments: 1 });
  const a = await member('member-a', { subscribedTopicRegex: '(?i).*(?:^orders-).*' });
  const joined = await a.join();
  assert.is(joined.errorCode, ErrorCode.NONE);
  assert.equal(joined.assignment?.topicPartitions, [{ topicId: topicId('Orders-EU'), partitions: [0] }]);
  await h.stop();
});

test('range server assignor: each topic in contiguous ranges over the members in member-id order', async () => {
  const { h, member, topicId } = await groupOn({ t: 3, u: 3 });
  const subscription = { subscribedTopicNames: ['t', 'u'], serverAssignor: 'range' };
  const b = await member('member-b', subscription);
  const a = await member('member-a', subscription);
  await b.join();
  await a.join();
  await b.heartbeat();
  await b.heartbeat();
  await a.heartbeat();
  assert.equal([a.partitionsOf(topicId('t')), a.partitionsOf(topicId('u'))], [
    [0, 1],
    [0, 1],
  ]);
  assert.equal([b.partitionsOf(topicId('t')), b.partitionsOf(topicId('u'))], [[2], [2]]);
  await h.stop();
});

test('request errors: invalid fields, unknown assignor, bad regex, a classic group holding the id, the wrong broker', async () => {
  const { h, member } = await groupOn({ t: 1 });
  const a = await member('member-a');
  const noId = await member('');
  assert.is((await noId.join()).errorCode, ErrorCode.INVALID_REQUEST);
  const owning = await a.send({ rebalanceTimeoutMs: 1000, subscribedTopicNames: ['t'], topicPartitions: [{ topicId: h.cluster.topicId('t'), partitions: [0] }] });
  assert.is(owning.errorCode, ErrorCode.INVALID_REQUEST);
  assert.match(owning.errorMessage ?? '', /TopicPartitions must be empty/);
  assert.is((await a.join({ serverAssignor: 'sticky' })).errorCode, ErrorCode.UNSUPPORTED_ASSIGNOR);
  assert.is((await a.join({ subscribedTopicRegex: 'orders-(' })).errorCode, ErrorCode.INVALID_REGULAR_EXPRESSION);
  assert.is((await a.send({ memberEpoch: 4 })).errorCode, ErrorCode.GROUP_ID_NOT_FOUND, 'no such group yet');

  const classic = await h.connect(h.cluster.coordinatorOf('classic'));
  await classic.request('JoinGroup', 3, { groupId: 'classic', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, memberId: '', protocolType: 'consumer', protocols: [{ name: 'range', metadata: new Uint8Array([0, 3]) }] });
  const intoClassic = new GroupMember(classic, 'member-c', { subscribedTopicNames: ['t'] }, 'classic');
  assert.is((await intoClassic.join()).errorCode, ErrorCode.GROUP_ID_NOT_FOUND);

  const elsewhere = h.cluster.brokers.findIndex((_, index) => index !== h.cluster.coordinatorOf('g'));
  const wrong = new GroupMember(await h.connect(elsewhere), 'member-w');
  assert.is((await wrong.join()).errorCode, ErrorCode.NOT_COORDINATOR);
  await h.stop();
});

test('OffsetCommit v9 takes the member epoch: current epoch commits, an old one is STALE_MEMBER_EPOCH, v8 is UNSUPPORTED_VERSION, a standalone commit UNKNOWN_MEMBER_ID', async () => {
  const { h, member } = await groupOn({ t: 1 });
  const a = await member('member-a');
  await a.join();
  const commit = (version: number, memberId: string, epoch: number) =>
    a.client.request('OffsetCommit', version, {
      groupId: 'g',
      generationIdOrMemberEpoch: epoch,
      memberId,
      groupInstanceId: null,
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: -1, committedMetadata: null }] }],
    });
  const codeOf = (response: Awaited<ReturnType<typeof commit>>) => response?.topics[0]?.partitions[0]?.errorCode;
  assert.is(codeOf(await commit(9, 'member-a', 1)), ErrorCode.NONE);
  assert.is(h.cluster.committedOffset('g', 't', 0), 42);
  assert.is(codeOf(await commit(9, 'member-a', 0)), ErrorCode.STALE_MEMBER_EPOCH);
  assert.is(codeOf(await commit(8, 'member-a', 1)), ErrorCode.UNSUPPORTED_VERSION);
  assert.is(codeOf(await commit(9, '', -1)), ErrorCode.UNKNOWN_MEMBER_ID);

  const fetch = (memberId: string | null, memberEpoch: number) =>
    a.client.request('OffsetFetch', 9, { groups: [{ groupId: 'g', memberId, memberEpoch, topics: [{ name: 't', partitionIndexes: [0] }] }], requireStable: true });
  const fetched = await fetch('member-a', 1);
  assert.is(fetched?.groups[0]?.topics[0]?.partitions[0]?.committedOffset, 42n);
  assert.is((await fetch('member-a', 5))?.groups[0]?.errorCode, ErrorCode.STALE_MEMBER_EPOCH);
  assert.is((await fetch('nobody', 1))?.groups[0]?.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  assert.is((await fetch(null, -1))?.groups[0]?.errorCode, ErrorCode.NONE, 'an admin fetch is not checked');
  await h.stop();
});

test('ConsumerGroupDescribe shows epochs, the assignor, and each member\'s current and target assignment mid-reconciliation', async () => {
  const { h, member, topicId } = await groupOn({ t: 2 });
  const a = await member('member-a');
  const b = await member('member-b');
  await a.join();
  await b.join();
  await a.heartbeat();
  const client = a.client;
  const described = await client.request('ConsumerGroupDescribe', 1, { groupIds: ['g', 'missing'], includeAuthorizedOperations: false });
  const [group, missing] = described?.groups ?? [];
  assert.equal([group?.errorCode, group?.groupState, group?.groupEpoch, group?.assignmentEpoch, group?.assignorName], [ErrorCode.NONE, 'Reconciling', 2, 2, 'uniform']);
  const byId = new Map(group?.members.map((m) => [m.memberId, m]));
  const partitions = (assignment: { topicPartitions: Array<{ topicName: string; topicId: string; partitions: number[] }> } | undefined) =>
    assignment?.topicPartitions.map((tp) => [tp.topicName, tp.topicId, tp.partitions]);
  assert.equal(partitions(byId.get('member-a')?.assignment), [['t', topicId(), [0]]], 'a was told to revoke 1');
  assert.equal(partitions(byId.get('member-b')?.assignment), []);
  assert.equal(partitions(byId.get('member-b')?.targetAssignment), [['t', topicId(), [1]]]);
  assert.equal([byId.get('member-a')?.memberEpoch, byId.get('member-b')?.memberEpoch, byId.get('member-a')?.memberType], [1, 2, 1]);
  assert.equal([missing?.errorCode, missing?.groupState], [ErrorCode.GROUP_ID_NOT_FOUND, 'Dead']);
  await a.heartbeat();
  await b.heartbeat();
  const settled = await client.request('ConsumerGroupDescribe', 0, { groupIds: ['g'], includeAuthorizedOperations: true });
  assert.is(settled?.groups[0]?.groupState, 'Stable');
  assert.is(settled?.groups[0]?.authorizedOperations, (1 << 3) | (1 << 6) | (1 << 8));
  await h.stop();
});

test.run();
