// The benchmark's broker, in its own process (as a real broker would be), so that serving
// fetches does not compete with the consumer under test for its thread. Seeds one topic with
// zstd batches of 1 KB JSON values, prints `READY <bootstrap>`, and runs until stdin closes.
import { encodeRecordBatch } from '@kafkaline/protocol';
import { FakeCluster } from '@kafkaline/testing';
import { orderJson } from './data.js';

const [messagesArg, partitionsArg, perBatchArg] = process.argv.slice(2);
const messages = Number(messagesArg);
const partitions = Number(partitionsArg);
const perBatch = Number(perBatchArg);

const cluster = await FakeCluster.start({ topics: { bench: partitions } });
const perPartition = Math.ceil(messages / partitions);
for (let p = 0; p < partitions; p++) {
  for (let offset = 0; offset < perPartition; offset += perBatch) {
    const count = Math.min(perBatch, perPartition - offset);
    const records = Array.from({ length: count }, (_, k) => ({ value: orderJson(p * perPartition + offset + k) }));
    cluster.appendRaw('bench', p, await encodeRecordBatch({ baseOffset: offset, compression: 'zstd', records }));
  }
}
console.log(`READY ${cluster.bootstrap.join(',')} ${perPartition * partitions}`);
process.stdin.resume();
process.stdin.on('end', () => {
  void cluster.stop().then(() => process.exit(0));
});
