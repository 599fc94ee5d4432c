import { writeFileSync } from 'node:fs';
import type { KafkaJars } from './jars.js';
import { jdkTool } from './java.js';
import { jvmArgs } from './jvm.js';
import { run, tail } from './run.js';

export interface FormatInput {
  jars: KafkaJars;
  configFile: string;
  clusterId: string;
  /** e.g. --add-scram arguments. */
  extraArgs: readonly string[];
  /** The tool's output goes here. */
  logFile: string;
  classArchive?: string;
}

/**
 * Formats a node's fresh storage directories (kafka.tools.StorageTool format). With a static
 * `controller.quorum.voters` no --standalone / --initial-controllers flag is needed or allowed.
 */
export async function formatStorage(input: FormatInput): Promise<void> {
  const args = [
    ...jvmArgs({ jars: input.jars, heapMb: 256, logLevel: 'WARN', classArchive: input.classArchive }),
    'kafka.tools.StorageTool',
    'format',
    '--cluster-id',
    input.clusterId,
    '--config',
    input.configFile,
    ...input.extraArgs,
  ];
  const result = await run(jdkTool('java'), args);
  writeFileSync(input.logFile, result.output);
  if (result.code !== 0) {
    throw new Error(`real-kafka: formatting storage for ${input.configFile} failed (exit ${result.code}):\n${tail(result.output)}`);
  }
}
