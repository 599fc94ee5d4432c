// Running foreign clients (kcat, kafka-python) from tests, asynchronously so the cluster in this
// process keeps answering them.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], input?: string, timeoutMs = 30_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/**
 * Whether a peer tool may be missing: only where `apt-get` cannot install it (CI's .ci/run
 * installs kcat and python3-kafka). Anywhere else a missing tool fails the test.
 */
export function peerMissing(name: string, present: boolean): boolean {
  if (present) return false;
  if (available('apt-get', ['--version'])) {
    throw new Error(`${name} is not installed although apt-get is available: run 'apt-get install -y kcat python3-kafka' (.ci/run does)`);
  }
  console.warn(`\n!!! ${name} is NOT available and apt-get cannot install it here: its peer test checks nothing on this machine !!!\n`);
  return true;
}

export const hasKcat = (): boolean => available('kcat', ['-V']);

/** A python3 that can `import kafka` (Debian's python3-kafka lives under /usr/bin/python3). */
export function pythonWithKafka(): string | null {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    if ((candidate.startsWith('/') ? existsSync(candidate) : true) && available(candidate, ['-c', 'import kafka'])) return candidate;
  }
  return null;
}
