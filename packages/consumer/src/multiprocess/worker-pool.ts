import type { Worker } from 'node:worker_threads';
import type { Logger } from '@kafkaline/network';
import { MultiProcessWorkerError, WorkerReportedError } from './errors.js';
import { spawnWorker } from './worker-entry.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';

/** How long stop() lets a worker close its connections before terminating it (real time). */
const STOP_GRACE_MS = 2000;

export interface WorkerPoolEvents {
  onMessage(worker: number, message: FromWorker): void;
  /** A worker died; called once, for the first worker that did. */
  onFailure(error: MultiProcessWorkerError): void;
}

interface RunningWorker {
  config: WorkerConfig;
  thread: Worker;
  exited: Promise<void>;
  reported: unknown;
  started: boolean;
}

/** The worker threads of one MultiProcessConsumer: start, messages, deaths, stop. */
export class WorkerPool {
  private readonly workers: RunningWorker[] = [];
  private stopping: Promise<void> | null = null;
  private failed = false;

  constructor(
    private readonly topic: string,
    private readonly events: WorkerPoolEvents,
    private readonly logger: Logger | null,
  ) {}

  start(configs: readonly WorkerConfig[]): void {
    for (const config of configs) {
      if (this.stopping) return;
      this.workers.push(this.startOne(config));
    }
  }

  send(worker: number, message: ToWorker): void {
    if (this.stopping) return;
    this.workers.find((w) => w.config.index === worker)?.thread.postMessage(message);
  }

  /** Partitions owned by each started worker, in worker order. */
  get assignments(): number[][] {
    return this.workers.map((w) => w.config.partitions.map((p) => p.partition));
  }

  /** Asks every worker to stop, terminates those that do not exit in time; idempotent. */
  stop(): Promise<void> {
    this.stopping ??= Promise.all(
      this.workers.map(async (worker) => {
        // Still loading its modules: it has no connection to close, and loading may take a while.
        if (!worker.started) {
          await worker.thread.terminate();
          return;
        }
        worker.thread.postMessage({ type: 'stop' } satisfies ToWorker);
        let grace: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          grace = setTimeout(() => resolve('timeout'), STOP_GRACE_MS);
        });
        const outcome = await Promise.race([worker.exited, timedOut]);
        clearTimeout(grace);
        if (outcome === 'timeout') await worker.thread.terminate();
      }),
    ).then(() => undefined);
    return this.stopping;
  }

  private startOne(config: WorkerConfig): RunningWorker {
    const thread = spawnWorker(config);
    const running: RunningWorker = { config, thread, exited: Promise.resolve(), reported: null, started: false };
    running.exited = new Promise<void>((resolve) => {
      thread.once('exit', (code) => {
        if (!this.stopping) this.fail(running, code, running.reported);
        resolve();
      });
    });
    thread.on('message', (message: FromWorker) => {
      if (message.type === 'started') {
        running.started = true;
      } else if (message.type === 'failed') {
        running.reported = new WorkerReportedError(message.error);
        this.fail(running, null, running.reported);
      } else if (message.type === 'log') {
        this.logger?.(message.level, `MultiProcessConsumer worker ${config.index}: ${message.message}`, message.context);
      } else {
        this.events.onMessage(config.index, message);
      }
    });
    thread.on('error', (error) => {
      running.reported ??= error;
      this.fail(running, null, error);
    });
    return running;
  }

  private fail(worker: RunningWorker, exitCode: number | null, cause: unknown): void {
    if (this.failed || this.stopping) return;
    this.failed = true;
    const partitions = worker.config.partitions.map((p) => p.partition);
    this.events.onFailure(new MultiProcessWorkerError(this.topic, worker.config.index, partitions, exitCode, cause));
  }
}
