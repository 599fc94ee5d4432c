import type { SaslOptions } from '@kafkaline/network';

/** How a client reaches the cluster: the plaintext listener, one SASL mechanism, TLS, or SASL over TLS. */
export type Security = 'plaintext' | 'sasl-plain' | 'sasl-scram-sha-256' | 'sasl-scram-sha-512' | 'tls' | 'sasl-scram-sha-512-tls';

export const SECURED: readonly Exclude<Security, 'plaintext'>[] = ['sasl-plain', 'sasl-scram-sha-256', 'sasl-scram-sha-512', 'tls', 'sasl-scram-sha-512-tls'];

/** The SASL mechanism each SASL listener speaks. */
export const SASL_MECHANISM = {
  'sasl-plain': 'plain',
  'sasl-scram-sha-256': 'scram-sha-256',
  'sasl-scram-sha-512': 'scram-sha-512',
  'sasl-scram-sha-512-tls': 'scram-sha-512',
} as const;

/** Connection settings for both kafkajs and kafkaline: the brokers and, when needed, SASL or TLS. */
export interface Endpoint {
  readonly brokers: readonly string[];
  readonly sasl?: Extract<SaslOptions, { username: string }>;
  /** The certificate to trust; present when the listener speaks TLS. */
  readonly tlsCa?: string;
}

export interface TopicToCreate {
  name: string;
  partitions: number;
  /** Default 1. */
  replicationFactor?: number;
  /** Topic configs, e.g. { 'compression.type': 'zstd' }. */
  configs?: Record<string, string>;
}

export interface TargetCapabilities {
  /** Node ids whose brokers can be stopped and started again (empty: no failover scenarios). */
  readonly stoppableNodes: readonly number[];
  /** Which secured listeners exist (besides plaintext). */
  readonly security: readonly Exclude<Security, 'plaintext'>[];
}

/**
 * A Kafka cluster the scenarios run against: the fake cluster or real Apache Kafka. Scenarios see
 * only this interface, so one scenario makes the same assertions on both.
 */
export interface Target {
  /** For messages: 'fake' or 'kafka 4.4.0'. */
  readonly name: string;
  readonly capabilities: TargetCapabilities;
  /** The plaintext listeners. */
  readonly bootstrap: readonly string[];
  endpoint(security?: Security): Promise<Endpoint>;
  /** Creates a topic and waits until every partition has a leader. */
  createTopic(topic: TopicToCreate, security?: Security): Promise<void>;
  /** Stops a node (a crash: no controlled shutdown where the target can tell the difference). */
  stopNode(nodeId: number): Promise<void>;
  startNode(nodeId: number): Promise<void>;
  close(): Promise<void>;
}
