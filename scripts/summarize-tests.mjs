// Adds up the `[tests] <suite>: N passed, N failed, N skipped` lines of scripts/uvu.mjs found in
// a log (stdin) and prints CI's closing line. A skipped test counts as failed: skipping is not
// passing. Exit code: 1 when anything failed or nothing ran.
import { readFileSync } from 'node:fs';

const log = readFileSync(0, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
const tally = /\[tests\] (\S+): (\d+) passed, (\d+) failed, (\d+) skipped/g;
let passed = 0;
let failed = 0;
const seen = new Set();
for (const match of log.matchAll(tally)) {
  const [, suite, p, f, s] = match;
  if (seen.has(suite)) continue;
  seen.add(suite);
  passed += Number(p);
  failed += Number(f) + Number(s);
}
const runnerFailed = process.argv.includes('--runner-failed');
if (runnerFailed && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
