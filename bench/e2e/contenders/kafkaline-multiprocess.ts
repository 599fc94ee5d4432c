// kafkaline MultiProcessConsumer with 2 workers (worker threads, each with its own connections):
// every partition, no group, iterated message by message with `for await`. Its CPU and peak RSS
// figures cover the workers too (they are threads of the same process).
import { MultiProcessConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import { FETCH, type ContenderJob } from '../job.js';
import type { Tally } from '../tally.js';

export async function consume(job: ContenderJob, tally: Tally): Promise<void> {
  const client = new KafkaClient({ brokers: job.bootstrap, clientId: 'bench-e2e' });
  const consumer = new MultiProcessConsumer(client, null, job.topic, {
    numProcs: 2,
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
