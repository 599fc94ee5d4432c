import type { RecordHeader } from '@kafkaline/protocol';
import { encodeBytesField } from './bytes.js';

export interface RecordLike {
  offset: number;
  timestamp: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: readonly RecordHeader[];
}

/**
 * A record for JSON output: key, value and header values as UTF-8 text when they are printable,
 * else base64 with a `keyEncoding` / `valueEncoding: 'base64'` field beside them. `extra` fields
 * (topic, partition) come first.
 */
export function recordToJson(record: RecordLike, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const key = encodeBytesField(record.key);
  const value = encodeBytesField(record.value);
  return {
    ...extra,
    offset: record.offset,
    timestamp: record.timestamp,
    key: key.text,
    ...(key.encoding ? { keyEncoding: key.encoding } : {}),
    value: value.text,
    ...(value.encoding ? { valueEncoding: value.encoding } : {}),
    headers: record.headers.map((h) => {
      const headerValue = encodeBytesField(h.value);
      return { key: h.key, value: headerValue.text, ...(headerValue.encoding ? { valueEncoding: headerValue.encoding } : {}) };
    }),
  };
}
