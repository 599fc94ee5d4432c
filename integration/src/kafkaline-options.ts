import type { KafkaConsumerConfig } from '@kafkaline/consumer';
import type { KafkaClientOptions } from '@kafkaline/network';
import type { Endpoint } from './target.js';

/** KafkaClient options (for SimpleConsumer) that reach `endpoint`. */
export function clientOptions(endpoint: Endpoint, clientId = 'kafkaline-integration'): KafkaClientOptions & { sasl?: Endpoint['sasl'] } {
  return {
    brokers: endpoint.brokers,
    clientId,
    ...(endpoint.sasl ? { sasl: endpoint.sasl } : {}),
    ...(endpoint.tlsCa !== undefined ? { tls: { ca: endpoint.tlsCa } } : {}),
  };
}

/** The connection part of a KafkaConsumer config that reaches `endpoint`. */
export function consumerConnection(endpoint: Endpoint): Pick<KafkaConsumerConfig, 'bootstrapServers' | 'sasl' | 'tls'> {
  return {
    bootstrapServers: endpoint.brokers,
    ...(endpoint.sasl ? { sasl: endpoint.sasl } : {}),
    ...(endpoint.tlsCa !== undefined ? { tls: { ca: endpoint.tlsCa } } : {}),
  };
}
