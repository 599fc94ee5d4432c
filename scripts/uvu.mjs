// Runs uvu over a test folder and prints one machine-readable tally line, which
// scripts/summarize-tests.mjs adds up across packages for CI's closing line.
//
// usage: node --conditions=source --import tsx scripts/uvu.mjs <dir> [--include-real-kafka]
// Test files are *.test.ts / *.test.mjs below <dir>. Folders named `real-kafka` hold the
// real-broker suite and are left out unless <dir> is one of them.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'test');
const label = basename(process.cwd()) + '/' + relative(process.cwd(), dir);
const TEST_FILE = /\.test\.(ts|mts|mjs)$/;
const filter = process.env.TEST_FILTER ? new RegExp(process.env.TEST_FILTER) : null;

function collect(folder, out) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name === 'real-kafka' || name === 'fixtures' || name === 'node_modules') continue;
      collect(path, out);
    } else if (TEST_FILE.test(name) && (!filter || filter.test(path))) {
      out.push(path);
    }
  }
  return out;
}

const files = collect(dir, []);
let captured = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
  if (captured.length > 4096) captured = captured.slice(-4096);
  return write(chunk, ...rest);
};

let crashed = false;
try {
  const { run } = await import('uvu/run');
  await run(files.map((file) => ({ name: relative(dir, file), file })), {});
} catch (err) {
  crashed = true;
  console.error(err?.stack ?? String(err));
}
process.stdout.write = write;

// uvu prints "Total: N / Passed: N / Skipped: N" (possibly coloured).
const plain = captured.replace(/\x1b\[[0-9;]*m/g, '');
const number = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(plain)?.[1] ?? 0);
const total = number('Total');
const passed = number('Passed');
const skipped = number('Skipped');
let failed = total - passed - skipped;
if (crashed || (process.exitCode && failed === 0)) failed += 1;
if (files.length === 0 || total === 0) {
  console.error(`[tests] ${label}: no tests ran`);
  failed += 1;
}
console.log(`[tests] ${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || skipped > 0) process.exitCode = 1;
