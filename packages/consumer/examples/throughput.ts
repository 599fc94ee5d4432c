// Consumer throughput on the fake cluster over TCP (localhost):
//   node --conditions=source --import tsx packages/consumer/examples/throughput.ts [messages] [valueBytes] [codec]
// Defaults: 200,000 messages of 100 bytes in lz4 batches of 1,000, over 4 partitions. Each
// consumer class reads everything three times (a fresh consumer each run); the median run is
// printed. Figures depend on the machine; nothing asserts on them.
import { KafkaConsumer, SimpleConsumer } from '@kafkaline/consumer';
import { KafkaClient } from '@kafkaline/network';
import { encodeRecordBatch } from '@kafkaline/protocol';
import { FakeCluster } from '@kafkaline/testing';

const MESSAGES = Number(process.argv[2] ?? 200_000);
const VALUE_BYTES = Number(process.argv[3] ?? 100);
const CODEC = (process.argv[4] ?? 'lz4') as 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
const PARTITIONS = 4;
const PER_BATCH = 1000;
const RUNS = 3;
const TOPIC = 'throughput';

const cluster = await FakeCluster.start({ brokers: 1, topics: { [TOPIC]: PARTITIONS } });
const perPartition = Math.ceil(MESSAGES / PARTITIONS);
// Values of random hex digits (seeded): compressible about as much as typical text payloads.
let state = 0x9e3779b9;
const HEX = new TextEncoder().encode('0123456789abcdef');
function randomValue(): Uint8Array {
  const bytes = new Uint8Array(VALUE_BYTES);
  for (let i = 0; i < VALUE_BYTES; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = HEX[(state >>> 28) & 15] as number;
  }
  return bytes;
}
let storedBytes = 0;
for (let partition = 0; partition < PARTITIONS; partition++) {
  for (let base = 0; base < perPartition; base += PER_BATCH) {
    const count = Math.min(PER_BATCH, perPartition - base);
    const batch = await encodeRecordBatch({ baseOffset: base, compression: CODEC, records: Array.from({ length: count }, (_, i) => ({ key: `k${base + i}`, value: randomValue() })) });
    storedBytes += batch.length;
    cluster.appendRaw(TOPIC, partition, batch);
  }
}
const total = perPartition * PARTITIONS;
const payloadMb = (total * VALUE_BYTES) / 1e6;

async function simpleRun(): Promise<number> {
  const client = new KafkaClient({ brokers: cluster.bootstrap });
  const consumer = new SimpleConsumer(client, null, TOPIC, { autoCommit: false, bufferSize: 1024 * 1024, maxBufferSize: null });
  await consumer.ready();
  const started = performance.now();
  let received = 0;
  while (received < total) received += (await consumer.getMessages({ count: 10_000, timeoutMs: 5000 })).length;
  const seconds = (performance.now() - started) / 1000;
  await consumer.stop();
  await client.close();
  return seconds;
}

async function kafkaRun(): Promise<number> {
  const consumer = new KafkaConsumer(TOPIC, { bootstrapServers: cluster.bootstrap, autoOffsetReset: 'smallest', consumerTimeoutMs: 5000 });
  await consumer.ready();
  const started = performance.now();
  let received = 0;
  for await (const _ of consumer) if (++received === total) break;
  const seconds = (performance.now() - started) / 1000;
  await consumer.close();
  return seconds;
}

function report(name: string, runs: number[]): void {
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const rate = (s: number) => Math.round(total / s).toLocaleString('en-US');
  console.log(
    `${name.padEnd(15)} median ${rate(median).padStart(10)} msg/s  ${(payloadMb / median).toFixed(1).padStart(6)} MB/s of values   (runs: ${runs.map((s) => `${rate(s)} msg/s`).join(', ')})`,
  );
}

console.log(`${total.toLocaleString('en-US')} messages x ${VALUE_BYTES} B values, ${CODEC} batches of ${PER_BATCH}, ${PARTITIONS} partitions, ${(storedBytes / 1e6).toFixed(1)} MB on the wire; Node ${process.version}, TCP to ${cluster.bootstrap[0]}`);
try {
  const simple: number[] = [];
  const kafka: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    simple.push(await simpleRun());
    kafka.push(await kafkaRun());
  }
  report('SimpleConsumer', simple);
  report('KafkaConsumer', kafka);
} finally {
  await cluster.stop();
}
