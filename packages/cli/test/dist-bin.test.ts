// The published bin: `pnpm --filter @kafkaline/cli build` must produce a dist/cli.js that runs
// under plain node (no tsx, no source condition) and talks to a cluster.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DIST_ENTRY, PACKAGE_DIR, runCli } from './support/cli-process.js';
import { startOrdersCluster } from './support/cluster.js';

function newestSourceChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

test('package.json bin `kafkaline` is dist/cli.js, built from the current source, with a node shebang', () => {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.is(join(PACKAGE_DIR, manifest.bin['kafkaline'] as string), DIST_ENTRY);
  let built: number;
  try {
    built = statSync(DIST_ENTRY).mtimeMs;
  } catch {
    throw new Error(`${DIST_ENTRY} is missing: run 'pnpm --filter @kafkaline/cli build' (turbo's test task does)`);
  }
  assert.ok(built >= newestSourceChange(join(PACKAGE_DIR, 'src')), "dist/cli.js is older than src: run 'pnpm --filter @kafkaline/cli build'");
  assert.ok(readFileSync(DIST_ENTRY, 'utf8').startsWith('#!/usr/bin/env node\n'));
});

test('the built bin prints its version and help under plain node', async () => {
  const version = await runCli(['--version'], { dist: true });
  assert.is(version.code, 0, version.stderr);
  assert.match(version.stdout, /^kafkaline \d+\.\d+\.\d+\n$/);
  const help = await runCli(['tail', '--help'], { dist: true });
  assert.is(help.code, 0, help.stderr);
  assert.ok(help.stdout.startsWith('usage: kafkaline tail'));
});

test('the built bin tails and lists offsets against the fake cluster, and exits 2 on bad arguments', async () => {
  const { cluster, brokers } = await startOrdersCluster();
  try {
    const tailed = await runCli(['tail', 'orders', '--brokers', brokers, '--partitions', '2'], { dist: true });
    assert.is(tailed.code, 0, tailed.stderr);
    assert.is(tailed.stdout, 'p2-0\np2-1\np2-2\np2-3\n');
    const offsets = await runCli(['offsets', 'orders', '--brokers', brokers, '--json'], { dist: true });
    assert.is(offsets.code, 0, offsets.stderr);
    assert.is(JSON.parse(offsets.stdout).partitions.length, 3);
    const bad = await runCli(['tail', 'orders', '--bogus'], { dist: true });
    assert.is(bad.code, 2);
    assert.is(bad.stderr, "kafkaline tail: unknown option '--bogus' (see 'kafkaline tail --help')\n");
  } finally {
    await cluster.stop();
  }
});

test.run();
