import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeCluster } from '@kafkaline/testing';
import { createTopicWithKafkajs } from './kafkajs-tools.js';
import { SASL_MECHANISM, SECURED, type Endpoint, type Security, type Target, type TopicToCreate } from './target.js';

const USER = { username: 'alice', password: 'alice-secret' };
// The fake cluster's own TLS test certificate (CN=localhost, SAN 127.0.0.1).
const TLS_FIXTURES = join(import.meta.dirname, '..', '..', 'packages', 'testing', 'test', 'fixtures', 'tls');

/**
 * The fake cluster as a target. The fake applies SASL and TLS to every listener of a cluster, so
 * secured endpoints are served by three more clusters (SASL, TLS, both), started on first use.
 */
export async function startFakeTarget(options: { nodes: 1 | 3 }): Promise<Target> {
  const main = await FakeCluster.start({ brokers: options.nodes, defaultReplicationFactor: options.nodes, consumerGroupHeartbeatIntervalMs: 500 });
  const secured = new Map<'sasl' | 'tls' | 'sasl-tls', Promise<FakeCluster>>();
  const tlsCa = readFileSync(join(TLS_FIXTURES, 'cert.pem'), 'utf8');
  const securedCluster = (kind: 'sasl' | 'tls' | 'sasl-tls'): Promise<FakeCluster> => {
    let cluster = secured.get(kind);
    if (cluster === undefined) {
      const tls = kind === 'sasl' ? undefined : { key: readFileSync(join(TLS_FIXTURES, 'key.pem'), 'utf8'), cert: tlsCa };
      const sasl = kind === 'tls' ? undefined : { users: { [USER.username]: USER.password } };
      cluster = FakeCluster.start({ tls, sasl, defaultReplicationFactor: 1 });
      secured.set(kind, cluster);
    }
    return cluster;
  };

  const endpoint = async (security: Security = 'plaintext'): Promise<Endpoint> => {
    if (security === 'plaintext') return { brokers: main.bootstrap };
    if (security === 'tls') return { brokers: (await securedCluster('tls')).bootstrap, tlsCa };
    const sasl = { mechanism: SASL_MECHANISM[security], ...USER };
    if (security === 'sasl-scram-sha-512-tls') return { brokers: (await securedCluster('sasl-tls')).bootstrap, sasl, tlsCa };
    return { brokers: (await securedCluster('sasl')).bootstrap, sasl };
  };

  return {
    name: 'fake',
    bootstrap: main.bootstrap,
    capabilities: { stoppableNodes: options.nodes === 3 ? [0, 1, 2] : [], security: SECURED },
    endpoint,
    createTopic: async (topic: TopicToCreate, security?: Security) => createTopicWithKafkajs(await endpoint(security), topic),
    stopNode: (nodeId) => main.stopBroker(nodeId),
    startNode: (nodeId) => main.startBroker(nodeId),
    async close() {
      const others = await Promise.all(secured.values());
      await Promise.all([main.stop(), ...others.map((c) => c.stop())]);
    },
  };
}
