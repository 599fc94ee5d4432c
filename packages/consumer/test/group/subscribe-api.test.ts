// subscribe(): its options, and that it never mixes with hand-assigned partitions.
import { KafkaConfigError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaConsumer } from '../../src/index.js';
import { allPartitions, groupCluster, newMember, owned, runUntil, settleOn, settledGeneration } from './harness.js';

const BROKERS = { bootstrapServers: ['localhost:9092'] };
const isConfigError = (option: string, pattern: RegExp) => (e: unknown) => e instanceof KafkaConfigError && e.option === option && pattern.test(e.message);

test('subscribe() and setTopicPartitions() (or constructor topics) are mutually exclusive, with a clear error', async () => {
  const t = await groupCluster({ t: 1 }, 0);
  const on = () => ({ client: t.newClient(), clock: t.clock, groupId: 'g' });
  const manual = new KafkaConsumer('t', on());
  assert.throws(() => manual.subscribe(['t']), isConfigError('topics', /by hand.*use one or the other/));
  const subscribed = new KafkaConsumer(on());
  subscribed.subscribe(['t']);
  assert.throws(() => subscribed.setTopicPartitions('t'), isConfigError('topics', /subscribe\(\).*use one or the other/));
  const later = new KafkaConsumer(on());
  const assigning = later.setTopicPartitions('t');
  assert.throws(() => later.subscribe(['t']), isConfigError('topics', /by hand/));
  await settleOn(t, assigning, 'manual assignment');
  await settleOn(t, Promise.all([manual.close(), subscribed.close(), later.close()]), 'close');
  await t.stop();
});

test('subscribe() needs a groupId, topic names or a RegExp, and a well-formed listener', () => {
  const noGroup = new KafkaConsumer(BROKERS);
  assert.throws(() => noGroup.subscribe(['t']), isConfigError('groupId', /needs a groupId/));
  const consumer = new KafkaConsumer({ ...BROKERS, groupId: 'g' });
  assert.throws(() => consumer.subscribe([]), isConfigError('topics', /non-empty array/));
  assert.throws(() => consumer.subscribe(['t'], { onPartitionsRevoked: 5 } as never), isConfigError('listener', /onPartitionsRevoked must be a function/));
  // Neither subscribed: closing sends nothing.
  void noGroup.close();
  void consumer.close();
});

test('group options are checked: protocol, assignors, timeouts, and options that belong to the other protocol', () => {
  const make = (extra: object) => () => new KafkaConsumer({ ...BROKERS, groupId: 'g', ...extra });
  assert.throws(make({ groupProtocol: 'kip848' }), isConfigError('groupProtocol', /'classic' or 'consumer'/));
  assert.throws(make({ partitionAssignors: ['sticky-ish'] }), isConfigError('partitionAssignors', /unknown partition assignor 'sticky-ish'/));
  assert.throws(make({ partitionAssignors: [] }), isConfigError('partitionAssignors', /non-empty/));
  assert.throws(make({ heartbeatIntervalMs: 50_000 }), isConfigError('heartbeatIntervalMs', /lower than sessionTimeoutMs/));
  assert.throws(make({ groupProtocol: 'consumer', partitionAssignors: ['range'] }), isConfigError('partitionAssignors', /groupRemoteAssignor/));
  assert.throws(make({ groupRemoteAssignor: 'uniform' }), isConfigError('groupRemoteAssignor', /groupProtocol 'consumer'/));
  assert.throws(make({ groupInstanceId: '' }), isConfigError('groupInstanceId', /non-empty/));
  const custom = { name: 'everything-to-first', rebalanceProtocol: 'eager' as const, assign: () => new Map() };
  make({ partitionAssignors: [custom, 'range'], maxPollIntervalMs: 1000, rebalanceTimeoutMs: 1000 })();
});

test('a RegExp subscription consumes every matching topic; an assignor object works as well as a name', async () => {
  const t = await groupCluster({ 'orders-eu': 2, 'orders-us': 2, audit: 2 }, 0);
  // An in-test assignor: everything to the member with the smallest id.
  const toFirst = {
    name: 'to-first',
    rebalanceProtocol: 'eager' as const,
    assign(members: ReadonlyArray<{ memberId: string }>, counts: ReadonlyMap<string, number>) {
      const first = [...members].map((m) => m.memberId).sort()[0] as string;
      const plan = new Map(members.map((m) => [m.memberId, [] as Array<{ topic: string; partitions: number[] }>]));
      plan.set(first, [...counts].map(([topic, n]) => ({ topic, partitions: Array.from({ length: n }, (_, p) => p) })));
      return plan;
    },
  };
  const a = newMember(t, 'a', /^orders-/, { partitionAssignors: [toFirst] });
  const expected = [...allPartitions('orders-eu', 2), ...allPartitions('orders-us', 2)];
  await runUntil(t, () => settledGeneration(t, [a], expected), 'a owns the orders topics');
  assert.equal(owned(a), expected.sort());
  assert.is(t.cluster.group('g')?.protocolName, 'to-first');
  await settleOn(t, a.consumer.close(), 'close');
  await t.stop();
});

test.run();
