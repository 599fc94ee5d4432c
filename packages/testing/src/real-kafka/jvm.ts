import { join } from 'node:path';
import type { KafkaJars } from './jars.js';
import { dataDir } from './paths.js';
import { kafkaRelease } from './versions.js';

export interface JvmArgsInput {
  jars: KafkaJars;
  /** -Xmx in MiB. */
  heapMb: number;
  /** Root log level of the Kafka process. */
  logLevel: 'INFO' | 'WARN';
  /** Class-data archive to start from (see cds.ts). */
  classArchive?: string;
  /** Write a class-data archive here when the JVM exits. */
  dumpClassArchive?: string;
}

/**
 * JVM options and class path for kafka.Kafka and kafka.tools.StorageTool, before the main class.
 * Tuned for start-up time on small machines: serial GC and C1 only (a test broker never runs
 * long enough for C2 to pay off), no perf-data file. $KAFKALINE_KAFKA_JVM_OPTS adds more.
 */
export function jvmArgs(input: JvmArgsInput): string[] {
  const release = kafkaRelease(input.jars.line);
  const args = [
    `-Xmx${input.heapMb}m`,
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-UsePerfData',
    '-Djava.awt.headless=true',
    '-Djava.net.preferIPv4Stack=true',
    `-Dkafkaline.log.level=${input.logLevel}`,
    release.logConfigOption(join(dataDir(), release.logConfig)),
  ];
  if (input.classArchive) {
    // An archive from another JDK build or class path is ignored; keep that quiet.
    args.push(`-XX:SharedArchiveFile=${input.classArchive}`, '-Xlog:cds=off,cds+dynamic=off');
  }
  if (input.dumpClassArchive) args.push(`-XX:ArchiveClassesAtExit=${input.dumpClassArchive}`);
  const extra = process.env.KAFKALINE_KAFKA_JVM_OPTS?.trim();
  if (extra) args.push(...extra.split(/\s+/));
  args.push('-cp', input.jars.classpath);
  return args;
}
