import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running the MultiProcessConsumer worker, from wherever this module
 * itself was loaded:
 * - the built package: `dist/index.js` / `dist/index.cjs` sit next to
 *   `dist/multiprocess-worker.js` / `.cjs` (tsup entries), so the worker uses the same format;
 * - the TypeScript source (tests, `--conditions=source --import tsx`): a worker does not inherit
 *   the parent's `--import` loader (Node 20 ignores it in a worker's execArgv), so the worker
 *   runs a small bootstrap that registers tsx through its API, then imports `worker.ts`; `--conditions=source` is
 *   passed on so that the workspace packages resolve to their sources as in the parent.
 */
export function spawnWorker(workerData: unknown): Worker {
  const moduleUrl = import.meta.url;
  const extension = extname(fileURLToPath(moduleUrl));
  if (extension === '.ts' || extension === '.mts') {
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./worker.ts', moduleUrl).href;
    // An ES module given as a data: URL rather than `eval: true`, whose CommonJS scope would leave a
    // global `require` behind that makes ESM code believe it is running as CommonJS.
    const bootstrap = `const tsx = await import(${JSON.stringify(tsxApi)}); tsx.register(); await import(${JSON.stringify(entry)});`;
    return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData, execArgv: conditionArgs(process.execArgv) });
  }
  const script = new URL(`./multiprocess-worker${extension === '.cjs' ? '.cjs' : '.js'}`, moduleUrl);
  return new Worker(script, { workerData });
}

/** The `--conditions` / `-C` arguments of the parent, so the worker resolves packages alike. */
function conditionArgs(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (arg.startsWith('--conditions=') || (arg.startsWith('-C') && arg.length > 2)) kept.push(arg);
    else if ((arg === '--conditions' || arg === '-C') && i + 1 < execArgv.length) kept.push(arg, execArgv[++i] as string);
  }
  return kept;
}
