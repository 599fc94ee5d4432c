// kafkajs 2.x consumer: kafkajs has no manual assignment, so a group of one (a fresh group id per
// run) subscribed from the beginning; eachBatch without commits; the shared fetch sizes and wait.
// lz4 and zstd come from the same native bindings kafkaline uses (see kafkajs-codecs.ts).
import { createRequire } from 'node:module';
import { FETCH, type ContenderJob } from '../job.js';
import type { Tally } from '../tally.js';
import { registerKafkajsCodecs } from './kafkajs-codecs.js';

const require = createRequire(import.meta.url);

interface KafkajsMessage {
  key: Buffer | null;
  value: Buffer | null;
}
interface KafkajsConsumer {
  connect(): Promise<void>;
  subscribe(options: { topics: string[]; fromBeginning: boolean }): Promise<void>;
  run(options: { autoCommit: boolean; eachBatch: (payload: { batch: { messages: KafkajsMessage[] } }) => Promise<void> }): Promise<void>;
  on(event: string, listener: (event: { payload: { error: Error } }) => void): void;
  events: { CRASH: string };
  disconnect(): Promise<void>;
}
interface KafkajsModule {
  Kafka: new (config: Record<string, unknown>) => { consumer(config: Record<string, unknown>): KafkajsConsumer };
  logLevel: { NOTHING: number };
}

// Loaded with the module, before the child starts its clock, as the other clients are.
const { Kafka, logLevel } = require('kafkajs') as KafkajsModule;
registerKafkajsCodecs();

export async function consume(job: ContenderJob, tally: Tally): Promise<void> {
  const kafka = new Kafka({ clientId: 'bench-e2e', brokers: job.bootstrap, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: job.groupId,
    maxWaitTimeInMs: FETCH.maxWaitMs,
    minBytes: FETCH.minBytes,
    maxBytesPerPartition: FETCH.partitionMaxBytes,
    maxBytes: FETCH.maxBytes,
    allowAutoTopicCreation: false,
  });
  const crashed = new Promise<never>((_, reject) => consumer.on(consumer.events.CRASH, (event) => reject(event.payload.error)));
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [job.topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) tally.add(message.key, message.value);
      },
    });
    await Promise.race([tally.complete, crashed]);
  } finally {
    await consumer.disconnect();
  }
}
