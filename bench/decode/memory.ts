// What one decode keeps alive, against the goal "no more than the decompressed bytes plus the
// record objects": heap per record, and buffer bytes against the decompressed record bytes.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { decodeRecords, type KafkaRecord } from '@kafkaline/protocol';
import { CODECS, loadData, RECORDS_PER_BATCH } from './data.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** V8 heap in use, and memory outside it (ArrayBuffers, native buffers from the codecs). */
function settle(): { heap: number; external: number } {
  gc();
  gc();
  return { heap: getHeapStatistics().used_heap_size, external: process.memoryUsage().external };
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function measureMemory(recordCount: number): Promise<void> {
  console.log('\n# memory kept by one decode (after GC, records still referenced; median of 5)');
  const batches = Math.ceil(recordCount / RECORDS_PER_BATCH);
  const uncompressed = (await loadData('none', recordCount)).data.length - 61 * batches;
  for (const codec of CODECS) {
    const { data } = await loadData(codec, recordCount);
    for (let i = 0; i < 3; i++) await decodeRecords(data);
    const heap: number[] = [];
    const external: number[] = [];
    const kept: KafkaRecord[][] = [];
    for (let round = 0; round < 5; round++) {
      const before = settle();
      kept.push(await decodeRecords(data));
      const after = settle();
      heap.push((after.heap - before.heap) / recordCount);
      external.push(after.external - before.external);
    }
    const decompressed = codec === 'none' ? 0 : uncompressed;
    console.log(
      `${codec.padEnd(7)} heap ${median(heap).toFixed(0)} B/record (record object + key and value views); ` +
        `buffers kept ${median(external)} B for ${decompressed} decompressed bytes`,
    );
    kept.length = 0;
  }
}
