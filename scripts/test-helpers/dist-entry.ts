// Checks that a package's built output loads the way users load it: `import` from a plain .mjs
// file and `require` from a plain .cjs file (no TypeScript, no source condition).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Gives `work` a throw-away project that has the package installed under its name, as a user
 * would, and a way to run a plain file there (what it printed comes back); removes it afterwards.
 */
function inProjectWith<T>(packageDir: string, packageName: string, prefix: string, work: (run: (file: string, source: string) => string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    const link = join(dir, 'node_modules', packageName);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(packageDir, link, 'dir');
    return work((file, source) => {
      writeFileSync(join(dir, file), source);
      return execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function exportsSeenFromDist(packageDir: string, packageName: string): { esm: string[]; cjs: string[] } {
  return inProjectWith(packageDir, packageName, 'kafkaline-dist-entry-', (run) => {
    const keys = (file: string, load: string) => JSON.parse(run(file, `const m = ${load};\nconsole.log(JSON.stringify(Object.keys(m).sort()));\n`)) as string[];
    return { esm: keys('probe.mjs', `await import(${JSON.stringify(packageName)})`), cjs: keys('probe.cjs', `require(${JSON.stringify(packageName)})`) };
  });
}

/**
 * Runs `source` as a plain .mjs or .cjs file in a throw-away project that has the built package
 * installed under its name, and returns what it printed: for behaviour that only the bundled
 * output can get wrong (module-format shims, native packages loaded at run time).
 */
export function runAgainstDist(packageDir: string, packageName: string, kind: 'mjs' | 'cjs', source: string): string {
  return inProjectWith(packageDir, packageName, 'kafkaline-dist-run-', (run) => run(`probe.${kind}`, source));
}
