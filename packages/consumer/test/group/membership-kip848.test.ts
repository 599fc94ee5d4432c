// KIP-848 (groupProtocol 'consumer') on the fake cluster's ConsumerGroupHeartbeat coordinator:
// server-side assignment, revoke-before-assign reconciliation, fencing, leaving.
import { ErrorCode } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TestCluster } from '../helpers/cluster.js';
import { requestsOf, startCluster } from '../helpers/cluster.js';
import { allPartitions, closeAll, GROUP, groupCluster, key, newMember, owned, type Processed, reconciled, runUntil, settleOn, work } from './harness.js';

function heartbeatsOf(t: TestCluster) {
  return requestsOf(t.cluster, 'ConsumerGroupHeartbeat').map((r) => r.body as { memberId: string; memberEpoch: number; serverAssignor: string | null });
}

for (const assignor of ['uniform', 'range']) {
  test(`KIP-848 ${assignor}: 1 → 3 → 2 members; every partition owned exactly once, balanced, all committed`, async () => {
    const t = await groupCluster({ t: 6 }, 10);
    const processed: Processed[] = [];
    const config = { groupProtocol: 'consumer' as const, groupRemoteAssignor: assignor };
    const a = newMember(t, 'a', ['t'], config);
    const workers = [work(a, processed)];
    await runUntil(t, () => reconciled([a], allPartitions('t', 6)), 'a owns all');
    const b = newMember(t, 'b', ['t'], config);
    const c = newMember(t, 'c', ['t'], config);
    workers.push(work(b, processed), work(c, processed));
    await runUntil(t, () => reconciled([a, b, c], allPartitions('t', 6)), 'three members share');
    assert.equal(
      [a, b, c].map((m) => owned(m).length),
      [2, 2, 2],
    );
    await settleOn(t, c.consumer.close(), 'c leaves');
    assert.ok(heartbeatsOf(t).some((h) => h.memberEpoch === -1), 'c left with epoch -1');
    await runUntil(t, () => reconciled([a, b], allPartitions('t', 6)), 'two members share');
    assert.equal(
      [a, b].map((m) => owned(m).length),
      [3, 3],
    );
    await runUntil(t, () => new Set(processed.map((p) => `${p.partition}/${p.offset}`)).size === 60, 'all processed');
    await settleOn(t, Promise.all([a.consumer.close(), b.consumer.close()]), 'close');
    await Promise.all(workers);
    assert.ok(heartbeatsOf(t).some((h) => h.serverAssignor === assignor), 'the assignor was asked for');
    assert.is(requestsOf(t.cluster, 'JoinGroup').length, 0, 'no classic protocol');
    for (let p = 0; p < 6; p++) assert.is(t.cluster.committedOffset(GROUP, 't', p), 10);
    await t.stop();
  });
}

test('KIP-848: a partition moving between members is revoked (and committed) by its old owner before the new one starts it', async () => {
  const t = await groupCluster({ t: 4 }, 5);
  const events: string[] = [];
  const processed: Processed[] = [];
  const config = { groupProtocol: 'consumer' as const };
  const listener = (name: string) => ({
    onPartitionsRevoked: (ps: Array<{ topic: string; partition: number }>) => {
      for (const tp of ps) events.push(`${name} revoked ${key(tp)}`);
    },
    onPartitionsAssigned: (ps: Array<{ topic: string; partition: number }>) => {
      for (const tp of ps) events.push(`${name} assigned ${key(tp)}`);
    },
  });
  const a = newMember(t, 'a', ['t'], config, listener('a'));
  const workers = [work(a, processed)];
  await runUntil(t, () => reconciled([a], allPartitions('t', 4)) && processed.length === 20, 'a consumed everything');
  const b = newMember(t, 'b', ['t'], config, listener('b'));
  workers.push(work(b, processed));
  await runUntil(t, () => reconciled([a, b], allPartitions('t', 4)), 'a and b share');
  const moved = owned(b);
  assert.is(moved.length, 2);
  for (const p of moved) {
    const revokedAt = events.indexOf(`a revoked ${p}`);
    const assignedAt = events.indexOf(`b assigned ${p}`);
    assert.ok(revokedAt >= 0 && revokedAt < assignedAt, `${p}: ${events.join('; ')}`);
  }
  // a's done offsets were committed at revocation, so b re-reads nothing.
  assert.is(processed.filter((p) => p.member === 'b').length, 0);
  await closeAll(t, [a, b], workers);
});

test('KIP-848: FENCED_MEMBER_EPOCH drops the partitions without committing and rejoins with epoch 0 and the same member id', async () => {
  const t = await groupCluster({ t: 2 }, 0);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { groupProtocol: 'consumer' });
  const worker = work(a, processed);
  await runUntil(t, () => reconciled([a], allPartitions('t', 2)), 'a joined');
  const memberId = a.consumer.groupMetadata()?.memberId;
  const commitsBefore = requestsOf(t.cluster, 'OffsetCommit').length;
  t.cluster.faults.failNext({ api: 'ConsumerGroupHeartbeat', errorCode: ErrorCode.FENCED_MEMBER_EPOCH });
  await runUntil(t, () => a.lost.length === 1, 'a lost its partitions');
  assert.equal(a.lost[0]?.map(key).sort(), allPartitions('t', 2));
  assert.is(requestsOf(t.cluster, 'OffsetCommit').length, commitsBefore, 'nothing committed for lost partitions');
  await runUntil(t, () => reconciled([a], allPartitions('t', 2)), 'a rejoined');
  const rejoin = heartbeatsOf(t).filter((h) => h.memberEpoch === 0);
  assert.is(rejoin.length, 2, 'joined twice with epoch 0');
  assert.ok(rejoin.every((h) => h.memberId === memberId), 'with the same member id');
  await closeAll(t, [a], [worker]);
});

test("KIP-848: the coordinator's heartbeat interval applies from the join on, not after the configured one", async () => {
  const fast = await startCluster({ consumerGroupHeartbeatIntervalMs: 500 });
  fast.cluster.createTopic('t', 2);
  const a = newMember(fast, 'a', ['t'], { groupProtocol: 'consumer', heartbeatIntervalMs: 3_000 });
  await runUntil(fast, () => a.consumer.groupMetadata()?.state === 'stable', 'a joined');
  const joinedAt = fast.clock.now();
  // The join and its acknowledgement, then two periodic heartbeats.
  await runUntil(fast, () => heartbeatsOf(fast).length >= 4, 'two periodic heartbeats after the join');
  assert.ok(fast.clock.now() - joinedAt <= 1_000, `two periodic heartbeats within 1 s of the join (took ${fast.clock.now() - joinedAt} ms)`);
  await settleOn(fast, a.consumer.close(), 'close');
  await fast.stop();
});

test.run();
