// Runs the kafkaline CLI as a child process, the way a user does: its own process, real TCP to
// the cluster, stdout and stderr as pipes (so not a TTY). The source entry runs through tsx; the
// built bin is run by dist.test.ts.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const PACKAGE_DIR = join(import.meta.dirname, '..', '..');
const SOURCE_ENTRY = join(PACKAGE_DIR, 'src', 'cli.ts');
export const DIST_ENTRY = join(PACKAGE_DIR, 'dist', 'cli.js');

/** A test that hangs is a failure, not a wait: the child is killed after this long. */
const GUARD_MS = 60_000;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  input?: string | Uint8Array;
  /** Run the built bin (dist/cli.js) instead of the source. */
  dist?: boolean;
}

function commandLine(args: readonly string[], dist: boolean): string[] {
  return dist ? [DIST_ENTRY, ...args] : ['--conditions=source', '--import', 'tsx', SOURCE_ENTRY, ...args];
}

/** A running CLI: its output so far, a way to wait for a line, and its end. */
export class CliProcess {
  readonly child: ChildProcess;
  private out: Buffer[] = [];
  private err = '';
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<CliResult>;

  constructor(args: readonly string[], options: CliOptions = {}) {
    const env: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: '', KAFKALINE_BROKERS: undefined, KAFKALINE_SASL_PASSWORD: undefined, ...options.env };
    this.child = spawn(process.execPath, commandLine(args, options.dist === true), { cwd: PACKAGE_DIR, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.out.push(chunk);
      this.notify();
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.err += chunk.toString('utf8');
      this.notify();
    });
    this.child.stdin?.end(options.input ?? '');
    const guard = setTimeout(() => this.child.kill('SIGKILL'), GUARD_MS);
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code, signal) => {
        clearTimeout(guard);
        this.notify();
        const stdoutBytes = Buffer.concat(this.out);
        resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: this.err });
      });
    });
  }

  get stdout(): string {
    return Buffer.concat(this.out).toString('utf8');
  }

  get stderr(): string {
    return this.err;
  }

  /** Resolves once stdout holds `count` complete lines (rejects if the process ends first). */
  async waitForLines(count: number): Promise<string[]> {
    let ended = false;
    void this.exited.then(() => {
      ended = true;
    });
    for (;;) {
      const lines = this.stdout.split('\n').slice(0, -1);
      if (lines.length >= count) return lines;
      if (ended || this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`the CLI ended after ${lines.length} of ${count} lines; stderr: ${this.err}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private notify(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** Runs `kafkaline ...args` to its end. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new CliProcess(args, options).exited;
}

/** What every usage or runtime error must look like: one line on stderr, no stack trace. */
export function isOneLineError(stderr: string): boolean {
  const lines = stderr.trimEnd().split('\n');
  return lines.length === 1 && !/\n\s+at /.test(stderr) && !stderr.includes('.ts:');
}
