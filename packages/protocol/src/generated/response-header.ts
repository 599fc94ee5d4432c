// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion } from '../primitives/codec-support.js';

// ---- ResponseHeader: versions 0-1, flexible 1+

export interface ResponseHeader {
  /** The correlation ID of this response. (versions 0+) */
  correlationId: number;
}

export interface ResponseHeaderInput {
  correlationId: number;
}

export function defaultResponseHeader(): ResponseHeader {
  return { correlationId: 0 };
}

export function decodeResponseHeader(r: Reader, v: number): ResponseHeader {
  let f_correlationId: ResponseHeader['correlationId'];
  f_correlationId = r.int32();
  if (v >= 1) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { correlationId: f_correlationId };
}

export function encodeResponseHeader(w: Writer, v: number, o: ResponseHeaderInput): void {
  w.int32(o.correlationId);
  if (v >= 1) {
    w.uvarint(0);
  }
}

/** Encodes a ResponseHeader body at version `version` (0-1). */
export function encodeResponseHeaderBody(w: Writer, version: number, body: ResponseHeaderInput): void {
  checkVersion('ResponseHeader', version, 0, 1);
  encodeResponseHeader(w, version, body);
}

/** Decodes a ResponseHeader body at version `version` (0-1). */
export function decodeResponseHeaderBody(r: Reader, version: number): ResponseHeader {
  checkVersion('ResponseHeader', version, 0, 1);
  return decodeResponseHeader(r, version);
}

