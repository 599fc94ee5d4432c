const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// C0 controls other than tab, line feed and carriage return, and DEL: bytes that decode as UTF-8
// but are binary data, not text a terminal should receive.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The bytes as a string when they are valid UTF-8 without control characters, else null. */
export function printableUtf8(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  return CONTROL.test(text) ? null : text;
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * A key, value or header value for JSON output: `{ text }` when printable UTF-8, else base64 with
 * `encoding: 'base64'`, so a reader can always tell which it got.
 */
export function encodeBytesField(bytes: Uint8Array | null): { text: string | null; encoding?: 'base64' } {
  if (bytes === null) return { text: null };
  const text = printableUtf8(bytes);
  return text === null ? { text: base64(bytes), encoding: 'base64' } : { text };
}
