// read_committed against a kafkajs transactional producer: aborted transactions are invisible,
// committed ones arrive in order, and read_uncommitted sees both (never the control markers).
import { KafkaConsumer, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { produceTransactionsWithKafkajs, type TransactionToProduce } from '../kafkajs-tools.js';
import { clientOptions, consumerConnection } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { numberedMessages, readWithKafkaConsumer, readWithSimpleConsumer } from './support.js';

const TRANSACTIONS: TransactionToProduce[] = [
  { outcome: 'commit', messages: numberedMessages('committed', 3, 1, 0) },
  { outcome: 'abort', messages: numberedMessages('aborted', 4, 1, 3) },
  { outcome: 'commit', messages: numberedMessages('committed', 5, 1, 7) },
  { outcome: 'abort', messages: numberedMessages('aborted', 2, 1, 12) },
  { outcome: 'commit', messages: numberedMessages('committed', 1, 1, 14) },
];
const committed = TRANSACTIONS.filter((t) => t.outcome === 'commit').flatMap((t) => t.messages.map((m) => m.value));
const everything = TRANSACTIONS.flatMap((t) => t.messages.map((m) => m.value));

export const readCommitted: Scenario = {
  name: "read_committed skips a kafkajs transactional producer's aborted transactions; read_uncommitted sees them",
  core: true,
  runsOn: always,
  async run(target) {
    const topic = 'transactions';
    await target.createTopic({ name: topic, partitions: 1 });
    const endpoint = await target.endpoint();
    await produceTransactionsWithKafkajs(endpoint, topic, 'integration-txn', TRANSACTIONS);

    const committedReader = new KafkaConsumer(topic, { ...consumerConnection(endpoint), autoOffsetReset: 'smallest', isolationLevel: 'read_committed' });
    try {
      const seen = await readWithKafkaConsumer(committedReader, committed.length);
      assert.equal(
        seen.map((s) => s.value),
        committed,
        'committed values, in order',
      );
    } finally {
      await committedReader.close();
    }

    const client = new KafkaClient(clientOptions(endpoint));
    const stable = new SimpleConsumer(client, null, topic, { autoOffsetReset: 'smallest', isolationLevel: 'read_committed' }).providePartitionInfo();
    const everyRecord = new SimpleConsumer(client, null, topic, { autoOffsetReset: 'smallest' }).providePartitionInfo();
    try {
      const seen = await readWithSimpleConsumer(stable, committed.length);
      assert.equal(
        seen.map((s) => s.value),
        committed,
        'SimpleConsumer under read_committed',
      );
      // pending() is the last stable offset minus the position, and the position has passed the
      // commit marker after the last record: a marker takes an offset but is never handed out.
      assert.is((await stable.pending()).total, 0, 'nothing pending once the last committed record is read');
      const all = await readWithSimpleConsumer(everyRecord, everything.length);
      assert.equal(
        all.map((s) => s.value),
        everything,
        'read_uncommitted: every data record, no control record',
      );
      // One marker after each transaction: data offsets skip them.
      const markers = TRANSACTIONS.map((_, i) => TRANSACTIONS.slice(0, i + 1).reduce((n, t) => n + t.messages.length, 0) + i);
      assert.ok(
        all.every((s) => !markers.includes(s.offset)),
        `no record at a marker offset (${markers.join(', ')})`,
      );
    } finally {
      await stable.stop();
      await everyRecord.stop();
      await client.close();
    }
  },
};
