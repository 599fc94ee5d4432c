// Runs one contender in a child process and reads its result line; also measures the broker's
// CPU time over the run from /proc (Linux), so the report shows what the broker spent.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ContenderJob, type ContenderResult, RESULT_PREFIX } from './job.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'child.ts');

export interface SpawnOptions {
  timeoutMs: number;
  /** Extra node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=...']. */
  nodeFlags?: readonly string[];
}

export async function runContender(job: ContenderJob, options: SpawnOptions): Promise<ContenderResult> {
  const args = [...(options.nodeFlags ?? []), '--conditions=source', '--import', 'tsx', CHILD, JSON.stringify(job)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  const line = output.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (code !== 0 || line === undefined) {
    throw new Error(`${job.contender} on ${job.topic}: exit code ${code}${code === null ? ` (killed after ${options.timeoutMs} ms)` : ''}, output: ${output.slice(-2000)}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ContenderResult;
}

/** CPU time (user + system) a process has used so far, in ms; null where /proc is missing. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}
