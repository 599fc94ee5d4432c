import { rmSync } from 'node:fs';

/**
 * Last-resort cleanup: broker process groups and work directories that are still registered
 * when this process exits or is stopped by SIGINT/SIGTERM/SIGHUP are killed (SIGKILL) and
 * deleted. (If this process is SIGKILLed, the watchdog of broker-process.ts does the same.)
 */
const groups = new Set<number>();
const dirs = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

function killEverythingNow(): void {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  groups.clear();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killEverythingNow();
  uninstall();
  // Let the signal do what it would have done without us, unless someone else handles it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killEverythingNow);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  installed = false;
  process.removeListener('exit', killEverythingNow);
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}

export function trackProcessGroup(pgid: number): void {
  install();
  groups.add(pgid);
}

export function untrackProcessGroup(pgid: number): void {
  groups.delete(pgid);
}

export function trackDir(dir: string): void {
  install();
  dirs.add(dir);
}

export function untrackDir(dir: string): void {
  dirs.delete(dir);
}
