// kafkaline KafkaConsumer: manual assignment of every partition (no group), iterated message by
// message with `for await`, as its README shows.
import { KafkaConsumer } from '@kafkaline/consumer';
import { FETCH, type ContenderJob } from '../job.js';
import type { Tally } from '../tally.js';

export async function consume(job: ContenderJob, tally: Tally): Promise<void> {
  const partitions = Array.from({ length: job.partitions }, (_, p) => p);
  const consumer = new KafkaConsumer(
    { [job.topic]: partitions },
    {
      bootstrapServers: job.bootstrap,
      clientId: 'bench-e2e',
      autoOffsetReset: 'smallest',
      fetchWaitMaxMs: FETCH.maxWaitMs,
      fetchMinBytes: FETCH.minBytes,
      fetchMessageMaxBytes: FETCH.partitionMaxBytes,
      consumerTimeoutMs: 30_000,
    },
  );
  try {
    for await (const message of consumer) {
      tally.add(message.key, message.value);
      if (tally.done) break;
    }
  } finally {
    await consumer.close();
  }
}
