import type { KafkaConsumerConfig } from '@kafkaline/consumer';
import type { KafkaClientOptions } from '@kafkaline/network';
import type { Endpoint } from './target.js';

/** The SASL and TLS settings `endpoint` needs, named as both KafkaClient and KafkaConsumer name them. */
function security(endpoint: Endpoint): { sasl?: Endpoint['sasl']; tls?: { ca: string } } {
  return {
    ...(endpoint.sasl ? { sasl: endpoint.sasl } : {}),
    ...(endpoint.tlsCa !== undefined ? { tls: { ca: endpoint.tlsCa } } : {}),
  };
}

/** KafkaClient options (for SimpleConsumer) that reach `endpoint`. */
export function clientOptions(endpoint: Endpoint, clientId = 'kafkaline-integration'): KafkaClientOptions & { sasl?: Endpoint['sasl'] } {
  return { brokers: endpoint.brokers, clientId, ...security(endpoint) };
}

/** The connection part of a KafkaConsumer config that reaches `endpoint`. */
export function consumerConnection(endpoint: Endpoint): Pick<KafkaConsumerConfig, 'bootstrapServers' | 'sasl' | 'tls'> {
  return { bootstrapServers: endpoint.brokers, ...security(endpoint) };
}
