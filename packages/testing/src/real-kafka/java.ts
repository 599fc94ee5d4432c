import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { run } from './run.js';

/** A JDK tool: $JAVA_HOME/bin/<name> when JAVA_HOME is set, else <name> from PATH. */
export function jdkTool(name: 'java' | 'keytool'): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', name) : name;
}

export interface JavaInfo {
  /** Major version, e.g. 17. */
  major: number;
  /** Short hash of `java -version` output: identifies the JDK build (class-data archives depend on it). */
  fingerprint: string;
}

let pending: Promise<JavaInfo> | undefined;

/** Checks once per process that Java 17 or newer is available. */
export function javaInfo(): Promise<JavaInfo> {
  pending ??= (async () => {
    const java = jdkTool('java');
    const result = await run(java, ['-version']);
    const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
    const first = Number(match?.[1] ?? 0);
    const major = first === 1 ? Number(match?.[2] ?? 0) : first;
    if (result.code !== 0 || major < 17) {
      throw new Error(`real-kafka: Kafka brokers need Java 17 or newer; '${java} -version' said: ${result.output.trim() || `exit ${result.code}`}`);
    }
    const fingerprint = createHash('sha256').update(result.output).digest('hex').slice(0, 12);
    return { major, fingerprint };
  })();
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
