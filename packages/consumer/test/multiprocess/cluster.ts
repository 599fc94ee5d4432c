import { KafkaClient } from '@kafkaline/network';
import { FakeCluster, ManualClock } from '@kafkaline/testing';
import { START_TIME } from '../helpers/cluster.js';

export interface TcpTestCluster {
  cluster: FakeCluster;
  /** The parent's client: over TCP, since workers reach the brokers it advertises. */
  client: KafkaClient;
  /** For the consumer's own timers (auto-commit, getMessages deadlines); the workers use real time. */
  clock: ManualClock;
  newClient(): KafkaClient;
  stop(): Promise<void>;
}

/**
 * A fake cluster listening on loopback TCP (workers open their own connections, so the
 * in-process transport cannot serve them), on real time: workers fetch with real long polls.
 */
export async function startTcpCluster(topics: Record<string, number>): Promise<TcpTestCluster> {
  const cluster = await FakeCluster.start({ brokers: 1, topics });
  const clients: KafkaClient[] = [];
  const newClient = () => {
    const client = new KafkaClient({ brokers: cluster.bootstrap, retry: { jitter: 0 } });
    clients.push(client);
    return client;
  };
  return {
    cluster,
    client: newClient(),
    clock: new ManualClock(START_TIME),
    newClient,
    async stop() {
      for (const c of clients) await c.close();
      await cluster.stop();
    },
  };
}

/**
 * Waits (in real time, polling) until `predicate` holds: workers are threads, so the test cannot
 * step them. The limit only guards against a hang; it is not what the test asserts.
 */
export async function eventually(predicate: () => boolean, what: string, guardMs = 30_000): Promise<void> {
  const giveUp = Date.now() + guardMs;
  while (!predicate()) {
    if (Date.now() > giveUp) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The deserializers the worker tests load (a module path, as users give it). */
export const DESERIALIZERS = new URL('./deserializers.ts', import.meta.url).href;
