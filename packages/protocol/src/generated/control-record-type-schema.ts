// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion } from '../primitives/codec-support.js';

// ---- ControlRecordTypeSchema: versions 0, flexible never

export interface ControlRecordTypeSchema {
  /** The type of the control record, such as commit or abort (versions 0+) */
  type: number;
}

export interface ControlRecordTypeSchemaInput {
  type: number;
}

export function defaultControlRecordTypeSchema(): ControlRecordTypeSchema {
  return { type: 0 };
}

export function decodeControlRecordTypeSchema(r: Reader, v: number): ControlRecordTypeSchema {
  let f_type: ControlRecordTypeSchema['type'];
  f_type = r.int16();
  return { type: f_type };
}

export function encodeControlRecordTypeSchema(w: Writer, v: number, o: ControlRecordTypeSchemaInput): void {
  w.int16(o.type);
}

/** Encodes a ControlRecordTypeSchema body at version `version` (0). */
export function encodeControlRecordTypeSchemaBody(w: Writer, version: number, body: ControlRecordTypeSchemaInput): void {
  checkVersion('ControlRecordTypeSchema', version, 0, 0);
  encodeControlRecordTypeSchema(w, version, body);
}

/** Decodes a ControlRecordTypeSchema body at version `version` (0). */
export function decodeControlRecordTypeSchemaBody(r: Reader, version: number): ControlRecordTypeSchema {
  checkVersion('ControlRecordTypeSchema', version, 0, 0);
  return decodeControlRecordTypeSchema(r, version);
}

