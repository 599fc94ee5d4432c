// The brokers the contenders read from. Each runs in its own process, so no client shares an
// event loop (or a CPU share it cannot see) with the broker:
//   fake  the `kafkaline-fake-broker` CLI of @kafkaline/testing (one broker, TCP on 127.0.0.1)
//   real  Apache Kafka 4.x, one KRaft node, through `startKafka` (a JVM)
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Target {
  name: string;
  /** What it is, for the report: 'kafkaline fake broker', 'Apache Kafka 4.4.0'. */
  description: string;
  bootstrap: string[];
  /** Process ids of the broker, so its CPU time can be reported next to the clients'. */
  pids: number[];
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function startFakeTarget(): Promise<Target> {
  const cli = join(dirname(require.resolve('@kafkaline/testing/package.json')), 'src', 'cli.ts');
  // Auto-creation off: the benchmark creates its topics with CreateTopics, as on a real broker.
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, '--no-auto-create'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const bootstrap = await new Promise<string[]>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve((match[1] as string).split(','));
    });
    child.once('exit', (code) => reject(new Error(`kafkaline-fake-broker exited with code ${code} before listening: ${output}`)));
  });
  return { name: 'fake', description: 'kafkaline fake broker (own process, TCP)', bootstrap, pids: [child.pid as number], stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startRealTarget(): Promise<Target> {
  const { startKafka } = await import('@kafkaline/testing/real-kafka');
  // 1 GiB heap instead of the test default 256 MiB: the topics hold a few hundred MB.
  const cluster = await startKafka({ version: '4', heapMb: 1024 });
  return {
    name: 'real',
    description: `Apache Kafka ${cluster.version} (1 KRaft node, JVM)`,
    bootstrap: cluster.bootstrap,
    pids: cluster.nodes.map((n) => n.pid).filter((pid): pid is number => pid !== undefined),
    stop: () => cluster.stop(),
  };
}
