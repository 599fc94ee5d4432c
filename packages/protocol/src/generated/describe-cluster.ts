// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- DescribeClusterResponse: versions 0-2, flexible 0+

export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. (versions 0+) */
  brokerId: number;
  /** The broker hostname. (versions 0+) */
  host: string;
  /** The broker port. (versions 0+) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 0+) */
  rack: string | null;
  /** Whether the broker is fenced (versions 2+) */
  isFenced: boolean;
}

export interface DescribeClusterResponseDescribeClusterBrokerInput {
  brokerId: number;
  host: string;
  port: number;
  rack?: string | null;
  isFenced?: boolean;
}

export function defaultDescribeClusterResponseDescribeClusterBroker(): DescribeClusterResponseDescribeClusterBroker {
  return { brokerId: 0, host: "", port: 0, rack: null, isFenced: false };
}

export function decodeDescribeClusterResponseDescribeClusterBroker(r: Reader, v: number): DescribeClusterResponseDescribeClusterBroker {
  let f_brokerId: DescribeClusterResponseDescribeClusterBroker['brokerId'];
  let f_host: DescribeClusterResponseDescribeClusterBroker['host'];
  let f_port: DescribeClusterResponseDescribeClusterBroker['port'];
  let f_rack: DescribeClusterResponseDescribeClusterBroker['rack'];
  let f_isFenced: DescribeClusterResponseDescribeClusterBroker['isFenced'];
  f_brokerId = r.int32();
  f_host = r.compactString();
  f_port = r.int32();
  f_rack = r.compactNullableString();
  if (v >= 2) {
    f_isFenced = r.bool();
  }
  else {
    f_isFenced = false;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { brokerId: f_brokerId, host: f_host, port: f_port, rack: f_rack, isFenced: f_isFenced };
}

export function encodeDescribeClusterResponseDescribeClusterBroker(w: Writer, v: number, o: DescribeClusterResponseDescribeClusterBrokerInput): void {
  w.int32(o.brokerId);
  w.compactString(o.host as string);
  w.int32(o.port);
  w.compactNullableString((o.rack ?? null));
  if (v >= 2) {
    w.bool((o.isFenced ?? false));
  }
  else {
    if (o.isFenced !== undefined && o.isFenced !== false) throw fieldNotInVersion('IsFenced', v);
  }
  {
    w.uvarint(0);
  }
}

export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+) */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. (versions 1+) */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. (versions 0+) */
  clusterId: string;
  /** The ID of the controller. When handled by a controller, returns the current voter leader ID. When handled by a broker, returns a random alive broker ID as a fallback. (versions 0+) */
  controllerId: number;
  /** Each broker in the response. (versions 0+) */
  brokers: Array<DescribeClusterResponseDescribeClusterBroker>;
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 0+) */
  clusterAuthorizedOperations: number;
}

export interface DescribeClusterResponseInput {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage?: string | null;
  endpointType?: number;
  clusterId: string;
  controllerId?: number;
  brokers: Array<DescribeClusterResponseDescribeClusterBrokerInput>;
  clusterAuthorizedOperations?: number;
}

export function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId: "", controllerId: -1, brokers: [], clusterAuthorizedOperations: -2147483648 };
}

export function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  let f_throttleTimeMs: DescribeClusterResponse['throttleTimeMs'];
  let f_errorCode: DescribeClusterResponse['errorCode'];
  let f_errorMessage: DescribeClusterResponse['errorMessage'];
  let f_endpointType: DescribeClusterResponse['endpointType'];
  let f_clusterId: DescribeClusterResponse['clusterId'];
  let f_controllerId: DescribeClusterResponse['controllerId'];
  let f_brokers: DescribeClusterResponse['brokers'];
  let f_clusterAuthorizedOperations: DescribeClusterResponse['clusterAuthorizedOperations'];
  f_throttleTimeMs = r.int32();
  f_errorCode = r.int16();
  f_errorMessage = r.compactNullableString();
  if (v >= 1) {
    f_endpointType = r.int8();
  }
  else {
    f_endpointType = 1;
  }
  f_clusterId = r.compactString();
  f_controllerId = r.int32();
  const n0 = r.compactArrayLength(false);
  if (n0 === null) {
    f_brokers = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeDescribeClusterResponseDescribeClusterBroker(r, v);
    }
    f_brokers = a1;
  }
  f_clusterAuthorizedOperations = r.int32();
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, errorMessage: f_errorMessage, endpointType: f_endpointType, clusterId: f_clusterId, controllerId: f_controllerId, brokers: f_brokers, clusterAuthorizedOperations: f_clusterAuthorizedOperations };
}

export function encodeDescribeClusterResponse(w: Writer, v: number, o: DescribeClusterResponseInput): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString((o.errorMessage ?? null));
  if (v >= 1) {
    w.int8((o.endpointType ?? 1));
  }
  else {
    if (o.endpointType !== undefined && o.endpointType !== 1) throw fieldNotInVersion('EndpointType', v);
  }
  w.compactString(o.clusterId as string);
  w.int32((o.controllerId ?? -1));
  const a3 = o.brokers;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Brokers', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a3.length + 1);
    for (const x4 of a3) {
      const s5 = x4;
      encodeDescribeClusterResponseDescribeClusterBroker(w, v, s5);
    }
  }
  w.int32((o.clusterAuthorizedOperations ?? -2147483648));
  {
    w.uvarint(0);
  }
}

/** Encodes a DescribeClusterResponse body at version `version` (0-2). */
export function encodeDescribeClusterResponseBody(w: Writer, version: number, body: DescribeClusterResponseInput): void {
  checkVersion('DescribeClusterResponse', version, 0, 2);
  encodeDescribeClusterResponse(w, version, body);
}

/** Decodes a DescribeClusterResponse body at version `version` (0-2). */
export function decodeDescribeClusterResponseBody(r: Reader, version: number): DescribeClusterResponse {
  checkVersion('DescribeClusterResponse', version, 0, 2);
  return decodeDescribeClusterResponse(r, version);
}

// ---- DescribeClusterRequest: versions 0-2, flexible 0+

export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. (versions 0+) */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. (versions 1+) */
  endpointType: number;
  /** Whether to include fenced brokers when listing brokers. (versions 2+) */
  includeFencedBrokers: boolean;
}

export interface DescribeClusterRequestInput {
  includeClusterAuthorizedOperations: boolean;
  endpointType?: number;
  includeFencedBrokers?: boolean;
}

export function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return { includeClusterAuthorizedOperations: false, endpointType: 1, includeFencedBrokers: false };
}

export function decodeDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  let f_includeClusterAuthorizedOperations: DescribeClusterRequest['includeClusterAuthorizedOperations'];
  let f_endpointType: DescribeClusterRequest['endpointType'];
  let f_includeFencedBrokers: DescribeClusterRequest['includeFencedBrokers'];
  f_includeClusterAuthorizedOperations = r.bool();
  if (v >= 1) {
    f_endpointType = r.int8();
  }
  else {
    f_endpointType = 1;
  }
  if (v >= 2) {
    f_includeFencedBrokers = r.bool();
  }
  else {
    f_includeFencedBrokers = false;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { includeClusterAuthorizedOperations: f_includeClusterAuthorizedOperations, endpointType: f_endpointType, includeFencedBrokers: f_includeFencedBrokers };
}

export function encodeDescribeClusterRequest(w: Writer, v: number, o: DescribeClusterRequestInput): void {
  w.bool(o.includeClusterAuthorizedOperations);
  if (v >= 1) {
    w.int8((o.endpointType ?? 1));
  }
  else {
    if (o.endpointType !== undefined && o.endpointType !== 1) throw fieldNotInVersion('EndpointType', v);
  }
  if (v >= 2) {
    w.bool((o.includeFencedBrokers ?? false));
  }
  else {
    if (o.includeFencedBrokers !== undefined && o.includeFencedBrokers !== false) throw fieldNotInVersion('IncludeFencedBrokers', v);
  }
  {
    w.uvarint(0);
  }
}

/** Encodes a DescribeClusterRequest body at version `version` (0-2). */
export function encodeDescribeClusterRequestBody(w: Writer, version: number, body: DescribeClusterRequestInput): void {
  checkVersion('DescribeClusterRequest', version, 0, 2);
  encodeDescribeClusterRequest(w, version, body);
}

/** Decodes a DescribeClusterRequest body at version `version` (0-2). */
export function decodeDescribeClusterRequestBody(r: Reader, version: number): DescribeClusterRequest {
  checkVersion('DescribeClusterRequest', version, 0, 2);
  return decodeDescribeClusterRequest(r, version);
}

