import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
// @ts-expect-error plain .mjs script without types
import { checkLayers } from '../check-layers.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fakeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const manifest = (name: string, deps: Record<string, string> = {}) =>
  JSON.stringify({ name: `@kafkaline/${name}`, dependencies: deps });

test('the real repository keeps its layering', () => {
  assert.equal(checkLayers(repoRoot), []);
});

test('protocol importing network is reported with file and rule', () => {
  const root = fakeRepo({
    'packages/protocol/package.json': manifest('protocol'),
    'packages/protocol/src/index.ts': "import { KafkaClient } from '@kafkaline/network';\n",
    'packages/network/package.json': manifest('network'),
  });
  try {
    const violations = checkLayers(root);
    assert.is(violations.length, 1);
    assert.match(violations[0], /packages\/protocol\/src\/index\.ts imports '@kafkaline\/network'/);
    assert.match(violations[0], /none of ours/);
  } finally {
    rmSync(root, { recursive: true });
  }
});

test('a relative import that climbs into another package is caught', () => {
  const root = fakeRepo({
    'packages/network/package.json': manifest('network'),
    'packages/network/src/client.ts': "export * from '../../consumer/src/index.js';\n",
    'packages/consumer/package.json': manifest('consumer'),
  });
  try {
    const violations = checkLayers(root);
    assert.is(violations.length, 1);
    assert.match(violations[0], /package consumer/);
  } finally {
    rmSync(root, { recursive: true });
  }
});

test('a forbidden package.json dependency is caught even without an import', () => {
  const root = fakeRepo({
    'packages/testing/package.json': manifest('testing', { '@kafkaline/consumer': 'workspace:^' }),
    'packages/testing/src/index.ts': 'export const x = 1;\n',
  });
  try {
    const violations = checkLayers(root);
    assert.equal(violations.length, 1);
    assert.match(violations[0], /package\.json depends on @kafkaline\/consumer/);
  } finally {
    rmSync(root, { recursive: true });
  }
});

test('testing may use network only from src/helpers', () => {
  const root = fakeRepo({
    'packages/testing/package.json': manifest('testing'),
    'packages/testing/src/helpers/topics.ts': "import { KafkaClient } from '@kafkaline/network';\n",
    'packages/testing/src/cluster.ts': "const n = await import('@kafkaline/network');\n",
  });
  try {
    const violations = checkLayers(root);
    assert.is(violations.length, 1);
    assert.match(violations[0], /src\/cluster\.ts/);
  } finally {
    rmSync(root, { recursive: true });
  }
});

test.run();
