// kafkajs members and kafkaline members in one classic group: two of each, the roundrobin
// assignor on both sides (kafkajs has no other; its assigner is renamed to the Java client's
// protocol name 'roundrobin', which ours uses). Whoever leads, the ConsumerProtocol
// subscriptions and assignments must be understood by the other client: once the group is
// stable, every partition belongs to exactly one of the four, and every message produced then is
// consumed exactly once across them.
import kafkajs from 'kafkajs';
import * as assert from 'uvu/assert';
import { kafkajsClient, produceWithKafkajs } from '../kafkajs-tools.js';
import { consumerConnection } from '../kafkaline-options.js';
import { GroupMember, GroupOutput } from './group-support.js';
import type { Target } from '../target.js';
import { always, type Scenario } from './scenario.js';
import { numberedMessages, offsetsIncreasePerPartition, SCENARIO_DEADLINE_MS } from './support.js';

const { PartitionAssigners } = kafkajs;
type KafkajsConsumer = ReturnType<ReturnType<typeof kafkajsClient>['consumer']>;
type KafkajsAssigner = ReturnType<typeof PartitionAssigners.roundRobin>;

const PARTITIONS = 8;
const COUNT = 2000;

/** kafkajs's round robin under the protocol name the Java client (and kafkaline) use. */
const javaNamedRoundRobin = (config: Parameters<typeof PartitionAssigners.roundRobin>[0]): KafkajsAssigner => ({
  ...PartitionAssigners.roundRobin(config),
  name: 'roundrobin',
});

interface KafkajsMember {
  name: string;
  consumer: KafkajsConsumer;
  /** The partitions of its last GROUP_JOIN. */
  assigned: number[];
  /** Whether it led the generation of its last GROUP_JOIN (ran the assignor). */
  leader: boolean;
  delivered: number;
}

function ownersConsistent(assignments: readonly number[][]): boolean {
  const all = assignments.flat();
  return assignments.every((a) => a.length === PARTITIONS / assignments.length) && new Set(all).size === PARTITIONS && all.length === PARTITIONS;
}

/** The first member to join leads the group (runs the assignor) for as long as it stays. */
async function runMixedGroup(target: Target, report: (line: string) => void, leader: 'kafkajs' | 'kafkaline'): Promise<void> {
  const topic = `group-mixed-${leader}-leads`;
  const groupId = `${topic}-group`;
  await target.createTopic({ name: topic, partitions: PARTITIONS });
  const endpoint = await target.endpoint();
  const output = new GroupOutput();
  const ours = ['ours-1', 'ours-2'].map(
    (name) =>
      new GroupMember(
        name,
        {
          ...consumerConnection(endpoint),
          clientId: name,
          groupId,
          autoOffsetReset: 'smallest',
          partitionAssignors: ['roundrobin'],
          heartbeatIntervalMs: 500,
          sessionTimeoutMs: 10_000,
          rebalanceTimeoutMs: 10_000,
        },
        topic,
        output,
      ),
  );
  const theirs: KafkajsMember[] = ['kafkajs-1', 'kafkajs-2'].map((name) => ({
    name,
    consumer: kafkajsClient(endpoint, name).consumer({
      groupId,
      partitionAssigners: [javaNamedRoundRobin],
      heartbeatInterval: 500,
      sessionTimeout: 10_000,
      rebalanceTimeout: 10_000,
      // kafkajs heartbeats between fetches only: a 5 s long poll on an empty topic delays every rebalance.
      maxWaitTimeInMs: 250,
    }),
    assigned: [],
    leader: false,
    delivered: 0,
  }));
  const started = performance.now();
  let stableAfterMs = 0;
  try {
    const startTheirs = async (member: KafkajsMember) => {
      member.consumer.on(member.consumer.events.GROUP_JOIN, (event) => {
        member.assigned = [...(event.payload.memberAssignment[topic] ?? [])];
        member.leader = event.payload.isLeader;
        output.check();
      });
      await member.consumer.connect();
      await member.consumer.subscribe({ topic: topic, fromBeginning: true });
      await member.consumer.run({
        eachMessage: async ({ partition, message }) => {
          output.deliver({ member: member.name, partition, offset: Number(message.offset), value: message.value?.toString() ?? null });
          member.delivered++;
        },
      });
    };
    const join = async (member: GroupMember | KafkajsMember) => {
      if (member instanceof GroupMember) member.start();
      else await startTheirs(member);
    };
    // The leader joins first, alone, and holds every partition before the three others join.
    const [first, ...others] = leader === 'kafkajs' ? [...theirs, ...ours] : [...ours, ...theirs];
    await join(first as GroupMember | KafkajsMember);
    await output.until(`a ${leader} member to hold every partition`, () => (first instanceof GroupMember ? first.owned() : (first as KafkajsMember).assigned).length === PARTITIONS);
    for (const member of others) await join(member);
    const assignments = () => [...theirs.map((m) => m.assigned), ...ours.map((m) => m.owned())];
    await output.until(() => `the four members to share the partitions (${JSON.stringify(assignments())} now)`, () => ownersConsistent(assignments()) && ours.every((m) => m.metadata()?.state === 'stable'));
    stableAfterMs = performance.now() - started;
    assert.is(theirs.some((m) => m.leader), leader === 'kafkajs', `a ${leader} member leads the group`);
    const shared = assignments().map((a) => [...a].sort((x, y) => x - y));
    await produceWithKafkajs(endpoint, topic, numberedMessages(topic, COUNT, PARTITIONS), { perSend: 250 });
    await output.until('every message', () => output.distinctCount >= COUNT);
    assert.equal(
      assignments().map((a) => [...a].sort((x, y) => x - y)),
      shared,
      'no rebalance while consuming',
    );
  } finally {
    await Promise.all([...ours.map((m) => m.stop()), ...theirs.map((m) => m.consumer.disconnect())]);
  }
  const delivered = output.delivered;
  assert.is(delivered.length, COUNT, 'every message exactly once across the four members');
  assert.is(output.distinctCount, COUNT, 'no message missing');
  assert.ok(offsetsIncreasePerPartition(delivered), 'offset order per partition');
  const byMember = new Map<string, Set<number>>();
  for (const d of delivered) byMember.set(d.member, (byMember.get(d.member) ?? new Set()).add(d.partition));
  assert.equal([...byMember.keys()].sort(), ['kafkajs-1', 'kafkajs-2', 'ours-1', 'ours-2'], 'each of the four consumed');
  for (const [name, partitions] of byMember) assert.is(partitions.size, PARTITIONS / 4, `${name} consumed its ${PARTITIONS / 4} partitions`);
  report(
    `${topic} on ${target.name}: ${leader} led; ${COUNT} messages once each across ${[...theirs.map((m) => `${m.name} ${m.delivered}`), ...ours.map((m) => `${m.name} ${m.delivered}`)].join(', ')}; group stable after ${(stableAfterMs / 1000).toFixed(1)} s (deadline ${SCENARIO_DEADLINE_MS / 1000} s)`,
  );
}

export const mixedGroupKafkajsLeads: Scenario = {
  name: 'two kafkajs and two kafkaline members in one classic group (roundrobin, a kafkajs member leads): every message consumed once across the four',
  core: false,
  runsOn: always,
  run: (target, report) => runMixedGroup(target, report, 'kafkajs'),
};

export const mixedGroupKafkalineLeads: Scenario = {
  name: 'two kafkajs and two kafkaline members in one classic group (roundrobin, a kafkaline member leads): every message consumed once across the four',
  core: false,
  runsOn: always,
  run: (target, report) => runMixedGroup(target, report, 'kafkaline'),
};
