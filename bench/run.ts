// Entry point of `pnpm bench [name] [--quick]`: runs one benchmark, or all of them.
//   pnpm bench            every benchmark, full size
//   pnpm bench decode     the record decoding benchmark
//   pnpm bench codecs     Fetch request and Metadata response codecs at 1,000 partitions
//   pnpm bench e2e        end-to-end consumers against kafkajs and @platformatic/kafka (see e2e/index.ts)
//   pnpm bench multiprocess  MultiProcessConsumer (2 workers) vs SimpleConsumer on zstd + JSON.parse
//   pnpm bench rebalance  a 10th member joins a group over 100 partitions: ms until all consume (see rebalance/index.ts)
//   pnpm bench --quick    smaller and fewer rounds, to check that everything runs
//   other --name=value flags go to the benchmark (decode: --codec=none,lz4 --shape=fetch)
export interface BenchOptions {
  quick: boolean;
  flags: Map<string, string>;
}

const BENCHMARKS: Record<string, () => Promise<{ run(options: BenchOptions): Promise<void> }>> = {
  decode: () => import('./decode/index.js'),
  codecs: () => import('./codecs/index.js'),
  multiprocess: () => import('./multiprocess/index.js'),
  e2e: () => import('./e2e/index.js'),
  rebalance: () => import('./rebalance/index.js'),
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const names = args.filter((a) => !a.startsWith('--'));
const flags = new Map(args.filter((a) => a.startsWith('--') && a.includes('=')).map((a) => a.slice(2).split('=', 2) as [string, string]));
const unknown = names.filter((n) => !(n in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
  const load = BENCHMARKS[name];
  if (load === undefined) continue;
  const benchmark = await load();
  await benchmark.run({ quick, flags });
}
