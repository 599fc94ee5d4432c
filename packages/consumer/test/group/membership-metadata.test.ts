// A stable member watches its subscription's metadata every metadataMaxAgeMs: with the classic
// protocol, a new topic matching a RegExp subscription, or more partitions for a subscribed
// topic, makes it rejoin so that the new partitions are assigned. With KIP-848 the coordinator
// watches metadata itself and sends the new assignment with a heartbeat.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { wholeNameRegex } from '../../src/group/subscription.js';
import { appendMessages, requestsOf } from '../helpers/cluster.js';
import { allPartitions, closeAll, groupCluster, key, newMember, type Processed, runUntil, settledGeneration, work } from './harness.js';

const METADATA_MAX_AGE_MS = 10_000;

test('classic: a new topic matching the RegExp subscription is assigned after the next metadata check', async () => {
  const t = await groupCluster({ 'orders-eu': 2 }, 3);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', /^orders-/, { metadataMaxAgeMs: METADATA_MAX_AGE_MS });
  const b = newMember(t, 'b', /^orders-/, { metadataMaxAgeMs: METADATA_MAX_AGE_MS });
  const workers = [work(a, processed), work(b, processed)];
  await runUntil(t, () => settledGeneration(t, [a, b], allPartitions('orders-eu', 2)), 'a and b share orders-eu');
  const joins = requestsOf(t.cluster, 'JoinGroup').length;
  const createdAt = t.clock.now();
  t.cluster.createTopic('orders-us', 2);
  t.cluster.createTopic('payments', 2);
  await appendMessages(t.cluster, 'orders-us', 0, 3);
  await appendMessages(t.cluster, 'orders-us', 1, 3);
  const wanted = [...allPartitions('orders-eu', 2), ...allPartitions('orders-us', 2)];
  await runUntil(t, () => settledGeneration(t, [a, b], wanted), 'orders-us is shared too');
  assert.ok(t.clock.now() - createdAt <= METADATA_MAX_AGE_MS + 1_000, `picked up within one metadataMaxAgeMs (${t.clock.now() - createdAt} ms)`);
  assert.ok(requestsOf(t.cluster, 'JoinGroup').length > joins, 'the group rebalanced');
  await runUntil(t, () => processed.filter((p) => p.topic === 'orders-us').length === 6, 'orders-us consumed');
  assert.not.ok([a, b].some((m) => m.consumer.assignedPartitions().some((tp) => tp.topic === 'payments')), 'a topic that does not match stays out');
  await closeAll(t, [a, b], workers);
});

test('classic: more partitions for a subscribed topic are assigned after the next metadata check', async () => {
  const t = await groupCluster({ t: 2 }, 2);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { metadataMaxAgeMs: METADATA_MAX_AGE_MS });
  const workers = [work(a, processed)];
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 2)), 'a owns t');
  t.cluster.addPartitions('t', 4);
  await appendMessages(t.cluster, 't', 3, 2);
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 4)), 'a owns the 4 partitions');
  await runUntil(t, () => processed.some((p) => key(p) === 't-3'), 'the new partition is consumed');
  await closeAll(t, [a], workers);
});

test('classic: no rejoin while the metadata stays the same', async () => {
  const t = await groupCluster({ t: 2 }, 0);
  const a = newMember(t, 'a', ['t'], { metadataMaxAgeMs: METADATA_MAX_AGE_MS });
  const workers = [work(a, [])];
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 2)), 'a owns t');
  const joins = requestsOf(t.cluster, 'JoinGroup').length;
  const until = t.clock.now() + 5 * METADATA_MAX_AGE_MS;
  await runUntil(t, () => t.clock.now() >= until, 'five metadata checks', { stepMs: 1_000 });
  assert.is(requestsOf(t.cluster, 'JoinGroup').length, joins, 'no JoinGroup');
  assert.ok(requestsOf(t.cluster, 'Metadata').length > 0);
  await closeAll(t, [a], workers);
});

test('KIP-848: a new topic matching the RegExp subscription arrives with a heartbeat', async () => {
  const t = await groupCluster({ 'orders-eu': 2 }, 0);
  const a = newMember(t, 'a', /^orders-/, { groupProtocol: 'consumer' });
  const workers = [work(a, [])];
  await runUntil(t, () => a.consumer.assignedPartitions().length === 2, 'a owns orders-eu');
  t.cluster.createTopic('orders-us', 2);
  await runUntil(t, () => a.consumer.assignedPartitions().length === 4, 'a owns orders-us too');
  await closeAll(t, [a], workers);
});

test('KIP-848: a RegExp goes out as a whole-name pattern with inline flags', () => {
  assert.is(wholeNameRegex(/^orders-/), '.*(?:^orders-).*');
  assert.is(wholeNameRegex(/orders|payments/is), '(?is).*(?:orders|payments).*');
});

test.run();
