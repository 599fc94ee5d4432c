// Deserializers that MultiProcessConsumer tests run inside worker threads.

/** JSON text → value. */
export function json(value: Uint8Array | null): unknown {
  return value === null ? null : JSON.parse(Buffer.from(value).toString('utf8'));
}

/** Text, except that the value 'poison' throws (a deserializer bug meeting one bad record). */
export function throwOnPoison(value: Uint8Array | null): string | null {
  const text = value === null ? null : Buffer.from(value).toString('utf8');
  if (text === 'poison') throw new TypeError('cannot deserialize the poison record');
  return text;
}

/** Text, except that the value 'poison' ends the worker thread with exit code 3. */
export function exitOnPoison(value: Uint8Array | null): string | null {
  const text = value === null ? null : Buffer.from(value).toString('utf8');
  if (text === 'poison') process.exit(3);
  return text;
}

export default function upper(value: Uint8Array | null): string | null {
  return value === null ? null : Buffer.from(value).toString('utf8').toUpperCase();
}
