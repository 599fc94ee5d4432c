// End-to-end consumer benchmark (issue 10): each contender reads a whole topic from the earliest
// offset, in its own child process, against a broker in its own process; contenders alternate
// A B C A B C over several rounds and the median of each figure is reported.
//   pnpm bench e2e [--quick] [--target=fake,real] [--variants=100B,1KB,100B-lz4,100B-zstd]
//                  [--messages=N] [--rounds=N] [--contenders=a,b] [--profile=kafkaline-kafka]
// Figures: msgs/s and MB/s (key + value bytes) from constructing the client to the last
// message, time to first message (from the same start), CPU seconds of the contender process to its
// last message, its peak RSS, and the broker's CPU over the run. Nothing asserts on timing.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KafkaClient } from '@kafkaline/network';
import type { BenchOptions } from '../run.js';
import { unsupported } from './contenders/index.js';
import { expectedPayload, PARTITIONS, RECORDS_PER_BATCH, produceVariant, type Variant } from './data.js';
import { FETCH, type ContenderJob } from './job.js';
import { summarizeProfile } from './profile.js';
import { figures, formatTable, goals, type RunFigures, type Summary, summarize, variantTable } from './report.js';
import { type E2eSettings, parseSettings } from './settings.js';
import { processCpuMs, runContender } from './spawn.js';
import { startFakeTarget, startRealTarget, type Target } from './targets.js';

const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

interface VariantReport {
  topic: string;
  messages: number;
  storedBytes: number;
  produceSeconds: number;
  runs: Record<string, RunFigures[]>;
  medians: Record<string, Summary>;
  unavailable: Record<string, string>;
  goals: string[];
}

async function prepare(target: Target, settings: E2eSettings): Promise<Map<Variant, { topic: string; storedBytes: number; produceSeconds: number }>> {
  const client = new KafkaClient({ brokers: target.bootstrap, clientId: 'bench-e2e-setup' });
  const topics = new Map<Variant, { topic: string; storedBytes: number; produceSeconds: number }>();
  try {
    for (const variant of settings.variants) {
      const started = performance.now();
      const produced = await produceVariant(client, target.bootstrap[0] as string, variant, settings.messages);
      const produceSeconds = (performance.now() - started) / 1000;
      topics.set(variant, { ...produced, produceSeconds });
      console.log(`  ${produced.topic}: ${settings.messages.toLocaleString('en-US')} records, ${(produced.storedBytes / 1e6).toFixed(1)} MB of batches, produced in ${produceSeconds.toFixed(1)} s`);
    }
  } finally {
    await client.close();
  }
  return topics;
}

/** What one contender process is handed: the topic and exactly what it must count. */
function contenderJob(target: Target, settings: E2eSettings, variant: Variant, topic: string, contender: string, groupId: string): ContenderJob {
  const expected = expectedPayload(variant, settings.messages);
  return { contender, bootstrap: target.bootstrap, topic, partitions: PARTITIONS, expectedMessages: expected.messages, expectedBytes: expected.bytes, groupId };
}

async function benchmarkVariant(target: Target, settings: E2eSettings, variant: Variant, topic: string, runnable: string[]): Promise<Pick<VariantReport, 'runs' | 'medians'>> {
  const runs: Record<string, RunFigures[]> = Object.fromEntries(runnable.map((c) => [c, []]));
  for (let round = 0; round < settings.rounds; round++) {
    for (const contender of runnable) {
      const job = contenderJob(target, settings, variant, topic, contender, `bench-e2e-${contender}-${process.pid}-${Date.now()}-${round}`);
      const brokerBefore = brokerCpu(target);
      const result = await runContender(job, { timeoutMs: settings.timeoutMs });
      const brokerAfter = brokerCpu(target);
      const run = figures(result, brokerBefore === null || brokerAfter === null ? null : brokerAfter - brokerBefore);
      (runs[contender] as RunFigures[]).push(run);
      console.log(
        `  round ${round + 1}/${settings.rounds} ${contender.padEnd(22)} ${Math.round(run.messagesPerSecond).toLocaleString('en-US').padStart(10)} msgs/s, first ${run.firstMessageMs.toFixed(0)} ms, CPU ${(run.cpuMs / 1000).toFixed(2)} s, RSS ${(run.maxRssBytes / 1e6).toFixed(0)} MB`,
      );
    }
  }
  const medians = Object.fromEntries(Object.entries(runs).map(([c, r]) => [c, summarize(r)]));
  return { runs, medians };
}

function brokerCpu(target: Target): number | null {
  let total = 0;
  for (const pid of target.pids) {
    const ms = processCpuMs(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

async function profileContender(target: Target, settings: E2eSettings, contender: string, variant: Variant, topic: string): Promise<void> {
  // One directory per profile: node writes one .cpuprofile per thread (tsx's loader hooks run on
  // a thread of their own), and the main thread's is the busiest.
  const dir = join(RESULTS_DIR, 'profiles', `e2e-${target.name}-${variant.name}-${contender}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  await runContender(contenderJob(target, settings, variant, topic, contender, `bench-e2e-profile-${Date.now()}`), {
    timeoutMs: settings.timeoutMs,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  const busiest = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (busiest === undefined) throw new Error(`no .cpuprofile written in ${dir}`);
  console.log(`\n### profile of ${contender} (${variant.name}, ${target.name}): ${busiest}`);
  console.log(summarizeProfile(busiest));
}

export async function run({ quick, flags }: BenchOptions): Promise<void> {
  const settings = parseSettings(quick, flags);
  const loadBefore = loadavg();
  console.log(
    `\n# e2e: ${settings.messages.toLocaleString('en-US')} records per topic, ${PARTITIONS} partitions, batches of ${RECORDS_PER_BATCH}, 8-byte keys; ` +
      `fetch: ${FETCH.partitionMaxBytes} B per partition, ${FETCH.maxBytes} B per request, wait ${FETCH.maxWaitMs} ms, min ${FETCH.minBytes} B; ` +
      `median of ${settings.rounds} rounds; node ${process.version}, ${cpus().length} CPUs, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const report: Record<string, { description: string; variants: Record<string, VariantReport> }> = {};
  for (const targetName of settings.targets) {
    const target = targetName === 'fake' ? await startFakeTarget() : await startRealTarget();
    const variants: Record<string, VariantReport> = {};
    report[target.name] = { description: target.description, variants };
    try {
      console.log(`\n## target ${target.name}: ${target.description} at ${target.bootstrap.join(',')}`);
      const topics = await prepare(target, settings);
      for (const [variant, { topic, storedBytes, produceSeconds }] of topics) {
        const notes = new Map<string, string>();
        for (const contender of settings.contenders) {
          const why = unsupported(contender, variant.codec);
          if (why !== null) notes.set(contender, why);
        }
        const runnable = settings.contenders.filter((c) => !notes.has(c));
        console.log(`\n### ${target.name} / ${variant.name}: ${variant.valueBytes}-byte values, ${variant.codec}, topic ${topic}`);
        const { runs, medians } = await benchmarkVariant(target, settings, variant, topic, runnable);
        const summaries = new Map(Object.entries(medians));
        console.log(`\n${formatTable(variantTable(summaries, notes))}`);
        const met = goals(summaries);
        for (const line of met) console.log(`  goal ${line}`);
        variants[variant.name] = { topic, messages: settings.messages, storedBytes, produceSeconds, runs, medians, unavailable: Object.fromEntries(notes), goals: met };
      }
      if (settings.profile !== null) {
        const [variant, prepared] = [...topics][0] ?? [];
        if (variant !== undefined && prepared !== undefined) await profileContender(target, settings, settings.profile, variant, prepared.topic);
      }
    } finally {
      await target.stop();
    }
  }
  const loadAfter = loadavg();
  console.log(`\nload average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')} (${cpus().length} CPUs)`);
  // bench/results/*.json is git-ignored: the figures of the last run, for notes and issues.
  const file = join(RESULTS_DIR, `e2e-${settings.targets.join('-')}${quick ? '-quick' : ''}.json`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const { variants: _variants, ...shown } = settings;
  writeFileSync(
    file,
    `${JSON.stringify(
      { date: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, loadBefore, loadAfter, settings: { ...shown, variants: settings.variants.map((v) => v.name), fetch: FETCH }, targets: report },
      null,
      2,
    )}\n`,
  );
  console.log(`figures written to ${file}`);
}
