// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, EMPTY_BYTES } from '../primitives/codec-support.js';

// ---- SaslAuthenticateResponse: versions 0-2, flexible 2+

export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0+) */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Uint8Array;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (versions 1+) */
  sessionLifetimeMs: bigint;
}

export interface SaslAuthenticateResponseInput {
  errorCode: number;
  errorMessage: string | null;
  authBytes: Uint8Array;
  sessionLifetimeMs?: bigint;
}

export function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return { errorCode: 0, errorMessage: "", authBytes: EMPTY_BYTES, sessionLifetimeMs: 0n };
}

export function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  let f_errorCode: SaslAuthenticateResponse['errorCode'];
  let f_errorMessage: SaslAuthenticateResponse['errorMessage'];
  let f_authBytes: SaslAuthenticateResponse['authBytes'];
  let f_sessionLifetimeMs: SaslAuthenticateResponse['sessionLifetimeMs'];
  f_errorCode = r.int16();
  f_errorMessage = (v >= 2 ? r.compactNullableString() : r.nullableString());
  f_authBytes = (v >= 2 ? r.compactBytes() : r.bytesField());
  if (v >= 1) {
    f_sessionLifetimeMs = r.int64();
  }
  else {
    f_sessionLifetimeMs = 0n;
  }
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, errorMessage: f_errorMessage, authBytes: f_authBytes, sessionLifetimeMs: f_sessionLifetimeMs };
}

export function encodeSaslAuthenticateResponse(w: Writer, v: number, o: SaslAuthenticateResponseInput): void {
  w.int16(o.errorCode);
  (v >= 2 ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  (v >= 2 ? w.compactBytes(o.authBytes as Uint8Array) : w.bytes(o.authBytes as Uint8Array));
  if (v >= 1) {
    w.int64((o.sessionLifetimeMs ?? 0n));
  }
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a SaslAuthenticateResponse body at version `version` (0-2). */
export function encodeSaslAuthenticateResponseBody(w: Writer, version: number, body: SaslAuthenticateResponseInput): void {
  checkVersion('SaslAuthenticateResponse', version, 0, 2);
  encodeSaslAuthenticateResponse(w, version, body);
}

/** Decodes a SaslAuthenticateResponse body at version `version` (0-2). */
export function decodeSaslAuthenticateResponseBody(r: Reader, version: number): SaslAuthenticateResponse {
  checkVersion('SaslAuthenticateResponse', version, 0, 2);
  return decodeSaslAuthenticateResponse(r, version);
}

// ---- SaslAuthenticateRequest: versions 0-2, flexible 2+

export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Uint8Array;
}

export interface SaslAuthenticateRequestInput {
  authBytes: Uint8Array;
}

export function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return { authBytes: EMPTY_BYTES };
}

export function decodeSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  let f_authBytes: SaslAuthenticateRequest['authBytes'];
  f_authBytes = (v >= 2 ? r.compactBytes() : r.bytesField());
  if (v >= 2) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { authBytes: f_authBytes };
}

export function encodeSaslAuthenticateRequest(w: Writer, v: number, o: SaslAuthenticateRequestInput): void {
  (v >= 2 ? w.compactBytes(o.authBytes as Uint8Array) : w.bytes(o.authBytes as Uint8Array));
  if (v >= 2) {
    w.uvarint(0);
  }
}

/** Encodes a SaslAuthenticateRequest body at version `version` (0-2). */
export function encodeSaslAuthenticateRequestBody(w: Writer, version: number, body: SaslAuthenticateRequestInput): void {
  checkVersion('SaslAuthenticateRequest', version, 0, 2);
  encodeSaslAuthenticateRequest(w, version, body);
}

/** Decodes a SaslAuthenticateRequest body at version `version` (0-2). */
export function decodeSaslAuthenticateRequestBody(r: Reader, version: number): SaslAuthenticateRequest {
  checkVersion('SaslAuthenticateRequest', version, 0, 2);
  return decodeSaslAuthenticateRequest(r, version);
}

