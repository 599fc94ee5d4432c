import { join } from 'node:path';
import { type BrokerProcess, spawnJava, stopProcess } from './broker-process.js';
import type { NodePorts } from './config.js';
import type { KafkaJars } from './jars.js';
import { jvmArgs } from './jvm.js';
import { LOOPBACK } from './ports.js';
import { fileSize, logTail, waitForReady } from './readiness.js';

export interface BrokerNodeInput {
  id: number;
  /** nodeN/ inside the cluster's work directory: server.properties, data/, server.log. */
  dir: string;
  ports: NodePorts;
  jars: KafkaJars;
  heapMb: number;
  classArchive?: string;
  dumpClassArchive?: string;
  /** Deleted by the watchdog if this Node process dies without stopping the broker. */
  workDir: string;
}

/** One broker+controller JVM that can be started, stopped and started again on the same storage. */
export class BrokerNode {
  readonly id: number;
  readonly dir: string;
  readonly ports: NodePorts;
  readonly configFile: string;
  readonly logFile: string;
  readonly dataDir: string;
  private proc: BrokerProcess | undefined;

  constructor(private readonly input: BrokerNodeInput) {
    this.id = input.id;
    this.dir = input.dir;
    this.ports = input.ports;
    this.configFile = join(input.dir, 'server.properties');
    this.logFile = join(input.dir, 'server.log');
    this.dataDir = join(input.dir, 'data');
  }

  /** host:port of the PLAINTEXT listener. */
  get bootstrap(): string {
    return `${LOOPBACK}:${this.ports.plaintext}`;
  }

  get running(): boolean {
    return this.proc !== undefined && !this.proc.hasExited();
  }

  get pid(): number | undefined {
    return this.running ? this.proc?.pid : undefined;
  }

  /** Starts the JVM and waits until it serves; on failure it is killed and the error has the log tail. */
  async start(timeoutMs: number): Promise<void> {
    if (this.running) return;
    const fromOffset = fileSize(this.logFile);
    const args = [
      ...jvmArgs({
        jars: this.input.jars,
        heapMb: this.input.heapMb,
        logLevel: 'INFO',
        classArchive: this.input.classArchive,
        dumpClassArchive: this.input.dumpClassArchive,
      }),
      `-Dkafka.logs.dir=${this.dir}`,
      'kafka.Kafka',
      this.configFile,
    ];
    const proc = spawnJava(args, this.logFile, this.input.workDir);
    this.proc = proc;
    try {
      await waitForReady({ label: `node ${this.id}`, proc, logFile: this.logFile, fromOffset, port: this.ports.plaintext, timeoutMs });
    } catch (err) {
      await stopProcess(proc, 'SIGKILL', 0);
      throw err;
    }
  }

  /** SIGTERM: controlled shutdown (SIGKILL after `timeoutMs`); SIGKILL: a crash. */
  async stop(signal: 'SIGTERM' | 'SIGKILL', timeoutMs: number): Promise<void> {
    if (this.proc) await stopProcess(this.proc, signal, timeoutMs);
  }

  logTail(lines = 40): string {
    return logTail(this.logFile, lines);
  }
}
