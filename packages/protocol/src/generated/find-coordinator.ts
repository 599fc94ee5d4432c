// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- FindCoordinatorResponse: versions 0-6, flexible 3+

export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. (versions 4+) */
  key: string;
  /** The node id. (versions 4+) */
  nodeId: number;
  /** The host name. (versions 4+) */
  host: string;
  /** The port. (versions 4+) */
  port: number;
  /** The error code, or 0 if there was no error. (versions 4+) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 4+) */
  errorMessage: string | null;
}

export interface FindCoordinatorResponseCoordinatorInput {
  key?: string;
  nodeId?: number;
  host?: string;
  port?: number;
  errorCode?: number;
  errorMessage?: string | null;
}

export function defaultFindCoordinatorResponseCoordinator(): FindCoordinatorResponseCoordinator {
  return { key: "", nodeId: 0, host: "", port: 0, errorCode: 0, errorMessage: "" };
}

export function decodeFindCoordinatorResponseCoordinator(r: Reader, v: number): FindCoordinatorResponseCoordinator {
  let f_key: FindCoordinatorResponseCoordinator['key'];
  let f_nodeId: FindCoordinatorResponseCoordinator['nodeId'];
  let f_host: FindCoordinatorResponseCoordinator['host'];
  let f_port: FindCoordinatorResponseCoordinator['port'];
  let f_errorCode: FindCoordinatorResponseCoordinator['errorCode'];
  let f_errorMessage: FindCoordinatorResponseCoordinator['errorMessage'];
  if (v >= 4) {
    f_key = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_key = "";
  }
  if (v >= 4) {
    f_nodeId = r.int32();
  }
  else {
    f_nodeId = 0;
  }
  if (v >= 4) {
    f_host = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_host = "";
  }
  if (v >= 4) {
    f_port = r.int32();
  }
  else {
    f_port = 0;
  }
  if (v >= 4) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 4) {
    f_errorMessage = (v >= 3 ? (v >= 4 ? r.compactNullableString() : r.compactString()) : (v >= 4 ? r.nullableString() : r.string()));
  }
  else {
    f_errorMessage = "";
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { key: f_key, nodeId: f_nodeId, host: f_host, port: f_port, errorCode: f_errorCode, errorMessage: f_errorMessage };
}

export function encodeFindCoordinatorResponseCoordinator(w: Writer, v: number, o: FindCoordinatorResponseCoordinatorInput): void {
  if (v >= 4) {
    (v >= 3 ? w.compactString((o.key ?? "") as string) : w.string((o.key ?? "") as string));
  }
  else {
    if (o.key !== undefined && o.key !== "") throw fieldNotInVersion('Key', v);
  }
  if (v >= 4) {
    w.int32((o.nodeId ?? 0));
  }
  else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw fieldNotInVersion('NodeId', v);
  }
  if (v >= 4) {
    (v >= 3 ? w.compactString((o.host ?? "") as string) : w.string((o.host ?? "") as string));
  }
  else {
    if (o.host !== undefined && o.host !== "") throw fieldNotInVersion('Host', v);
  }
  if (v >= 4) {
    w.int32((o.port ?? 0));
  }
  else {
    if (o.port !== undefined && o.port !== 0) throw fieldNotInVersion('Port', v);
  }
  if (v >= 4) {
    w.int16((o.errorCode ?? 0));
  }
  else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw fieldNotInVersion('ErrorCode', v);
  }
  if (v >= 4) {
    (v >= 3 ? (v >= 4 ? w.compactNullableString((o.errorMessage === undefined ? "" : o.errorMessage)) : w.compactString((o.errorMessage === undefined ? "" : o.errorMessage) as string)) : (v >= 4 ? w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage)) : w.string((o.errorMessage === undefined ? "" : o.errorMessage) as string)));
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-3) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 1-3) */
  errorMessage: string | null;
  /** The node id. (versions 0-3) */
  nodeId: number;
  /** The host name. (versions 0-3) */
  host: string;
  /** The port. (versions 0-3) */
  port: number;
  /** Each coordinator result in the response. (versions 4+) */
  coordinators: Array<FindCoordinatorResponseCoordinator>;
}

export interface FindCoordinatorResponseInput {
  throttleTimeMs?: number;
  errorCode?: number;
  errorMessage?: string | null;
  nodeId?: number;
  host?: string;
  port?: number;
  coordinators?: Array<FindCoordinatorResponseCoordinatorInput>;
}

export function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", nodeId: 0, host: "", port: 0, coordinators: [] };
}

export function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  let f_throttleTimeMs: FindCoordinatorResponse['throttleTimeMs'];
  let f_errorCode: FindCoordinatorResponse['errorCode'];
  let f_errorMessage: FindCoordinatorResponse['errorMessage'];
  let f_nodeId: FindCoordinatorResponse['nodeId'];
  let f_host: FindCoordinatorResponse['host'];
  let f_port: FindCoordinatorResponse['port'];
  let f_coordinators: FindCoordinatorResponse['coordinators'];
  if (v >= 1) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  if (v <= 3) {
    f_errorCode = r.int16();
  }
  else {
    f_errorCode = 0;
  }
  if (v >= 1 && v <= 3) {
    f_errorMessage = (v >= 3 ? (v >= 1 && v <= 3 ? r.compactNullableString() : r.compactString()) : (v >= 1 && v <= 3 ? r.nullableString() : r.string()));
  }
  else {
    f_errorMessage = "";
  }
  if (v <= 3) {
    f_nodeId = r.int32();
  }
  else {
    f_nodeId = 0;
  }
  if (v <= 3) {
    f_host = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_host = "";
  }
  if (v <= 3) {
    f_port = r.int32();
  }
  else {
    f_port = 0;
  }
  if (v >= 4) {
    const n0 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n0 === null) {
      f_coordinators = null as never;
    }
    else {
      const a1 = new Array(n0);
      for (let i2 = 0; i2 < n0; i2++) {
        a1[i2] = decodeFindCoordinatorResponseCoordinator(r, v);
      }
      f_coordinators = a1;
    }
  }
  else {
    f_coordinators = [];
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, errorMessage: f_errorMessage, nodeId: f_nodeId, host: f_host, port: f_port, coordinators: f_coordinators };
}

export function encodeFindCoordinatorResponse(w: Writer, v: number, o: FindCoordinatorResponseInput): void {
  if (v >= 1) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  if (v <= 3) {
    w.int16((o.errorCode ?? 0));
  }
  else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw fieldNotInVersion('ErrorCode', v);
  }
  if (v >= 1 && v <= 3) {
    (v >= 3 ? (v >= 1 && v <= 3 ? w.compactNullableString((o.errorMessage === undefined ? "" : o.errorMessage)) : w.compactString((o.errorMessage === undefined ? "" : o.errorMessage) as string)) : (v >= 1 && v <= 3 ? w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage)) : w.string((o.errorMessage === undefined ? "" : o.errorMessage) as string)));
  }
  if (v <= 3) {
    w.int32((o.nodeId ?? 0));
  }
  else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw fieldNotInVersion('NodeId', v);
  }
  if (v <= 3) {
    (v >= 3 ? w.compactString((o.host ?? "") as string) : w.string((o.host ?? "") as string));
  }
  else {
    if (o.host !== undefined && o.host !== "") throw fieldNotInVersion('Host', v);
  }
  if (v <= 3) {
    w.int32((o.port ?? 0));
  }
  else {
    if (o.port !== undefined && o.port !== 0) throw fieldNotInVersion('Port', v);
  }
  if (v >= 4) {
    const a3 = (o.coordinators ?? []);
    if (a3 === null) {
      if (!(false)) throw nullNotAllowed('Coordinators', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
      for (const x4 of a3) {
        const s5 = x4;
        encodeFindCoordinatorResponseCoordinator(w, v, s5);
      }
    }
  }
  else {
    if (o.coordinators !== undefined && (o.coordinators === null || o.coordinators.length > 0)) throw fieldNotInVersion('Coordinators', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a FindCoordinatorResponse body at version `version` (0-6). */
export function encodeFindCoordinatorResponseBody(w: Writer, version: number, body: FindCoordinatorResponseInput): void {
  checkVersion('FindCoordinatorResponse', version, 0, 6);
  encodeFindCoordinatorResponse(w, version, body);
}

/** Decodes a FindCoordinatorResponse body at version `version` (0-6). */
export function decodeFindCoordinatorResponseBody(r: Reader, version: number): FindCoordinatorResponse {
  checkVersion('FindCoordinatorResponse', version, 0, 6);
  return decodeFindCoordinatorResponse(r, version);
}

// ---- FindCoordinatorRequest: versions 0-6, flexible 3+

export interface FindCoordinatorRequest {
  /** The coordinator key. (versions 0-3) */
  key: string;
  /** The coordinator key type. (group, transaction, share). (versions 1+) */
  keyType: number;
  /** The coordinator keys. (versions 4+) */
  coordinatorKeys: Array<string>;
}

export interface FindCoordinatorRequestInput {
  key?: string;
  keyType?: number;
  coordinatorKeys?: Array<string>;
}

export function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return { key: "", keyType: 0, coordinatorKeys: [] };
}

export function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  let f_key: FindCoordinatorRequest['key'];
  let f_keyType: FindCoordinatorRequest['keyType'];
  let f_coordinatorKeys: FindCoordinatorRequest['coordinatorKeys'];
  if (v <= 3) {
    f_key = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_key = "";
  }
  if (v >= 1) {
    f_keyType = r.int8();
  }
  else {
    f_keyType = 0;
  }
  if (v >= 4) {
    const n6 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n6 === null) {
      f_coordinatorKeys = null as never;
    }
    else {
      const a7 = new Array(n6);
      for (let i8 = 0; i8 < n6; i8++) {
        a7[i8] = (v >= 3 ? r.compactString() : r.string());
      }
      f_coordinatorKeys = a7;
    }
  }
  else {
    f_coordinatorKeys = [];
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { key: f_key, keyType: f_keyType, coordinatorKeys: f_coordinatorKeys };
}

export function encodeFindCoordinatorRequest(w: Writer, v: number, o: FindCoordinatorRequestInput): void {
  if (v <= 3) {
    (v >= 3 ? w.compactString((o.key ?? "") as string) : w.string((o.key ?? "") as string));
  }
  else {
    if (o.key !== undefined && o.key !== "") throw fieldNotInVersion('Key', v);
  }
  if (v >= 1) {
    w.int8((o.keyType ?? 0));
  }
  else {
    if (o.keyType !== undefined && o.keyType !== 0) throw fieldNotInVersion('KeyType', v);
  }
  if (v >= 4) {
    const a9 = (o.coordinatorKeys ?? []);
    if (a9 === null) {
      if (!(false)) throw nullNotAllowed('CoordinatorKeys', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
      for (const x10 of a9) {
        (v >= 3 ? w.compactString(x10 as string) : w.string(x10 as string));
      }
    }
  }
  else {
    if (o.coordinatorKeys !== undefined && (o.coordinatorKeys === null || o.coordinatorKeys.length > 0)) throw fieldNotInVersion('CoordinatorKeys', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a FindCoordinatorRequest body at version `version` (0-6). */
export function encodeFindCoordinatorRequestBody(w: Writer, version: number, body: FindCoordinatorRequestInput): void {
  checkVersion('FindCoordinatorRequest', version, 0, 6);
  encodeFindCoordinatorRequest(w, version, body);
}

/** Decodes a FindCoordinatorRequest body at version `version` (0-6). */
export function decodeFindCoordinatorRequestBody(r: Reader, version: number): FindCoordinatorRequest {
  checkVersion('FindCoordinatorRequest', version, 0, 6);
  return decodeFindCoordinatorRequest(r, version);
}

