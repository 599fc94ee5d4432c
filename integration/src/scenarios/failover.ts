// Failover on three nodes (replication factor 3, min ISR 2): the partition leader is killed in the
// middle of consumption while production goes on. The consumer follows the new leader; a second
// consumer of the group resumes from the committed offset. Every message must be in the output;
// a message may appear twice only if it lies beyond the last successful commit, and those
// duplicates are counted and reported.
import { KafkaConsumer } from '@kafkaline/consumer';
import * as assert from 'uvu/assert';
import { leaderWithKafkajs, produceWithKafkajs } from '../kafkajs-tools.js';
import { consumerConnection } from '../kafkaline-options.js';
import type { TargetCapabilities } from '../target.js';
import type { Scenario } from './scenario.js';
import { committedOffsets, numberedMessages, readWithKafkaConsumer, SCENARIO_DEADLINE_MS, type Seen, text } from './support.js';

const TOPIC = 'failover';
const GROUP = 'failover-group';
const BEFORE_KILL = 1000;
const AFTER_KILL = 1000;
const TOTAL = BEFORE_KILL + AFTER_KILL;
const READ_BEFORE_KILL = 600;
const READ_BY_FIRST_CONSUMER = 1400;

/**
 * Reads `count` messages, marking each done. A commit that taskDone() triggers may fail while the
 * group coordinator fails over: that is counted, not fatal (the next commit carries the offset).
 */
async function readThroughFailover(consumer: KafkaConsumer<Uint8Array | null>, count: number): Promise<{ seen: Seen[]; failedCommits: number }> {
  const signal = AbortSignal.timeout(SCENARIO_DEADLINE_MS);
  const seen: Seen[] = [];
  let failedCommits = 0;
  while (seen.length < count) {
    const m = await consumer.next({ signal });
    seen.push({ partition: m.partition, offset: m.offset, key: text(m.key), value: text(m.value), headers: {} });
    await consumer.taskDone(m, { signal }).catch(() => failedCommits++);
  }
  return { seen, failedCommits };
}

export const leaderFailover: Scenario = {
  name: 'the partition leader is killed mid-consumption: every message reaches the output, duplicates only past the last commit',
  core: false,
  runsOn: (capabilities: TargetCapabilities) => capabilities.stoppableNodes.length >= 3,
  async run(target, report) {
    await target.createTopic({ name: TOPIC, partitions: 1, replicationFactor: 3, configs: { 'min.insync.replicas': '2' } });
    const endpoint = await target.endpoint();
    const messages = numberedMessages(TOPIC, TOTAL);
    await produceWithKafkajs(endpoint, TOPIC, messages.slice(0, BEFORE_KILL));

    const config = {
      ...consumerConnection(endpoint),
      groupId: GROUP,
      autoOffsetReset: 'smallest' as const,
      autoCommitEnable: true,
      autoCommitIntervalMessages: 100,
    };
    const first = new KafkaConsumer(TOPIC, config);
    const output: Seen[] = [];
    let killed = -1;
    let closeCommitFailed = false;
    let failedCommits = 0;
    try {
      output.push(...(await readWithKafkaConsumer(first, READ_BEFORE_KILL)));
      killed = await leaderWithKafkajs(endpoint, TOPIC, 0);
      await target.stopNode(killed);
      // Production goes on through the new leader (min ISR 2 of the 2 nodes left).
      await produceWithKafkajs(endpoint, TOPIC, messages.slice(BEFORE_KILL));
      const after = await readThroughFailover(first, READ_BY_FIRST_CONSUMER - READ_BEFORE_KILL);
      output.push(...after.seen);
      failedCommits = after.failedCommits;
    } finally {
      // close() commits what taskDone() marked; a coordinator still failing over may refuse it.
      await first.close().catch(() => {
        closeCommitFailed = true;
      });
    }
    const newLeader = await leaderWithKafkajs(endpoint, TOPIC, 0);
    assert.is.not(newLeader, killed, 'leadership moved off the killed node');

    const committed = (await committedOffsets(endpoint, GROUP, TOPIC)).get(0) ?? -1;
    assert.ok(committed > 0 && committed <= READ_BY_FIRST_CONSUMER, `a commit happened (committed ${committed})`);
    const second = new KafkaConsumer(TOPIC, config);
    const resumed = await readWithKafkaConsumer(second, TOTAL - committed).finally(() => second.close());
    assert.is(resumed[0]?.offset, committed, 'the second consumer starts at the committed offset');
    output.push(...resumed);

    const offsets = output.map((s) => s.offset);
    const distinct = [...new Set(offsets)].sort((a, b) => a - b);
    assert.equal(
      distinct,
      messages.map((_, i) => i),
      'every offset in the output',
    );
    for (const s of output) assert.is(s.value, messages[s.offset]?.value, `value at offset ${s.offset}`);
    const duplicates = offsets.length - distinct.length;
    // Only what the first consumer read past the last commit may come again.
    assert.is(duplicates, READ_BY_FIRST_CONSUMER - committed, 'duplicates are exactly the messages past the last commit');
    const firstOutput = output.slice(0, READ_BY_FIRST_CONSUMER).map((s) => s.offset);
    assert.equal(
      firstOutput,
      firstOutput.map((_, i) => i),
      'the first consumer itself neither lost nor repeated a message across the leader change',
    );
    report(
      `failover on ${target.name}: killed leader ${killed}, new leader ${newLeader}; ${TOTAL} messages, ${duplicates} duplicate(s) (committed offset ${committed} of ${READ_BY_FIRST_CONSUMER} read; ${failedCommits} failed auto-commit(s) during the failover${closeCommitFailed ? '; the commit on close failed' : ''})`,
    );
  },
};
