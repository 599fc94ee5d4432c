// Rebalance benchmark (issue 11): a group of 9 members over 100 partitions is settled, a 10th
// member joins, and the time until all 100 partitions are consuming again is measured: from just
// before the 10th member is constructed until, for every partition, its owner in the balanced
// 10-member assignment has delivered a message since it (re)gained the partition and since the
// join. Messages keep coming (one per partition every 20 ms), so a consuming partition shows.
//   pnpm bench rebalance [--quick] [--target=fake,real] [--rounds=N] [--contenders=a,b] [--heartbeat-ms=N]
// The 10th member joins right after the group settled, which is right after the members'
// heartbeats: the existing members hear of the rebalance one full heartbeat period later (3 s
// classic, 5 s KIP-848 by the broker's default), the worst case. --heartbeat-ms sets the classic
// members' period (both clients) to show what the clients themselves add.
// Contenders: kafkaline classic range (eager), kafkaline classic cooperative-sticky, kafkaline
// KIP-848, kafkajs (roundrobin, eager). Fake broker and real Kafka each in their own process;
// the members of a run share this process. Nothing asserts on timing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import { median } from '../e2e/report.js';
import { parseTargets } from '../e2e/settings.js';
import { startFakeTarget, startRealTarget, type Target } from '../e2e/targets.js';
import type { BenchOptions } from '../run.js';
import { type BenchMember, CONTENDERS, type Contender } from './members.js';
import { OwnershipTracker } from './tracker.js';

const { Kafka, logLevel } = kafkajs;

const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
const PARTITIONS = 100;
const MEMBERS = 10;
const TOPIC = 'rebalance-100';
const PRODUCE_EVERY_MS = 20;
const WAIT_LIMIT_MS = 180_000;

interface Settings {
  quick: boolean;
  targets: ('fake' | 'real')[];
  rounds: number;
  contenders: Contender[];
  heartbeatIntervalMs: number | null;
}

function parseSettings(options: BenchOptions): Settings {
  const targets = parseTargets(options.flags);
  const rounds = Number(options.flags.get('rounds') ?? (options.quick ? 2 : 5));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds: an integer >= 1');
  const names = options.flags.get('contenders')?.split(',') ?? CONTENDERS.map((c) => c.name);
  const contenders = names.map((name) => {
    const found = CONTENDERS.find((c) => c.name === name);
    if (found === undefined) throw new Error(`--contenders: unknown '${name}' (${CONTENDERS.map((c) => c.name).join(', ')})`);
    return found;
  });
  const heartbeat = options.flags.get('heartbeat-ms');
  const heartbeatIntervalMs = heartbeat === undefined ? null : Number(heartbeat);
  if (heartbeatIntervalMs !== null && (!Number.isInteger(heartbeatIntervalMs) || heartbeatIntervalMs < 100)) throw new Error('--heartbeat-ms: an integer >= 100');
  return { quick: options.quick, targets, rounds, contenders, heartbeatIntervalMs };
}

/** Creates the topic and keeps one message per partition coming every PRODUCE_EVERY_MS; returns the stop. */
async function startProduction(target: Target): Promise<() => Promise<void>> {
  const kafka = new Kafka({ clientId: 'bench-rebalance-producer', brokers: target.bootstrap, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: TOPIC, numPartitions: PARTITIONS, replicationFactor: 1 }] });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const messages = Array.from({ length: PARTITIONS }, (_, partition) => ({ partition, value: 'tick' }));
  let running = true;
  const loop = (async () => {
    while (running) {
      await producer.send({ topic: TOPIC, acks: 1, messages });
      await new Promise((resolve) => setTimeout(resolve, PRODUCE_EVERY_MS));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await producer.disconnect();
  };
}

/** One run: 9 members settle, the 10th joins; milliseconds until every partition consumes again. */
async function measure(target: Target, contender: Contender, run: number, heartbeatIntervalMs: number | null): Promise<number> {
  const tracker = new OwnershipTracker(PARTITIONS);
  const setup = { bootstrap: target.bootstrap, groupId: `bench-rebalance-${contender.name}-${run}-${Date.now()}`, topic: TOPIC, events: tracker, heartbeatIntervalMs };
  const members: BenchMember[] = [];
  try {
    for (let i = 0; i < MEMBERS - 1; i++) members.push(contender.start(`m${i}`, setup));
    await tracker.settled(members, WAIT_LIMIT_MS, `${contender.name}: ${MEMBERS - 1} members to settle`);
    const joinedAt = tracker.markJoin();
    members.push(contender.start(`m${MEMBERS - 1}`, setup));
    const consumingAt = await tracker.settled(members, WAIT_LIMIT_MS, `${contender.name}: the group to settle after the join`);
    return consumingAt - joinedAt;
  } finally {
    await Promise.all(members.map((m) => m.stop()));
  }
}

function table(target: string, settings: Settings, runs: Record<string, number[]>): string {
  const lines = [`| ${target}: contender | median ms | min ms | max ms | runs |`, '| --- | --- | --- | --- | --- |'];
  for (const c of settings.contenders) {
    const values = runs[c.name] ?? [];
    if (values.length === 0) continue;
    lines.push(`| ${c.description} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} | ${values.map((v) => v.toFixed(0)).join(', ')} |`);
  }
  return lines.join('\n');
}

export async function run(options: BenchOptions): Promise<void> {
  const settings = parseSettings(options);
  const heartbeat = settings.heartbeatIntervalMs === null ? 'client default heartbeats' : `classic heartbeat ${settings.heartbeatIntervalMs} ms`;
  console.log(`\nrebalance: ${MEMBERS - 1} members settled over ${PARTITIONS} partitions, a ${MEMBERS}th joins; ms until all partitions consume again (${settings.rounds} rounds, alternating, ${heartbeat})`);
  const report: Record<string, unknown> = { settings: { ...settings, contenders: settings.contenders.map((c) => c.name) }, loadavgBefore: loadavg() };
  for (const which of settings.targets) {
    const target = which === 'fake' ? await startFakeTarget() : await startRealTarget();
    const runs: Record<string, number[]> = Object.fromEntries(settings.contenders.map((c) => [c.name, []]));
    try {
      const stopProduction = await startProduction(target);
      try {
        for (let round = 0; round < settings.rounds; round++) {
          for (const contender of settings.contenders) {
            const ms = await measure(target, contender, round, settings.heartbeatIntervalMs);
            (runs[contender.name] as number[]).push(ms);
            console.log(`  ${target.name} round ${round + 1}: ${contender.name} ${ms.toFixed(0)} ms`);
          }
        }
      } finally {
        await stopProduction();
      }
    } finally {
      await target.stop();
    }
    console.log(`\n${target.description}\n\n${table(target.name, settings, runs)}\n`);
    report[which] = { target: target.description, runs, medians: Object.fromEntries(Object.entries(runs).map(([name, values]) => [name, median(values)])) };
  }
  report['loadavgAfter'] = loadavg();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const suffix = `${settings.heartbeatIntervalMs === null ? '' : `-hb${settings.heartbeatIntervalMs}`}${settings.quick ? '-quick' : ''}`;
  const file = join(RESULTS_DIR, `rebalance-${settings.targets.join('-')}${suffix}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results: ${file}`);
}
