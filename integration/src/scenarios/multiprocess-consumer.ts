// MultiProcessConsumer end to end: two worker threads split three partitions, every message
// arrives once, and stop() commits the end of each partition.
import { MultiProcessConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { clientOptions } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { committedOffsets, countPerPartition, offsetsIncreasePerPartition, readWithSimpleConsumer, type Seen, seedTopic, sortedValues } from './support.js';

const TOPIC = 'e2e-multiprocess';
const GROUP = 'e2e-multiprocess-group';
const PARTITIONS = 3;
const COUNT = 300;

export const multiProcessConsumerEndToEnd: Scenario = {
  name: 'MultiProcessConsumer (2 workers) reads every message of 3 partitions once and stop() commits them',
  core: false,
  runsOn: always,
  async run(target) {
    const { endpoint, messages } = await seedTopic(target, TOPIC, COUNT, { partitions: PARTITIONS, perSend: 50 });

    const options = clientOptions(endpoint);
    const client = new KafkaClient(options);
    const consumer = new MultiProcessConsumer(client, GROUP, TOPIC, {
      numProcs: 2,
      autoOffsetReset: 'smallest',
      autoCommitEveryN: null,
      autoCommitEveryT: null,
      worker: { client: options },
    }).providePartitionInfo();
    let seen: Seen[] = [];
    try {
      seen = await readWithSimpleConsumer(consumer, COUNT);
      assert.equal(consumer.workerPartitions.flat().sort(), [0, 1, 2], 'the workers share every partition');
    } finally {
      await consumer.stop();
      await client.close();
    }
    assert.equal(sortedValues(seen), messages.map((m) => m.value).sort(), 'every value once');
    assert.ok(offsetsIncreasePerPartition(seen), 'offsets increase within each partition');
    assert.equal(await committedOffsets(endpoint, GROUP, TOPIC), countPerPartition(messages, PARTITIONS), 'stop() committed');
  },
};
