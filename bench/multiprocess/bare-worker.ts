// The benchmark's ceiling for worker threads: a thread that runs a SimpleConsumer over its share
// of the partitions and parses + summarizes every value itself, so that nothing but a final count
// crosses to the parent. No MultiProcessConsumer can be faster than two of these.
import { parentPort, workerData } from 'node:worker_threads';
import { SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import { summarizeOrder } from './deserializer.js';

export interface BareWorkerData {
  bootstrap: string;
  partitions: number[];
  /** Messages in this worker's partitions. */
  total: number;
  fetch: { bufferSize: number; maxBufferSize: number };
}

export interface BareWorkerReport {
  messages: number;
  lines: number;
}

const port = parentPort;
if (port === null) throw new Error('bare-worker.ts runs in a worker thread');
const { bootstrap, partitions, total, fetch } = workerData as BareWorkerData;
const client = new KafkaClient({ brokers: bootstrap });
const consumer = new SimpleConsumer(client, null, 'bench', { autoCommit: false, partitions, ...fetch });
try {
  // The first messages (connection, metadata, first fetch) before the parent's clock starts, as
  // the other runs do.
  let messages = (await consumer.getMessages({ count: 1, timeoutMs: 5000 })).length;
  port.postMessage('started');
  await new Promise((resolve) => port.once('message', resolve));
  let lines = 0;
  while (messages < total) {
    const batch = await consumer.getMessages({ count: Math.min(1000, total - messages), timeoutMs: 5000 });
    for (const { message } of batch) lines += summarizeOrder(message.value)?.lines ?? 0;
    messages += batch.length;
  }
  port.postMessage({ messages, lines } satisfies BareWorkerReport);
} finally {
  await consumer.stop();
  await client.close();
}
