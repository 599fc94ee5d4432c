import type { KafkaRecord } from '../../src/index.js';

export const text = (bytes: Uint8Array | null): string | null => (bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));

/** A record reduced to comparable plain data (bytes as hex). */
export function plain(record: KafkaRecord): Record<string, unknown> {
  const hex = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex'));
  return {
    offset: record.offset,
    timestamp: record.timestamp,
    timestampType: record.timestampType,
    key: hex(record.key),
    value: hex(record.value),
    headers: record.headers.map((h) => ({ key: h.key, value: hex(h.value) })),
  };
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

export const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
export const LEGACY_CODECS = ['none', 'gzip', 'snappy', 'lz4'] as const;
