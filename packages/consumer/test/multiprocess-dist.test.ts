// The built package runs MultiProcessConsumer workers: from `import` (dist/multiprocess-worker.js)
// and from `require` (dist/multiprocess-worker.cjs), in plain Node without tsx or the source
// condition, with a deserializer module run in the workers. Uses dist/ as built by `pnpm build`
// (the test task depends on the build). gzip, not zstd: protocol's ESM build cannot load the
// native zstd binding (its require shim throws), which is protocol's to fix.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const probe = (load: (name: string) => string) => `
const { MultiProcessConsumer } = ${load('@kafkaline/consumer')};
const { KafkaClient } = ${load('@kafkaline/network')};
const { encodeRecordBatch } = ${load('@kafkaline/protocol')};
const { FakeCluster } = ${load('@kafkaline/testing')};
const path = require_or_url('./deserializer.cjs');
(async () => {
  const cluster = await FakeCluster.start({ topics: { t: 2 } });
  for (const p of [0, 1]) {
    cluster.appendRaw('t', p, await encodeRecordBatch({ baseOffset: 0, compression: 'gzip', records: Array.from({ length: 10 }, (_, i) => ({ value: JSON.stringify({ p, i }) })) }));
  }
  const client = new KafkaClient({ brokers: cluster.bootstrap });
  const consumer = new MultiProcessConsumer(client, 'dist-group', 't', { numProcs: 2, worker: { deserializer: { module: path, export: 'parse' } } });
  const got = await consumer.getMessages({ count: 20, timeoutMs: 30000 });
  await consumer.stop();
  await client.close();
  await cluster.stop();
  console.log(JSON.stringify({ count: got.length, sum: got.reduce((s, m) => s + m.message.value.i, 0), workers: consumer.workerPartitions }));
})();
`;

function runProbes(): { esm: unknown; cjs: unknown } {
  const dir = mkdtempSync(join(tmpdir(), 'kafkaline-mpc-dist-'));
  try {
    for (const name of ['consumer', 'network', 'protocol', 'testing']) {
      const link = join(dir, 'node_modules', '@kafkaline', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(packagesDir, name), link, 'dir');
    }
    writeFileSync(join(dir, 'deserializer.cjs'), 'exports.parse = (value) => JSON.parse(Buffer.from(value).toString());\n');
    const here = (file: string) => JSON.stringify(join(dir, file));
    writeFileSync(join(dir, 'probe.mjs'), probe((name) => `await import(${JSON.stringify(name)})`).replace("require_or_url('./deserializer.cjs')", here('deserializer.cjs')));
    writeFileSync(join(dir, 'probe.cjs'), probe((name) => `require(${JSON.stringify(name)})`).replace("require_or_url('./deserializer.cjs')", here('deserializer.cjs')));
    const run = (file: string) =>
      JSON.parse(execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } }));
    return { esm: run('probe.mjs'), cjs: run('probe.cjs') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the built package runs MultiProcessConsumer workers from plain .mjs and .cjs, deserializer included', () => {
  const expected = { count: 20, sum: 2 * 45, workers: [[0], [1]] };
  const { esm, cjs } = runProbes();
  assert.equal(esm, expected);
  assert.equal(cjs, expected);
});

test.run();
