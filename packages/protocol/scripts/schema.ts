/**
 * Reads Kafka's JSON message schemas into a small model the code generator walks. Kept apart
 * from the emitter so tests can build sample values from the same model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface VersionRange {
  min: number;
  /** Inclusive; Infinity for "N+". */
  max: number;
}

export type PrimitiveName =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint16'
  | 'uint32'
  | 'float64'
  | 'uuid'
  | 'string'
  | 'bytes'
  | 'records';

export type FieldType =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'array'; element: FieldType }
  | { kind: 'struct'; struct: StructModel };

export interface FieldModel {
  /** Schema name, e.g. `PartitionIndex`. */
  schemaName: string;
  /** camelCase property name, e.g. `partitionIndex`. */
  name: string;
  type: FieldType;
  versions: VersionRange;
  nullableVersions: VersionRange | null;
  taggedVersions: VersionRange | null;
  tag: number | null;
  /** Schema default as written, or null when the implicit default applies. */
  default: string | null;
  ignorable: boolean;
  /** `flexibleVersions: "none"` on the field: always classic encoding (RequestHeader.ClientId). */
  neverFlexible: boolean;
  about: string;
}

export interface StructModel {
  /** TypeScript type name, unique across all schemas. */
  typeName: string;
  fields: FieldModel[];
}

export interface MessageModel {
  name: string;
  type: 'request' | 'response' | 'header' | 'data';
  apiKey: number | null;
  validVersions: VersionRange;
  flexibleVersions: VersionRange | null;
  latestVersionUnstable: boolean;
  root: StructModel;
  /** Every struct of the message, nested ones first, root last. */
  structs: StructModel[];
}

const PRIMITIVES = new Set<string>([
  'bool',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint16',
  'uint32',
  'float64',
  'uuid',
  'string',
  'bytes',
  'records',
]);

export function parseRange(text: string | undefined): VersionRange | null {
  if (text === undefined || text === 'none') return null;
  const plus = /^(\d+)\+$/.exec(text);
  if (plus) return { min: Number(plus[1]), max: Number.POSITIVE_INFINITY };
  const span = /^(\d+)-(\d+)$/.exec(text);
  if (span) return { min: Number(span[1]), max: Number(span[2]) };
  if (/^\d+$/.test(text)) return { min: Number(text), max: Number(text) };
  throw new Error(`cannot parse version range '${text}'`);
}

export function inRange(version: number, range: VersionRange | null): boolean {
  return range !== null && version >= range.min && version <= range.max;
}

export function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** JSON with `//` line comments. */
export function parseSchemaText(text: string): Record<string, unknown> {
  const withoutComments = text
    .split('\n')
    .map((line) => (/^\s*\/\//.test(line) ? '' : line))
    .join('\n');
  return JSON.parse(withoutComments) as Record<string, unknown>;
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  default?: string | number | boolean;
  ignorable?: boolean;
  flexibleVersions?: string;
  fields?: RawField[];
  about?: string;
}

export function buildMessage(raw: Record<string, unknown>): MessageModel {
  const name = raw['name'] as string;
  const validVersions = parseRange(raw['validVersions'] as string);
  if (!validVersions) throw new Error(`${name}: no validVersions`);
  const structs: StructModel[] = [];
  const common = new Map<string, RawField[]>();
  for (const cs of (raw['commonStructs'] as Array<{ name: string; fields: RawField[] }> | undefined) ?? []) {
    common.set(cs.name, cs.fields);
  }
  const commonBuilt = new Map<string, StructModel>();

  const buildStruct = (typeName: string, rawFields: RawField[]): StructModel => {
    const struct: StructModel = { typeName, fields: [] };
    for (const f of rawFields) struct.fields.push(buildField(f));
    structs.push(struct);
    return struct;
  };

  const buildType = (f: RawField, typeText: string): FieldType => {
    if (typeText.startsWith('[]')) return { kind: 'array', element: buildType(f, typeText.slice(2)) };
    if (PRIMITIVES.has(typeText)) return { kind: 'primitive', name: typeText as PrimitiveName };
    if (f.fields) return { kind: 'struct', struct: buildStruct(name + typeText, f.fields) };
    const commonFields = common.get(typeText);
    if (!commonFields) throw new Error(`${name}: unknown type ${typeText} of field ${f.name}`);
    let built = commonBuilt.get(typeText);
    if (!built) {
      built = buildStruct(name + typeText, commonFields);
      commonBuilt.set(typeText, built);
    }
    return { kind: 'struct', struct: built };
  };

  const buildField = (f: RawField): FieldModel => {
    const versions = parseRange(f.versions);
    if (!versions) throw new Error(`${name}.${f.name}: no versions`);
    return {
      schemaName: f.name,
      name: camelCase(f.name),
      type: buildType(f, f.type),
      versions,
      nullableVersions: parseRange(f.nullableVersions),
      taggedVersions: parseRange(f.taggedVersions),
      tag: f.tag ?? null,
      default: f.default === undefined ? null : String(f.default),
      ignorable: f.ignorable ?? false,
      neverFlexible: f.flexibleVersions === 'none',
      about: f.about ?? '',
    };
  };

  const root = buildStruct(name, raw['fields'] as RawField[]);
  return {
    name,
    type: raw['type'] as MessageModel['type'],
    apiKey: (raw['apiKey'] as number | undefined) ?? null,
    validVersions,
    flexibleVersions: parseRange(raw['flexibleVersions'] as string),
    latestVersionUnstable: (raw['latestVersionUnstable'] as boolean | undefined) ?? false,
    root,
    structs,
  };
}

export function loadSchemas(schemaDir: string): MessageModel[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => buildMessage(parseSchemaText(readFileSync(join(schemaDir, f), 'utf8'))));
}
