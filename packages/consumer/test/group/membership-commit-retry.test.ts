// Commits refused because the member's generation (classic) or epoch (KIP-848) is being renewed
// go again once it is: REBALANCE_IN_PROGRESS after the rejoin, STALE_MEMBER_EPOCH after the next
// heartbeat. From inside a rebalance listener the refusal is thrown instead (the rebalance waits
// for the listener, so waiting for the rebalance there would never end).
import { ErrorCode } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CommitFailedError } from '../../src/index.js';
import { requestsOf } from '../helpers/cluster.js';
import { allPartitions, closeAll, GROUP, groupCluster, newMember, type Processed, runUntil, settledGeneration, settleOn, work } from './harness.js';

const doneCount = (processed: readonly Processed[]) => processed.filter((p) => p.done).length;

test('classic: a commit refused with REBALANCE_IN_PROGRESS is made again after the rejoin', async () => {
  const t = await groupCluster({ t: 2 }, 5);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { partitionAssignors: ['cooperative-sticky'] });
  const worker = work(a, processed);
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 2)) && doneCount(processed) === 10, 'a processed everything');
  const joinsBefore = requestsOf(t.cluster, 'JoinGroup').length;
  t.cluster.faults.failNext({ api: 'OffsetCommit', errorCode: ErrorCode.REBALANCE_IN_PROGRESS });
  assert.is(await settleOn(t, a.consumer.commit(), 'commit'), true, 'the commit went through on the second try');
  assert.ok(requestsOf(t.cluster, 'JoinGroup').length > joinsBefore, 'the member rejoined in between');
  assert.equal(a.revoked, [], 'cooperative: nothing was revoked by the rejoin');
  for (const p of [0, 1]) assert.is(t.cluster.committedOffset(GROUP, 't', p), 5, `partition ${p} committed`);
  await closeAll(t, [a], [worker]);
});

test('KIP-848: a commit refused with STALE_MEMBER_EPOCH is made again after the next heartbeat', async () => {
  const t = await groupCluster({ t: 2 }, 5);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { groupProtocol: 'consumer' });
  const worker = work(a, processed);
  await runUntil(t, () => a.consumer.assignedPartitions().length === 2 && doneCount(processed) === 10, 'a processed everything');
  const heartbeatsBefore = requestsOf(t.cluster, 'ConsumerGroupHeartbeat').length;
  t.cluster.faults.failNext({ api: 'OffsetCommit', errorCode: ErrorCode.STALE_MEMBER_EPOCH });
  assert.is(await settleOn(t, a.consumer.commit(), 'commit'), true, 'the commit went through on the second try');
  assert.ok(requestsOf(t.cluster, 'ConsumerGroupHeartbeat').length > heartbeatsBefore, 'a heartbeat came in between');
  assert.is(requestsOf(t.cluster, 'OffsetCommit').length, 2, 'one refused commit, one accepted');
  for (const p of [0, 1]) assert.is(t.cluster.committedOffset(GROUP, 't', p), 5, `partition ${p} committed`);
  await closeAll(t, [a], [worker]);
});

test('a commit refused inside onPartitionsRevoked is thrown there at once, and the rebalance completes', async () => {
  const t = await groupCluster({ t: 2 }, 5);
  const processed: Processed[] = [];
  const refusals: unknown[] = [];
  let armed = false;
  const a = newMember(
    t,
    'a',
    ['t'],
    {},
    {
      onPartitionsRevoked: async () => {
        if (!armed) return;
        armed = false;
        t.cluster.faults.failNext({ api: 'OffsetCommit', errorCode: ErrorCode.REBALANCE_IN_PROGRESS });
        await a.consumer.commit().catch((error: unknown) => refusals.push(error));
      },
    },
  );
  const workers = [work(a, processed)];
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 2)) && doneCount(processed) === 10, 'a processed everything');
  armed = true;
  const b = newMember(t, 'b', ['t']);
  workers.push(work(b, processed));
  await runUntil(t, () => settledGeneration(t, [a, b], allPartitions('t', 2)), 'a and b share the partitions');
  assert.is(refusals.length, 1, 'the commit in the listener was refused');
  assert.instance(refusals[0], CommitFailedError);
  // The revocation committed the done offsets itself right after the listener.
  for (const p of [0, 1]) assert.is(t.cluster.committedOffset(GROUP, 't', p), 5, `partition ${p} committed on revocation`);
  await closeAll(t, [a, b], workers);
});

test.run();
