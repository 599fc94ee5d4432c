import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exportsSeenFromDist } from '../../../scripts/test-helpers/dist-entry.js';
import * as source from '../src/index.js';

test('the built package loads from plain .mjs and .cjs with the same exports as the source', () => {
  const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { esm, cjs } = exportsSeenFromDist(packageDir, '@kafkaline/cli');
  const expected = Object.keys(source).sort();
  assert.equal(esm, expected);
  assert.equal(cjs, expected);
});

test.run();
