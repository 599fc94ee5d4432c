// kafkaline demo: `pnpm demo` at the repository root.
//
// Starts an in-memory Kafka cluster (the fake cluster from @kafkaline/testing, speaking the real
// wire protocol on an ephemeral localhost port), seeds a 3-partition topic with 30,000 messages
// in gzip, lz4 and zstd batches, and consumes it three times: with SimpleConsumer, with
// KafkaConsumer and with a 2-worker MultiProcessConsumer. Prints per-partition counts, committed offsets, pending messages and speed.
import { KafkaConsumer, MultiProcessConsumer, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import { encodeRecordBatch } from '@kafkaline/protocol';
import { FakeCluster } from '@kafkaline/testing';

const TOPIC = 'demo';
const PARTITIONS = 3;
const PER_PARTITION = 10_000;
const PER_BATCH = 500;
const CODECS = ['gzip', 'lz4', 'zstd'] as const;
const TOTAL = PARTITIONS * PER_PARTITION;

function table(rows: Array<Record<string, string | number>>): void {
  const columns = Object.keys(rows[0] ?? {});
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => String(r[c]).length));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padStart(width(columns[i] as string))).join('   ')}`;
  console.log(line(columns));
  for (const row of rows) console.log(line(columns.map((c) => String(row[c]))));
}

async function seed(cluster: FakeCluster): Promise<void> {
  const encoder = new TextEncoder();
  for (let partition = 0; partition < PARTITIONS; partition++) {
    for (let base = 0; base < PER_PARTITION; base += PER_BATCH) {
      const compression = CODECS[(base / PER_BATCH) % CODECS.length];
      const records = Array.from({ length: PER_BATCH }, (_, i) => ({
        key: `user-${(base + i) % 97}`,
        value: encoder.encode(JSON.stringify({ partition, n: base + i, note: 'hello from kafkaline' })),
      }));
      cluster.appendRaw(TOPIC, partition, await encodeRecordBatch({ baseOffset: base, compression, records }));
    }
  }
}

async function withSimpleConsumer(client: KafkaClient): Promise<void> {
  const consumer = new SimpleConsumer(client, 'demo-simple', TOPIC, { bufferSize: 256 * 1024, maxBufferSize: null }).providePartitionInfo();
  const counts = new Array<number>(PARTITIONS).fill(0);
  const started = performance.now();
  let received = 0;
  while (received < TOTAL) {
    const batch = await consumer.getMessages({ count: 1000, timeoutMs: 2000 });
    if (batch.length === 0) throw new Error(`SimpleConsumer stalled after ${received} messages`);
    for (const [partition] of batch) {
      counts[partition] = (counts[partition] ?? 0) + 1;
    }
    received += batch.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const pending = await consumer.pending();
  await consumer.stop(); // commits what auto-commit owes
  const committed = await client.offsetFetch({ groupId: 'demo-simple', partitions: counts.map((_, partition) => ({ topic: TOPIC, partition })) });
  console.log(`\nSimpleConsumer (group 'demo-simple'): ${received} messages in ${seconds.toFixed(2)} s = ${Math.round(received / seconds).toLocaleString('en-US')} messages/s`);
  table(counts.map((count, partition) => ({ partition, messages: count, committed: committed.partitions[partition]?.offset ?? -1, pending: pending.partitions.get(partition) ?? 0 })));
}

async function withKafkaConsumer(bootstrap: string[], client: KafkaClient): Promise<void> {
  const consumer = new KafkaConsumer(TOPIC, {
    bootstrapServers: bootstrap,
    clientId: 'kafkaline-demo',
    groupId: 'demo-kafka',
    autoCommitEnable: true,
    autoCommitIntervalMs: 1000,
    autoOffsetReset: 'smallest',
    consumerTimeoutMs: 2000,
    deserializer: (value) => JSON.parse(new TextDecoder().decode(value ?? new Uint8Array())) as { partition: number; n: number },
  });
  const counts = new Array<number>(PARTITIONS).fill(0);
  const started = performance.now();
  let received = 0;
  for await (const message of consumer) {
    if (message.value.partition !== message.partition) throw new Error('message landed in the wrong partition');
    counts[message.partition] = (counts[message.partition] ?? 0) + 1;
    await consumer.taskDone(message);
    if (++received === TOTAL) break;
  }
  const seconds = (performance.now() - started) / 1000;
  await consumer.close(); // commits the offsets marked done
  const ends = await client.listOffsets({ partitions: counts.map((_, partition) => ({ topic: TOPIC, partition, timestamp: 'latest' as const })) });
  const committed = consumer.offsets('commit').get(TOPIC);
  console.log(`\nKafkaConsumer (group 'demo-kafka'): ${received} messages in ${seconds.toFixed(2)} s = ${Math.round(received / seconds).toLocaleString('en-US')} messages/s`);
  table(
    counts.map((count, partition) => {
      const commit = committed?.get(partition) ?? 0;
      return { partition, messages: count, committed: commit, pending: (ends[partition]?.offset ?? 0) - commit };
    }),
  );
}

async function withMultiProcessConsumer(client: KafkaClient): Promise<void> {
  // Two worker threads split the 3 partitions ([0, 2] and [1]) and parse the JSON values themselves.
  const consumer = new MultiProcessConsumer<{ partition: number; n: number }>(client, 'demo-multiprocess', TOPIC, {
    numProcs: 2,
    bufferSize: 256 * 1024,
    maxBufferSize: null,
    worker: { deserializer: { module: new URL('./parse-json.ts', import.meta.url).href, export: 'parseJson' } },
  });
  const counts = new Array<number>(PARTITIONS).fill(0);
  // Starting the worker threads takes a moment: the speed is measured from the first message.
  const first = await consumer.getMessages({ count: 1, timeoutMs: 10_000 });
  for (const { message } of first) counts[message.value.partition] = (counts[message.value.partition] ?? 0) + 1;
  const started = performance.now();
  let received = first.length;
  while (received < TOTAL) {
    // Never more than what is left: a blocking call for more would wait for its whole timeout.
    const batch = await consumer.getMessages({ count: Math.min(1000, TOTAL - received), timeoutMs: 2000 });
    if (batch.length === 0) throw new Error(`MultiProcessConsumer stalled after ${received} messages`);
    for (const { message } of batch) counts[message.value.partition] = (counts[message.value.partition] ?? 0) + 1;
    received += batch.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const split = consumer.workerPartitions.map((share) => `[${share.join(', ')}]`).join(' ');
  const pending = await consumer.pending();
  await consumer.stop(); // ends the workers and commits what auto-commit owes
  console.log(
    `\nMultiProcessConsumer (group 'demo-multiprocess', workers ${split}): ${received} messages, after the first in ${seconds.toFixed(2)} s = ${Math.round((received - first.length) / seconds).toLocaleString('en-US')} messages/s`,
  );
  table(counts.map((count, partition) => ({ partition, messages: count, committed: consumer.offsets.get(partition) ?? -1, pending: pending.partitions.get(partition) ?? 0 })));
}

const cluster = await FakeCluster.start({ brokers: 1, topics: { [TOPIC]: PARTITIONS } });
console.log(`Fake Kafka cluster listening on ${cluster.bootstrap.join(', ')}`);
const seeding = performance.now();
await seed(cluster);
console.log(`Seeded topic '${TOPIC}': ${PARTITIONS} partitions x ${PER_PARTITION.toLocaleString('en-US')} messages in ${PER_BATCH}-record ${CODECS.join('/')} batches (${Math.round(performance.now() - seeding)} ms)`);
const client = new KafkaClient({ brokers: cluster.bootstrap, clientId: 'kafkaline-demo' });
try {
  await withSimpleConsumer(client);
  await withKafkaConsumer(cluster.bootstrap, client);
  await withMultiProcessConsumer(client);
} finally {
  await client.close();
  await cluster.stop();
}
