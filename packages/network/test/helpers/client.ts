import { KafkaClient, type KafkaClientOptions } from '../../src/index.js';
import type { ScriptedCluster } from './scripted-cluster.js';

/** A client wired to a scripted cluster: its transport, its manual clock, no jitter. */
export function clientFor(cluster: ScriptedCluster, options: Partial<KafkaClientOptions> = {}): KafkaClient {
  return new KafkaClient({
    brokers: cluster.bootstrap,
    socketFactory: cluster.socketFactory,
    clock: cluster.clock,
    ...options,
    retry: { jitter: 0, ...options.retry },
  });
}
