// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- SaslHandshakeResponse: versions 0-1, flexible never

export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The mechanisms enabled in the server. (versions 0+) */
  mechanisms: Array<string>;
}

export interface SaslHandshakeResponseInput {
  errorCode: number;
  mechanisms: Array<string>;
}

export function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return { errorCode: 0, mechanisms: [] };
}

export function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  let f_errorCode: SaslHandshakeResponse['errorCode'];
  let f_mechanisms: SaslHandshakeResponse['mechanisms'];
  f_errorCode = r.int16();
  const n0 = r.arrayLength(false);
  if (n0 === null) {
    f_mechanisms = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = r.string();
    }
    f_mechanisms = a1;
  }
  return { errorCode: f_errorCode, mechanisms: f_mechanisms };
}

export function encodeSaslHandshakeResponse(w: Writer, v: number, o: SaslHandshakeResponseInput): void {
  w.int16(o.errorCode);
  const a3 = o.mechanisms;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Mechanisms', v);
    w.int32(-1);
  }
  else {
    w.int32(a3.length);
    for (const x4 of a3) {
      w.string(x4 as string);
    }
  }
}

/** Encodes a SaslHandshakeResponse body at version `version` (0-1). */
export function encodeSaslHandshakeResponseBody(w: Writer, version: number, body: SaslHandshakeResponseInput): void {
  checkVersion('SaslHandshakeResponse', version, 0, 1);
  encodeSaslHandshakeResponse(w, version, body);
}

/** Decodes a SaslHandshakeResponse body at version `version` (0-1). */
export function decodeSaslHandshakeResponseBody(r: Reader, version: number): SaslHandshakeResponse {
  checkVersion('SaslHandshakeResponse', version, 0, 1);
  return decodeSaslHandshakeResponse(r, version);
}

// ---- SaslHandshakeRequest: versions 0-1, flexible never

export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. (versions 0+) */
  mechanism: string;
}

export interface SaslHandshakeRequestInput {
  mechanism: string;
}

export function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return { mechanism: "" };
}

export function decodeSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  let f_mechanism: SaslHandshakeRequest['mechanism'];
  f_mechanism = r.string();
  return { mechanism: f_mechanism };
}

export function encodeSaslHandshakeRequest(w: Writer, v: number, o: SaslHandshakeRequestInput): void {
  w.string(o.mechanism as string);
}

/** Encodes a SaslHandshakeRequest body at version `version` (0-1). */
export function encodeSaslHandshakeRequestBody(w: Writer, version: number, body: SaslHandshakeRequestInput): void {
  checkVersion('SaslHandshakeRequest', version, 0, 1);
  encodeSaslHandshakeRequest(w, version, body);
}

/** Decodes a SaslHandshakeRequest body at version `version` (0-1). */
export function decodeSaslHandshakeRequestBody(r: Reader, version: number): SaslHandshakeRequest {
  checkVersion('SaslHandshakeRequest', version, 0, 1);
  return decodeSaslHandshakeRequest(r, version);
}

