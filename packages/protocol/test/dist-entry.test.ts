import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exportsSeenFromDist, runAgainstDist } from '../../../scripts/test-helpers/dist-entry.js';
import * as source from '../src/index.js';

test('the built package loads from plain .mjs and .cjs with the same exports as the source', () => {
  const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { esm, cjs } = exportsSeenFromDist(packageDir, '@kafkaline/protocol');
  const expected = Object.keys(source).sort();
  assert.equal(esm, expected);
  assert.equal(cjs, expected);
});

// Native codecs are loaded with a runtime require; the ESM bundle must make a real one (esbuild's
// shim throws "Dynamic require is not supported") or zstd fails for every ESM user.
test('every codec round-trips from the built ESM and CJS packages', () => {
  const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const body = (load: string) => `${load}
const data = new TextEncoder().encode('kafkaline '.repeat(100));
const results = [];
for (const codec of ['gzip', 'snappy', 'lz4', 'zstd']) {
  const packed = await m.compress(codec, data);
  const id = { gzip: 1, snappy: 2, lz4: 3, zstd: 4 }[codec];
  const back = await m.decompress(id, packed);
  results.push(codec + ':' + (Buffer.compare(Buffer.from(back), Buffer.from(data)) === 0));
}
console.log(results.join(' '));`;
  const expected = 'gzip:true snappy:true lz4:true zstd:true';
  const esm = runAgainstDist(packageDir, '@kafkaline/protocol', 'mjs', body(`const m = await import('@kafkaline/protocol');`));
  assert.is(esm.trim(), expected);
  const cjs = runAgainstDist(packageDir, '@kafkaline/protocol', 'cjs', `(async () => {${body(`const m = require('@kafkaline/protocol');`)}})();`);
  assert.is(cjs.trim(), expected);
});

test.run();
