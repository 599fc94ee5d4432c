// The README's example, run as written: a doc that stops compiling or printing the same line fails here.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

test('the README example runs and prints what its comment says', async () => {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(code, 'README.md has a ts example');
  const expected = /console\.log\(.*\); \/\/ (.*)$/m.exec(code)?.[1];
  assert.ok(expected, 'the example states its output in a comment');
  // Next to the package so '@kafkaline/protocol' resolves to this package through self-reference.
  const file = join(packageDir, `.readme-example-${process.pid}.ts`);
  writeFileSync(file, `${code.replace('console.log(', 'captureOutput(')}\nfunction captureOutput(...values: unknown[]): void {\n  (globalThis as { readmeOutput?: unknown[] }).readmeOutput = values;\n}\n`);
  try {
    await import(file);
  } finally {
    rmSync(file, { force: true });
  }
  const output = (globalThis as { readmeOutput?: unknown[] }).readmeOutput;
  assert.is((output ?? []).join(' '), expected);
});

test.run();
