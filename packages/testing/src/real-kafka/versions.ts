/** The Kafka release lines the harness can run. */
export type KafkaLine = '4' | '3.9';

export interface KafkaRelease {
  line: KafkaLine;
  /** Exact release, as in the pom. */
  version: string;
  /** File name under real-kafka/. */
  pom: string;
  /** JVM option that points the logging backend at its config file (absolute path given). */
  logConfigOption(file: string): string;
  /** Logging config file name under real-kafka/. */
  logConfig: string;
}

const RELEASES: Record<KafkaLine, KafkaRelease> = {
  '4': {
    line: '4',
    version: '4.4.0',
    pom: 'pom-4.xml',
    logConfig: 'log4j2.properties',
    logConfigOption: (file) => `-Dlog4j2.configurationFile=${file}`,
  },
  '3.9': {
    line: '3.9',
    version: '3.9.2',
    pom: 'pom-3.9.xml',
    logConfig: 'log4j.properties',
    logConfigOption: (file) => `-Dlog4j.configuration=file:${file}`,
  },
};

export const KAFKA_LINES: readonly KafkaLine[] = ['4', '3.9'];

export function kafkaRelease(line: KafkaLine): KafkaRelease {
  const release = RELEASES[line];
  if (!release) {
    throw new Error(`real-kafka: version must be one of ${KAFKA_LINES.map((l) => `'${l}'`).join(', ')}, not '${String(line)}'`);
  }
  return release;
}
