// KafkaConsumer.getPartitionOffsets (ListOffsets): earliest, latest, and by time over batches
// whose record timestamps are out of order, where the answer is the first record in log order
// whose timestamp is at or after the time asked for.
import { KafkaConsumer } from '@kafkaline/consumer';
import * as assert from 'uvu/assert';
import { type MessageToProduce, produceWithKafkajs } from '../kafkajs-tools.js';
import { consumerConnection } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';

const TOPIC = 'offsets-by-time';
// Milliseconds after the base time; each inner list is one produced batch, the second out of order.
const BATCHES = [
  [0, 1000, 2000, 3000],
  [6000, 4000, 5000],
  [7000, 8000, 9000],
];
const ASKED = [-500, 0, 1500, 4500, 5500, 6000, 6500, 9000, 9500];

export const offsetsByTime: Scenario = {
  name: 'getPartitionOffsets answers earliest, latest, and by time the first record at or after it, also in an out-of-order batch',
  core: false,
  runsOn: always,
  async run(target) {
    await target.createTopic({ name: TOPIC, partitions: 1 });
    const endpoint = await target.endpoint();
    // A minute ago: within every broker's accepted timestamp range.
    const base = Date.now() - 60_000;
    const batches: MessageToProduce[][] = BATCHES.map((deltas, b) => deltas.map((delta, i) => ({ value: `b${b}-${i}`, timestamp: base + delta })));
    for (const batch of batches) await produceWithKafkajs(endpoint, TOPIC, batch, { perSend: batch.length });
    const timestamps = batches.flat().map((m) => m.timestamp as number);

    const consumer = new KafkaConsumer(TOPIC, { ...consumerConnection(endpoint), autoOffsetReset: 'smallest' });
    try {
      await consumer.ready();
      assert.equal(await consumer.getPartitionOffsets(TOPIC, 0, -2, 1), [0], 'earliest');
      assert.equal(await consumer.getPartitionOffsets(TOPIC, 0, -1, 1), [timestamps.length], 'latest');
      for (const delta of ASKED) {
        const first = timestamps.findIndex((t) => t >= base + delta);
        assert.equal(await consumer.getPartitionOffsets(TOPIC, 0, base + delta, 1), first < 0 ? [] : [first], `at base + ${delta} ms`);
      }
    } finally {
      await consumer.close();
    }
  },
};
