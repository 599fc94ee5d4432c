// The other side of every scenario: kafkajs creates topics, produces, runs transactions and
// deletes records, over the wire, on both targets alike. kafkajs's own compression is gzip only:
// data goes out uncompressed or gzip, and the topic's compression.type makes the broker write the
// batches the consumer reads (snappy, lz4, zstd), which is the point of the codec scenario.
import kafkajs from 'kafkajs';
import type { Endpoint, TopicToCreate } from './target.js';

const { CompressionTypes, Kafka, logLevel } = kafkajs;
type KafkajsClient = InstanceType<typeof Kafka>;
type KafkajsConfig = ConstructorParameters<typeof Kafka>[0];

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

export interface MessageToProduce {
  key?: string | null;
  value: string | null;
  headers?: Record<string, string>;
  partition?: number;
  /** CreateTime in ms; default: when kafkajs sends it. */
  timestamp?: number;
}

export function kafkajsClient(endpoint: Endpoint, clientId = 'kafkaline-integration'): KafkajsClient {
  const config: KafkajsConfig = {
    clientId,
    brokers: [...endpoint.brokers],
    logLevel: logLevel.NOTHING,
    // Enough retries to outlast a crashed leader being fenced (6 s on the real cluster).
    retry: { retries: 12, initialRetryTime: 100, maxRetryTime: 2_000 },
  };
  if (endpoint.tlsCa !== undefined) config.ssl = { ca: [endpoint.tlsCa] };
  if (endpoint.sasl !== undefined) {
    const { mechanism, username, password } = endpoint.sasl;
    config.sasl = { mechanism, username, password } as KafkajsConfig['sasl'];
  }
  return new Kafka(config);
}

/** Runs `work` with a connected kafkajs admin, disconnected afterwards. */
export async function withAdmin<T>(endpoint: Endpoint, work: (admin: ReturnType<KafkajsClient['admin']>) => Promise<T>): Promise<T> {
  const admin = kafkajsClient(endpoint).admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

export function createTopicWithKafkajs(endpoint: Endpoint, topic: TopicToCreate): Promise<void> {
  return withAdmin(endpoint, async (admin) => {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: topic.name,
          numPartitions: topic.partitions,
          replicationFactor: topic.replicationFactor ?? 1,
          configEntries: Object.entries(topic.configs ?? {}).map(([name, value]) => ({ name, value })),
        },
      ],
    });
  });
}

/** DeleteRecords: every offset below `beforeOffset` goes, so the log start moves there. */
export function deleteRecordsWithKafkajs(endpoint: Endpoint, topic: string, partition: number, beforeOffset: number): Promise<void> {
  return withAdmin(endpoint, async (admin) => {
    // kafkajs routes DeleteRecords with metadata it only has once asked for the topic.
    await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.deleteTopicRecords({ topic, partitions: [{ partition, offset: String(beforeOffset) }] });
  });
}

/** The node id of a partition's leader, from a fresh Metadata answer. */
export function leaderWithKafkajs(endpoint: Endpoint, topic: string, partition: number): Promise<number> {
  return withAdmin(endpoint, async (admin) => {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const leader = topics[0]?.partitions.find((p) => p.partitionId === partition)?.leader;
    if (leader === undefined || leader < 0) throw new Error(`no leader for ${topic}/${partition}`);
    return leader;
  });
}

function toKafkajs(messages: readonly MessageToProduce[]) {
  return messages.map((m) => ({ key: m.key ?? null, value: m.value, headers: m.headers, partition: m.partition, timestamp: m.timestamp === undefined ? undefined : String(m.timestamp) }));
}

/** Produces with acks=all in sends of `perSend` messages (each send is one batch per partition). */
export async function produceWithKafkajs(
  endpoint: Endpoint,
  topic: string,
  messages: readonly MessageToProduce[],
  options: { gzip?: boolean; perSend?: number } = {},
): Promise<void> {
  const producer = kafkajsClient(endpoint).producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const perSend = options.perSend ?? 100;
    for (let from = 0; from < messages.length; from += perSend) {
      await producer.send({
        topic,
        acks: -1,
        compression: options.gzip ? CompressionTypes.GZIP : CompressionTypes.None,
        messages: toKafkajs(messages.slice(from, from + perSend)),
      });
    }
  } finally {
    await producer.disconnect();
  }
}

export interface TransactionToProduce {
  messages: readonly MessageToProduce[];
  outcome: 'commit' | 'abort';
}

/** Runs the transactions one after another with one transactional kafkajs producer. */
export async function produceTransactionsWithKafkajs(endpoint: Endpoint, topic: string, transactionalId: string, transactions: readonly TransactionToProduce[]): Promise<void> {
  const producer = kafkajsClient(endpoint).producer({ transactionalId, idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const { messages, outcome } of transactions) {
      const transaction = await producer.transaction();
      await transaction.send({ topic, acks: -1, messages: toKafkajs(messages) });
      if (outcome === 'commit') await transaction.commit();
      else await transaction.abort();
    }
  } finally {
    await producer.disconnect();
  }
}
