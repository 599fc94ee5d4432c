// Kafka's topic config compression.type: unless it is `producer` (the default), the broker writes
// each produced batch with the topic's codec, recompressing a batch that arrived with another
// codec (LogValidator). Offsets deltas become 0..n-1; producer id, epoch, base sequence, the
// transactional flag and record timestamps are kept.
import { CompressionCodec, type CompressionCodecId, decodeBatches, encodeRecordBatch, readLogEntryHeader } from '@kafkaline/protocol';

const TOPIC_CODECS: Readonly<Record<string, CompressionCodecId>> = {
  uncompressed: CompressionCodec.none,
  gzip: CompressionCodec.gzip,
  snappy: CompressionCodec.snappy,
  lz4: CompressionCodec.lz4,
  zstd: CompressionCodec.zstd,
};

/** The codec a topic forces on produced batches, or null for `producer` (keep the producer's). */
export function topicCodec(configs: ReadonlyMap<string, string>): CompressionCodecId | null {
  return TOPIC_CODECS[configs.get('compression.type') ?? 'producer'] ?? null;
}

/**
 * Whether a produced magic-2 batch must be rewritten for `codec`. Batches the Produce handler
 * will reject anyway (unreadable, legacy, control) are left to it.
 */
export function needsRecompression(records: Uint8Array | null, codec: CompressionCodecId | null): records is Uint8Array {
  if (codec === null || records === null || records.length === 0) return false;
  try {
    const header = readLogEntryHeader(records, 0);
    return header !== null && header.magic === 2 && !header.isControl && header.size === records.length && header.compression !== codec;
  } catch {
    return false;
  }
}

/** The batch rebuilt with `codec`, or null when it cannot be decoded (the handler then judges the original). */
export async function recompressBatch(records: Uint8Array, codec: CompressionCodecId): Promise<Uint8Array | null> {
  try {
    for await (const batch of decodeBatches(records)) {
      return encodeRecordBatch({
        compression: codec,
        baseOffset: 0,
        timestampType: batch.timestampType === 'LogAppendTime' ? 'LogAppendTime' : 'CreateTime',
        producerId: batch.producerId,
        producerEpoch: batch.producerEpoch,
        baseSequence: batch.baseSequence,
        isTransactional: batch.isTransactional,
        records: batch.records.map((record) => ({ key: record.key, value: record.value, headers: record.headers, timestamp: record.timestamp })),
      });
    }
    return null;
  } catch {
    return null;
  }
}
