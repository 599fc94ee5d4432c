import { KafkaProtocolError } from '../errors.js';
import { type CompressionCodecId, type CompressionCodecName, compressionCodecName, DEFAULT_MAX_DECOMPRESSED_BYTES, toCompressionCodecId } from './codec.js';
import { gzipCompress, gzipDecompress } from './gzip.js';
import { lz4Compress, lz4Decompress } from './lz4.js';
import { type SnappyFraming, snappyCompress, snappyDecompress } from './snappy.js';
import { zstdCompress, zstdDecompress } from './zstd.js';

export {
  CompressionCodec,
  type CompressionCodecId,
  type CompressionCodecName,
  compressionCodecName,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
} from './codec.js';
export { DecompressedSizeLimitError } from './limit-error.js';
export { CodecUnavailableError } from './load-native.js';
export type { SnappyFraming } from './snappy.js';

export interface CompressOptions {
  /** gzip / zstd compression level; each codec's default when absent. */
  level?: number;
  /** snappy: `xerial` (Java's framing, the default) or `raw` (librdkafka, Sarama, kafkajs-snappy). */
  snappyFraming?: SnappyFraming;
  /** lz4: write the pre-0.10 header checksum, as Kafka does for magic-0 messages. */
  lz4LegacyHeaderChecksum?: boolean;
}

export interface DecompressOptions {
  /** Refuse output larger than this many bytes (zip-bomb guard). Default 256 MiB. */
  maxSize?: number;
  /** lz4: accept the pre-0.10 header checksum (magic-0 messages). */
  lz4LegacyHeaderChecksum?: boolean;
}

/** Compresses with one of Kafka's codecs (by name or attribute id); `none` returns the input. */
export async function compress(codec: CompressionCodecName | number, data: Uint8Array, options: CompressOptions = {}): Promise<Uint8Array> {
  switch (toCompressionCodecId(codec)) {
    case 0:
      return data;
    case 1:
      return gzipCompress(data, options.level);
    case 2:
      return snappyCompress(data, options.snappyFraming);
    case 3:
      return lz4Compress(data, { legacyHeaderChecksum: options.lz4LegacyHeaderChecksum === true });
    case 4:
      return zstdCompress(data, options.level);
  }
}

/**
 * Decompresses one batch's (or wrapper message's) payload. Throws KafkaProtocolError when the
 * data is malformed and DecompressedSizeLimitError when it would exceed `maxSize`.
 */
export function decompress(codec: CompressionCodecId | number, data: Uint8Array, options: DecompressOptions = {}): Promise<Uint8Array> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
  switch (codec) {
    case 0:
      return Promise.resolve(data);
    case 1:
      return gzipDecompress(data, maxSize);
    case 2:
      return snappyDecompress(data, maxSize);
    case 3:
      return lz4Decompress(data, maxSize, { legacyHeaderChecksum: options.lz4LegacyHeaderChecksum === true });
    case 4:
      return zstdDecompress(data, maxSize);
    default:
      return Promise.reject(new KafkaProtocolError(`Unsupported compression: ${compressionCodecName(codec)} (attribute bits 0-2 must be 0-4)`));
  }
}
