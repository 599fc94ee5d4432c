// kcat (librdkafka) against the fake cluster over TCP: librdkafka is strict about the protocol,
// which makes it a good judge of whether the fake answers like Kafka.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeCluster } from '../src/index.js';
import { hasKcat, peerMissing, run } from './support/peers.js';

const missing = peerMissing('kcat', hasKcat());

test('kcat -L lists brokers, topics, partitions, leaders and replicas', async () => {
  if (missing) return;
  const cluster = await FakeCluster.start({ brokers: 3, topics: { listed: 3 } });
  try {
    const result = await run('kcat', ['-b', cluster.bootstrap.join(','), '-L', '-m', '10']);
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /3 brokers:/);
    for (const b of cluster.brokers) assert.match(result.stdout, new RegExp(`broker ${b.id} at 127\\.0\\.0\\.1:${b.port}`));
    assert.match(result.stdout, /topic "listed" with 3 partitions:/);
    for (const p of [0, 1, 2]) {
      const snap = cluster.partition('listed', p);
      assert.match(result.stdout, new RegExp(`partition ${p}, leader ${snap.leader}, replicas: ${snap.replicas.join(',')}, isrs: ${snap.isr.join(',')}`));
    }
  } finally {
    await cluster.stop();
  }
});

test('kcat -P with each codec (gzip, snappy, lz4, zstd) and kcat -C -e reads everything back in order', async () => {
  if (missing) return;
  const cluster = await FakeCluster.start({ brokers: 2, topics: { codecs: 1 } });
  try {
    const bootstrap = cluster.bootstrap.join(',');
    const expected: string[] = [];
    for (const codec of ['gzip', 'snappy', 'lz4', 'zstd']) {
      const lines = Array.from({ length: 50 }, (_, i) => `${codec}-${i}-${'x'.repeat(i)}`);
      expected.push(...lines);
      const produced = await run('kcat', ['-b', bootstrap, '-P', '-t', 'codecs', '-p', '0', '-z', codec], `${lines.join('\n')}\n`);
      assert.is(produced.code, 0, `${codec}: ${produced.stderr}`);
    }
    const batches = cluster.records('codecs', 0);
    const codecs = new Set(batches.map((b) => (b[22] as number) & 0x07));
    // librdkafka sends a batch uncompressed when compressing would not shrink it; the others
    // must be stored exactly as kcat compressed them.
    for (const codec of [1, 2, 3, 4]) assert.ok(codecs.has(codec), `a batch with codec ${codec} is stored as produced`);
    const consumed = await run('kcat', ['-b', bootstrap, '-C', '-t', 'codecs', '-e', '-o', 'beginning', '-f', '%o %s\n']);
    assert.is(consumed.code, 0, consumed.stderr);
    const lines = consumed.stdout.trim().split('\n');
    assert.equal(lines, expected.map((value, offset) => `${offset} ${value}`));
  } finally {
    await cluster.stop();
  }
});

test.run();
