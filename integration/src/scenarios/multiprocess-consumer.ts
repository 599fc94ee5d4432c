// MultiProcessConsumer end to end: two worker threads split three partitions, every message
// arrives once, and stop() commits the end of each partition.
import { MultiProcessConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { produceWithKafkajs } from '../kafkajs-tools.js';
import { clientOptions } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { committedOffsets, countPerPartition, numberedMessages, offsetsIncreasePerPartition, SCENARIO_DEADLINE_MS, type Seen, text } from './support.js';

const TOPIC = 'e2e-multiprocess';
const GROUP = 'e2e-multiprocess-group';
const PARTITIONS = 3;
const COUNT = 300;

export const multiProcessConsumerEndToEnd: Scenario = {
  name: 'MultiProcessConsumer (2 workers) reads every message of 3 partitions once and stop() commits them',
  core: false,
  runsOn: always,
  async run(target) {
    await target.createTopic({ name: TOPIC, partitions: PARTITIONS });
    const endpoint = await target.endpoint();
    const messages = numberedMessages(TOPIC, COUNT, PARTITIONS);
    await produceWithKafkajs(endpoint, TOPIC, messages, { perSend: 50 });

    const options = clientOptions(endpoint);
    const client = new KafkaClient(options);
    const consumer = new MultiProcessConsumer(client, GROUP, TOPIC, {
      numProcs: 2,
      autoOffsetReset: 'smallest',
      autoCommitEveryN: null,
      autoCommitEveryT: null,
      worker: { client: options },
    }).providePartitionInfo();
    const seen: Seen[] = [];
    try {
      const signal = AbortSignal.timeout(SCENARIO_DEADLINE_MS);
      while (seen.length < COUNT) {
        for (const [partition, { offset, message }] of await consumer.getMessages({ count: COUNT - seen.length, timeoutMs: null, signal })) {
          seen.push({ partition, offset, key: text(message.key), value: text(message.value), headers: {} });
        }
      }
      assert.equal(consumer.workerPartitions.flat().sort(), [0, 1, 2], 'the workers share every partition');
    } finally {
      await consumer.stop();
      await client.close();
    }
    assert.equal(
      seen.map((s) => s.value).sort(),
      messages.map((m) => m.value).sort(),
      'every value once',
    );
    assert.ok(offsetsIncreasePerPartition(seen), 'offsets increase within each partition');
    assert.equal(await committedOffsets(endpoint, GROUP, TOPIC), countPerPartition(messages, PARTITIONS), 'stop() committed');
  },
};
