import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLock } from './lock.js';
import { cacheRoot, dataDir } from './paths.js';
import { run, tail } from './run.js';
import { type KafkaLine, kafkaRelease } from './versions.js';

export interface KafkaJars {
  line: KafkaLine;
  /** Exact Kafka release, e.g. '4.4.0'. */
  version: string;
  /** Directory holding the jars (~/.cache/kafkaline/kafka-<version>). */
  dir: string;
  /** `-cp` argument: every jar of `dir`. */
  classpath: string;
}

const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const MARKER = '.complete';
const RESOLVE_TIMEOUT_MS = 10 * 60 * 1000;

function pomHash(pomFile: string): string {
  return createHash('sha256').update(readFileSync(pomFile)).digest('hex');
}

function isComplete(dir: string, hash: string): boolean {
  try {
    return readFileSync(join(dir, MARKER), 'utf8').trim() === hash;
  } catch {
    return false;
  }
}

/**
 * Makes sure the broker's jars for a Kafka line are in the cache and returns where they are.
 * The first call on a machine runs Maven (needs `mvn` and Maven Central; a few seconds, ~45 MB);
 * later calls only check a marker file. The jars are resolved into a temporary sibling directory
 * and renamed into place, under a lock, so concurrent processes never see a half-filled directory.
 * Any change to the pom re-resolves.
 */
export async function ensureKafkaJars(line: KafkaLine): Promise<KafkaJars> {
  const release = kafkaRelease(line);
  const pomFile = join(dataDir(), release.pom);
  const hash = pomHash(pomFile);
  const root = cacheRoot();
  const dir = join(root, `kafka-${release.version}`);
  const result: KafkaJars = { line, version: release.version, dir, classpath: join(dir, '*') };
  if (isComplete(dir, hash)) return result;

  mkdirSync(root, { recursive: true });
  await withLock(`${dir}.lock`, RESOLVE_TIMEOUT_MS, async () => {
    if (isComplete(dir, hash)) return; // another process did it while we waited
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const mvn = process.env.MVN || 'mvn';
    const args = ['-B', '-q', '-f', pomFile, `${DEPENDENCY_PLUGIN}:copy-dependencies`, '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`];
    const out = await run(mvn, args, { timeoutMs: RESOLVE_TIMEOUT_MS });
    const jars = existsSync(tmp) ? readdirSync(tmp).filter((f) => f.endsWith('.jar')) : [];
    if (out.code !== 0 || !jars.some((f) => f.startsWith(`kafka_2.13-${release.version}`))) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(
        `real-kafka: resolving Kafka ${release.version} with Maven failed (${mvn} ${args.join(' ')}, exit ${out.code}):\n${tail(out.output)}`,
      );
    }
    writeFileSync(join(tmp, MARKER), `${hash}\n`);
    rmSync(dir, { recursive: true, force: true }); // stale content from another pom
    renameSync(tmp, dir);
  });
  return result;
}
