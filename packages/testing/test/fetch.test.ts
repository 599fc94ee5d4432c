import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeRecords, ErrorCode } from '@kafkaline/protocol';
import { settle } from './support/raw-client.js';
import { fetchBody, startHarness } from './support/cluster.js';

test('Fetch with no data waits MaxWaitMs on the cluster clock, and an append answers it at once', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  const client = await h.connect(0);
  let answered = false;
  const pending = client.request('Fetch', 12, fetchBody('t', 0, 0, { maxWaitMs: 500 })).then((r) => {
    answered = true;
    return r;
  });
  await settle();
  h.clock.advance(499);
  await settle();
  assert.is(answered, false, 'still long-polling before MaxWaitMs');
  h.clock.advance(1);
  const empty = await pending;
  assert.is(empty?.responses[0]?.partitions[0]?.records?.length, 0);

  const waiting = client.request('Fetch', 12, fetchBody('t', 0, 0, { maxWaitMs: 10_000 }));
  await settle();
  await h.produce('t', 0, ['x', 'y']);
  const full = await waiting;
  const records = await decodeRecords(full?.responses[0]?.partitions[0]?.records ?? null);
  assert.equal(records.map((r) => Buffer.from(r.value ?? []).toString()), ['x', 'y']);
  await h.stop();
});

test('Fetch returns the first batch whole past PartitionMaxBytes and cuts the next one mid-batch, like Kafka', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  await h.produce('t', 0, ['a'.repeat(300)]);
  await h.produce('t', 0, ['b'.repeat(300)]);
  const client = await h.connect(0);
  const response = await client.request('Fetch', 12, fetchBody('t', 0, 0, { partitionMaxBytes: 100 }));
  const bytes = response?.responses[0]?.partitions[0]?.records ?? new Uint8Array(0);
  const [first] = h.cluster.records('t', 0);
  assert.is(bytes.length, first?.length, 'exactly the first batch, although larger than the limit');
  const more = await client.request('Fetch', 12, fetchBody('t', 0, 0, { partitionMaxBytes: (first?.length ?? 0) + 50 }));
  const cut = more?.responses[0]?.partitions[0]?.records ?? new Uint8Array(0);
  assert.is(cut.length, (first?.length ?? 0) + 50, 'the second batch is cut at the byte limit');
  assert.is((await decodeRecords(cut)).length, 1, 'a reader drops the truncated tail');
  await h.stop();
});

test('Fetch below the log start offset after DeleteRecords gets OFFSET_OUT_OF_RANGE at once', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  await h.produce('t', 0, ['1', '2', '3']);
  h.cluster.deleteRecords('t', 0, 2);
  const client = await h.connect(0);
  const response = await client.request('Fetch', 12, fetchBody('t', 0, 0, { maxWaitMs: 60_000 }));
  const partition = response?.responses[0]?.partitions[0];
  assert.is(partition?.errorCode, ErrorCode.OFFSET_OUT_OF_RANGE);
  assert.is(partition?.logStartOffset, 2n);
  const listed = await client.request('ListOffsets', 7, { replicaId: -1, isolationLevel: 0, topics: [{ name: 't', partitions: [{ partitionIndex: 0, timestamp: -2n }] }] });
  assert.is(listed?.topics[0]?.partitions[0]?.offset, 2n);
  await h.stop();
});

test('ListOffsets by timestamp finds the first record at or after the time inside a batch', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  await h.produce('t', 0, ['old'], { timestamp: 1000 });
  await h.produce('t', 0, ['new'], { timestamp: 5000 });
  const client = await h.connect(0);
  const at = async (timestamp: bigint) =>
    (await client.request('ListOffsets', 7, { replicaId: -1, isolationLevel: 0, topics: [{ name: 't', partitions: [{ partitionIndex: 0, timestamp }] }] }))?.topics[0]?.partitions[0];
  assert.is((await at(3000n))?.offset, 1n);
  assert.is((await at(3000n))?.timestamp, 5000n);
  assert.is((await at(9000n))?.offset, -1n);
  assert.is((await at(-1n))?.offset, 2n);
  assert.is((await at(-3n))?.offset, 1n, 'max timestamp');
  await h.stop();
});

test('Fetch sessions: epoch 0 opens one, incremental fetches list only partitions with news', async () => {
  const h = await startHarness({ topics: { t: 2 }, defaultReplicationFactor: 1 });
  const client = await h.connect(0);
  const body = (sessionId: number, sessionEpoch: number) => ({
    ...fetchBody('t', 0, 0),
    sessionId,
    sessionEpoch,
    topics: [{ topic: 't', topicId: h.cluster.topicId('t'), partitions: [0, 1].map((partition) => ({ partition, fetchOffset: 0n, partitionMaxBytes: 1 << 20 })) }],
  });
  const opened = await client.request('Fetch', 12, body(0, 0));
  assert.ok((opened?.sessionId ?? 0) > 0);
  assert.is(opened?.responses[0]?.partitions.length, 2);
  const quiet = await client.request('Fetch', 12, { ...body(opened?.sessionId ?? 0, 1), topics: [] });
  assert.is(quiet?.responses.length, 0, 'nothing changed: no partitions');
  const wrong = await client.request('Fetch', 12, { ...body(opened?.sessionId ?? 0, 7), topics: [] });
  assert.is(wrong?.errorCode, ErrorCode.INVALID_FETCH_SESSION_EPOCH);
  await h.stop();
});

test.run();
