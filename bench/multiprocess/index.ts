// MultiProcessConsumer benchmark: a CPU-heavy consumer workload (zstd batches, 1 KB JSON values,
// JSON.parse as the deserializer), read by one SimpleConsumer that parses inline and by a
// MultiProcessConsumer whose workers parse (numProcs 2). The broker is a FakeCluster in a child
// process. A third run gives the MultiProcessConsumer no deserializer (the workers fetch,
// decompress and decode; the parent parses). A fourth pair parses and reduces each order to a
// small summary (the same CPU work, a small result to clone), inline vs in the workers. A last run
// gives the ceiling for threads on this machine: two bare worker threads, each a SimpleConsumer on
// half the partitions doing parse + summary itself, with nothing but a final count crossing to the
// parent. Prints messages/s of each (from the first message to the last, so worker start-up is
// not counted), the ratios, and how many cores the single consumer already keeps busy (zstd
// decompression runs on libuv's thread pool, off its main thread). Not a test: nothing asserts on timing. The machine's other load
// counts: run it on an idle machine for figures worth comparing.
//   pnpm bench multiprocess [--quick] [--messages=200000] [--procs=2] [--rounds=3]
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MultiProcessConsumer, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import type { BenchOptions } from '../run.js';
import type { BareWorkerData, BareWorkerReport } from './bare-worker.js';
import { parseJson, summarizeOrder } from './deserializer.js';

const PARTITIONS = 4;
const PER_BATCH = 100;
const FETCH = { bufferSize: 1 << 20, maxBufferSize: 4 << 20 };
const DESERIALIZERS = fileURLToPath(new URL('./deserializer.ts', import.meta.url));
type Work = 'parse' | 'summary';
const INLINE: Record<Work, (value: Uint8Array | null) => unknown> = { parse: parseJson, summary: summarizeOrder };
const WORKER_EXPORT: Record<Work, string> = { parse: 'parseJson', summary: 'summarizeOrder' };

/** Touches every value, parsed order or summary, so no work can be skipped. */
function linesOf(value: unknown): number {
  const lines = (value as { lines: unknown[] | number }).lines;
  return typeof lines === 'number' ? lines : lines.length;
}

interface Measured {
  messages: number;
  seconds: number;
  /** CPU time of every thread of this process (not the broker's) per message, in µs. */
  cpuMicros: number;
}

/** Cores this process kept busy on average: CPU time of all its threads over wall time. */
const cores = (m: Measured): number => (m.cpuMicros * m.messages) / 1e6 / m.seconds;

async function startBroker(messages: number): Promise<{ bootstrap: string; total: number; stop(): void }> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('./broker.ts', import.meta.url)), String(messages), String(PARTITIONS), String(PER_BATCH)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    const [word, bootstrap, total] = line.split(' ');
    if (word === 'READY' && bootstrap && total) return { bootstrap, total: Number(total), stop: () => child.stdin.end() };
  }
  throw new Error('the benchmark broker exited before it was ready');
}

/**
 * Reads `total` messages; the clock starts after the first call. `take(count)` returns the values
 * of one call, never asked for more than are left (a blocking call would wait out its timeout).
 */
async function timed(total: number, take: (count: number) => Promise<unknown[]>): Promise<Measured> {
  let seen = (await take(Math.min(1000, total))).length;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const first = seen;
  let lines = 0;
  while (seen < total) {
    const values = await take(Math.min(1000, total - seen));
    for (const value of values) lines += linesOf(value);
    seen += values.length;
  }
  if (lines === 0) throw new Error('no value was parsed');
  const cpu = process.cpuUsage(cpuStart);
  return { messages: seen - first, seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuMicros: (cpu.user + cpu.system) / (seen - first) };
}

async function single(bootstrap: string, total: number, work: Work = 'parse'): Promise<Measured> {
  const client = new KafkaClient({ brokers: bootstrap });
  const consumer = new SimpleConsumer(client, null, 'bench', { autoCommit: false, ...FETCH });
  try {
    const inline = INLINE[work];
    return await timed(total, async (count) => (await consumer.getMessages({ count, timeoutMs: 5000 })).map((m) => inline(m.message.value)));
  } finally {
    await consumer.stop();
    await client.close();
  }
}

/** `parseIn`: 'workers' runs JSON.parse as the worker deserializer; 'parent' gets raw bytes and parses them as the single consumer does. */
async function multi(bootstrap: string, total: number, procs: number, parseIn: 'workers' | 'parent', work: Work = 'parse'): Promise<Measured> {
  const client = new KafkaClient({ brokers: bootstrap });
  const worker = parseIn === 'workers' ? { deserializer: { module: DESERIALIZERS, export: WORKER_EXPORT[work] } } : {};
  const consumer = new MultiProcessConsumer<unknown>(client, null, 'bench', { autoCommit: false, numProcs: procs, ...FETCH, worker });
  const value = parseIn === 'workers' ? (v: unknown) => v : (v: unknown) => parseJson(v as Uint8Array | null);
  try {
    return await timed(total, async (count) => (await consumer.getMessages({ count, timeoutMs: 5000 })).map((m) => value(m.message.value)));
  } finally {
    await consumer.stop();
    await client.close();
  }
}

/**
 * A worker thread running bare-worker.ts from source: workers do not inherit the parent's
 * `--import tsx`, so a data: URL bootstrap registers tsx first (as the consumer's own
 * worker-entry does).
 */
function startBareWorker(data: BareWorkerData): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./bare-worker.ts', import.meta.url).href;
  const bootstrap = `const tsx = await import(${JSON.stringify(tsxApi)}); tsx.register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: data, execArgv: ['--conditions=source'] });
}

/** Resolves with the worker's next message; rejects if it fails or exits first. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    const onExit = (code: number) => reject(new Error(`a bare worker exited (code ${code}) before reporting`));
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.once('message', (message: T) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(message);
    });
  });
}

/** The ceiling: `procs` bare worker threads; the clock starts once each has its first message. */
async function bare(bootstrap: string, total: number, procs: number): Promise<Measured> {
  const perPartition = total / PARTITIONS;
  const shares = Array.from({ length: procs }, (_, w) => Array.from({ length: PARTITIONS }, (_, p) => p).filter((p) => p % procs === w));
  const workers = shares.map((partitions) => startBareWorker({ bootstrap, partitions, total: partitions.length * perPartition, fetch: FETCH }));
  const exited = workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
  try {
    await Promise.all(workers.map((worker) => nextMessage<'started'>(worker)));
    const reports = workers.map((worker) => nextMessage<BareWorkerReport>(worker));
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const worker of workers) worker.postMessage('go');
    const done = await Promise.all(reports);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    const messages = done.reduce((sum, report) => sum + report.messages, 0) - workers.length;
    if (done.some((report) => report.lines === 0)) throw new Error('a bare worker parsed no value');
    return { messages, seconds, cpuMicros: (cpu.user + cpu.system) / messages };
  } finally {
    await Promise.all(exited);
  }
}

const rate = (m: Measured): number => m.messages / m.seconds;
const format = (n: number): string => Math.round(n).toLocaleString('en-US');

export async function run(options: BenchOptions): Promise<void> {
  const messages = Number(options.flags.get('messages') ?? (options.quick ? 20_000 : 200_000));
  const procs = Number(options.flags.get('procs') ?? 2);
  const rounds = Number(options.flags.get('rounds') ?? (options.quick ? 1 : 3));
  const broker = await startBroker(messages);
  console.log(`\nMultiProcessConsumer: ${format(broker.total)} messages of ~1 KB JSON in zstd batches of ${PER_BATCH}, ${PARTITIONS} partitions; JSON.parse per message`);
  try {
    const singles: number[] = [];
    const inWorkers: number[] = [];
    const inParent: number[] = [];
    const summarySingles: number[] = [];
    const summaryWorkers: number[] = [];
    const bareWorkers: number[] = [];
    const singleCores: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const sm = await single(broker.bootstrap, broker.total);
      const wm = await multi(broker.bootstrap, broker.total, procs, 'workers');
      const pm = await multi(broker.bootstrap, broker.total, procs, 'parent');
      const ssm = await single(broker.bootstrap, broker.total, 'summary');
      const swm = await multi(broker.bootstrap, broker.total, procs, 'workers', 'summary');
      const bm = await bare(broker.bootstrap, broker.total, procs);
      bareWorkers.push(rate(bm));
      singleCores.push(cores(ssm));
      summarySingles.push(rate(ssm));
      summaryWorkers.push(rate(swm));
      const [s, w, p] = [rate(sm), rate(wm), rate(pm)];
      singles.push(s);
      inWorkers.push(w);
      inParent.push(p);
      const cpu = (m: Measured) => `${m.cpuMicros.toFixed(1)} µs CPU/msg`;
      console.log(
        `  round ${round}: SimpleConsumer ${format(s)} msg/s (${cpu(sm)}); MultiProcessConsumer(numProcs ${procs}) parsing in the workers ${format(w)} msg/s (${(w / s).toFixed(2)}x, ${cpu(wm)}), ` +
          `parsing in the parent ${format(p)} msg/s (${(p / s).toFixed(2)}x, ${cpu(pm)}); ` +
          `parse + summary: SimpleConsumer ${format(rate(ssm))} msg/s (${cores(ssm).toFixed(2)} cores busy), in the workers ${format(rate(swm))} msg/s (${(rate(swm) / rate(ssm)).toFixed(2)}x, ${cpu(swm)}); ` +
          `ceiling, ${procs} bare worker threads: ${format(rate(bm))} msg/s (${(rate(bm) / rate(ssm)).toFixed(2)}x, ${cores(bm).toFixed(2)} cores busy)`,
      );
    }
    const best = (xs: number[]) => Math.max(...xs);
    const s = best(singles);
    console.log(
      `  best of ${rounds}: SimpleConsumer ${format(s)} msg/s; MultiProcessConsumer parsing in the workers ${format(best(inWorkers))} msg/s, ratio ${(best(inWorkers) / s).toFixed(2)}x; ` +
        `parsing in the parent ${format(best(inParent))} msg/s, ratio ${(best(inParent) / s).toFixed(2)}x; ` +
        `parse + summary in the workers ${format(best(summaryWorkers))} msg/s vs ${format(best(summarySingles))} inline, ratio ${(best(summaryWorkers) / best(summarySingles)).toFixed(2)}x; ` +
        `ceiling (${procs} bare worker threads, nothing crossing) ${format(best(bareWorkers))} msg/s, ratio ${(best(bareWorkers) / best(summarySingles)).toFixed(2)}x; ` +
        `the single consumer kept ${Math.max(...singleCores).toFixed(2)} cores busy of ${availableParallelism()}`,
    );
  } finally {
    broker.stop();
  }
}
