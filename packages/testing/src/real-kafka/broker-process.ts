import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import type { Socket } from 'node:net';
import { trackProcessGroup, untrackProcessGroup } from './cleanup.js';
import { jdkTool } from './java.js';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BrokerProcess {
  readonly pid: number;
  /** Settles when the JVM has exited. */
  readonly exited: Promise<ExitStatus>;
  hasExited(): boolean;
  /** Sends a signal to the JVM's whole process group. */
  signal(signal: NodeJS.Signals): void;
  /** Keeps this Node process alive until the JVM exits (by default it does not). */
  hold(): void;
}

/*
 * The JVM runs in its own process group (detached), started through a tiny sh script that first
 * forks a watchdog and then execs java (so the pid Node sees is the JVM's). The watchdog blocks
 * reading fd 3, a pipe whose other end only this Node process holds: if Node dies in any way,
 * even SIGKILL, the read returns, and the watchdog SIGKILLs the JVM and deletes `removeOnOrphan`.
 * Signalling the group on a normal stop ends the watchdog too.
 */
const LAUNCHER = [
  'dir=$1; shift',
  '(read -r _ <&3; kill -KILL $$ 2>/dev/null; rm -rf "$dir") </dev/null >/dev/null 2>&1 &',
  'exec "$@" 3<&-',
].join('\n');

/** Starts `java <args>` with stdout and stderr appended to `logFile`. */
export function spawnJava(args: readonly string[], logFile: string, removeOnOrphan: string): BrokerProcess {
  const log = openSync(logFile, 'a');
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn('/bin/sh', ['-c', LAUNCHER, 'kafkaline-kafka', removeOnOrphan, jdkTool('java'), ...args], {
      detached: true,
      stdio: ['ignore', log, log, 'pipe'],
    });
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('real-kafka: could not start /bin/sh for the broker');
  trackProcessGroup(pid);
  let done = false;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.on('exit', (code, signal) => {
      done = true;
      untrackProcessGroup(pid);
      resolve({ code, signal });
    });
  });
  // Neither the child nor the watchdog pipe may keep this process alive.
  child.unref();
  (child.stdio[3] as Socket | null)?.unref();
  return {
    pid,
    exited,
    hasExited: () => done,
    hold: () => child.ref(),
    signal(signal) {
      if (done) return;
      try {
        process.kill(-pid, signal);
      } catch {
        // exited meanwhile
      }
    },
  };
}

/** SIGTERM (or SIGKILL), then SIGKILL after `timeoutMs`; resolves once the JVM is gone. */
export async function stopProcess(proc: BrokerProcess, signal: 'SIGTERM' | 'SIGKILL', timeoutMs: number): Promise<void> {
  if (proc.hasExited()) return;
  proc.hold();
  proc.signal(signal);
  if (signal !== 'SIGKILL') {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([proc.exited, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') proc.signal('SIGKILL');
  }
  await proc.exited;
}
