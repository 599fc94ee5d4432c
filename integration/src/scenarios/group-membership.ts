// Group-managed consumption (KafkaConsumer.subscribe) with three members: one leaves, another
// joins, and (on three nodes) the group's coordinator is killed and restarted while messages keep
// coming. Each member processes a message, marks it done and commits in onPartitionsRevoked, so
// the output must hold every message exactly once, in offset order per partition, and the group's
// committed offsets must end at the end of every partition.
import { type GroupProtocol, KafkaConsumer, type KafkaConsumerConfig } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import * as assert from 'uvu/assert';
import { produceWithKafkajs } from '../kafkajs-tools.js';
import { clientOptions, consumerConnection } from '../kafkaline-options.js';
import type { Endpoint, Target, TargetCapabilities } from '../target.js';
import { GroupMember, GroupOutput } from './group-support.js';
import { always, type Scenario } from './scenario.js';
import { committedOffsets, countPerPartition, numberedMessages, offsetsIncreasePerPartition } from './support.js';

const PARTITIONS = 6;
// Messages come in four parts, each produced after a step, so that every member has something to
// read whatever the previous step left: a backlog before the members start, more once all three
// own partitions, more once c has left, the rest once d has joined (and the coordinator is down).
const INITIAL = 900;
const ONCE_THREE = 600;
const BEFORE_CHANGES = INITIAL + ONCE_THREE;
const AFTER_LEAVE = 600;
const AFTER_JOIN = 900;
const TOTAL = BEFORE_CHANGES + AFTER_LEAVE + AFTER_JOIN;

interface GroupPlan {
  topic: string;
  protocol: GroupProtocol;
  /** Classic only; default the consumer's own (range, then cooperative-sticky). */
  assignors?: string[];
  /** Kill the group coordinator (SIGKILL) after the join, produce, start it again. */
  restartCoordinator: boolean;
}

function memberConfig(endpoint: Endpoint, plan: GroupPlan, name: string): KafkaConsumerConfig<Uint8Array | null> {
  return {
    ...consumerConnection(endpoint),
    clientId: `group-${name}`,
    groupId: `${plan.topic}-group`,
    autoOffsetReset: 'smallest',
    groupProtocol: plan.protocol,
    ...(plan.protocol === 'classic'
      ? {
          // Members hear of a rebalance at their next heartbeat; a coordinator restart must not expire them.
          heartbeatIntervalMs: 500,
          sessionTimeoutMs: 20_000,
          rebalanceTimeoutMs: 20_000,
          ...(plan.assignors ? { partitionAssignors: plan.assignors } : {}),
        }
      : {}),
  };
}

async function coordinatorOf(endpoint: Endpoint, groupId: string): Promise<number> {
  const client = new KafkaClient(clientOptions(endpoint, 'group-scenario-coordinator'));
  try {
    return (await client.findCoordinator(groupId, { force: true })).nodeId;
  } finally {
    await client.close();
  }
}

async function runGroupPlan(target: Target, report: (line: string) => void, plan: GroupPlan): Promise<void> {
  const started = performance.now();
  const replicationFactor = plan.restartCoordinator ? 3 : 1;
  await target.createTopic({ name: plan.topic, partitions: PARTITIONS, replicationFactor, configs: plan.restartCoordinator ? { 'min.insync.replicas': '2' } : {} });
  const endpoint = await target.endpoint();
  const messages = numberedMessages(plan.topic, TOTAL, PARTITIONS);
  await produceWithKafkajs(endpoint, plan.topic, messages.slice(0, INITIAL), { perSend: 300 });

  const output = new GroupOutput();
  const member = (name: string) => new GroupMember(name, memberConfig(endpoint, plan, name), plan.topic, output).start();
  const [a, b, c] = [member('a'), member('b'), member('c')];
  const running = new Set<GroupMember>([a, b, c]);
  const all = [a, b, c];
  const steps: string[] = [];
  const step = (what: string) => steps.push(`${what} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let coordinator = -1;
  try {
    await output.until('three members with partitions', () => [a, b, c].every((m) => m.owned().length > 0));
    await produceWithKafkajs(endpoint, plan.topic, messages.slice(INITIAL, BEFORE_CHANGES), { perSend: 300 });
    await output.until('three members consuming', () => [a, b, c].every((m) => m.delivered > 0));
    step('3 members');
    const left = c.owned();
    const fromLeft = () => left.reduce((sum, p) => sum + (a.deliveredFrom.get(p) ?? 0) + (b.deliveredFrom.get(p) ?? 0), 0);
    const beforeLeave = fromLeft();
    await c.stop();
    running.delete(c);
    await produceWithKafkajs(endpoint, plan.topic, messages.slice(BEFORE_CHANGES, BEFORE_CHANGES + AFTER_LEAVE), { perSend: 300 });
    await output.until("a and b to take over c's partitions", () => fromLeft() > beforeLeave);
    step('c left');
    const d = member('d');
    running.add(d);
    all.push(d);
    await output.until('d to get partitions', () => d.owned().length > 0);
    step('d joined');
    if (plan.restartCoordinator) {
      coordinator = await coordinatorOf(endpoint, `${plan.topic}-group`);
      await target.stopNode(coordinator);
      step(`coordinator ${coordinator} killed`);
      await produceWithKafkajs(endpoint, plan.topic, messages.slice(BEFORE_CHANGES + AFTER_LEAVE), { perSend: 300 });
      await output.until('consumption without the coordinator', () => output.distinctCount >= BEFORE_CHANGES + AFTER_LEAVE + AFTER_JOIN / 3);
      step('read without it');
      await target.startNode(coordinator);
      step(`coordinator ${coordinator} back`);
    } else {
      await produceWithKafkajs(endpoint, plan.topic, messages.slice(BEFORE_CHANGES + AFTER_LEAVE), { perSend: 300 });
    }
    await output.until(
      () => `every message; members:\n  ${[...running].map((m) => m.describe()).join('\n  ')}\n`,
      () => output.distinctCount >= TOTAL && d.delivered > 0,
    );
    step('all read');
  } finally {
    await Promise.all([...running].map((m) => m.stop()));
  }

  const delivered = output.delivered;
  const trouble = all.reduce((sum, m) => sum + m.lostPartitions + m.failedCommits, 0);
  const firstDeliveries = firstOccurrences(delivered);
  const duplicates = delivered.length - firstDeliveries.length;
  assert.equal(
    firstDeliveries.map((s) => s.value).sort(),
    messages.map((m) => m.value).sort(),
    `no message lost (${firstDeliveries.length} distinct of ${TOTAL})`,
  );
  // A member that loses its partitions (its session ended while the coordinator was gone) cannot
  // commit what it processed since its last commit: that much is delivered again, as with Java's
  // consumer. Without a lost partition or a failed commit, a duplicate is a bug.
  if (trouble === 0 || !plan.restartCoordinator) {
    assert.is(
      duplicates,
      0,
      `every message exactly once in the output (${delivered.length} delivered for ${TOTAL}; ${trouble} lost partitions or failed listener commits); members:\n  ${all.map((m) => m.describe()).join('\n  ')}\n`,
    );
  }
  assert.ok(offsetsIncreasePerPartition(firstDeliveries), 'per partition, first deliveries follow offset order across owners');
  for (const m of all) assert.ok(m.delivered > 0, `member ${m.name} processed messages`);
  assert.equal(await committedOffsets(endpoint, `${plan.topic}-group`, plan.topic), countPerPartition(messages, PARTITIONS), 'the group committed the end of every partition');
  const counts = all.map((m) => `${m.name} ${m.delivered}`).join(', ');
  report(
    `${plan.topic} on ${target.name}: ${TOTAL} messages, ${duplicates} delivered twice (${counts}); ${all.reduce((s, m) => s + m.revocations, 0)} revocations, ${trouble} lost partitions or failed listener commits; ${steps.join(', ')}`,
  );
}

const threeNodes = (capabilities: TargetCapabilities): boolean => capabilities.stoppableNodes.length >= 3;

export const classicGroupChanges: Scenario = {
  name: 'classic group (range, eager) of three: one leaves, one joins; every message once in the output, commits in the revocation listener',
  core: false,
  runsOn: always,
  run: (target, report) => runGroupPlan(target, report, { topic: 'group-classic', protocol: 'classic', restartCoordinator: false }),
};

export const cooperativeGroupChanges: Scenario = {
  name: 'classic group (cooperative-sticky) of three: one leaves, one joins; every message once in the output',
  core: false,
  runsOn: always,
  run: (target, report) => runGroupPlan(target, report, { topic: 'group-cooperative', protocol: 'classic', assignors: ['cooperative-sticky'], restartCoordinator: false }),
};

export const consumerGroupChanges: Scenario = {
  name: 'KIP-848 group of three: one leaves, one joins; every message once in the output',
  core: false,
  runsOn: always,
  run: (target, report) => runGroupPlan(target, report, { topic: 'group-kip848', protocol: 'consumer', restartCoordinator: false }),
};

export const classicGroupCoordinatorRestart: Scenario = {
  name: 'classic group of three across a restart of its coordinator (RF 3): every message once in the output',
  core: false,
  runsOn: threeNodes,
  run: (target, report) => runGroupPlan(target, report, { topic: 'group-classic-restart', protocol: 'classic', restartCoordinator: true }),
};

export const consumerGroupCoordinatorRestart: Scenario = {
  name: 'KIP-848 group of three across a restart of its coordinator (RF 3): every message once in the output',
  core: false,
  runsOn: threeNodes,
  run: (target, report) => runGroupPlan(target, report, { topic: 'group-kip848-restart', protocol: 'consumer', restartCoordinator: true }),
};

export const consumerGroupRegex: Scenario = {
  name: 'KIP-848 RegExp subscription: /^group-regex-in/ gets the matching topics, whole-name matching on the coordinator notwithstanding',
  core: false,
  runsOn: always,
  async run(target, report) {
    await target.createTopic({ name: 'group-regex-in-a', partitions: 2 });
    await target.createTopic({ name: 'group-regex-in-b', partitions: 1 });
    await target.createTopic({ name: 'other-group-regex-in', partitions: 1 });
    const endpoint = await target.endpoint();
    const consumer = new KafkaConsumer({ ...consumerConnection(endpoint), groupId: 'group-regex', autoOffsetReset: 'smallest', groupProtocol: 'consumer' });
    consumer.subscribe(/^group-regex-in/);
    try {
      // Nothing is delivered here: the wait looks at the assignment now and then.
      await new GroupOutput().until('the matching partitions', () => consumer.assignedPartitions().length === 3);
      const owned = consumer.assignedPartitions().map((tp) => `${tp.topic}/${tp.partition}`).sort();
      assert.equal(owned, ['group-regex-in-a/0', 'group-regex-in-a/1', 'group-regex-in-b/0']);
      report(`group-regex on ${target.name}: /^group-regex-in/ owns ${owned.join(', ')}`);
    } finally {
      await consumer.close();
    }
  },
};

/** Each message's first delivery, in output order (later ones are re-deliveries). */
function firstOccurrences<T extends { value: string | null }>(delivered: readonly T[]): T[] {
  const seen = new Set<string | null>();
  return delivered.filter((d) => {
    if (seen.has(d.value)) return false;
    seen.add(d.value);
    return true;
  });
}
