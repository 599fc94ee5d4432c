// One-off: records the bytes kafkajs and the fake cluster exchange while kafkajs produces (gzip,
// with headers) and consumes a few records through a consumer group, and writes them as the
// decode fixtures in test/fixtures/kafkajs/ (see the README there). kafkajs is not a dependency of
// this package: the script borrows the copy @kafkaline/testing has as a devDependency.
//
//   node --conditions=source --import tsx scripts/capture-kafkajs-frames.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startRecordingCluster } from '../test/support/recording-proxy.js';

// biome-ignore lint/suspicious/noExplicitAny: kafkajs is loaded from another package, untyped here.
type Untyped = any;
const kafkajs: Untyped = createRequire(join(import.meta.dirname, '../../testing/package.json'))('kafkajs');
process.env['KAFKAJS_NO_PARTITIONER_WARNING'] = '1';

const out = join(import.meta.dirname, '../test/fixtures/kafkajs');
const recording = await startRecordingCluster({ topics: { captured: 1 } });
try {
  const kafka = new kafkajs.Kafka({ clientId: 'kafkajs-capture', brokers: [recording.bootstrap], logLevel: kafkajs.logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: 'captured',
    compression: kafkajs.CompressionTypes.GZIP,
    messages: [
      { key: 'k0', value: 'first', headers: { source: 'kafkajs' } },
      { key: 'k1', value: 'second', headers: { source: 'kafkajs' } },
      { key: null, value: Buffer.from([0x00, 0xff, 0x10, 0x80]) },
    ],
  });
  await producer.disconnect();

  const consumer = kafka.consumer({ groupId: 'capture-group', maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic: 'captured', fromBeginning: true });
  await new Promise<void>((resolve) => {
    let seen = 0;
    void consumer.run({
      eachMessage: async () => {
        if (++seen === 3) resolve();
      },
    });
  });
  await consumer.disconnect();

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [i, connection] of recording.connections.entries()) {
    writeFileSync(join(out, `connection-${i}.requests.bin`), Buffer.concat(connection.clientToBroker));
    writeFileSync(join(out, `connection-${i}.responses.bin`), Buffer.concat(connection.brokerToClient));
  }
  writeFileSync(join(out, 'produced-gzip.records.bin'), Buffer.concat(recording.cluster.records('captured', 0)));
  console.log(`wrote ${recording.connections.length} connections and the stored record set to ${out}`);
} finally {
  await recording.stop();
}
