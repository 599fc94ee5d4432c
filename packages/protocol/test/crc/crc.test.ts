import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { crc32, crc32c } from '../../src/index.js';
import { bufferCrc32, crc32Js } from '../../src/crc/crc32.js';
import { crc32cJs } from '../../src/crc/crc32c.js';

const check = new TextEncoder().encode('123456789');

test('CRC-32C and CRC-32 give the standard check values', () => {
  assert.is(crc32c(check), 0xe3069283);
  assert.is(crc32cJs(check, 0, check.length), 0xe3069283);
  assert.is(crc32(check), 0xcbf43926);
  assert.is(crc32Js(check, 0, check.length), 0xcbf43926);
  assert.is(crc32c(new Uint8Array(0)), 0);
  assert.is(crc32(new Uint8Array(0)), 0);
});

test('buffer-crc32, the fallback where neither @node-rs/crc32 nor zlib.crc32 loads, agrees with the tables', () => {
  const viaBufferCrc32 = bufferCrc32();
  assert.ok(viaBufferCrc32 !== null, 'buffer-crc32 is a dependency and must load');
  assert.is(viaBufferCrc32(check), 0xcbf43926);
  const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) & 0xff);
  assert.is(viaBufferCrc32(bytes.subarray(3, 4003)), crc32Js(bytes, 3, 4003));
});

test('the JS tables and the native paths agree at every length and alignment around the switch-over', () => {
  const bytes = new Uint8Array(1200);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) & 0xff;
  for (const start of [0, 1, 3, 8]) {
    for (let length = 0; length <= 600; length += length < 300 ? 1 : 37) {
      const end = start + length;
      const slice = bytes.subarray(start, end);
      assert.is(crc32c(bytes, start, end), crc32cJs(bytes, start, end), `crc32c ${start}+${length}`);
      assert.is(crc32(bytes, start, end), zlib.crc32 ? zlib.crc32(slice) : crc32Js(bytes, start, end), `crc32 ${start}+${length}`);
      assert.is(crc32(bytes, start, end), crc32Js(bytes, start, end), `crc32 js ${start}+${length}`);
    }
  }
});

test('a CRC covers only its range: bytes outside it do not change it', () => {
  const bytes = new Uint8Array(400).fill(9);
  const before = crc32c(bytes, 100, 390);
  bytes[99] = 1;
  bytes[390] = 1;
  assert.is(crc32c(bytes, 100, 390), before);
  bytes[389] = 1;
  assert.is.not(crc32c(bytes, 100, 390), before);
});

test('without the native module, batches are still checked and decoded through the JS tables', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const script = `
    import { crc32cImplementation, decodeRecords, encodeRecordBatch } from './src/index.ts';
    const batch = await encodeRecordBatch({ records: [{ value: 'x'.repeat(5000), timestamp: 1 }] });
    const damaged = Uint8Array.from(batch); damaged[100] ^= 1;
    const ok = (await decodeRecords(batch)).length;
    const caught = await decodeRecords(damaged).then(() => 'no', (e) => e.code);
    console.log(JSON.stringify([crc32cImplementation, ok, caught]));`;
  const out = execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, KAFKALINE_NATIVE_CRC: '0' },
    encoding: 'utf8',
  });
  assert.equal(JSON.parse(out), ['js', 1, 'CORRUPT_MESSAGE']);
});

test.run();
