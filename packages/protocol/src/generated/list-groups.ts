// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- ListGroupsResponse: versions 0-5, flexible 3+

export interface ListGroupsResponseListedGroup {
  /** The group ID. (versions 0+) */
  groupId: string;
  /** The group protocol type. (versions 0+) */
  protocolType: string;
  /** The group state name. (versions 4+) */
  groupState: string;
  /** The group type name. (versions 5+) */
  groupType: string;
}

export interface ListGroupsResponseListedGroupInput {
  groupId: string;
  protocolType: string;
  groupState?: string;
  groupType?: string;
}

export function defaultListGroupsResponseListedGroup(): ListGroupsResponseListedGroup {
  return { groupId: "", protocolType: "", groupState: "", groupType: "" };
}

export function decodeListGroupsResponseListedGroup(r: Reader, v: number): ListGroupsResponseListedGroup {
  let f_groupId: ListGroupsResponseListedGroup['groupId'];
  let f_protocolType: ListGroupsResponseListedGroup['protocolType'];
  let f_groupState: ListGroupsResponseListedGroup['groupState'];
  let f_groupType: ListGroupsResponseListedGroup['groupType'];
  f_groupId = (v >= 3 ? r.compactString() : r.string());
  f_protocolType = (v >= 3 ? r.compactString() : r.string());
  if (v >= 4) {
    f_groupState = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_groupState = "";
  }
  if (v >= 5) {
    f_groupType = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_groupType = "";
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupId: f_groupId, protocolType: f_protocolType, groupState: f_groupState, groupType: f_groupType };
}

export function encodeListGroupsResponseListedGroup(w: Writer, v: number, o: ListGroupsResponseListedGroupInput): void {
  (v >= 3 ? w.compactString(o.groupId as string) : w.string(o.groupId as string));
  (v >= 3 ? w.compactString(o.protocolType as string) : w.string(o.protocolType as string));
  if (v >= 4) {
    (v >= 3 ? w.compactString((o.groupState ?? "") as string) : w.string((o.groupState ?? "") as string));
  }
  if (v >= 5) {
    (v >= 3 ? w.compactString((o.groupType ?? "") as string) : w.string((o.groupType ?? "") as string));
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** Each group in the response. (versions 0+) */
  groups: Array<ListGroupsResponseListedGroup>;
}

export interface ListGroupsResponseInput {
  throttleTimeMs?: number;
  errorCode: number;
  groups: Array<ListGroupsResponseListedGroupInput>;
}

export function defaultListGroupsResponse(): ListGroupsResponse {
  return { throttleTimeMs: 0, errorCode: 0, groups: [] };
}

export function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  let f_throttleTimeMs: ListGroupsResponse['throttleTimeMs'];
  let f_errorCode: ListGroupsResponse['errorCode'];
  let f_groups: ListGroupsResponse['groups'];
  if (v >= 1) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  f_errorCode = r.int16();
  const n0 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_groups = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeListGroupsResponseListedGroup(r, v);
    }
    f_groups = a1;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, errorCode: f_errorCode, groups: f_groups };
}

export function encodeListGroupsResponse(w: Writer, v: number, o: ListGroupsResponseInput): void {
  if (v >= 1) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  w.int16(o.errorCode);
  const a3 = o.groups;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Groups', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeListGroupsResponseListedGroup(w, v, s5);
    }
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a ListGroupsResponse body at version `version` (0-5). */
export function encodeListGroupsResponseBody(w: Writer, version: number, body: ListGroupsResponseInput): void {
  checkVersion('ListGroupsResponse', version, 0, 5);
  encodeListGroupsResponse(w, version, body);
}

/** Decodes a ListGroupsResponse body at version `version` (0-5). */
export function decodeListGroupsResponseBody(r: Reader, version: number): ListGroupsResponse {
  checkVersion('ListGroupsResponse', version, 0, 5);
  return decodeListGroupsResponse(r, version);
}

// ---- ListGroupsRequest: versions 0-5, flexible 3+

export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (versions 4+) */
  statesFilter: Array<string>;
  /** The types of the groups we want to list. If empty, all groups are returned with their type. (versions 5+) */
  typesFilter: Array<string>;
}

export interface ListGroupsRequestInput {
  statesFilter?: Array<string>;
  typesFilter?: Array<string>;
}

export function defaultListGroupsRequest(): ListGroupsRequest {
  return { statesFilter: [], typesFilter: [] };
}

export function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  let f_statesFilter: ListGroupsRequest['statesFilter'];
  let f_typesFilter: ListGroupsRequest['typesFilter'];
  if (v >= 4) {
    const n6 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n6 === null) {
      f_statesFilter = null as never;
    }
    else {
      const a7 = new Array(n6);
      for (let i8 = 0; i8 < n6; i8++) {
        a7[i8] = (v >= 3 ? r.compactString() : r.string());
      }
      f_statesFilter = a7;
    }
  }
  else {
    f_statesFilter = [];
  }
  if (v >= 5) {
    const n9 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
    if (n9 === null) {
      f_typesFilter = null as never;
    }
    else {
      const a10 = new Array(n9);
      for (let i11 = 0; i11 < n9; i11++) {
        a10[i11] = (v >= 3 ? r.compactString() : r.string());
      }
      f_typesFilter = a10;
    }
  }
  else {
    f_typesFilter = [];
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { statesFilter: f_statesFilter, typesFilter: f_typesFilter };
}

export function encodeListGroupsRequest(w: Writer, v: number, o: ListGroupsRequestInput): void {
  if (v >= 4) {
    const a12 = (o.statesFilter ?? []);
    if (a12 === null) {
      if (!(false)) throw nullNotAllowed('StatesFilter', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a12.length + 1) : w.int32(a12.length));
      for (const x13 of a12) {
        (v >= 3 ? w.compactString(x13 as string) : w.string(x13 as string));
      }
    }
  }
  else {
    if (o.statesFilter !== undefined && (o.statesFilter === null || o.statesFilter.length > 0)) throw fieldNotInVersion('StatesFilter', v);
  }
  if (v >= 5) {
    const a14 = (o.typesFilter ?? []);
    if (a14 === null) {
      if (!(false)) throw nullNotAllowed('TypesFilter', v);
      (v >= 3 ? w.uvarint(0) : w.int32(-1));
    }
    else {
      (v >= 3 ? w.uvarint(a14.length + 1) : w.int32(a14.length));
      for (const x15 of a14) {
        (v >= 3 ? w.compactString(x15 as string) : w.string(x15 as string));
      }
    }
  }
  else {
    if (o.typesFilter !== undefined && (o.typesFilter === null || o.typesFilter.length > 0)) throw fieldNotInVersion('TypesFilter', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a ListGroupsRequest body at version `version` (0-5). */
export function encodeListGroupsRequestBody(w: Writer, version: number, body: ListGroupsRequestInput): void {
  checkVersion('ListGroupsRequest', version, 0, 5);
  encodeListGroupsRequest(w, version, body);
}

/** Decodes a ListGroupsRequest body at version `version` (0-5). */
export function decodeListGroupsRequestBody(r: Reader, version: number): ListGroupsRequest {
  checkVersion('ListGroupsRequest', version, 0, 5);
  return decodeListGroupsRequest(r, version);
}

