// OFFSET_OUT_OF_RANGE after DeleteRecords: a position below the new log start is reset per
// autoOffsetReset, or raised when there is no policy.
import { KafkaConsumer, OffsetOutOfRangeError, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { deleteRecordsWithKafkajs } from '../kafkajs-tools.js';
import { clientOptions, consumerConnection } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { committedOffsets, readWithKafkaConsumer, readWithSimpleConsumer, SCENARIO_DEADLINE_MS, seedTopic } from './support.js';

const TOPIC = 'deleted-records';
const GROUP = 'deleted-records-group';
const COUNT = 20;
const COMMITTED = 3;
const LOG_START = 8;

export const offsetOutOfRangeAfterDeleteRecords: Scenario = {
  name: 'after DeleteRecords, positions below the log start reset to it (SimpleConsumer, KafkaConsumer) or raise OffsetOutOfRangeError',
  core: false,
  runsOn: always,
  async run(target) {
    const { endpoint, messages } = await seedTopic(target, TOPIC, COUNT);
    const client = new KafkaClient(clientOptions(endpoint));
    try {
      const committer = new SimpleConsumer(client, GROUP, TOPIC, { autoOffsetReset: 'smallest', autoCommitEveryN: null, autoCommitEveryT: null }).providePartitionInfo();
      await readWithSimpleConsumer(committer, COMMITTED).finally(() => committer.stop());
      assert.equal(await committedOffsets(endpoint, GROUP, TOPIC), new Map([[0, COMMITTED]]), 'committed before the deletion');

      await deleteRecordsWithKafkajs(endpoint, TOPIC, 0, LOG_START);

      // The committed offset is now below the log start: 'smallest' resets to it.
      const resumed = new SimpleConsumer(client, GROUP, TOPIC, { autoOffsetReset: 'smallest', autoCommit: false }).providePartitionInfo();
      const seen = await readWithSimpleConsumer(resumed, COUNT - LOG_START).finally(() => resumed.stop());
      assert.equal(
        seen.map((s) => s.offset),
        messages.slice(LOG_START).map((_, i) => LOG_START + i),
        'SimpleConsumer resumed at the log start',
      );
    } finally {
      await client.close();
    }

    const reset = new KafkaConsumer([TOPIC, 0, COMMITTED], { ...consumerConnection(endpoint), autoOffsetReset: 'smallest' });
    const resetSeen = await readWithKafkaConsumer(reset, 1).finally(() => reset.close());
    assert.is(resetSeen[0]?.offset, LOG_START, 'KafkaConsumer: explicit offset below the log start resets to it');

    const strict = new KafkaConsumer([TOPIC, 0, COMMITTED], { ...consumerConnection(endpoint), autoOffsetReset: 'none' });
    try {
      const error = await strict.next({ signal: AbortSignal.timeout(SCENARIO_DEADLINE_MS) }).then(
        () => null,
        (err: unknown) => err,
      );
      assert.instance(error, OffsetOutOfRangeError, 'no reset policy: the error reaches the application');
      assert.is((error as OffsetOutOfRangeError).offset, COMMITTED, 'the error names the offset asked for');
    } finally {
      await strict.close();
    }
  },
};
