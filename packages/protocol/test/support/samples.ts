// Builds sample values for any schema message at any version from the same model the generator
// uses, so every API × version can be round-tripped without hand-written fixtures.
import { join } from 'node:path';
import { type FieldModel, type FieldType, inRange, loadSchemas, type MessageModel, type StructModel } from '../../scripts/schema.js';

export const schemaDir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', 'schemas');
export const messages: MessageModel[] = loadSchemas(schemaDir);

/** How a sample leans: smallest values, largest values, nulls and empties, or seeded noise. */
export type Flavor = 'min' | 'max' | 'nullish' | 'random';
export const FLAVORS: Flavor[] = ['min', 'max', 'nullish', 'random'];

/** A small deterministic PRNG (mulberry32) so failures replay. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LIMITS: Record<string, [number, number]> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
};

function primitive(name: string, flavor: Flavor, rnd: () => number): unknown {
  const limits = LIMITS[name];
  if (limits) {
    if (flavor === 'min') return limits[0];
    if (flavor === 'max') return limits[1];
    if (flavor === 'nullish') return 0;
    return Math.floor(limits[0] + rnd() * (limits[1] - limits[0]));
  }
  switch (name) {
    case 'int64':
      return flavor === 'min' ? -(2n ** 63n) : flavor === 'max' ? 2n ** 63n - 1n : flavor === 'nullish' ? 0n : BigInt(Math.floor(rnd() * 2 ** 53)) - 2n ** 52n;
    case 'float64':
      return flavor === 'min' ? -Number.MAX_VALUE : flavor === 'max' ? Number.MAX_VALUE : flavor === 'nullish' ? 0 : rnd() * 1e6;
    case 'bool':
      return flavor === 'max' || (flavor === 'random' && rnd() < 0.5);
    case 'uuid': {
      const bytes = Buffer.alloc(16, flavor === 'max' ? 0xff : 0);
      if (flavor === 'random') for (let i = 0; i < 16; i++) bytes[i] = Math.floor(rnd() * 256);
      return bytes.toString('base64url');
    }
    case 'string':
      return flavor === 'min' || flavor === 'nullish' ? '' : flavor === 'max' ? 'ünïcödé ✓ 😀'.repeat(3) : `s${Math.floor(rnd() * 1e6)}`;
    default: {
      const length = flavor === 'min' || flavor === 'nullish' ? 0 : flavor === 'max' ? 300 : Math.floor(rnd() * 20);
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 31 + 7) & 0xff;
      return bytes;
    }
  }
}

function value(field: FieldModel, type: FieldType, version: number, flavor: Flavor, rnd: () => number, depth: number, element = false): unknown {
  const nullable = !element && inRange(version, field.nullableVersions);
  if (nullable && (flavor === 'nullish' || (flavor === 'random' && rnd() < 0.2))) return null;
  if (type.kind === 'primitive') return primitive(type.name, flavor, rnd);
  if (type.kind === 'struct') return sampleStruct(type.struct, version, flavor, rnd, depth + 1);
  const length = flavor === 'nullish' || depth > 3 ? 0 : flavor === 'random' ? Math.floor(rnd() * 3) : 2;
  return Array.from({ length }, () => value(field, type.element, version, flavor, rnd, depth + 1, true));
}

/** What a decoder returns for a field the version does not carry. */
export function defaultValue(field: FieldModel, version: number): unknown {
  const { type } = field;
  const explicit = field.default;
  if (explicit !== null && explicit.toLowerCase() === 'null') return null;
  if (type.kind === 'array') return [];
  if (type.kind === 'struct') return defaultStruct(type.struct, version);
  switch (type.name) {
    case 'int64':
      return explicit === null ? 0n : BigInt(explicit);
    case 'bool':
      return explicit !== null && explicit.toLowerCase() === 'true';
    case 'string':
      return explicit ?? '';
    case 'uuid':
      return 'AAAAAAAAAAAAAAAAAAAAAA';
    case 'bytes':
      return new Uint8Array(0);
    case 'records':
      return null;
    default:
      return explicit === null ? 0 : Number(explicit);
  }
}

function defaultStruct(struct: StructModel, version: number): Record<string, unknown> {
  return Object.fromEntries(struct.fields.map((f) => [f.name, defaultValue(f, version)]));
}

export function sampleStruct(struct: StructModel, version: number, flavor: Flavor, rnd: () => number, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of struct.fields) {
    const present = inRange(version, field.versions) && (field.taggedVersions === null || inRange(version, field.taggedVersions));
    out[field.name] = present ? value(field, field.type, version, flavor, rnd, depth) : defaultValue(field, version);
  }
  return out;
}

export function versionsOf(message: MessageModel): number[] {
  const out: number[] = [];
  for (let v = message.validVersions.min; v <= message.validVersions.max; v++) out.push(v);
  return out;
}

/** Deep copy with byte arrays turned into hex strings, so Buffer and Uint8Array compare equal. */
export function comparable(value: unknown): unknown {
  if (value instanceof Uint8Array) return `hex:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  }
  return value;
}
