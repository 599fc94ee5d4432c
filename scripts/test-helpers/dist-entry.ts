// Checks that a package's built output loads the way users load it: `import` from a plain .mjs
// file and `require` from a plain .cjs file (no TypeScript, no source condition).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function exportsSeenFromDist(packageDir: string, packageName: string): { esm: string[]; cjs: string[] } {
  // A throw-away project that has the package installed under its name, as a user would.
  const dir = mkdtempSync(join(tmpdir(), 'kafkaline-dist-entry-'));
  try {
    const link = join(dir, 'node_modules', packageName);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(packageDir, link, 'dir');
    writeFileSync(
      join(dir, 'probe.mjs'),
      `const m = await import(${JSON.stringify(packageName)});\nconsole.log(JSON.stringify(Object.keys(m).sort()));\n`,
    );
    writeFileSync(
      join(dir, 'probe.cjs'),
      `const m = require(${JSON.stringify(packageName)});\nconsole.log(JSON.stringify(Object.keys(m).sort()));\n`,
    );
    const run = (file: string) =>
      JSON.parse(execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })) as string[];
    return { esm: run('probe.mjs'), cjs: run('probe.cjs') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `source` as a plain .mjs or .cjs file in a throw-away project that has the built package
 * installed under its name, and returns what it printed: for behaviour that only the bundled
 * output can get wrong (module-format shims, native packages loaded at run time).
 */
export function runAgainstDist(packageDir: string, packageName: string, kind: 'mjs' | 'cjs', source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kafkaline-dist-run-'));
  try {
    const link = join(dir, 'node_modules', packageName);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(packageDir, link, 'dir');
    writeFileSync(join(dir, `probe.${kind}`), source);
    return execFileSync(process.execPath, [join(dir, `probe.${kind}`)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
