// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion } from '../primitives/codec-support.js';

// ---- RequestHeader: versions 1-2, flexible 2+

export interface RequestHeader {
  /** The API key of this request. (versions 0+) */
  requestApiKey: number;
  /** The API version of this request. (versions 0+) */
  requestApiVersion: number;
  /** The correlation ID of this request. (versions 0+) */
  correlationId: number;
  /** The client ID string. (versions 1+) */
  clientId: string | null;
}

export interface RequestHeaderInput {
  requestApiKey: number;
  requestApiVersion: number;
  correlationId: number;
  clientId: string | null;
}

export function defaultRequestHeader(): RequestHeader {
  return { requestApiKey: 0, requestApiVersion: 0, correlationId: 0, clientId: "" };
}

export function decodeRequestHeader(r: Reader, v: number): RequestHeader {
  let f_requestApiKey: RequestHeader['requestApiKey'];
  let f_requestApiVersion: RequestHeader['requestApiVersion'];
  let f_correlationId: RequestHeader['correlationId'];
  let f_clientId: RequestHeader['clientId'];
  f_requestApiKey = r.int16();
  f_requestApiVersion = r.int16();
  f_correlationId = r.int32();
  f_clientId = r.nullableString();
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { requestApiKey: f_requestApiKey, requestApiVersion: f_requestApiVersion, correlationId: f_correlationId, clientId: f_clientId };
}

export function encodeRequestHeader(w: Writer, v: number, o: RequestHeaderInput): void {
  w.int16(o.requestApiKey);
  w.int16(o.requestApiVersion);
  w.int32(o.correlationId);
  w.nullableString(o.clientId);
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a RequestHeader body at version `version` (1-2). */
export function encodeRequestHeaderBody(w: Writer, version: number, body: RequestHeaderInput): void {
  checkVersion('RequestHeader', version, 1, 2);
  encodeRequestHeader(w, version, body);
}

/** Decodes a RequestHeader body at version `version` (1-2). */
export function decodeRequestHeaderBody(r: Reader, version: number): RequestHeader {
  checkVersion('RequestHeader', version, 1, 2);
  return decodeRequestHeader(r, version);
}

