// The end-to-end benchmark's data: one topic per variant, 8 partitions, N records spread evenly,
// written as record batches of 500 that the broker stores byte for byte. Every value has the
// same length, so a consumer's payload byte count can be checked exactly.
import type { KafkaClient } from '@kafkaline/network';
import { type CompressionCodecName, encodeRecordBatch, type RecordToEncode } from '@kafkaline/protocol';

export const PARTITIONS = 8;
export const RECORDS_PER_BATCH = 500;

export interface Variant {
  name: string;
  valueBytes: number;
  codec: CompressionCodecName;
}

export const VARIANTS: readonly Variant[] = [
  { name: '100B', valueBytes: 100, codec: 'none' },
  { name: '1KB', valueBytes: 1024, codec: 'none' },
  { name: '100B-lz4', valueBytes: 100, codec: 'lz4' },
  { name: '100B-zstd', valueBytes: 100, codec: 'zstd' },
];

/** The topic holding `count` records of a variant; the name says what is in it. */
export function topicName(variant: Variant, count: number): string {
  return `e2e-${variant.name}-${count}`;
}

const KEY_BYTES = 8;
/** What a consumer must count for one topic: messages, and key + value bytes. */
export function expectedPayload(variant: Variant, count: number): { messages: number; bytes: number } {
  return { messages: count, bytes: count * (KEY_BYTES + variant.valueBytes) };
}

/** Seeded xorshift, so every run writes the same bytes. */
function randomBytes(seed: number): (length: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  // Hex-like text compresses about as well as typical JSON payloads (about 2:1).
  const ALPHABET = new TextEncoder().encode('0123456789abcdef{}":,');
  return (length) => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = ALPHABET[(state >>> 27) % ALPHABET.length] as number;
    }
    return bytes;
  };
}

/** Keys of exactly KEY_BYTES bytes, 'k0000042', cycling over 100,000 distinct keys. */
function key(i: number): string {
  return `k${String(i % 100_000).padStart(KEY_BYTES - 1, '0')}`;
}

async function encodePartitionBatch(variant: Variant, first: number, count: number, random: (n: number) => Uint8Array): Promise<Uint8Array> {
  const records: RecordToEncode[] = [];
  // Recent timestamps: a real broker deletes records older than its retention (7 days).
  const now = Date.now();
  for (let i = 0; i < count; i++) records.push({ key: key(first + i), value: random(variant.valueBytes), timestamp: now });
  return encodeRecordBatch({ compression: variant.codec, records });
}

/** The leader of each partition of `topic`, waiting for the topic to appear in metadata. */
async function partitionLeaders(client: KafkaClient, topic: string): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const metadata = await client.metadata({ topics: [topic] });
    const partitions = metadata.topics.find((t) => t.name === topic)?.partitions ?? [];
    if (partitions.length === PARTITIONS && partitions.every((p) => p.leaderId >= 0)) {
      return partitions.map((p) => p.leaderId);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`topic ${topic}: no leader for all ${PARTITIONS} partitions after 10 s`);
}

interface PartitionData {
  index: number;
  records: Uint8Array;
}

/** Errors after which the same batch is sent again: nothing was appended. */
const RETRIABLE = new Set([3, 5, 6, 7]); // UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE, NOT_LEADER_OR_FOLLOWER, REQUEST_TIMED_OUT

/** One Produce per leader; returns the partitions that failed with a retriable error. */
async function producePartitions(client: KafkaClient, topic: string, leaders: readonly number[], partitions: readonly PartitionData[]): Promise<PartitionData[]> {
  const byLeader = new Map<number, PartitionData[]>();
  for (const data of partitions) {
    const leader = leaders[data.index] as number;
    byLeader.set(leader, [...(byLeader.get(leader) ?? []), data]);
  }
  const retry: PartitionData[] = [];
  await Promise.all(
    [...byLeader].map(async ([leader, partitionData]) => {
      const answer = await client.send(leader, 'Produce', 9, { transactionalId: null, acks: -1, timeoutMs: 30_000, topicData: [{ name: topic, partitionData }] });
      for (const result of answer.responses.flatMap((t) => t.partitionResponses)) {
        if (result.errorCode === 0) continue;
        if (!RETRIABLE.has(result.errorCode)) throw new Error(`Produce to ${topic}/${result.index} failed with error ${result.errorCode}`);
        retry.push(partitionData.find((d) => d.index === result.index) as PartitionData);
      }
    }),
  );
  return retry;
}

/**
 * Creates the variant's topic (8 partitions) on a fresh broker and fills it with `count` records
 * (a multiple of 8, the same number per partition): Produce requests of one 500-record batch per
 * partition, to each partition's leader, acks=-1 (a partition whose leader does not serve yet is
 * sent again). Returns the topic and the batch bytes stored.
 */
export async function produceVariant(client: KafkaClient, bootstrap: string, variant: Variant, count: number): Promise<{ topic: string; storedBytes: number }> {
  const topic = topicName(variant, count);
  const created = await client.send(bootstrap, 'CreateTopics', 5, {
    topics: [{ name: topic, numPartitions: PARTITIONS, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 30_000,
    validateOnly: false,
  });
  const failure = created.topics.find((t) => t.errorCode !== 0);
  if (failure !== undefined) throw new Error(`CreateTopics ${topic} failed with error ${failure.errorCode}: ${failure.errorMessage ?? ''}`);
  let leaders = await partitionLeaders(client, topic);
  const random = randomBytes(0x9e3779b9);
  const perPartition = count / PARTITIONS;
  let storedBytes = 0;
  for (let first = 0; first < perPartition; first += RECORDS_PER_BATCH) {
    const size = Math.min(RECORDS_PER_BATCH, perPartition - first);
    let pending: PartitionData[] = [];
    for (let partition = 0; partition < PARTITIONS; partition++) {
      const records = await encodePartitionBatch(variant, first, size, random);
      storedBytes += records.length;
      pending.push({ index: partition, records });
    }
    for (let attempt = 1; pending.length > 0; attempt++) {
      pending = await producePartitions(client, topic, leaders, pending);
      if (pending.length === 0) break;
      // A new topic's leaders may not serve yet (NOT_LEADER_OR_FOLLOWER): wait and ask again.
      if (attempt === 50) throw new Error(`Produce to ${topic}: partitions ${pending.map((p) => p.index).join(', ')} still failing after 50 attempts`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      leaders = await partitionLeaders(client, topic);
    }
  }
  return { topic, storedBytes };
}
