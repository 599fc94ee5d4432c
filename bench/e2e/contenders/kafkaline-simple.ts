// kafkaline SimpleConsumer: every partition of the topic, no group (so no offset storage, start
// at offset 0), iterated message by message with `for await`. bufferSize is the first
// per-partition fetch limit: set to the shared 1 MiB instead of kafka-python's 4 KiB.
import { SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import { FETCH, type ContenderJob } from '../job.js';
import type { Tally } from '../tally.js';

export async function consume(job: ContenderJob, tally: Tally): Promise<void> {
  const client = new KafkaClient({ brokers: job.bootstrap, clientId: 'bench-e2e' });
  const consumer = new SimpleConsumer(client, null, job.topic, {
    autoCommit: false,
    autoOffsetReset: 'smallest',
    bufferSize: FETCH.partitionMaxBytes,
    maxBufferSize: FETCH.partitionMaxBytes,
    iterTimeoutMs: 30_000,
  });
  try {
    for await (const { message } of consumer) {
      tally.add(message.key, message.value);
      if (tally.done) break;
    }
  } finally {
    await consumer.stop();
    await client.close();
  }
}
