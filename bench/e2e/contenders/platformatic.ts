// @platformatic/kafka consumer, its stream API: a group of one (fresh id per run), mode
// 'earliest', no autocommit, read_uncommitted like the others, the shared fetch sizes and wait
// (its own default per-partition limit is the whole 50 MB request). Keys and values stay Buffers.
import { Consumer } from '@platformatic/kafka';
import { FETCH, type ContenderJob } from '../job.js';
import type { Tally } from '../tally.js';

// @platformatic/kafka 2.x is written for Node >= 22 and calls Promise.withResolvers (Node 22) in
// its close path; on older Node give it the standard behaviour.
const promiseStatics = Promise as unknown as { withResolvers?: () => unknown };
promiseStatics.withResolvers ??= () => {
  let resolve: (value: unknown) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

export async function consume(job: ContenderJob, tally: Tally): Promise<void> {
  const consumer = new Consumer({
    clientId: 'bench-e2e',
    bootstrapBrokers: job.bootstrap,
    groupId: job.groupId,
    autocommit: false,
    maxWaitTime: FETCH.maxWaitMs,
    minBytes: FETCH.minBytes,
    maxBytes: FETCH.maxBytes,
    maxBytesPerPartition: FETCH.partitionMaxBytes,
    isolationLevel: 0,
  });
  try {
    const stream = await consumer.consume({ topics: [job.topic], mode: 'earliest', autocommit: false });
    for await (const message of stream) {
      tally.add(message.key, message.value);
      if (tally.done) break;
    }
    await stream.close();
  } finally {
    await consumer.close(true);
  }
}
