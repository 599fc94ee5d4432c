import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaConfigError } from '@kafkaline/protocol';
import { splitPartitions } from '../src/multiprocess-split.js';
import { spreadDelta } from '../src/seek-spread.js';
import { parseTopicPartitions } from '../src/topic-partitions.js';

test('§10.22 (helper) seek(-10, 2) over 3 partitions spreads 97/97/96 from 100, seek(10, 0) spreads 4/3/3', () => {
  assert.equal(spreadDelta(-10, 3).map((d) => 100 + d), [97, 97, 96]);
  assert.equal(spreadDelta(10, 3), [4, 3, 3]);
});

test('§10.21 and §10.19 (helper) seek over 2 partitions: -10 → 95/95, -13 → 94/93, -1 → 100/99', () => {
  assert.equal(spreadDelta(-10, 2).map((d) => 100 + d), [95, 95]);
  assert.equal(spreadDelta(-13, 2).map((d) => 100 + d), [94, 93]);
  assert.equal(spreadDelta(-1, 2).map((d) => 100 + d), [100, 99]);
});

test('§10.63 partition split stripes round-robin; partitionsPerProc decides the worker count', () => {
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
  assert.equal(splitPartitions([0, 1, 2], 1, 0), [[0, 1, 2]]);
});

test('setTopicPartitions shapes: names, tuples, records, maps and spelled-out objects', () => {
  const parsed = parseTopicPartitions([
    'topic1',
    ['topic2', 2],
    { topic3: 0 },
    { topic4: [1, 2] },
    ['topic5', 0, 123],
    new Map<unknown, number>([
      [['topic6', 1], 456],
      [5, 1],
    ]),
    { topic: 'topic7', partition: 3, offset: 9 },
  ]);
  assert.equal(parsed, [
    { topic: 'topic1' },
    { topic: 'topic2', partition: 2 },
    { topic: 'topic3', partition: 0 },
    { topic: 'topic4', partition: 1 },
    { topic: 'topic4', partition: 2 },
    { topic: 'topic5', partition: 0, offset: 123 },
    { topic: 'topic6', partition: 1, offset: 456 },
    { topic: 'topic7', partition: 3, offset: 9 },
  ]);
});

test("§10.79 (parser) ['t', '0'] and a bare number are configuration errors", () => {
  assert.throws(() => parseTopicPartitions([['t', '0' as unknown as number]]), (e: unknown) => e instanceof KafkaConfigError);
  assert.throws(() => parseTopicPartitions([42 as unknown as string]), (e: unknown) => e instanceof KafkaConfigError && /argument 1/.test(e.message));
  assert.throws(() => parseTopicPartitions([{ t: 'x' as unknown as number }]), /must be a partition number/);
});

test.run();
