// The generated decoders fill every field of a message, also the ones the decoded version does
// not carry (with their defaults): a Metadata v4 request would show a `topicId`. For protocol
// debugging that is misleading, so `decode` keeps only the fields Kafka's schema gives the
// version. The schemas are the JSON files @kafkaline/protocol ships (its `schemas/` folder).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface SchemaField {
  name: string;
  type: string;
  versions?: string;
  taggedVersions?: string;
  fields?: SchemaField[];
}

interface MessageSchema {
  fields: SchemaField[];
  commonStructs?: Array<{ name: string; fields: SchemaField[] }>;
}

/** `3+`, `0-5`, `7` or `none`. */
export function versionInRange(version: number, range: string | undefined): boolean {
  if (range === undefined || range === 'none') return false;
  const plus = /^(\d+)\+$/.exec(range);
  if (plus) return version >= Number(plus[1]);
  const span = /^(\d+)-(\d+)$/.exec(range);
  if (span) return version >= Number(span[1]) && version <= Number(span[2]);
  return /^\d+$/.test(range) && version === Number(range);
}

function propertyName(schemaName: string): string {
  return schemaName.charAt(0).toLowerCase() + schemaName.slice(1);
}

function schemaDirectory(): string {
  // The CommonJS build has `require` and no import.meta; the ESM build and the source the reverse.
  const resolver: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);
  return join(dirname(resolver.resolve('@kafkaline/protocol/package.json')), 'schemas');
}

const loaded = new Map<string, MessageSchema | null>();

/** Kafka's schema of `<Api>Request` / `<Api>Response`, or null when it cannot be read. */
export function messageSchema(apiName: string, direction: 'request' | 'response'): MessageSchema | null {
  const file = `${apiName}${direction === 'request' ? 'Request' : 'Response'}.json`;
  if (!loaded.has(file)) {
    try {
      // Kafka's schema files are JSON with `//` line comments.
      const text = readFileSync(join(schemaDirectory(), file), 'utf8')
        .split('\n')
        .map((line) => (/^\s*\/\//.test(line) ? '' : line))
        .join('\n');
      loaded.set(file, JSON.parse(text) as MessageSchema);
    } catch {
      loaded.set(file, null);
    }
  }
  return loaded.get(file) ?? null;
}

function nestedFields(field: SchemaField, schema: MessageSchema): SchemaField[] | null {
  if (field.fields) return field.fields;
  const typeName = field.type.replace(/^\[\]/, '');
  return schema.commonStructs?.find((s) => s.name === typeName)?.fields ?? null;
}

function keepVersionFields(value: unknown, fields: readonly SchemaField[], schema: MessageSchema, version: number): unknown {
  if (Array.isArray(value)) return value.map((item) => keepVersionFields(item, fields, schema, version));
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = propertyName(field.name);
    if (!(key in source)) continue;
    if (!versionInRange(version, field.versions) && !versionInRange(version, field.taggedVersions)) continue;
    const nested = nestedFields(field, schema);
    out[key] = nested === null ? source[key] : keepVersionFields(source[key], nested, schema, version);
  }
  return out;
}

/**
 * The decoded body with only the fields `version` of the message has. Without a readable schema
 * the body is returned whole.
 */
export function fieldsOfVersion(body: unknown, apiName: string, direction: 'request' | 'response', version: number): unknown {
  const schema = messageSchema(apiName, direction);
  return schema === null ? body : keepVersionFields(body, schema.fields, schema, version);
}
