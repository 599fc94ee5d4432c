// Expected outputs taken from the Java client's RangeAssignorTest and RoundRobinAssignorTest
// (Kafka 3.x/4.x, no racks), so that a group mixing Java members and ours gets the same
// assignment whichever member leads.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaConfigError } from '@kafkaline/protocol';
import type { MemberSubscription, TopicPartitions } from '../../src/group/assignors/assignor.js';
import { assignorByName, DEFAULT_ASSIGNORS, findAssignor } from '../../src/group/assignors/registry.js';
import { rangeAssignor } from '../../src/group/assignors/range.js';
import { roundRobinAssignor } from '../../src/group/assignors/round-robin.js';

function member(memberId: string, topics: string[], groupInstanceId: string | null = null): MemberSubscription {
  return { memberId, groupInstanceId, topics, ownedPartitions: [], generationId: -1, rackId: null, userData: null };
}

/** `t1:0 t1:1 t2:0` -> grouped TopicPartitions, the assignors' output shape. */
function parts(spec: string): TopicPartitions[] {
  const byTopic = new Map<string, number[]>();
  for (const item of spec.split(' ').filter(Boolean)) {
    const [topic, partition] = item.split(':') as [string, string];
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), Number(partition)]);
  }
  return [...byTopic].map(([topic, partitions]) => ({ topic, partitions }));
}

const twoTopics = (p1: number, p2: number) =>
  new Map([
    ['topic1', p1],
    ['topic2', p2],
  ]);

test('range: one consumer gets every partition of its subscribed topics only; nonexistent topics give nothing', () => {
  const partitions = new Map([
    ['topic1', 3],
    ['other', 3],
  ]);
  assert.equal(rangeAssignor.assign([member('consumer1', ['topic1'])], partitions).get('consumer1'), parts('topic1:0 topic1:1 topic1:2'));
  assert.equal(rangeAssignor.assign([member('consumer1', ['missing'])], partitions).get('consumer1'), []);
  assert.equal(rangeAssignor.assign([member('consumer1', [])], partitions).get('consumer1'), []);
});

test('range: two consumers, two topics of 3 partitions: consumer1 gets 0-1 of each, consumer2 gets 2 of each (Java testTwoConsumersTwoTopicsSixPartitions)', () => {
  const result = rangeAssignor.assign([member('consumer2', ['topic1', 'topic2']), member('consumer1', ['topic1', 'topic2'])], twoTopics(3, 3));
  assert.equal(result.get('consumer1'), parts('topic1:0 topic1:1 topic2:0 topic2:1'));
  assert.equal(result.get('consumer2'), parts('topic1:2 topic2:2'));
});

test('range: mixed subscriptions split each topic among its own subscribers (Java testMultipleConsumersMixedTopics)', () => {
  const result = rangeAssignor.assign(
    [member('consumer1', ['topic1']), member('consumer2', ['topic1', 'topic2']), member('consumer3', ['topic1'])],
    twoTopics(3, 2),
  );
  assert.equal(result.get('consumer1'), parts('topic1:0'));
  assert.equal(result.get('consumer2'), parts('topic1:1 topic2:0 topic2:1'));
  assert.equal(result.get('consumer3'), parts('topic1:2'));
});

test('range: static members order by group.instance.id, before dynamic members (Java testTwoStaticConsumers / testOneStaticConsumerAndOneDynamicConsumer)', () => {
  const bothStatic = rangeAssignor.assign(
    [member('consumer-b', ['topic1', 'topic2'], 'instance1'), member('consumer-a', ['topic1', 'topic2'], 'instance2')],
    twoTopics(3, 3),
  );
  assert.equal(bothStatic.get('consumer-b'), parts('topic1:0 topic1:1 topic2:0 topic2:1'));
  assert.equal(bothStatic.get('consumer-a'), parts('topic1:2 topic2:2'));
  const oneStatic = rangeAssignor.assign([member('consumer-b', ['topic1', 'topic2'], 'instance1'), member('consumer-a', ['topic1', 'topic2'])], twoTopics(3, 3));
  assert.equal(oneStatic.get('consumer-b'), parts('topic1:0 topic1:1 topic2:0 topic2:1'));
  assert.equal(oneStatic.get('consumer-a'), parts('topic1:2 topic2:2'));
});

test('range: static members keep their ranges when the dynamic member is replaced (Java testStaticMemberRangeAssignmentPersistent)', () => {
  const statics = [
    member('consumer1', ['topic1', 'topic2'], 'instance1'),
    member('consumer2', ['topic1', 'topic2'], 'instance2'),
    member('consumer3', ['topic1', 'topic2'], 'instance3'),
  ];
  const first = rangeAssignor.assign([...statics, member('consumer4', ['topic1', 'topic2'])], twoTopics(5, 4));
  assert.equal(first.get('consumer1'), parts('topic1:0 topic1:1 topic2:0'));
  assert.equal(first.get('consumer2'), parts('topic1:2 topic2:1'));
  assert.equal(first.get('consumer3'), parts('topic1:3 topic2:2'));
  assert.equal(first.get('consumer4'), parts('topic1:4 topic2:3'));
  const second = rangeAssignor.assign([...statics, member('consumer5', ['topic1', 'topic2'])], twoTopics(5, 4));
  for (const id of ['consumer1', 'consumer2', 'consumer3']) assert.equal(second.get(id), first.get(id));
  assert.equal(second.get('consumer5'), parts('topic1:4 topic2:3'));
});

test('range: more consumers than partitions leaves the last ones empty but present in the result', () => {
  const result = rangeAssignor.assign([member('consumer1', ['topic1']), member('consumer2', ['topic1'])], new Map([['topic1', 1]]));
  assert.equal(result.get('consumer1'), parts('topic1:0'));
  assert.equal(result.get('consumer2'), []);
});

test('roundrobin: two consumers, two topics of 3 partitions deal alternately (Java testTwoDynamicConsumersTwoTopicsSixPartitions)', () => {
  const result = roundRobinAssignor.assign([member('consumer1', ['topic1', 'topic2']), member('consumer2', ['topic1', 'topic2'])], twoTopics(3, 3));
  assert.equal(result.get('consumer1'), parts('topic1:0 topic1:2 topic2:1'));
  assert.equal(result.get('consumer2'), parts('topic1:1 topic2:0 topic2:2'));
});

test('roundrobin: members not subscribed to a topic are skipped (Java testMultipleConsumersMixedTopics)', () => {
  const result = roundRobinAssignor.assign(
    [member('consumer3', ['topic1']), member('consumer2', ['topic1', 'topic2']), member('consumer1', ['topic1'])],
    twoTopics(3, 2),
  );
  assert.equal(result.get('consumer1'), parts('topic1:0'));
  assert.equal(result.get('consumer2'), parts('topic1:1 topic2:0 topic2:1'));
  assert.equal(result.get('consumer3'), parts('topic1:2'));
});

test('roundrobin: static members first by instance id (Java testTwoStaticConsumers / testOneStaticConsumerAndOneDynamicConsumer)', () => {
  const bothStatic = roundRobinAssignor.assign(
    [member('consumer-b', ['topic1', 'topic2'], 'instance1'), member('consumer-a', ['topic1', 'topic2'], 'instance2')],
    twoTopics(3, 3),
  );
  assert.equal(bothStatic.get('consumer-b'), parts('topic1:0 topic1:2 topic2:1'));
  assert.equal(bothStatic.get('consumer-a'), parts('topic1:1 topic2:0 topic2:2'));
  const oneStatic = roundRobinAssignor.assign([member('consumer-a', ['topic1', 'topic2']), member('consumer-b', ['topic1', 'topic2'], 'instance1')], twoTopics(3, 3));
  assert.equal(oneStatic.get('consumer-b'), parts('topic1:0 topic1:2 topic2:1'));
  assert.equal(oneStatic.get('consumer-a'), parts('topic1:1 topic2:0 topic2:2'));
});

test('roundrobin: three static members and a dynamic one; replacing the dynamic one changes nothing else (Java testStaticMemberAssignmentPersistent)', () => {
  const statics = [
    member('consumer1', ['topic1', 'topic2'], 'instance1'),
    member('consumer2', ['topic1', 'topic2'], 'instance2'),
    member('consumer3', ['topic1', 'topic2'], 'instance3'),
  ];
  const first = roundRobinAssignor.assign([...statics, member('consumer4', ['topic1', 'topic2'])], twoTopics(3, 3));
  assert.equal(first.get('consumer1'), parts('topic1:0 topic2:1'));
  assert.equal(first.get('consumer2'), parts('topic1:1 topic2:2'));
  assert.equal(first.get('consumer3'), parts('topic1:2'));
  assert.equal(first.get('consumer4'), parts('topic2:0'));
  const second = roundRobinAssignor.assign([...statics, member('consumer5', ['topic1', 'topic2'])], twoTopics(3, 3));
  assert.equal(second.get('consumer5'), parts('topic2:0'));
  assert.equal(second.get('consumer1'), first.get('consumer1'));
});

test('registry: the three protocol names resolve, the default is the Java client\'s, unknown names fail with the known ones listed', () => {
  assert.equal(DEFAULT_ASSIGNORS, ['range', 'cooperative-sticky']);
  assert.is(assignorByName('range').rebalanceProtocol, 'eager');
  assert.is(assignorByName('roundrobin').rebalanceProtocol, 'eager');
  assert.is(assignorByName('cooperative-sticky').rebalanceProtocol, 'cooperative');
  assert.is(findAssignor('sticky'), undefined);
  try {
    assignorByName('sticky');
    assert.unreachable('an unknown assignor must be rejected');
  } catch (error) {
    assert.instance(error, KafkaConfigError);
    assert.match((error as Error).message, /unknown partition assignor 'sticky'; known assignors: range, roundrobin, cooperative-sticky/);
  }
});

test.run();
