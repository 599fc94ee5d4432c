// kafka-python (Debian's python3-kafka) produces, consumes in a group and commits against the
// fake cluster over TCP.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeCluster } from '../src/index.js';
import { peerMissing, pythonWithKafka, run } from './support/peers.js';

const python = pythonWithKafka();
const missing = peerMissing('kafka-python', python !== null);

const SCRIPT = `
import sys
from kafka import KafkaProducer, KafkaConsumer
bootstrap = sys.argv[1].split(',')
producer = KafkaProducer(bootstrap_servers=bootstrap, compression_type='gzip')
for i in range(200):
    producer.send('py', key=str(i % 7).encode(), value=('m%d' % i).encode())
producer.flush()
producer.close()
consumer = KafkaConsumer('py', bootstrap_servers=bootstrap, group_id='py-group', auto_offset_reset='earliest',
                         enable_auto_commit=False, consumer_timeout_ms=5000)
seen = []
for message in consumer:
    seen.append(message.value.decode())
    if len(seen) == 200:
        break
consumer.commit()
consumer.close()
print(len(seen), len(set(seen)))
`;

test('kafka-python produces with gzip, consumes in a group and commits', async () => {
  if (missing || python === null) return;
  const cluster = await FakeCluster.start({ brokers: 2, topics: { py: 2 } });
  try {
    const result = await run(python, ['-c', SCRIPT, cluster.bootstrap.join(',')], undefined, 60_000);
    assert.is(result.code, 0, result.stderr);
    assert.is(result.stdout.trim(), '200 200');
    const committed = [0, 1].reduce((sum, p) => sum + (cluster.committedOffset('py-group', 'py', p) ?? 0), 0);
    assert.is(committed, 200);
    assert.equal(cluster.errors, []);
  } finally {
    await cluster.stop();
  }
});

test.run();
