/**
 * Real Apache Kafka brokers for integration tests: KRaft clusters of 1 or 3 nodes on 127.0.0.1,
 * run from Maven Central jars (Java 17+ and Maven needed). Data files live in ../../real-kafka/.
 */
export { startKafka } from './cluster.js';
export type { KafkaCluster, KafkaLine, KafkaNode, NodePorts, SaslMechanism, SaslUser, StartKafkaOptions, StopNodeOptions } from './cluster.js';
export { ensureKafkaJars } from './jars.js';
export type { KafkaJars } from './jars.js';
export { ensureClassArchive } from './cds.js';
export { KAFKA_LINES, kafkaRelease } from './versions.js';
