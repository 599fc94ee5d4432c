import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const POLL_MS = 200;
/** A lock whose owner is gone, or older than this, is taken over. */
const STALE_MS = 15 * 60 * 1000;

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(lockDir: string): boolean {
  const stats = statSync(lockDir, { throwIfNoEntry: false });
  if (!stats) return false; // released meanwhile: just retry
  const age = Date.now() - stats.mtimeMs;
  if (age > STALE_MS) return true;
  let pid: number;
  try {
    pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
  } catch {
    // The owner writes its pid right after mkdir; give it a moment before judging.
    return age > 5000;
  }
  return !pidAlive(pid);
}

/**
 * Runs `fn` while holding a cross-process lock: the directory `lockDir` (mkdir is atomic).
 * Waits up to `timeoutMs` for another holder, taking over locks whose owner has died.
 */
export async function withLock<T>(lockDir: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (isStale(lockDir)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`real-kafka: timed out after ${timeoutMs} ms waiting for the lock ${lockDir} (delete it if no other process is using it)`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    writeFileSync(join(lockDir, 'pid'), String(process.pid));
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
