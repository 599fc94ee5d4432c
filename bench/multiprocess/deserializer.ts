// The deserializer the MultiProcessConsumer workers run in the benchmark (and the single
// consumer runs inline): UTF-8 JSON → object.
export function parseJson(value: Uint8Array | null): unknown {
  return value === null ? null : JSON.parse(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8'));
}
