import { decodeBatches } from '@kafkaline/protocol';
import type { PartitionLog, StoredEntry } from './log.js';

/** (offset, timestamp) of every record in an entry, decoded (and decompressed) on demand. */
async function recordTimestamps(entry: StoredEntry): Promise<Array<{ offset: number; timestamp: number }>> {
  const out: Array<{ offset: number; timestamp: number }> = [];
  for await (const batch of decodeBatches(entry.bytes, { checkCrc: false })) {
    for (const record of batch.records) out.push({ offset: record.offset, timestamp: record.timestamp });
  }
  return out;
}

/**
 * ListOffsets by time: the first offset whose record timestamp is >= `timestamp`, like Kafka's
 * time index lookup followed by a scan of the batch it points to. Null when every record is older.
 */
export async function offsetForTimestamp(log: PartitionLog, timestamp: number): Promise<{ offset: number; timestamp: number } | null> {
  for (const entry of log.entriesFrom(log.logStartOffset)) {
    if (entry.header.isControl || entry.header.maxTimestamp < timestamp) continue;
    for (const record of await recordTimestamps(entry)) {
      if (record.timestamp >= timestamp && record.offset >= log.logStartOffset) return record;
    }
  }
  return null;
}

/** ListOffsets v7+ MAX_TIMESTAMP (-3): the record with the largest timestamp (the first such). */
export async function offsetOfMaxTimestamp(log: PartitionLog): Promise<{ offset: number; timestamp: number } | null> {
  let best: { offset: number; timestamp: number } | null = null;
  for (const entry of log.entriesFrom(log.logStartOffset)) {
    if (entry.header.isControl) continue;
    if (best !== null && entry.header.maxTimestamp <= best.timestamp) continue;
    for (const record of await recordTimestamps(entry)) {
      if (best === null || record.timestamp > best.timestamp) best = record;
    }
  }
  return best;
}
