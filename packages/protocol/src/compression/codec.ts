/** Compression codec ids, as stored in bits 0-2 of batch and message attributes. */
export const CompressionCodec = {
  none: 0,
  gzip: 1,
  snappy: 2,
  lz4: 3,
  zstd: 4,
} as const;

export type CompressionCodecName = keyof typeof CompressionCodec;
export type CompressionCodecId = (typeof CompressionCodec)[CompressionCodecName];

const NAMES: readonly CompressionCodecName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** The codec's name for messages; ids 5-7 are reserved and reported as such. */
export function compressionCodecName(id: number): string {
  return NAMES[id] ?? `unknown codec ${id}`;
}

/** Accepts a codec by name or id and returns the id; throws on anything else. */
export function toCompressionCodecId(codec: CompressionCodecName | number): CompressionCodecId {
  const id = typeof codec === 'string' ? CompressionCodec[codec] : codec;
  if (id === undefined || !Number.isInteger(id) || id < 0 || id > 4) {
    throw new TypeError(`Unknown compression codec ${String(codec)}: use one of ${NAMES.join(', ')} (or ids 0-4)`);
  }
  return id as CompressionCodecId;
}

/** Default cap on what one batch or wrapper message may decompress to (zip-bomb guard). */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;
