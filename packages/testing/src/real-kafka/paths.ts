import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function moduleDir(): string {
  // ESM (source, tsx, dist/*.js); a CJS bundle has __dirname instead.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

let cachedDataDir: string | undefined;

/** packages/testing/real-kafka: poms, properties templates, logging configs. */
export function dataDir(): string {
  if (cachedDataDir) return cachedDataDir;
  const here = moduleDir();
  // src/real-kafka/*.ts -> ../../real-kafka; a bundle in dist/ -> ../real-kafka
  for (const candidate of [join(here, '..', '..', 'real-kafka'), join(here, '..', 'real-kafka')]) {
    if (existsSync(join(candidate, 'server.properties'))) return (cachedDataDir = resolve(candidate));
  }
  throw new Error(`real-kafka: data files (real-kafka/server.properties) not found near ${here}`);
}

/** Where resolved jars live: $KAFKALINE_CACHE_DIR, else $XDG_CACHE_HOME/kafkaline, else ~/.cache/kafkaline. */
export function cacheRoot(): string {
  const explicit = process.env.KAFKALINE_CACHE_DIR;
  if (explicit) return resolve(explicit);
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg ? resolve(xdg) : join(homedir(), '.cache'), 'kafkaline');
}
