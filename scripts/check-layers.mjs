// The dependency-direction check: protocol ← network ← consumer, and testing on protocol only
// (network from its helper modules). Looks at package.json dependencies and at every import in
// a package's src/, so neither a declared nor an undeclared crossing slips through.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each package's runtime code may import from the monorepo. */
export const ALLOWED = {
  protocol: [],
  network: ['protocol'],
  consumer: ['protocol', 'network'],
  testing: ['protocol'],
};

/** Extra permissions that hold only for files below a folder of a package's src/. */
export const ALLOWED_BELOW = {
  testing: { helpers: ['network'] },
};

const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s*['"]([^'"]+)['"]|require\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;

function listSources(folder, out = []) {
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) listSources(path, out);
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

function importsOf(text) {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...withoutComments.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** Which of our packages a specifier names, or null when it is not one of ours. */
function ownPackageOf(specifier, fromFile, packagesDir) {
  const scoped = /^@kafkaline\/([^/]+)/.exec(specifier);
  if (scoped) return scoped[1];
  if (specifier.startsWith('.')) {
    const target = resolve(fromFile, '..', specifier);
    const rel = relative(packagesDir, target);
    if (!rel.startsWith('..')) return rel.split(sep)[0];
  }
  return null;
}

/** Returns the list of violations (empty when the layering holds) for the repo at `root`. */
export function checkLayers(root) {
  const packagesDir = join(root, 'packages');
  const violations = [];
  for (const name of readdirSync(packagesDir).sort()) {
    const manifestPath = join(packagesDir, name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const allowed = ALLOWED[name];
    if (!allowed) continue; // packages outside the layer table (e.g. cli) only use public APIs
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      const own = /^@kafkaline\/(.+)$/.exec(dep)?.[1];
      if (own && !allowed.includes(own)) {
        violations.push(
          `packages/${name}/package.json depends on ${dep}, but ${name} may depend on ${describe(allowed)}`,
        );
      }
    }
    const srcDir = join(packagesDir, name, 'src');
    for (const file of listSources(srcDir)) {
      const firstFolder = relative(srcDir, file).split(sep)[0];
      const extra = ALLOWED_BELOW[name]?.[firstFolder] ?? [];
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const own = ownPackageOf(specifier, file, packagesDir);
        if (own === null || own === name) continue;
        if (!allowed.includes(own) && !extra.includes(own)) {
          violations.push(
            `${relative(root, file)} imports '${specifier}' (package ${own}), but ${name} may import ${describe([...allowed, ...extra])}`,
          );
        }
      }
    }
  }
  return violations;
}

function describe(list) {
  return list.length === 0 ? 'none of ours' : list.map((n) => `@kafkaline/${n}`).join(', ');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  const violations = checkLayers(root);
  if (violations.length > 0) {
    console.error('Layering violated (protocol <- network <- consumer; testing <- protocol):');
    for (const v of violations) console.error(`  - ${v}`);
    process.exit(1);
  }
  console.log('layering ok: protocol <- network <- consumer; testing <- protocol');
}
