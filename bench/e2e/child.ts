// One contender run, in its own process: `node ... child.ts '<ContenderJob as JSON>'`. Loads the
// contender's client, consumes the topic to the last expected message, closes, and prints one
// result line (RESULT_PREFIX + JSON) on stdout. The orchestrator (index.ts) spawns it.
import { type ContenderJob, type ContenderResult, RESULT_PREFIX } from './job.js';
import { CONTENDERS } from './contenders/index.js';
import { Tally } from './tally.js';

const job = JSON.parse(process.argv[2] ?? '{}') as ContenderJob;
const load = CONTENDERS[job.contender];
if (load === undefined) throw new Error(`unknown contender '${job.contender}'`);
const contender = await load();

const baseRssBytes = process.memoryUsage.rss();
const cpuAtStart = process.cpuUsage();
const start = performance.now();
const tally = new Tally(job.expectedMessages);
await contender.consume(job, tally);
const closedAt = performance.now();

if (tally.messages !== job.expectedMessages || tally.bytes !== job.expectedBytes) {
  throw new Error(`${job.contender} read ${tally.messages} messages / ${tally.bytes} bytes of ${job.topic}, expected ${job.expectedMessages} / ${job.expectedBytes}`);
}
const cpuAtLast = tally.cpuAtLast ?? process.cpuUsage();
const result: ContenderResult = {
  messages: tally.messages,
  bytes: tally.bytes,
  firstMessageMs: tally.firstAt - start,
  lastMessageMs: tally.lastAt - start,
  cpuMs: (cpuAtLast.user - cpuAtStart.user + cpuAtLast.system - cpuAtStart.system) / 1000,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
  baseRssBytes,
  closeMs: closedAt - tally.lastAt,
};
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
// A client may leave a timer or socket behind after close(); the figures are out, so go.
process.exit(0);
