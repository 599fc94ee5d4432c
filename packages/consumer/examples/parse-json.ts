// The deserializer the demo's MultiProcessConsumer runs in its worker threads: a module of its
// own, because workers load it by module path.
export function parseJson(value: Uint8Array | null): unknown {
  return value === null ? null : JSON.parse(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8'));
}
