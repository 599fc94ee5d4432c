import { type KafkaLine, startKafka } from '@kafkaline/testing/real-kafka';
import { createTopicWithKafkajs } from './kafkajs-tools.js';
import { SASL_MECHANISM, SECURED, type Endpoint, type Security, type Target, type TopicToCreate } from './target.js';

export interface RealTargetOptions {
  version: KafkaLine;
  nodes: 1 | 3;
  /** Adds SASL (PLAIN, SCRAM-SHA-256/512) and TLS listeners. */
  secured?: boolean;
}

export interface RealTarget extends Target {
  /** Milliseconds startKafka took (format and start of every node). */
  readonly startMs: number;
}

/**
 * KIP-848 groups on 4.x: members learn of revocations and new partitions at their next heartbeat,
 * which Kafka spaces 5 s apart by default. The group scenarios (and the fake target) use 500 ms.
 */
export const FAST_CONSUMER_GROUP_HEARTBEATS = { 'group.consumer.heartbeat.interval.ms': 500, 'group.consumer.min.heartbeat.interval.ms': 500 } as const;

/** Real Apache Kafka (KRaft) as a target: one cluster, its PLAINTEXT, SASL_PLAINTEXT, SSL and SASL_SSL listeners. */
export async function startRealTarget(options: RealTargetOptions): Promise<RealTarget> {
  const started = performance.now();
  const cluster = await startKafka({ version: options.version, nodes: options.nodes, sasl: options.secured === true, tls: options.secured === true, ...(options.version === '4' ? { config: { ...FAST_CONSUMER_GROUP_HEARTBEATS } } : {}) });
  const startMs = performance.now() - started;

  const endpoint = async (security: Security = 'plaintext'): Promise<Endpoint> => {
    if (security === 'plaintext') return { brokers: cluster.bootstrap };
    if (security === 'tls') {
      if (!cluster.tls) throw new Error(`${cluster.version}: started without TLS`);
      return { brokers: cluster.tls.bootstrap, tlsCa: cluster.tls.ca };
    }
    if (!cluster.sasl) throw new Error(`${cluster.version}: started without SASL`);
    const sasl = { mechanism: SASL_MECHANISM[security], username: cluster.sasl.username, password: cluster.sasl.password };
    if (security === 'sasl-scram-sha-512-tls') {
      if (!cluster.saslTls || !cluster.tls) throw new Error(`${cluster.version}: started without SASL_SSL`);
      return { brokers: cluster.saslTls.bootstrap, sasl, tlsCa: cluster.tls.ca };
    }
    return { brokers: cluster.sasl.bootstrap, sasl };
  };

  return {
    name: `kafka ${cluster.version}`,
    startMs,
    bootstrap: cluster.bootstrap,
    capabilities: { stoppableNodes: options.nodes === 3 ? cluster.nodes.map((n) => n.id) : [], security: options.secured ? SECURED : [] },
    endpoint,
    createTopic: async (topic: TopicToCreate, security?: Security) => createTopicWithKafkajs(await endpoint(security), topic),
    // SIGKILL: a crash, as failover scenarios mean it; the controller fences the node after its session times out.
    stopNode: (nodeId) => cluster.stopNode(nodeId, { signal: 'SIGKILL' }),
    startNode: (nodeId) => cluster.startNode(nodeId),
    close: () => cluster.stop(),
  };
}
