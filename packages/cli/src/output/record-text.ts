import type { TailFormat } from '../commands/tail.js';
import { base64, printableUtf8 } from './bytes.js';
import type { RecordLike } from './record-json.js';
import { recordToJson } from './record-json.js';

export interface TailRecord extends RecordLike {
  topic: string;
  partition: number;
}

export interface RecordFormatOptions {
  format: TailFormat;
  key: boolean;
  headers: boolean;
}

function textOf(bytes: Uint8Array | null): string {
  if (bytes === null) return '(null)';
  return printableUtf8(bytes) ?? `base64:${base64(bytes)}`;
}

const TAB = new Uint8Array([0x09]);
const NEWLINE = new Uint8Array([0x0a]);

/** One record as tail prints it: a line of text or JSON, or the raw value bytes and a newline. */
export function formatRecord(record: TailRecord, options: RecordFormatOptions): string | Uint8Array {
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(recordToJson(record, { topic: record.topic, partition: record.partition }))}\n`;
    case 'raw': {
      const parts: Uint8Array[] = [];
      if (options.key) parts.push(record.key ?? new Uint8Array(0), TAB);
      parts.push(record.value ?? new Uint8Array(0), NEWLINE);
      return Buffer.concat(parts);
    }
    case 'text': {
      const fields: string[] = [];
      if (options.key) fields.push(textOf(record.key));
      if (options.headers) fields.push(record.headers.map((h) => `${h.key}=${textOf(h.value)}`).join(','));
      fields.push(textOf(record.value));
      return `${fields.join('\t')}\n`;
    }
  }
}

/** Bytes a record carries (key, value, header keys and values), for the bytes/s status. */
export function recordSize(record: RecordLike): number {
  let size = (record.key?.length ?? 0) + (record.value?.length ?? 0);
  for (const h of record.headers) size += h.key.length + (h.value?.length ?? 0);
  return size;
}
