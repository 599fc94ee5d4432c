import type { Readable } from 'node:stream';

/** Where output goes: a stream's `write`, plus what the CLI needs to know about a terminal. */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/** Timers of the CLI's own waits (lag --watch, progress refresh), injectable so tests need not sleep. */
export interface CliClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Everything the CLI touches outside its arguments. The bin passes the process's; tests pass
 * buffers, a manual clock and their own abort signal.
 */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: Readable;
  env: Readonly<Record<string, string | undefined>>;
  clock: CliClock;
  /** Aborted when the user asks to stop (Ctrl-C): long-running commands end cleanly. */
  interrupt: AbortSignal;
}

export const systemCliClock: CliClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * The process's streams, environment and clock; `interrupt` fires on the first SIGINT or SIGTERM
 * (a second SIGINT exits at once, for a command that does not stop). `dispose` removes the
 * signal handlers again.
 */
export function processIo(): CliIo & { dispose: () => void } {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) process.exit(signal === 'SIGINT' ? 130 : 143);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    clock: systemCliClock,
    interrupt: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** Resolves after `ms` on the CLI's clock, or as soon as `signal` aborts (never rejects). */
export function pause(clock: CliClock, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clock.clearTimeout(handle);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const handle = clock.setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
