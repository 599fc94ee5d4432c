// Both consumer classes, end to end: kafkajs produces keyed messages with headers to three
// partitions; each consumer reads every one exactly once, in offset order per partition, and
// commits where kafkajs's admin sees it.
import { KafkaConsumer, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { clientOptions, consumerConnection } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { committedOffsets, countPerPartition, offsetsIncreasePerPartition, readWithKafkaConsumer, readWithSimpleConsumer, seedTopic, sortedValues } from './support.js';

const PARTITIONS = 3;
const COUNT = 300;

const SEED = { partitions: PARTITIONS, perSend: 50 };

export const simpleConsumerEndToEnd: Scenario = {
  name: 'SimpleConsumer reads every message of 3 partitions once, with keys and headers, and stop() commits them',
  core: true,
  runsOn: always,
  async run(target) {
    const topic = 'e2e-simple';
    const { endpoint, messages } = await seedTopic(target, topic, COUNT, SEED);
    const client = new KafkaClient(clientOptions(endpoint));
    const consumer = new SimpleConsumer(client, 'e2e-simple-group', topic, { autoOffsetReset: 'smallest', autoCommitEveryN: null, autoCommitEveryT: null }).providePartitionInfo();
    try {
      const seen = await readWithSimpleConsumer(consumer, COUNT);
      assert.equal(sortedValues(seen), messages.map((m) => m.value).sort(), 'every value once');
      assert.ok(offsetsIncreasePerPartition(seen), 'offsets increase within each partition');
      for (const s of seen) {
        const i = Number(s.headers.seq);
        assert.is(s.key, `k${i}`, 'key');
        assert.is(s.partition, i % PARTITIONS, 'partition chosen by the producer');
      }
      assert.is((await consumer.pending()).total, 0, 'nothing pending');
    } finally {
      await consumer.stop();
      await client.close();
    }
    assert.equal(await committedOffsets(endpoint, 'e2e-simple-group', topic), countPerPartition(messages, PARTITIONS), 'stop() committed the end of every partition');
  },
};

export const kafkaConsumerEndToEnd: Scenario = {
  name: 'KafkaConsumer (manual assignment) reads every message of 3 partitions once and commits what taskDone() marked',
  core: true,
  runsOn: always,
  async run(target) {
    const topic = 'e2e-kafka';
    const { endpoint, messages } = await seedTopic(target, topic, COUNT, SEED);
    const consumer = new KafkaConsumer(topic, { ...consumerConnection(endpoint), groupId: 'e2e-kafka-group', autoOffsetReset: 'smallest' });
    try {
      const seen = await readWithKafkaConsumer(consumer, COUNT);
      assert.equal(sortedValues(seen), messages.map((m) => m.value).sort(), 'every value once');
      assert.ok(offsetsIncreasePerPartition(seen), 'offsets increase within each partition');
      assert.equal(seen.map((s) => s.key), seen.map((s) => `k${s.headers.seq}`), 'keys and headers travel together');
      const highwater = consumer.offsets('highwater').get(topic);
      assert.equal(new Map([...(highwater ?? [])].sort(([a], [b]) => a - b)), countPerPartition(messages, PARTITIONS), 'high watermarks');
      assert.ok(await consumer.commit(), 'commit() succeeded');
    } finally {
      await consumer.close();
    }
    assert.equal(await committedOffsets(endpoint, 'e2e-kafka-group', topic), countPerPartition(messages, PARTITIONS), 'committed offsets');
  },
};
