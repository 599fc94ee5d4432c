// Classic group membership on the fake cluster and a manual clock: generations as members join
// and leave, with every assignor; cooperative rebalancing; static membership.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cooperativeStickyAssignor } from '../../src/group/assignors/cooperative-sticky.js';
import { rangeAssignor } from '../../src/group/assignors/range.js';
import { roundRobinAssignor } from '../../src/group/assignors/round-robin.js';
import { appendMessages, requestsOf } from '../helpers/cluster.js';
import { allPartitions, closeAll, GROUP, groupCluster, type Member, newMember, owned, type Processed, runUntil, settleOn, settledGeneration, work } from './harness.js';

const PARTITIONS = allPartitions('t', 6);

for (const assignor of [rangeAssignor, roundRobinAssignor, cooperativeStickyAssignor]) {
  test(`${assignor.name}: 1 → 3 → 2 members; every partition owned exactly once after each generation, balanced`, async () => {
    const t = await groupCluster({ t: 6 }, 10);
    const processed: Processed[] = [];
    const a = newMember(t, 'a', ['t'], { partitionAssignors: [assignor.name] });
    const workers = [work(a, processed)];
    await runUntil(t, () => settledGeneration(t, [a], PARTITIONS), 'a alone owns all');
    assert.equal(owned(a).length, 6);
    const b = newMember(t, 'b', ['t'], { partitionAssignors: [assignor.name] });
    const c = newMember(t, 'c', ['t'], { partitionAssignors: [assignor.name] });
    workers.push(work(b, processed), work(c, processed));
    await runUntil(t, () => settledGeneration(t, [a, b, c], PARTITIONS), 'three members share all');
    assert.equal(
      [a, b, c].map((m) => owned(m).length),
      [2, 2, 2],
    );
    await settleOn(t, c.consumer.close(), 'c closes');
    await runUntil(t, () => settledGeneration(t, [a, b], PARTITIONS), 'two members share all');
    assert.equal(
      [a, b].map((m) => owned(m).length),
      [3, 3],
    );
    // c left with LeaveGroup (no session-timeout wait) and everything was consumed once at least.
    assert.ok(requestsOf(t.cluster, 'LeaveGroup').length >= 1);
    await runUntil(t, () => new Set(processed.map((p) => `${p.partition}/${p.offset}`)).size === 60, 'all 60 messages processed');
    await settleOn(t, Promise.all([a.consumer.close(), b.consumer.close()]), 'close');
    await Promise.all(workers);
    for (let p = 0; p < 6; p++) assert.is(t.cluster.committedOffset(GROUP, 't', p), 10, `partition ${p} committed to its end`);
    await t.stop();
  });
}

test('cooperative-sticky: a member joining takes partitions over without revoking the ones that stay, which keep being consumed', async () => {
  const t = await groupCluster({ t: 6 }, 0);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { partitionAssignors: ['cooperative-sticky'] });
  const workers = [work(a, processed)];
  await runUntil(t, () => settledGeneration(t, [a], PARTITIONS), 'a owns all');
  const before = owned(a);
  const b = newMember(t, 'b', ['t'], { partitionAssignors: ['cooperative-sticky'] });
  workers.push(work(b, processed));
  await runUntil(t, () => settledGeneration(t, [a, b], PARTITIONS) && owned(b).length === 3, 'a and b share');
  const kept = owned(a);
  const moved = before.filter((p) => !kept.includes(p));
  assert.is(kept.length, 3);
  // Only the partitions that moved were ever revoked from a: the kept ones never stopped.
  const revokedFromA = a.revoked.flat().map((tp) => `${tp.topic}-${tp.partition}`).sort();
  assert.equal(revokedFromA, moved);
  assert.equal(owned(b), moved);
  // A message produced to a kept partition now is consumed by a, with no further rebalance.
  const generation = t.cluster.group(GROUP)?.generationId;
  const keptPartition = Number((kept[0] as string).split('-')[1]);
  await appendMessages(t.cluster, 't', keptPartition, 1);
  await runUntil(t, () => processed.some((p) => p.partition === keptPartition && p.member === 'a'), 'a consumes its kept partition');
  assert.is(t.cluster.group(GROUP)?.generationId, generation);
  await closeAll(t, [a, b], workers);
});

test('eager range: every owned partition is revoked (and committed) before rejoining', async () => {
  const t = await groupCluster({ t: 4 }, 5);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { partitionAssignors: ['range'] });
  const workers = [work(a, processed)];
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 4)) && processed.length === 20, 'a consumed everything');
  const b = newMember(t, 'b', ['t'], { partitionAssignors: ['range'] });
  workers.push(work(b, processed));
  await runUntil(t, () => settledGeneration(t, [a, b], allPartitions('t', 4)), 'a and b share');
  assert.equal(a.revoked.at(-1)?.length, 4);
  // The revocation committed what a had done, so b does not see a's messages again.
  assert.is(processed.filter((p) => p.member === 'b').length, 0);
  for (let p = 0; p < 4; p++) assert.is(t.cluster.committedOffset(GROUP, 't', p), 5);
  await closeAll(t, [a, b], workers);
});

test('static membership: a member restarting within the session timeout gets its partitions back without a rebalance', async () => {
  const t = await groupCluster({ t: 4 }, 0);
  const processed: Processed[] = [];
  const members: Member[] = [
    newMember(t, 'a', ['t'], { groupInstanceId: 'instance-a' }),
    newMember(t, 'b', ['t'], { groupInstanceId: 'instance-b' }),
  ];
  const workers = members.map((m) => work(m, processed));
  await runUntil(t, () => settledGeneration(t, members, allPartitions('t', 4)), 'a and b share');
  const generation = t.cluster.group(GROUP)?.generationId;
  const ownedByB = owned(members[1] as Member);
  const leavesBefore = requestsOf(t.cluster, 'LeaveGroup').length;
  await settleOn(t, (members[1] as Member).consumer.close(), 'b stops');
  assert.is(requestsOf(t.cluster, 'LeaveGroup').length, leavesBefore, 'a static member does not send LeaveGroup');
  t.clock.advance(10_000);
  const restarted = newMember(t, 'b2', ['t'], { groupInstanceId: 'instance-b' });
  workers.push(work(restarted, processed));
  await runUntil(t, () => restarted.consumer.groupMetadata()?.state === 'stable', 'b is back');
  assert.equal(owned(restarted), ownedByB);
  assert.is(t.cluster.group(GROUP)?.generationId, generation, 'no rebalance');
  assert.equal((members[0] as Member).revoked.flat(), [], 'a was never disturbed');
  await closeAll(t, [members[0] as Member, restarted], workers);
});

test.run();
