/**
 * Emits one TypeScript module per API (request + response) or data/header schema: interfaces for
 * decoded values and for encoder input, and encode/decode functions that branch on the version.
 */
import type { FieldModel, FieldType, MessageModel, StructModel, VersionRange } from './schema.js';
import { GENERATED_BANNER } from './generate-error-codes.js';

const NUMBER_TYPES = new Set(['int8', 'int16', 'int32', 'uint16', 'uint32', 'float64']);

/** `FetchRequest` → `Fetch`; `RequestHeader` stays. */
export function apiNameOf(message: MessageModel): string {
  return message.type === 'request' || message.type === 'response'
    ? message.name.replace(/(Request|Response)$/, '')
    : message.name;
}

export function fileNameOf(baseName: string): string {
  return baseName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** A condition on `v` that is true exactly for versions in `range` among `valid` versions. */
function versionCondition(range: VersionRange | null, valid: VersionRange): string {
  if (range === null) return 'false';
  const lo = Math.max(range.min, valid.min);
  const hi = Math.min(range.max, valid.max);
  if (lo > hi) return 'false';
  const parts: string[] = [];
  if (lo > valid.min) parts.push(`v >= ${lo}`);
  if (hi < valid.max) parts.push(`v <= ${hi}`);
  return parts.length === 0 ? 'true' : parts.join(' && ');
}

function and(a: string, b: string): string {
  if (a === 'false' || b === 'false') return 'false';
  if (a === 'true' || a === b) return b;
  if (b === 'true') return a;
  return `${a} && ${b}`;
}

function choose(cond: string, ifTrue: string, ifFalse: string): string {
  if (cond === 'true') return ifTrue;
  if (cond === 'false') return ifFalse;
  if (ifTrue === ifFalse) return ifTrue;
  return `(${cond} ? ${ifTrue} : ${ifFalse})`;
}

function tsType(type: FieldType, input: boolean): string {
  switch (type.kind) {
    case 'primitive':
      if (NUMBER_TYPES.has(type.name)) return 'number';
      if (type.name === 'int64') return 'bigint';
      if (type.name === 'bool') return 'boolean';
      if (type.name === 'string' || type.name === 'uuid') return 'string';
      return 'Uint8Array';
    case 'array':
      return `Array<${tsType(type.element, input)}>`;
    case 'struct':
      return input ? `${type.struct.typeName}Input` : type.struct.typeName;
  }
}

function parseInteger(text: string): bigint {
  return text.startsWith('0x') || text.startsWith('-0x') ? BigInt(text) : BigInt(text);
}

/** The field's default as a TypeScript expression (a fresh value for arrays and structs). */
function defaultExpr(field: FieldModel): string {
  const { type } = field;
  const explicit = field.default;
  if (explicit !== null && explicit.toLowerCase() === 'null') return 'null';
  if (type.kind === 'array') return '[]';
  if (type.kind === 'struct') return `default${type.struct.typeName}()`;
  switch (type.name) {
    case 'int64':
      return `${explicit === null ? 0n : parseInteger(explicit)}n`;
    case 'bool':
      return explicit !== null && explicit.toLowerCase() === 'true' ? 'true' : 'false';
    case 'string':
      return JSON.stringify(explicit ?? '');
    case 'uuid':
      return 'ZERO_UUID';
    case 'bytes':
      return 'EMPTY_BYTES';
    case 'records':
      return 'null';
    default:
      return explicit === null ? '0' : String(Number(parseInteger(explicit)));
  }
}

/** An expression that is true when `value` differs from the field's default (so must be sent). */
function differsFromDefault(field: FieldModel, value: string): string {
  const { type } = field;
  const def = defaultExpr(field);
  if (type.kind === 'array') return def === 'null' ? `${value} !== null` : `(${value} === null || ${value}.length > 0)`;
  if (type.kind === 'struct') return def === 'null' ? `${value} !== null` : `!isDeepDefault(${value}, ${def})`;
  if (type.name === 'bytes' && def === 'EMPTY_BYTES') return `(${value} === null || ${value}.length > 0)`;
  return `${value} !== ${def}`;
}

class Emitter {
  private lines: string[] = [];
  private depth = 0;
  private counter = 0;

  line(text = ''): void {
    this.lines.push(text === '' ? '' : '  '.repeat(this.depth) + text);
  }

  open(text: string): void {
    this.line(text);
    this.depth++;
  }

  close(text = '}'): void {
    this.depth--;
    this.line(text);
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

interface Context {
  valid: VersionRange;
  flexible: VersionRange | null;
}

function flexCondition(ctx: Context, field: FieldModel): string {
  return field.neverFlexible ? 'false' : versionCondition(ctx.flexible, ctx.valid);
}

/** Expression reading one value of a primitive type. */
function readPrimitive(name: string, flex: string, nullable: string): string {
  switch (name) {
    case 'string':
      return choose(flex, choose(nullable, 'r.compactNullableString()', 'r.compactString()'), choose(nullable, 'r.nullableString()', 'r.string()'));
    case 'bytes':
    case 'records':
      return choose(flex, choose(nullable, 'r.compactNullableBytes()', 'r.compactBytes()'), choose(nullable, 'r.nullableBytes()', 'r.bytesField()'));
    default:
      return `r.${name}()`;
  }
}

function writePrimitive(name: string, flex: string, nullable: string, value: string): string {
  switch (name) {
    case 'string':
      return choose(
        flex,
        choose(nullable, `w.compactNullableString(${value})`, `w.compactString(${value} as string)`),
        choose(nullable, `w.nullableString(${value})`, `w.string(${value} as string)`),
      );
    case 'bytes':
    case 'records':
      return choose(
        flex,
        choose(nullable, `w.compactNullableBytes(${value})`, `w.compactBytes(${value} as Uint8Array)`),
        choose(nullable, `w.nullableBytes(${value})`, `w.bytes(${value} as Uint8Array)`),
      );
    default:
      return `w.${name}(${value})`;
  }
}

function emitRead(e: Emitter, ctx: Context, field: FieldModel, type: FieldType, target: string, nullable: string, tagged: boolean): void {
  const flex = flexCondition(ctx, field);
  if (type.kind === 'primitive') {
    e.line(`${target} = ${readPrimitive(type.name, flex, nullable)};`);
    return;
  }
  if (type.kind === 'struct') {
    if (nullable !== 'false') {
      const marker = tagged ? 'r.uvarint() === 0' : 'r.int8() < 0';
      e.line(`${target} = ${nullable === 'true' ? '' : `${nullable} && `}${marker} ? null : decode${type.struct.typeName}(r, v);`);
    } else {
      e.line(`${target} = decode${type.struct.typeName}(r, v);`);
    }
    return;
  }
  if (type.element.kind === 'primitive' && type.element.name === 'int32') {
    // Broker id lists (replicas, ISR) dominate Metadata responses: one call per list.
    e.line(`${target} = r.int32List(${flex}, ${nullable}) as never;`);
    return;
  }
  const count = e.fresh('n');
  const items = e.fresh('a');
  e.line(`const ${count} = ${choose(flex, `r.compactArrayLength(${nullable})`, `r.arrayLength(${nullable})`)};`);
  e.open(`if (${count} === null) {`);
  e.line(`${target} = null as never;`);
  e.close();
  e.open('else {');
  e.line(`const ${items} = new Array(${count});`);
  const i = e.fresh('i');
  e.open(`for (let ${i} = 0; ${i} < ${count}; ${i}++) {`);
  emitRead(e, ctx, field, type.element, `${items}[${i}]`, 'false', false);
  e.close();
  e.line(`${target} = ${items};`);
  e.close();
}

function emitWrite(e: Emitter, ctx: Context, field: FieldModel, type: FieldType, value: string, nullable: string, tagged: boolean): void {
  const flex = flexCondition(ctx, field);
  if (type.kind === 'primitive') {
    e.line(`${writePrimitive(type.name, flex, nullable, value)};`);
    return;
  }
  if (type.kind === 'struct') {
    const struct = e.fresh('s');
    e.line(`const ${struct} = ${value};`);
    if (nullable !== 'false') {
      const nullMarker = tagged ? 'w.uvarint(0)' : 'w.int8(-1)';
      const presentMarker = tagged ? 'w.uvarint(1)' : 'w.int8(1)';
      e.open(`if (${struct} === null) {`);
      if (nullable !== 'true') e.line(`if (!(${nullable})) throw nullNotAllowed('${field.schemaName}', v);`);
      e.line(`${nullMarker};`);
      e.close();
      e.open('else {');
      e.line(`${presentMarker};`);
      e.line(`encode${type.struct.typeName}(w, v, ${struct});`);
      e.close();
    } else {
      e.line(`encode${type.struct.typeName}(w, v, ${struct});`);
    }
    return;
  }
  const items = e.fresh('a');
  e.line(`const ${items} = ${value};`);
  e.open(`if (${items} === null) {`);
  if (nullable !== 'true') e.line(`if (!(${nullable})) throw nullNotAllowed('${field.schemaName}', v);`);
  e.line(`${choose(flex, 'w.uvarint(0)', 'w.int32(-1)')};`);
  e.close();
  e.open('else {');
  e.line(`${choose(flex, `w.uvarint(${items}.length + 1)`, `w.int32(${items}.length)`)};`);
  const item = e.fresh('x');
  e.open(`for (const ${item} of ${items}) {`);
  emitWrite(e, ctx, field, type.element, item, 'false', false);
  e.close();
  e.close();
}

function isNullableAnywhere(field: FieldModel, ctx: Context): boolean {
  return versionCondition(field.nullableVersions, ctx.valid) !== 'false' || defaultExpr(field) === 'null';
}

function isRequiredInput(field: FieldModel, ctx: Context): boolean {
  return (
    field.taggedVersions === null &&
    field.default === null &&
    field.versions.min <= ctx.valid.min &&
    field.versions.max >= ctx.valid.max
  );
}

function emitStruct(e: Emitter, ctx: Context, struct: StructModel): void {
  const name = struct.typeName;
  const fields = struct.fields;
  const local = (f: FieldModel) => `f_${f.name}`;

  // Decoded shape: every field is present (its default when the version lacks it).
  e.open(`export interface ${name} {`);
  for (const f of fields) {
    const nullable = isNullableAnywhere(f, ctx) ? ' | null' : '';
    e.line(`/** ${f.about.replace(/\*\//g, '*\\/')} (versions ${describeRange(f.versions)}${f.tag !== null ? `, tag ${f.tag}` : ''}) */`);
    e.line(`${f.name}: ${tsType(f.type, false)}${nullable};`);
  }
  e.close();
  e.line();
  e.open(`export interface ${name}Input {`);
  for (const f of fields) {
    const nullable = isNullableAnywhere(f, ctx) ? ' | null' : '';
    e.line(`${f.name}${isRequiredInput(f, ctx) ? '' : '?'}: ${tsType(f.type, true)}${nullable};`);
  }
  e.close();
  e.line();

  e.open(`export function default${name}(): ${name} {`);
  e.line(`return { ${fields.map((f) => `${f.name}: ${defaultExpr(f)}`).join(', ')} };`);
  e.close();
  e.line();

  const flexible = versionCondition(ctx.flexible, ctx.valid);
  const tagged = fields.filter((f) => f.taggedVersions !== null).sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0));

  // Decoder.
  e.open(`export function decode${name}(r: Reader, v: number): ${name} {`);
  // Only tagged fields start from their default; a field some versions lack gets it in an else
  // branch, so a version that reads the field allocates no default (often an array) to discard.
  for (const f of fields) {
    const readInPlace = f.taggedVersions === null && versionCondition(f.versions, ctx.valid) !== 'false';
    e.line(readInPlace ? `let ${local(f)}: ${name}['${f.name}'];` : `let ${local(f)}: ${name}['${f.name}'] = ${defaultExpr(f)};`);
  }
  for (const f of fields) {
    if (f.taggedVersions !== null) continue;
    const present = versionCondition(f.versions, ctx.valid);
    if (present === 'false') continue;
    const nullable = versionCondition(f.nullableVersions, ctx.valid);
    if (present === 'true') emitRead(e, ctx, f, f.type, local(f), nullable, false);
    else {
      e.open(`if (${present}) {`);
      emitRead(e, ctx, f, f.type, local(f), nullable, false);
      e.close();
      e.open('else {');
      e.line(`${local(f)} = ${defaultExpr(f)};`);
      e.close();
    }
  }
  if (flexible !== 'false') {
    e.open(flexible === 'true' ? '{' : `if (${flexible}) {`);
    e.line('const tagCount = r.uvarint();');
    e.open('for (let t = 0; t < tagCount; t++) {');
    e.line('const tag = r.uvarint();');
    e.line('const end = r.taggedFieldEnd(r.uvarint());');
    if (tagged.length > 0) {
      e.open('switch (tag) {');
      for (const f of tagged) {
        const present = and(versionCondition(f.versions, ctx.valid), versionCondition(f.taggedVersions, ctx.valid));
        if (present === 'false') continue;
        e.open(`case ${f.tag}:`);
        e.open(present === 'true' ? '{' : `if (${present}) {`);
        emitRead(e, ctx, f, f.type, local(f), versionCondition(f.nullableVersions, ctx.valid), true);
        e.close();
        e.line('break;');
        e.close('');
      }
      e.close();
    }
    e.line('r.finishTaggedField(end);');
    e.close();
    e.close();
  }
  e.line(`return { ${fields.map((f) => `${f.name}: ${local(f)}`).join(', ')} };`);
  e.close();
  e.line();

  // Encoder.
  e.open(`export function encode${name}(w: Writer, v: number, o: ${name}Input): void {`);
  for (const f of fields) {
    const present = versionCondition(f.versions, ctx.valid);
    const value = `o.${f.name}`;
    const withDefault = isRequiredInput(f, ctx)
      ? value
      : isNullableAnywhere(f, ctx) && defaultExpr(f) !== 'null'
        ? `(${value} === undefined ? ${defaultExpr(f)} : ${value})`
        : `(${value} ?? ${defaultExpr(f)})`;
    const absentCheck = () => {
      if (f.ignorable) return;
      e.line(
        `if (${value} !== undefined && ${differsFromDefault(f, value)}) throw fieldNotInVersion('${f.schemaName}', v);`,
      );
    };
    if (f.taggedVersions !== null) {
      if (present === 'false' || versionCondition(f.taggedVersions, ctx.valid) === 'false') absentCheck();
      continue;
    }
    if (present === 'false') {
      absentCheck();
      continue;
    }
    const nullable = versionCondition(f.nullableVersions, ctx.valid);
    if (present === 'true') {
      emitWrite(e, ctx, f, f.type, withDefault, nullable, false);
    } else {
      e.open(`if (${present}) {`);
      emitWrite(e, ctx, f, f.type, withDefault, nullable, false);
      e.close();
      if (!f.ignorable) {
        e.open('else {');
        absentCheck();
        e.close();
      }
    }
  }
  if (flexible !== 'false') {
    e.open(flexible === 'true' ? '{' : `if (${flexible}) {`);
    if (tagged.length === 0) {
      e.line('w.uvarint(0);');
    } else {
      e.line('let tagCount = 0;');
      for (const f of tagged) {
        const present = and(versionCondition(f.versions, ctx.valid), versionCondition(f.taggedVersions, ctx.valid));
        const value = `o.${f.name}`;
        e.line(`const send_${f.name} = ${and(present, `${value} !== undefined && ${differsFromDefault(f, value)}`)};`);
        e.line(`if (send_${f.name}) tagCount++;`);
      }
      e.line('w.uvarint(tagCount);');
      for (const f of tagged) {
        e.open(`if (send_${f.name}) {`);
        e.line(`const at = w.beginTaggedField(${f.tag});`);
        emitWrite(e, ctx, f, f.type, `o.${f.name}!`, versionCondition(f.nullableVersions, ctx.valid), true);
        e.line('w.endTaggedField(at);');
        e.close();
      }
    }
    e.close();
  }
  e.close();
  e.line();
}

function describeRange(range: VersionRange): string {
  return range.max === Number.POSITIVE_INFINITY ? `${range.min}+` : range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`;
}

/** The code for a group of messages that share a file (an API's request and response). */
export function generateModule(messages: MessageModel[]): string {
  const e = new Emitter();
  for (const message of messages) {
    const ctx: Context = { valid: message.validVersions, flexible: message.flexibleVersions };
    e.line(`// ---- ${message.name}: versions ${describeRange(message.validVersions)}, flexible ${message.flexibleVersions ? describeRange(message.flexibleVersions) : 'never'}`);
    e.line();
    for (const struct of message.structs) emitStruct(e, ctx, struct);
    const root = message.root.typeName;
    e.line(`/** Encodes a ${message.name} body at version \`version\` (${describeRange(message.validVersions)}). */`);
    e.open(`export function encode${root}Body(w: Writer, version: number, body: ${root}Input): void {`);
    e.line(`checkVersion('${message.name}', version, ${message.validVersions.min}, ${message.validVersions.max});`);
    e.line(`encode${root}(w, version, body);`);
    e.close();
    e.line();
    e.line(`/** Decodes a ${message.name} body at version \`version\` (${describeRange(message.validVersions)}). */`);
    e.open(`export function decode${root}Body(r: Reader, version: number): ${root} {`);
    e.line(`checkVersion('${message.name}', version, ${message.validVersions.min}, ${message.validVersions.max});`);
    e.line(`return decode${root}(r, version);`);
    e.close();
    e.line();
  }
  const code = e.toString();
  const imports = [
    "import type { Reader } from '../primitives/reader.js';",
    "import type { Writer } from '../primitives/writer.js';",
  ];
  const support = ['checkVersion', 'fieldNotInVersion', 'nullNotAllowed', 'isDeepDefault', 'EMPTY_BYTES'].filter((n) =>
    new RegExp(`\\b${n}\\b`).test(code),
  );
  imports.push(`import { ${support.join(', ')} } from '../primitives/codec-support.js';`);
  if (/\bZERO_UUID\b/.test(code)) imports.push("import { ZERO_UUID } from '../primitives/uuid.js';");
  return `${GENERATED_BANNER}/* eslint-disable */\n${imports.join('\n')}\n\n${code}\n`;
}
