// Heartbeats that do not depend on the application, the poll interval, fencing and coordinator
// failover, on the fake cluster and a manual clock.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FencedInstanceIdError, MaxPollIntervalExceededError } from '../../src/index.js';
import { appendMessages, requestsOf } from '../helpers/cluster.js';
import { allPartitions, closeAll, GROUP, groupCluster, newMember, owned, type Processed, runUntil, settleOn, settledGeneration, work } from './harness.js';

test('a handler blocked for longer than the session timeout keeps the membership: heartbeats go on', async () => {
  const t = await groupCluster({ t: 2 }, 3);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000 });
  let release!: () => void;
  a.block = new Promise<void>((resolve) => {
    release = resolve;
  });
  const worker = work(a, processed);
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 2)), 'a joined');
  const { memberId, generationId } = a.consumer.groupMetadata() ?? { memberId: '', generationId: -1 };
  const heartbeatsBefore = requestsOf(t.cluster, 'Heartbeat').length;
  // The handler holds its first message for 60 s: six session timeouts.
  const start = t.clock.now();
  await runUntil(t, () => t.clock.now() - start >= 60_000, '60 s pass', { stepMs: 500 });
  assert.is(processed.length, 0, 'the handler is still blocked');
  assert.ok(requestsOf(t.cluster, 'Heartbeat').length - heartbeatsBefore >= 50, 'heartbeats kept going');
  const group = t.cluster.group(GROUP);
  assert.equal(group?.members.map((m) => m.memberId), [memberId]);
  assert.is(group?.generationId, generationId, 'no rebalance');
  a.block = null;
  release();
  await runUntil(t, () => processed.length === 6, 'the rest is processed');
  await closeAll(t, [a], [worker]);
});

test('maxPollIntervalMs exceeded: the member commits what is done and leaves; next() says why, then rejoins', async () => {
  const t = await groupCluster({ t: 2 }, 3);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { maxPollIntervalMs: 20_000 });
  const b = newMember(t, 'b', ['t'], { maxPollIntervalMs: 20_000 });
  const workerB = work(b, processed);
  await runUntil(t, () => settledGeneration(t, [a, b], allPartitions('t', 2)), 'a and b share');
  const first = await settleOn(t, a.consumer.next(), 'a gets a message');
  await settleOn(t, a.consumer.taskDone(first), 'a marks it done');
  const aPartition = first.partition;
  // The application now spends 30 s on its next message without calling next().
  const start = t.clock.now();
  await runUntil(t, () => t.clock.now() - start >= 30_000 && settledGeneration(t, [b], allPartitions('t', 2)), 'b owns everything');
  assert.is(t.cluster.committedOffset(GROUP, 't', aPartition), first.offset + 1, "a's done offset was committed before it left");
  assert.is(a.consumer.groupMetadata()?.state, 'left');
  const error = await settleOn(t, a.consumer.next().then(() => null, (e: unknown) => e), 'next() reports');
  assert.instance(error, MaxPollIntervalExceededError);
  assert.match((error as Error).message, /maxPollIntervalMs \(20000 ms\)/);
  // The next call rejoins and gets partitions again.
  const again = work(a, processed);
  await runUntil(t, () => settledGeneration(t, [a, b], allPartitions('t', 2)), 'a rejoined');
  assert.is(owned(a).length, 1);
  await closeAll(t, [a, b], [workerB, again]);
});

test('FENCED_INSTANCE_ID is fatal with a clear error: two running instances with one groupInstanceId', async () => {
  const t = await groupCluster({ t: 2 }, 0);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { groupInstanceId: 'same' });
  const workerA = work(a, processed);
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 2)), 'a joined');
  const b = newMember(t, 'b', ['t'], { groupInstanceId: 'same' });
  const workerB = work(b, processed);
  await runUntil(t, () => a.stopped !== null, 'a is fenced');
  const fenced = (a.stopped as { error: unknown }).error;
  assert.instance(fenced, FencedInstanceIdError);
  assert.match((fenced as Error).message, /groupInstanceId 'same'/);
  assert.equal(owned(a), [], 'a dropped its partitions');
  await runUntil(t, () => settledGeneration(t, [b], allPartitions('t', 2)), 'b owns everything');
  await closeAll(t, [a, b], [workerA, workerB]);
});

test('coordinator failover mid-rebalance: members find the new coordinator and settle, nothing done is lost', async () => {
  const t = await groupCluster({ t: 4 }, 5, 3);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t']);
  const workers = [work(a, processed)];
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 4)) && processed.length === 20, 'a consumed all');
  const b = newMember(t, 'b', ['t']);
  workers.push(work(b, processed));
  // Wait until the rebalance is under way (a JoinGroup parked at the coordinator), then move it.
  await runUntil(t, () => t.cluster.group(GROUP)?.state === 'PreparingRebalance', 'rebalance started', { stepMs: 10 });
  const oldCoordinator = t.cluster.coordinatorOf(GROUP);
  t.cluster.moveCoordinator(GROUP, (oldCoordinator + 1) % 3);
  await runUntil(t, () => settledGeneration(t, [a, b], allPartitions('t', 4)), 'a and b share after the move');
  assert.ok(requestsOf(t.cluster, 'FindCoordinator').length >= 2, 'the coordinator was looked up again');
  for (let p = 0; p < 4; p++) assert.is(t.cluster.committedOffset(GROUP, 't', p), 5);
  for (let p = 0; p < 4; p++) await appendMessages(t.cluster, 't', p, 2);
  await runUntil(t, () => processed.length === 28, 'new messages consumed by the new owners');
  assert.is(processed.filter((p) => p.member === 'b').length, 4);
  await closeAll(t, [a, b], workers);
});

test.run();
