// Topic config compression.type: Kafka writes produced batches with the topic's codec,
// recompressing what arrived with another one; `producer` (the default) keeps the producer's.
// Found by the integration suite: the fake stored every batch as produced.
import { decodeBatches, readLogEntryHeader } from '@kafkaline/protocol';
import kafkajs from 'kafkajs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeCluster } from '../src/index.js';

const { CompressionTypes, Kafka, logLevel } = kafkajs;
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

async function produce(cluster: FakeCluster, topic: string, compression: number, options: { idempotent?: boolean } = {}) {
  const producer = new Kafka({ brokers: cluster.bootstrap, logLevel: logLevel.NOTHING }).producer({ idempotent: options.idempotent ?? false, maxInFlightRequests: 1 });
  await producer.connect();
  await producer.send({ topic, compression, acks: -1, messages: [{ key: 'k0', value: 'v0', headers: { h: 'x' } }, { key: null, value: 'v1' }, { key: 'k2', value: null }] });
  await producer.disconnect();
}

async function stored(cluster: FakeCluster, topic: string) {
  const [entry] = cluster.records(topic, 0);
  assert.ok(entry, 'one batch stored');
  const header = readLogEntryHeader(entry as Uint8Array, 0);
  const batches = [];
  for await (const batch of decodeBatches(entry)) batches.push(batch);
  const records = batches.flatMap((b) => b.records);
  return {
    codec: header?.compression,
    producerId: batches[0]?.producerId,
    baseSequence: batches[0]?.baseSequence,
    records: records.map((r) => ({ offset: r.offset, key: r.key && Buffer.from(r.key).toString(), value: r.value && Buffer.from(r.value).toString(), headers: r.headers.map((h) => h.key) })),
  };
}

const EXPECTED_RECORDS = [
  { offset: 0, key: 'k0', value: 'v0', headers: ['h'] },
  { offset: 1, key: null, value: 'v1', headers: [] },
  { offset: 2, key: 'k2', value: null, headers: [] },
];

test('compression.type=zstd|lz4|snappy|gzip makes the broker rewrite an uncompressed batch with that codec', async () => {
  const codecs = { gzip: 1, snappy: 2, lz4: 3, zstd: 4 };
  const cluster = await FakeCluster.start({ topics: Object.fromEntries(Object.keys(codecs).map((c) => [c, { partitions: 1, configs: { 'compression.type': c } }])) });
  try {
    for (const [codec, id] of Object.entries(codecs)) {
      await produce(cluster, codec, CompressionTypes.None);
      const batch = await stored(cluster, codec);
      assert.is(batch.codec, id, `${codec}: stored codec`);
      assert.equal(batch.records, EXPECTED_RECORDS, `${codec}: records unchanged`);
    }
  } finally {
    await cluster.stop();
  }
});

test('compression.type=uncompressed decompresses; recompression keeps the idempotent producer id and sequence', async () => {
  const cluster = await FakeCluster.start({ topics: { plain: { partitions: 1, configs: { 'compression.type': 'uncompressed' } } } });
  try {
    await produce(cluster, 'plain', CompressionTypes.GZIP, { idempotent: true });
    const batch = await stored(cluster, 'plain');
    assert.is(batch.codec, 0);
    assert.equal(batch.records, EXPECTED_RECORDS);
    assert.ok(Number(batch.producerId) >= 0, 'producer id kept');
    assert.is(batch.baseSequence, 0, 'base sequence kept');
  } finally {
    await cluster.stop();
  }
});

test("compression.type=producer (the default) stores the producer's codec", async () => {
  const cluster = await FakeCluster.start({ topics: { given: 1, explicit: { partitions: 1, configs: { 'compression.type': 'producer' } } } });
  try {
    for (const topic of ['given', 'explicit']) {
      await produce(cluster, topic, CompressionTypes.GZIP);
      assert.is((await stored(cluster, topic)).codec, 1, topic);
    }
  } finally {
    await cluster.stop();
  }
});

test.run();
