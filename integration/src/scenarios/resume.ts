// Committed-offset resume across consumer classes sharing one group: KafkaConsumer reads and
// commits part, SimpleConsumer resumes there and commits on stop(), KafkaConsumer resumes again.
import { KafkaConsumer, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { clientOptions, consumerConnection } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { committedOffsets, readWithKafkaConsumer, readWithSimpleConsumer, seedTopic } from './support.js';

const GROUP = 'resume-group';
const TOPIC = 'resume';
const COUNT = 100;
const FIRST = 40;
const SECOND = 30;

export const committedOffsetResume: Scenario = {
  name: 'consumers of one group resume from its committed offset: KafkaConsumer, then SimpleConsumer, then KafkaConsumer',
  core: false,
  runsOn: always,
  async run(target) {
    const { endpoint, messages } = await seedTopic(target, TOPIC, COUNT);
    const config = { ...consumerConnection(endpoint), groupId: GROUP, autoOffsetReset: 'smallest' as const };

    const first = new KafkaConsumer(TOPIC, config);
    const firstSeen = await readWithKafkaConsumer(first, FIRST).finally(() => first.commit().finally(() => first.close()));
    assert.equal(await committedOffsets(endpoint, GROUP, TOPIC), new Map([[0, FIRST]]), 'first commit');

    const client = new KafkaClient(clientOptions(endpoint));
    const second = new SimpleConsumer(client, GROUP, TOPIC, { autoCommitEveryN: null, autoCommitEveryT: null }).providePartitionInfo();
    const secondSeen = await readWithSimpleConsumer(second, SECOND).finally(() => second.stop().finally(() => client.close()));
    assert.equal(await committedOffsets(endpoint, GROUP, TOPIC), new Map([[0, FIRST + SECOND]]), 'stop() committed');

    // 'largest' would skip everything if the committed offset were ignored.
    const third = new KafkaConsumer(TOPIC, { ...config, autoOffsetReset: 'largest' });
    const thirdSeen = await readWithKafkaConsumer(third, COUNT - FIRST - SECOND).finally(() => third.commit().finally(() => third.close()));

    assert.equal(
      [...firstSeen, ...secondSeen, ...thirdSeen].map((s) => s.offset),
      messages.map((_, i) => i),
      'offsets 0..99, each once',
    );
    assert.equal(
      [...firstSeen, ...secondSeen, ...thirdSeen].map((s) => s.value),
      messages.map((m) => m.value),
      'values in order',
    );
    assert.equal(await committedOffsets(endpoint, GROUP, TOPIC), new Map([[0, COUNT]]), 'last commit');
  },
};
