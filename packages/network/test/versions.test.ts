// API version negotiation against brokers of different generations.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UnsupportedVersionError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { kafka4Ranges, kafka21Ranges, ScriptedCluster } from './helpers/scripted-cluster.js';

function versionsUsed(cluster: ScriptedCluster): Record<string, number[]> {
  const used: Record<string, number[]> = {};
  for (const r of cluster.requests) (used[r.api] ??= []).includes(r.version) || used[r.api]?.push(r.version);
  return used;
}

async function exerciseConsumerApis(cluster: ScriptedCluster) {
  const client = clientFor(cluster);
  const fetched = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 5 }] });
  assert.is(fetched[0]?.error, null);
  assert.is(Buffer.from(fetched[0]?.records ?? []).toString(), 't/0@5 from 1');
  const offsets = await client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'latest' }] });
  assert.is(offsets[0]?.offset, 100);
  const committed = await client.offsetCommit({ groupId: 'g', partitions: [{ topic: 't', partition: 0, offset: 42 }] });
  assert.is(committed[0]?.error, null);
  const fetchedOffsets = await client.offsetFetch({ groupId: 'g', partitions: [{ topic: 't', partition: 0 }] });
  assert.is(fetchedOffsets.partitions[0]?.offset, 42);
  const joined = await client.joinGroup({ groupId: 'g', sessionTimeoutMs: 10_000, protocols: [{ name: 'range', metadata: new Uint8Array([0, 1]) }] });
  assert.is(joined.error, null);
  assert.is((await client.heartbeat({ groupId: 'g', generationId: 1, memberId: joined.memberId })).error, null);
  assert.is((await client.syncGroup({ groupId: 'g', generationId: 1, memberId: joined.memberId, assignments: [] })).error, null);
  assert.is((await client.leaveGroup({ groupId: 'g', memberId: joined.memberId })).error, null);
  await client.close();
}

test('against Kafka 2.1 (ApiVersions 0-2, refusing v3 without saying its range): falls back to ApiVersions v0 and uses 2.1 versions', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges: kafka21Ranges() });
  cluster.broker(1).advertiseOnUnsupported = false;
  await exerciseConsumerApis(cluster);
  assert.equal(versionsUsed(cluster), {
    ApiVersions: [3, 0],
    Metadata: [7],
    Fetch: [10],
    ListOffsets: [4],
    FindCoordinator: [2],
    OffsetCommit: [6],
    OffsetFetch: [5],
    JoinGroup: [3],
    Heartbeat: [2],
    SyncGroup: [2],
    LeaveGroup: [2],
  });
});

test('against a 2.4-3.x broker that names its ApiVersions range when refusing v3: retries with that version', async () => {
  const ranges = kafka21Ranges();
  ranges.set(18, [0, 2]);
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges });
  const client = clientFor(cluster);
  await client.metadata();
  assert.equal(cluster.requestsTo('ApiVersions').map((r) => r.version), [3, 2]);
  await client.close();
});

test('against Kafka 4.x: the newest versions, topic ids in Fetch, OffsetCommit and OffsetFetch', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges: kafka4Ranges() });
  await exerciseConsumerApis(cluster);
  const used = versionsUsed(cluster);
  assert.equal(used['ApiVersions'], [3]);
  assert.equal(used['Metadata'], [13]);
  assert.equal(used['Fetch'], [18]);
  assert.equal(used['OffsetCommit'], [10]);
  assert.equal(used['OffsetFetch'], [10]);
  assert.equal(used['FindCoordinator'], [6]);
  assert.equal(used['LeaveGroup'], [5]);
  const fetch = cluster.requestsTo('Fetch')[0];
  assert.is(fetch?.body.topics[0].topicId, cluster.topics.get('t')?.id);
});

test('against a broker with the 4.0 floors (Fetch 4-17, OffsetCommit 2-9, JoinGroup 2-9): still the highest common versions', async () => {
  const ranges = kafka4Ranges();
  ranges.set(1, [4, 17]);
  ranges.set(2, [1, 10]);
  ranges.set(8, [2, 9]);
  ranges.set(9, [1, 9]);
  ranges.set(11, [2, 9]);
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges });
  await exerciseConsumerApis(cluster);
  const used = versionsUsed(cluster);
  assert.equal([used['Fetch'], used['ListOffsets'], used['OffsetCommit'], used['OffsetFetch'], used['JoinGroup']], [[17], [10], [9], [9], [9]]);
});

test('without topic ids in metadata (Metadata < v10) Fetch stays on v12, the last version with topic names', async () => {
  const ranges = kafka4Ranges();
  ranges.set(3, [0, 9]);
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges });
  const client = clientFor(cluster);
  const [result] = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  assert.is(result?.error, null);
  assert.equal(cluster.requestsTo('Fetch').map((r) => r.version), [12]);
  await client.close();
});

test('no common version: UnsupportedVersionError names the API, our range and the broker range', async () => {
  const ranges = kafka21Ranges();
  ranges.set(1, [0, 3]);
  ranges.delete(2);
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges });
  const client = clientFor(cluster);
  const [fetched] = await client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  assert.instance(fetched?.error, UnsupportedVersionError);
  const error = fetched?.error as UnsupportedVersionError;
  assert.is(error.retriable, false);
  assert.equal([error.api, error.clientRange, error.brokerRange], ['Fetch', { min: 4, max: 18 }, { min: 0, max: 3 }]);
  assert.match(error.message, /share no version of Fetch \(API key 1\): kafkaline supports v4-v18, the broker supports v0-v3/);
  const [listed] = await client.listOffsets({ partitions: [{ topic: 't', partition: 0, timestamp: 'earliest' }] });
  assert.instance(listed?.error, UnsupportedVersionError);
  assert.match(String(listed?.error?.message), /ListOffsets \(API key 2\): kafkaline supports v1-v11, the broker does not support it at all/);
  assert.is(cluster.requestsTo('ListOffsets').length, 0, 'nothing sent that the broker cannot read');
  await client.close();
});

test('raw send refuses a version outside the common range, naming it', async () => {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ranges: kafka21Ranges() });
  const client = clientFor(cluster);
  const error = await client.send('broker1.test:9092', 'Metadata', 9, { topics: null }).catch((e: unknown) => e);
  assert.instance(error, UnsupportedVersionError);
  assert.match((error as Error).message, /cannot both speak v9 of Metadata.*kafkaline supports v0-v13, the broker supports v0-v7/);
  assert.is((await client.send('broker1.test:9092', 'Metadata', 7, { topics: null })).topics.length, 1);
  await client.close();
});

test.run();
