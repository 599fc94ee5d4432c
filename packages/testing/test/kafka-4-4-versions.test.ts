// The versions Kafka 4.4.0 serves beyond 4.1's, over the wire: OffsetCommit v10 and OffsetFetch
// v10 name topics by id (KIP-848), ListOffsets v11 adds -6 (earliest pending upload, KIP-1023).
import { encodeRecordBatch, ErrorCode, uuidFromBytes, ZERO_UUID } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { RawClient } from './support/raw-client.js';
import { startHarness } from './support/cluster.js';

// An id no topic of the cluster has (the cluster's ids come from its seed).
const UNKNOWN_ID = uuidFromBytes(new Uint8Array(16).fill(0xbe));

type CommitTopic = { topicId: string; partitions: Array<{ partitionIndex: number; committedOffset: bigint; committedLeaderEpoch?: number; committedMetadata: string | null }> };

function commitV10(client: RawClient, groupId: string, topics: CommitTopic[], member: { memberId?: string; generation?: number } = {}) {
  return client.request('OffsetCommit', 10, { groupId, generationIdOrMemberEpoch: member.generation ?? -1, memberId: member.memberId ?? '', groupInstanceId: null, topics });
}

function fetchV10(client: RawClient, groupId: string, topics: Array<{ topicId: string; partitionIndexes: number[] }> | null) {
  return client.request('OffsetFetch', 10, { groups: [{ groupId, memberId: null, memberEpoch: -1, topics }], requireStable: true });
}

function listOffsets(client: RawClient, version: number, timestamp: bigint, isolationLevel = 0) {
  return client.request('ListOffsets', version, { replicaId: -1, isolationLevel, timeoutMs: 30_000, topics: [{ name: 't', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp }] }] });
}

test('ApiVersions advertises Kafka 4.4.0 ranges: OffsetCommit 2-10, OffsetFetch 1-10, ListOffsets 1-11', async () => {
  const h = await startHarness();
  const client = await h.connect(0);
  const versions = await client.request('ApiVersions', 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1' });
  const range = (apiKey: number) => versions?.apiKeys.find((k) => k.apiKey === apiKey);
  assert.equal([range(2), range(8), range(9)], [
    { apiKey: 2, minVersion: 1, maxVersion: 11 },
    { apiKey: 8, minVersion: 2, maxVersion: 10 },
    { apiKey: 9, minVersion: 1, maxVersion: 10 },
  ]);
  await h.stop();
});

test('OffsetCommit v10 and OffsetFetch v10 round-trip offsets by topic id; the same commit reads back by name at v9', async () => {
  const h = await startHarness({ brokers: 3, topics: { orders: 2, audit: 1 } });
  const client = await h.connect(h.cluster.coordinatorOf('g'));
  const orders = h.cluster.topicId('orders');
  const audit = h.cluster.topicId('audit');
  const committed = await commitV10(client, 'g', [
    { topicId: orders, partitions: [{ partitionIndex: 1, committedOffset: 42n, committedLeaderEpoch: 3, committedMetadata: 'm' }] },
    { topicId: audit, partitions: [{ partitionIndex: 0, committedOffset: 7n, committedMetadata: null }] },
  ]);
  assert.equal(committed?.topics, [
    { name: '', topicId: orders, partitions: [{ partitionIndex: 1, errorCode: ErrorCode.NONE }] },
    { name: '', topicId: audit, partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NONE }] },
  ]);
  assert.equal([h.cluster.committedOffset('g', 'orders', 1), h.cluster.committedOffset('g', 'audit', 0)], [42, 7]);

  const fetched = await fetchV10(client, 'g', [{ topicId: orders, partitionIndexes: [0, 1] }]);
  assert.equal(fetched?.groups, [
    {
      groupId: 'g',
      errorCode: ErrorCode.NONE,
      topics: [
        {
          name: '',
          topicId: orders,
          partitions: [
            { partitionIndex: 0, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE },
            { partitionIndex: 1, committedOffset: 42n, committedLeaderEpoch: 3, metadata: 'm', errorCode: ErrorCode.NONE },
          ],
        },
      ],
    },
  ]);

  const byName = await client.request('OffsetFetch', 9, { groups: [{ groupId: 'g', memberId: null, memberEpoch: -1, topics: [{ name: 'orders', partitionIndexes: [1] }] }], requireStable: true });
  assert.equal(byName?.groups[0]?.topics, [{ name: 'orders', topicId: ZERO_UUID, partitions: [{ partitionIndex: 1, committedOffset: 42n, committedLeaderEpoch: 3, metadata: 'm', errorCode: ErrorCode.NONE }] }]);
  await h.stop();
});

test('OffsetCommit v10: an unknown topic id gets UNKNOWN_TOPIC_ID per partition beside a commit that succeeds, and keeps it under a group error', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  const client = await h.connect(0);
  const t = h.cluster.topicId('t');
  const mixed = await commitV10(client, 'g', [
    { topicId: UNKNOWN_ID, partitions: [{ partitionIndex: 0, committedOffset: 5n, committedMetadata: '' }, { partitionIndex: 3, committedOffset: 5n, committedMetadata: '' }] },
    { topicId: t, partitions: [{ partitionIndex: 0, committedOffset: 9n, committedMetadata: '' }, { partitionIndex: 4, committedOffset: 9n, committedMetadata: '' }] },
  ]);
  assert.equal(mixed?.topics, [
    { name: '', topicId: UNKNOWN_ID, partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_ID }, { partitionIndex: 3, errorCode: ErrorCode.UNKNOWN_TOPIC_ID }] },
    { name: '', topicId: t, partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NONE }, { partitionIndex: 4, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
  ]);
  assert.is(h.cluster.committedOffset('g', 't', 0), 9);

  const unknownMember = await commitV10(
    client,
    'g',
    [
      { topicId: UNKNOWN_ID, partitions: [{ partitionIndex: 0, committedOffset: 5n, committedMetadata: '' }] },
      { topicId: t, partitions: [{ partitionIndex: 0, committedOffset: 10n, committedMetadata: '' }] },
    ],
    { memberId: 'nobody', generation: 1 },
  );
  assert.equal(
    unknownMember?.topics.map((topic) => [topic.topicId, topic.partitions[0]?.errorCode]),
    [
      [UNKNOWN_ID, ErrorCode.UNKNOWN_TOPIC_ID],
      [t, ErrorCode.UNKNOWN_MEMBER_ID],
    ],
  );
  assert.is(h.cluster.committedOffset('g', 't', 0), 9, 'the rejected commit changed nothing');
  await h.stop();
});

test('OffsetCommit v10 with only unknown topic ids never reaches the group: no group is created, even off the coordinator', async () => {
  const h = await startHarness({ brokers: 2, topics: { t: 1 } });
  const coordinator = h.cluster.coordinatorOf('fresh');
  const elsewhere = await h.connect(coordinator === 0 ? 1 : 0);
  const onlyUnknown = [{ topicId: UNKNOWN_ID, partitions: [{ partitionIndex: 0, committedOffset: 1n, committedMetadata: '' }] }];
  const answered = await commitV10(elsewhere, 'fresh', onlyUnknown);
  assert.equal(answered?.topics[0]?.partitions, [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_ID }], 'not NOT_COORDINATOR: the coordinator is never asked');
  const atCoordinator = await commitV10(await h.connect(coordinator), 'fresh', onlyUnknown);
  assert.equal(atCoordinator?.topics[0]?.partitions, [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_ID }]);
  assert.is(h.cluster.group('fresh'), undefined);

  const known = [{ topicId: h.cluster.topicId('t'), partitions: [{ partitionIndex: 0, committedOffset: 1n, committedMetadata: '' }] }];
  assert.equal(
    (await commitV10(elsewhere, 'fresh', [...onlyUnknown, ...known]))?.topics.map((topic) => topic.partitions[0]?.errorCode),
    [ErrorCode.UNKNOWN_TOPIC_ID, ErrorCode.NOT_COORDINATOR],
  );
  await h.stop();
});

test('OffsetFetch v10: an unknown topic id answers offset -1 with UNKNOWN_TOPIC_ID per partition; a missing partition of a known topic answers -1 without error', async () => {
  const h = await startHarness({ topics: { t: 2 } });
  const client = await h.connect(0);
  const t = h.cluster.topicId('t');
  await commitV10(client, 'g', [{ topicId: t, partitions: [{ partitionIndex: 0, committedOffset: 11n, committedMetadata: '' }] }]);
  const fetched = await fetchV10(client, 'g', [
    { topicId: UNKNOWN_ID, partitionIndexes: [0, 1] },
    { topicId: t, partitionIndexes: [0, 5] },
  ]);
  assert.equal(fetched?.groups[0]?.topics, [
    {
      name: '',
      topicId: UNKNOWN_ID,
      partitions: [
        { partitionIndex: 0, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.UNKNOWN_TOPIC_ID },
        { partitionIndex: 1, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.UNKNOWN_TOPIC_ID },
      ],
    },
    {
      name: '',
      topicId: t,
      partitions: [
        { partitionIndex: 0, committedOffset: 11n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE },
        { partitionIndex: 5, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE },
      ],
    },
  ]);
  assert.equal(fetched?.groups[0]?.errorCode, ErrorCode.NONE);
  await h.stop();
});

test('OffsetFetch v10 of every committed partition names topics by id and leaves out a deleted topic; v9 still lists it by name', async () => {
  const h = await startHarness({ topics: { kept: 1, gone: 1 } });
  const client = await h.connect(0);
  const kept = h.cluster.topicId('kept');
  await commitV10(client, 'g', [
    { topicId: h.cluster.topicId('gone'), partitions: [{ partitionIndex: 0, committedOffset: 3n, committedMetadata: '' }] },
    { topicId: kept, partitions: [{ partitionIndex: 0, committedOffset: 4n, committedMetadata: '' }] },
  ]);
  h.cluster.deleteTopic('gone');
  const all = await fetchV10(client, 'g', null);
  assert.equal(all?.groups[0]?.topics, [{ name: '', topicId: kept, partitions: [{ partitionIndex: 0, committedOffset: 4n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE }] }]);
  const allByName = await client.request('OffsetFetch', 9, { groups: [{ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }], requireStable: true });
  assert.equal(
    allByName?.groups[0]?.topics.map((topic) => [topic.name, topic.partitions[0]?.committedOffset]),
    [
      ['gone', 3n],
      ['kept', 4n],
    ],
  );
  await h.stop();
});

test('OffsetFetch v10: a group-level error answers the group alone, without topics', async () => {
  const h = await startHarness({ brokers: 2, topics: { t: 1 } });
  const elsewhere = await h.connect(h.cluster.coordinatorOf('g') === 0 ? 1 : 0);
  const fetched = await fetchV10(elsewhere, 'g', [{ topicId: UNKNOWN_ID, partitionIndexes: [0] }]);
  assert.equal(fetched?.groups, [{ groupId: 'g', errorCode: ErrorCode.NOT_COORDINATOR, topics: [] }]);
  await h.stop();
});

test('a partition fault aimed at a topic by name reaches its OffsetCommit v10 partitions, which name it by id', async () => {
  const h = await startHarness({ topics: { t: 1, other: 1 } });
  const client = await h.connect(0);
  h.cluster.faults.failNext({ api: 'OffsetCommit', errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, topic: 't' });
  const answered = await commitV10(client, 'g', [
    { topicId: h.cluster.topicId('t'), partitions: [{ partitionIndex: 0, committedOffset: 1n, committedMetadata: '' }] },
    { topicId: h.cluster.topicId('other'), partitions: [{ partitionIndex: 0, committedOffset: 2n, committedMetadata: '' }] },
  ]);
  assert.equal(
    answered?.topics.map((topic) => topic.partitions[0]?.errorCode),
    [ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.NONE],
  );
  assert.equal([h.cluster.committedOffset('g', 't', 0), h.cluster.committedOffset('g', 'other', 0)], [undefined, 2]);
  await h.stop();
});

test('ListOffsets v11 -6 (earliest pending upload) answers offset -1, timestamp -1, epoch -1 without tiered storage; below v11 it is UNSUPPORTED_VERSION', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  await h.produce('t', 0, ['a', 'b', 'c']);
  const client = await h.connect(0);
  const pending = (await listOffsets(client, 11, -6n))?.topics[0]?.partitions[0];
  assert.equal([pending?.errorCode, pending?.offset, pending?.timestamp, pending?.leaderEpoch], [ErrorCode.NONE, -1n, -1n, -1]);
  assert.is((await listOffsets(client, 10, -6n))?.topics[0]?.partitions[0]?.errorCode, ErrorCode.UNSUPPORTED_VERSION);
  assert.is((await listOffsets(client, 11, -7n))?.topics[0]?.partitions[0]?.errorCode, ErrorCode.INVALID_REQUEST);
  await h.stop();
});

test('ListOffsets v11 without tiered storage: -4 (earliest local) equals -2 (earliest), -5 (latest tiered) is -1', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  await h.produce('t', 0, ['a', 'b']);
  h.cluster.moveLeader('t', 0, 0);
  await h.produce('t', 0, ['c', 'd']);
  h.cluster.deleteRecords('t', 0, 3);
  const client = await h.connect(0);
  const at = async (timestamp: bigint) => {
    const p = (await listOffsets(client, 11, timestamp))?.topics[0]?.partitions[0];
    return [p?.errorCode, p?.offset, p?.timestamp, p?.leaderEpoch];
  };
  assert.equal(await at(-2n), [ErrorCode.NONE, 3n, -1n, 1], 'log start, written in epoch 1');
  assert.equal(await at(-4n), await at(-2n));
  assert.equal(await at(-5n), [ErrorCode.NONE, -1n, -1n, -1]);
  await h.stop();
});

test('ListOffsets -1 under read_committed answers the last stable offset with the current leader epoch, as Kafka\'s Partition does', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  await h.produce('t', 0, ['committed']);
  const open = await encodeRecordBatch({ baseOffset: 1, producerId: 7, producerEpoch: 0, baseSequence: 0, isTransactional: true, partitionLeaderEpoch: 0, records: [{ value: 'pending', timestamp: h.clock.now() }] });
  h.cluster.appendRaw('t', 0, open);
  h.cluster.moveLeader('t', 0, 0);
  const client = await h.connect(0);
  const latest = (await listOffsets(client, 11, -1n, 1))?.topics[0]?.partitions[0];
  assert.equal([latest?.offset, latest?.leaderEpoch], [1n, h.cluster.partition('t', 0).leaderEpoch]);
  assert.is(h.cluster.partition('t', 0).leaderEpoch, 1);
  await h.stop();
});

test.run();
