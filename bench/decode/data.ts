// The benchmark's data: one partition's log per codec (500 records per batch, ~100-byte
// JSON-like values, short keys, no headers), and the Fetch responses a consumer gets from it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CompressionCodecName, encodeRecordBatch, type RecordToEncode } from '@kafkaline/protocol';

export const CODECS: readonly CompressionCodecName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
export const RECORDS_PER_BATCH = 500;

/** Deterministic pseudo-random numbers (mulberry32), so every run decodes the same bytes. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENTS = ['view', 'click', 'add_to_cart', 'checkout', 'search'];

function value(rand: () => number, i: number): string {
  const event = EVENTS[Math.floor(rand() * EVENTS.length)];
  const s = `{"id":${i},"user":"u${Math.floor(rand() * 1e6)}","event":"${event}","page":"/p/${Math.floor(rand() * 1e4)}","ms":${Math.floor(rand() * 1e3)}}`;
  return s.padEnd(100, ' ');
}

async function generate(codec: CompressionCodecName, recordCount: number): Promise<Buffer> {
  const rand = random(42);
  const batches: Uint8Array[] = [];
  const start = 1_700_000_000_000;
  for (let base = 0; base < recordCount; base += RECORDS_PER_BATCH) {
    const records: RecordToEncode[] = [];
    for (let i = base; i < Math.min(recordCount, base + RECORDS_PER_BATCH); i++) {
      records.push({ key: `key-${i % 1000}`, value: value(rand, i), timestamp: start + i * 3 });
    }
    batches.push(await encodeRecordBatch({ baseOffset: base, partitionLeaderEpoch: 0, compression: codec, records }));
  }
  return Buffer.concat(batches);
}

/**
 * Generates the blob for one codec, writes it to its file (so the bytes can be inspected or fed
 * to other tools) and reads it back: every client decodes exactly the bytes of the file.
 */
export async function loadData(codec: CompressionCodecName, recordCount: number): Promise<{ file: string; data: Buffer }> {
  const dir = join(tmpdir(), 'kafkaline-bench-decode');
  const file = join(dir, `${codec}-${recordCount}.bin`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, await generate(codec, recordCount));
  return { file, data: readFileSync(file) };
}

/** Kafka's default max.partition.fetch.bytes: what one Fetch returns for one partition. */
export const FETCH_MAX_BYTES = 1024 * 1024;

/**
 * Cuts a partition's log into the `records` blobs successive Fetch responses return: up to
 * `maxBytes` each, cut without regard to batch boundaries (so most end in a partial batch), the
 * next fetch starting at the first batch the previous one did not hold whole. A first batch
 * larger than `maxBytes` comes back whole (KIP-74).
 */
export function fetchResponses(log: Buffer, maxBytes = FETCH_MAX_BYTES): Buffer[] {
  const responses: Buffer[] = [];
  let start = 0;
  while (start < log.length) {
    const end = Math.min(log.length, start + maxBytes);
    let complete = start;
    while (complete + 12 <= log.length) {
      const next = complete + 12 + log.readInt32BE(complete + 8);
      if (next > end && complete > start) break;
      complete = next;
      if (next >= end) break;
    }
    responses.push(log.subarray(start, Math.max(end, complete)));
    start = complete;
  }
  return responses;
}
