// Protocol codec benchmark: the two messages a consumer handles most outside record data, at the
// scale of a large consumer (1,000 partitions), encoded and decoded by kafkaline and by kafkajs in
// one process on the same values and bytes.
//   Fetch request v11 (kafkajs's newest): encode. kafkajs has no request decoder; ours is timed
//     and reported without a ratio.
//   Metadata response v6 (kafkajs's newest): decode (kafkajs's decode + parse, which is what its
//     client runs). kafkajs has no response encoder; ours is timed and reported without a ratio.
// Prints ops/s and ratios. Not a test: nothing asserts on timing.
import { createRequire } from 'node:module';
import {
  decodeFetchRequestBody,
  decodeMetadataResponseBody,
  encodeFetchRequestBody,
  encodeMetadataResponseBody,
  type FetchRequestInput,
  type MetadataResponseInput,
  Reader,
  Writer,
} from '@kafkaline/protocol';
import type { BenchOptions } from '../run.js';

const require = createRequire(import.meta.url);
const FETCH_VERSION = 11;
const METADATA_VERSION = 6;
const TOPICS = 10;
const PARTITIONS_PER_TOPIC = 100;

interface KafkajsRequest {
  encode(): Promise<{ buffer: Buffer }>;
}
const kafkajsFetchV11 = require('kafkajs/src/protocol/requests/fetch/v11/request') as (args: Record<string, unknown>) => KafkajsRequest;
const kafkajsMetadataV6 = require('kafkajs/src/protocol/requests/metadata/v6/response') as {
  decode(raw: Buffer): Promise<unknown>;
  parse(decoded: unknown): Promise<unknown>;
};

const topicName = (t: number): string => `orders-region-${String(t).padStart(2, '0')}`;

function fetchRequest(): { ours: FetchRequestInput; kafkajs: Record<string, unknown> } {
  const topics = Array.from({ length: TOPICS }, (_, t) => ({ t, partitions: Array.from({ length: PARTITIONS_PER_TOPIC }, (_, p) => p) }));
  return {
    ours: {
      replicaId: -1,
      maxWaitMs: 500,
      minBytes: 1,
      maxBytes: 52_428_800,
      isolationLevel: 1,
      sessionId: 0,
      sessionEpoch: -1,
      topics: topics.map(({ t, partitions }) => ({
        topic: topicName(t),
        partitions: partitions.map((p) => ({
          partition: p,
          currentLeaderEpoch: 7,
          fetchOffset: BigInt(1_000_000 + p * 31),
          logStartOffset: -1n,
          partitionMaxBytes: 1_048_576,
        })),
      })),
      forgottenTopicsData: [],
      rackId: '',
    },
    kafkajs: {
      replicaId: -1,
      maxWaitTime: 500,
      minBytes: 1,
      maxBytes: 52_428_800,
      isolationLevel: 1,
      topics: topics.map(({ t, partitions }) => ({
        topic: topicName(t),
        partitions: partitions.map((p) => ({
          partition: p,
          currentLeaderEpoch: 7,
          fetchOffset: String(1_000_000 + p * 31),
          logStartOffset: '-1',
          maxBytes: 1_048_576,
        })),
      })),
    },
  };
}

function metadataResponse(): MetadataResponseInput {
  const brokers = [0, 1, 2];
  return {
    throttleTimeMs: 0,
    brokers: brokers.map((nodeId) => ({ nodeId, host: `kafka-${nodeId}.internal.example.com`, port: 9092, rack: `rack-${nodeId}` })),
    clusterId: 'Vx2k9QhLS6mT3aF1bZ0c8w',
    controllerId: 1,
    topics: Array.from({ length: TOPICS }, (_, t) => ({
      errorCode: 0,
      name: topicName(t),
      isInternal: false,
      partitions: Array.from({ length: PARTITIONS_PER_TOPIC }, (_, p) => ({
        errorCode: 0,
        partitionIndex: p,
        leaderId: p % 3,
        replicaNodes: [p % 3, (p + 1) % 3, (p + 2) % 3],
        isrNodes: [p % 3, (p + 1) % 3, (p + 2) % 3],
        offlineReplicas: [],
      })),
    })),
  };
}

/** Median ops/s over `rounds` rounds of `iterations` calls, after one warm-up round. */
async function opsPerSecond(operation: () => unknown, rounds: number, iterations: number): Promise<number> {
  for (let i = 0; i < iterations; i++) await operation();
  const perRound: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await operation();
    perRound.push(iterations / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  perRound.sort((a, b) => a - b);
  return perRound[Math.floor(perRound.length / 2)] as number;
}

function encodeOurs<T>(encode: (w: Writer, version: number, body: T) => void, version: number, body: T): Uint8Array {
  const writer = new Writer();
  encode(writer, version, body);
  return writer.finish();
}

export async function run({ quick }: BenchOptions): Promise<void> {
  const rounds = quick ? 3 : 9;
  const iterations = quick ? 50 : 400;
  console.log(
    `\n# codecs: ${TOPICS * PARTITIONS_PER_TOPIC} partitions (${TOPICS} topics x ${PARTITIONS_PER_TOPIC}); ` +
      `node ${process.version}; median of ${rounds} rounds x ${iterations} ops`,
  );

  const fetch = fetchRequest();
  const ourFetchBytes = encodeOurs(encodeFetchRequestBody, FETCH_VERSION, fetch.ours);
  const theirFetchBytes = (await kafkajsFetchV11(fetch.kafkajs).encode()).buffer;
  if (!Buffer.from(ourFetchBytes).equals(theirFetchBytes)) throw new Error('Fetch v11: kafkaline and kafkajs bytes differ; the comparison would be unfair');

  const metadata = metadataResponse();
  const metadataBytes = Buffer.from(encodeOurs(encodeMetadataResponseBody, METADATA_VERSION, metadata));
  const parsed = (await kafkajsMetadataV6.parse(await kafkajsMetadataV6.decode(metadataBytes))) as { topicMetadata: { partitionMetadata: unknown[] }[] };
  const kafkajsPartitions = parsed.topicMetadata.reduce((n, topic) => n + topic.partitionMetadata.length, 0);
  if (kafkajsPartitions !== TOPICS * PARTITIONS_PER_TOPIC) throw new Error(`kafkajs decoded ${kafkajsPartitions} partitions`);

  const rows: Array<[string, number, number | null]> = [];
  rows.push([
    `Fetch v${FETCH_VERSION} request encode (${ourFetchBytes.length} B)`,
    await opsPerSecond(() => encodeOurs(encodeFetchRequestBody, FETCH_VERSION, fetch.ours), rounds, iterations),
    await opsPerSecond(async () => (await kafkajsFetchV11(fetch.kafkajs).encode()).buffer, rounds, iterations),
  ]);
  rows.push([
    `Fetch v${FETCH_VERSION} request decode`,
    await opsPerSecond(() => decodeFetchRequestBody(new Reader(ourFetchBytes), FETCH_VERSION), rounds, iterations),
    null,
  ]);
  rows.push([
    `Metadata v${METADATA_VERSION} response decode (${metadataBytes.length} B)`,
    await opsPerSecond(() => decodeMetadataResponseBody(new Reader(metadataBytes), METADATA_VERSION), rounds, iterations),
    await opsPerSecond(async () => kafkajsMetadataV6.parse(await kafkajsMetadataV6.decode(metadataBytes)), rounds, iterations),
  ]);
  rows.push([
    `Metadata v${METADATA_VERSION} response encode`,
    await opsPerSecond(() => encodeOurs(encodeMetadataResponseBody, METADATA_VERSION, metadata), rounds, iterations),
    null,
  ]);

  const table = [['operation', 'kafkaline ops/s', 'kafkajs ops/s', 'ratio'], ...rows.map(([name, ours, theirs]) => [
    name,
    ours.toFixed(0),
    theirs === null ? 'n/a (kafkajs has none)' : theirs.toFixed(0),
    theirs === null ? '' : `${(ours / theirs).toFixed(1)}x`,
  ])];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}
