// The partition split of kafka-python 0.9.4+, checked for every combination of 1-12 partitions,
// 1-5 workers and every partitionsPerProc, against the rules of spec §4.1 step 4 (not against a
// table of expected chunks).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitPartitions } from '../src/multiprocess-split.js';

test('every combination of 1-12 partitions × 1-5 workers × partitionsPerProc 0-13: worker count, round-robin striping, each partition exactly once', () => {
  let combinations = 0;
  for (let count = 1; count <= 12; count++) {
    // Partition ids need not be 0..n-1 (a `partitions` option may list any): use sparse ones.
    const partitions = Array.from({ length: count }, (_, i) => i * 3 + 1);
    for (let numProcs = 1; numProcs <= 5; numProcs++) {
      for (let partitionsPerProc = 0; partitionsPerProc <= 13; partitionsPerProc++) {
        combinations++;
        const chunks = splitPartitions(partitions, numProcs, partitionsPerProc);
        const where = `P=${count} numProcs=${numProcs} partitionsPerProc=${partitionsPerProc}`;
        // partitionsPerProc, when set, overrides numProcs: ceil(P / ppp) workers.
        const workers = partitionsPerProc > 0 ? Math.ceil(count / partitionsPerProc) : numProcs;
        assert.is(chunks.length, workers, where);
        // Chunk i holds every workers-th partition starting at index i, in order.
        chunks.forEach((chunk, i) => {
          assert.equal(
            chunk,
            partitions.filter((_, index) => index % workers === i),
            `${where} chunk ${i}`,
          );
        });
        // Together the chunks hold each partition exactly once.
        assert.equal(chunks.flat().sort((a, b) => a - b), partitions, where);
        // Balanced: sizes differ by at most one, and no chunk exceeds partitionsPerProc.
        const sizes = chunks.map((c) => c.length);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, where);
        if (partitionsPerProc > 0) assert.ok(Math.max(...sizes) <= partitionsPerProc, where);
        // Workers beyond P get nothing (kafka-python starts them idle; kafkaline starts none for them).
        assert.is(sizes.filter((s) => s === 0).length, Math.max(0, workers - count), where);
      }
    }
  }
  assert.is(combinations, 12 * 5 * 14);
});

test('§10.63 the examples of the specification: [0,2],[1,3]; [0,3],[1,4],[2]; two idle of four; ppp=3 over 4 gives two workers of two', () => {
  assert.equal(splitPartitions([0, 1, 2, 3], 2, 0), [
    [0, 2],
    [1, 3],
  ]);
  assert.equal(splitPartitions([0, 1, 2, 3, 4], 1, 2), [[0, 3], [1, 4], [2]]);
  assert.equal(splitPartitions([0, 1], 4, 0), [[0], [1], [], []]);
  assert.equal(splitPartitions([0, 1, 2, 3], 1, 3), [
    [0, 2],
    [1, 3],
  ]);
});

test.run();
