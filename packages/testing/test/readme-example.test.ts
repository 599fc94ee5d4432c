// The example of README.md, verbatim between the markers: it must keep passing.
import kafkajs from 'kafkajs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeCluster } from '../src/index.js';

const { Kafka, logLevel } = kafkajs;

// README-EXAMPLE-START
test('a producer follows a partition leader move', async () => {
  const cluster = await FakeCluster.start({ brokers: 3, topics: { orders: 1 } });
  const producer = new Kafka({ brokers: cluster.bootstrap, logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  await producer.send({ topic: 'orders', messages: [{ value: 'before the move' }] });
  const oldLeader = cluster.partition('orders', 0).leader;
  const newLeader = cluster.moveLeader('orders', 0); // NOT_LEADER_OR_FOLLOWER at the old leader from now on
  await producer.send({ topic: 'orders', messages: [{ value: 'after the move' }] });
  assert.equal(cluster.requests.filter((r) => r.api === 'Produce').map((r) => r.broker), [oldLeader, oldLeader, newLeader]);
  assert.is(cluster.partition('orders', 0).highWatermark, 2);
  await producer.disconnect();
  await cluster.stop();
});
// README-EXAMPLE-END

test.run();
