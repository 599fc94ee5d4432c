import { base64, printableUtf8 } from './bytes.js';

/**
 * A JSON-ready copy of a decoded protocol value: bigints become numbers when they are safe
 * integers (strings otherwise, so no digit is lost), bytes become `{ length, utf8 }` when they
 * are printable text and `{ length, base64 }` otherwise, Maps become objects.
 */
export function toJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (value instanceof Uint8Array) {
    const text = printableUtf8(value);
    return text === null ? { length: value.length, base64: base64(value) } : { length: value.length, utf8: text };
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toJsonValue(v)]));
  if (value instanceof Set) return [...value].map(toJsonValue);
  if (value instanceof Error) return { error: value.message, code: (value as { code?: unknown }).code ?? null };
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = toJsonValue(field);
    return out;
  }
  return value;
}
