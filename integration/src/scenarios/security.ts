// SASL PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, TLS and SCRAM-SHA-512 over TLS: kafkajs produces over the secured listener,
// and both consumer classes read over it and commit.
import { KafkaConsumer, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { clientOptions, consumerConnection } from '../kafkaline-options.js';
import { SECURED, type TargetCapabilities } from '../target.js';
import type { Scenario } from './scenario.js';
import { committedOffsets, readWithKafkaConsumer, readWithSimpleConsumer, seedTopic } from './support.js';

const COUNT = 30;

export const securedListeners: Scenario = {
  name: 'both consumers read and commit over SASL PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, TLS and SASL_SSL',
  core: false,
  runsOn: (capabilities: TargetCapabilities) => SECURED.every((s) => capabilities.security.includes(s)),
  async run(target) {
    for (const security of SECURED) {
      const topic = `secured-${security}`;
      const group = `${topic}-group`;
      const { endpoint, messages } = await seedTopic(target, topic, COUNT, { security });

      const kafkaConsumer = new KafkaConsumer(topic, { ...consumerConnection(endpoint), groupId: group, autoOffsetReset: 'smallest' });
      const first = await readWithKafkaConsumer(kafkaConsumer, COUNT / 2).finally(() => kafkaConsumer.commit().finally(() => kafkaConsumer.close()));

      const client = new KafkaClient(clientOptions(endpoint));
      const simple = new SimpleConsumer(client, group, topic, { autoCommitEveryN: null, autoCommitEveryT: null }).providePartitionInfo();
      const rest = await readWithSimpleConsumer(simple, COUNT / 2).finally(() => simple.stop().finally(() => client.close()));

      assert.equal(
        [...first, ...rest].map((s) => s.value),
        messages.map((m) => m.value),
        `${security}: every value once, in order`,
      );
      assert.equal(await committedOffsets(endpoint, group, topic), new Map([[0, COUNT]]), `${security}: committed`);
    }
  },
};
