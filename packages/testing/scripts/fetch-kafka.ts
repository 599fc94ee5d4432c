// Pre-fetches what the real-Kafka harness needs, so tests start without touching the network:
// the broker jars of each Kafka line (Maven, into ~/.cache/kafkaline/kafka-<version>/) and the
// class-data archive that makes brokers start faster. Safe to run repeatedly and concurrently.
//
//   node --import tsx scripts/fetch-kafka.ts [4] [3.9]     (no argument: both)
//
// Environment: KAFKALINE_CACHE_DIR, MVN, JAVA_HOME, KAFKALINE_KAFKA_CDS=0 (skip the archive).
import { ensureClassArchive, ensureKafkaJars, KAFKA_LINES, type KafkaLine } from '../src/real-kafka/index.js';

const requested = process.argv.slice(2);
for (const arg of requested) {
  if (!KAFKA_LINES.includes(arg as KafkaLine)) {
    console.error(`fetch-kafka: unknown Kafka line '${arg}'; use ${KAFKA_LINES.join(' or ')}`);
    process.exit(2);
  }
}
const lines = requested.length > 0 ? (requested as KafkaLine[]) : [...KAFKA_LINES];

for (const line of lines) {
  const t0 = performance.now();
  const jars = await ensureKafkaJars(line);
  const t1 = performance.now();
  const archive = await ensureClassArchive(jars);
  const t2 = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`kafka ${jars.version}: jars in ${jars.dir} (${s(t1 - t0)}); class archive ${archive ? `${archive} (${s(t2 - t1)})` : 'skipped'}`);
}
