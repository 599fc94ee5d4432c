// All four codecs as the broker writes them: topic config compression.type makes the broker
// recompress what kafkajs sends (gzip into the other codecs' topics, uncompressed into the gzip
// topic), so the consumer decodes batches the broker wrote, and the batch attributes prove it.
import { SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { produceWithKafkajs } from '../kafkajs-tools.js';
import { clientOptions } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { numberedMessages, readWithSimpleConsumer } from './support.js';

const CODEC_IDS = { gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
const COUNT = 200;

export const brokerRecompressedCodecs: Scenario = {
  name: 'SimpleConsumer reads batches the broker recompressed per topic compression.type: gzip, snappy, lz4, zstd',
  core: true,
  runsOn: always,
  async run(target) {
    const endpoint = await target.endpoint();
    const client = new KafkaClient(clientOptions(endpoint));
    try {
      for (const [codec, id] of Object.entries(CODEC_IDS)) {
        const topic = `codec-${codec}`;
        await target.createTopic({ name: topic, partitions: 1, configs: { 'compression.type': codec } });
        // Repetitive values, so every codec really compresses.
        const messages = numberedMessages(`${codec}-value-${'x'.repeat(200)}`, COUNT);
        await produceWithKafkajs(endpoint, topic, messages, { gzip: codec !== 'gzip', perSend: 50 });
        const consumer = new SimpleConsumer(client, null, topic, { autoOffsetReset: 'smallest' }).providePartitionInfo();
        try {
          const seen = await readWithSimpleConsumer(consumer, COUNT);
          assert.equal(
            seen.map((s) => s.value),
            messages.map((m) => m.value),
            `${codec}: values in order`,
          );
          assert.equal([...new Set(seen.map((s) => s.attributes & 7))], [id], `${codec}: every batch written with codec ${id}`);
          assert.equal(
            seen.map((s) => s.offset),
            messages.map((_, i) => i),
            `${codec}: offsets 0..${COUNT - 1}`,
          );
        } finally {
          await consumer.stop();
        }
      }
    } finally {
      await client.close();
    }
  },
};
