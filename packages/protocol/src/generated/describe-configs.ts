// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- DescribeConfigsResponse: versions 1-4, flexible 4+

export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. (versions 1+) */
  name: string;
  /** The synonym value. (versions 1+) */
  value: string | null;
  /** The synonym source. (versions 1+) */
  source: number;
}

export interface DescribeConfigsResponseDescribeConfigsSynonymInput {
  name: string;
  value: string | null;
  source: number;
}

export function defaultDescribeConfigsResponseDescribeConfigsSynonym(): DescribeConfigsResponseDescribeConfigsSynonym {
  return { name: "", value: "", source: 0 };
}

export function decodeDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsSynonym {
  let f_name: DescribeConfigsResponseDescribeConfigsSynonym['name'];
  let f_value: DescribeConfigsResponseDescribeConfigsSynonym['value'];
  let f_source: DescribeConfigsResponseDescribeConfigsSynonym['source'];
  f_name = (v >= 4 ? r.compactString() : r.string());
  f_value = (v >= 4 ? r.compactNullableString() : r.nullableString());
  f_source = r.int8();
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, value: f_value, source: f_source };
}

export function encodeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, v: number, o: DescribeConfigsResponseDescribeConfigsSynonymInput): void {
  (v >= 4 ? w.compactString(o.name as string) : w.string(o.name as string));
  (v >= 4 ? w.compactNullableString(o.value) : w.nullableString(o.value));
  w.int8(o.source);
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. (versions 0+) */
  name: string;
  /** The configuration value. (versions 0+) */
  value: string | null;
  /** True if the configuration is read-only. (versions 0+) */
  readOnly: boolean;
  /** The configuration source. (versions 1+) */
  configSource: number;
  /** True if this configuration is sensitive. (versions 0+) */
  isSensitive: boolean;
  /** The synonyms for this configuration key. (versions 1+) */
  synonyms: Array<DescribeConfigsResponseDescribeConfigsSynonym>;
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD. (versions 3+) */
  configType: number;
  /** The configuration documentation. (versions 3+) */
  documentation: string | null;
}

export interface DescribeConfigsResponseDescribeConfigsResourceResultInput {
  name: string;
  value: string | null;
  readOnly: boolean;
  configSource?: number;
  isSensitive: boolean;
  synonyms: Array<DescribeConfigsResponseDescribeConfigsSynonymInput>;
  configType?: number;
  documentation?: string | null;
}

export function defaultDescribeConfigsResponseDescribeConfigsResourceResult(): DescribeConfigsResponseDescribeConfigsResourceResult {
  return { name: "", value: "", readOnly: false, configSource: -1, isSensitive: false, synonyms: [], configType: 0, documentation: "" };
}

export function decodeDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  let f_name: DescribeConfigsResponseDescribeConfigsResourceResult['name'];
  let f_value: DescribeConfigsResponseDescribeConfigsResourceResult['value'];
  let f_readOnly: DescribeConfigsResponseDescribeConfigsResourceResult['readOnly'];
  let f_configSource: DescribeConfigsResponseDescribeConfigsResourceResult['configSource'];
  let f_isSensitive: DescribeConfigsResponseDescribeConfigsResourceResult['isSensitive'];
  let f_synonyms: DescribeConfigsResponseDescribeConfigsResourceResult['synonyms'];
  let f_configType: DescribeConfigsResponseDescribeConfigsResourceResult['configType'];
  let f_documentation: DescribeConfigsResponseDescribeConfigsResourceResult['documentation'];
  f_name = (v >= 4 ? r.compactString() : r.string());
  f_value = (v >= 4 ? r.compactNullableString() : r.nullableString());
  f_readOnly = r.bool();
  f_configSource = r.int8();
  f_isSensitive = r.bool();
  const n0 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_synonyms = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeDescribeConfigsResponseDescribeConfigsSynonym(r, v);
    }
    f_synonyms = a1;
  }
  if (v >= 3) {
    f_configType = r.int8();
  }
  else {
    f_configType = 0;
  }
  if (v >= 3) {
    f_documentation = (v >= 4 ? r.compactNullableString() : r.nullableString());
  }
  else {
    f_documentation = "";
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, value: f_value, readOnly: f_readOnly, configSource: f_configSource, isSensitive: f_isSensitive, synonyms: f_synonyms, configType: f_configType, documentation: f_documentation };
}

export function encodeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, v: number, o: DescribeConfigsResponseDescribeConfigsResourceResultInput): void {
  (v >= 4 ? w.compactString(o.name as string) : w.string(o.name as string));
  (v >= 4 ? w.compactNullableString(o.value) : w.nullableString(o.value));
  w.bool(o.readOnly);
  w.int8((o.configSource ?? -1));
  w.bool(o.isSensitive);
  const a3 = o.synonyms;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Synonyms', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a3.length + 1) : w.int32(a3.length));
    for (const x4 of a3) {
      const s5 = x4;
      encodeDescribeConfigsResponseDescribeConfigsSynonym(w, v, s5);
    }
  }
  if (v >= 3) {
    w.int8((o.configType ?? 0));
  }
  if (v >= 3) {
    (v >= 4 ? w.compactNullableString((o.documentation === undefined ? "" : o.documentation)) : w.nullableString((o.documentation === undefined ? "" : o.documentation)));
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. (versions 0+) */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. (versions 0+) */
  errorMessage: string | null;
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** Each listed configuration. (versions 0+) */
  configs: Array<DescribeConfigsResponseDescribeConfigsResourceResult>;
}

export interface DescribeConfigsResponseDescribeConfigsResultInput {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
  configs: Array<DescribeConfigsResponseDescribeConfigsResourceResultInput>;
}

export function defaultDescribeConfigsResponseDescribeConfigsResult(): DescribeConfigsResponseDescribeConfigsResult {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", configs: [] };
}

export function decodeDescribeConfigsResponseDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResult {
  let f_errorCode: DescribeConfigsResponseDescribeConfigsResult['errorCode'];
  let f_errorMessage: DescribeConfigsResponseDescribeConfigsResult['errorMessage'];
  let f_resourceType: DescribeConfigsResponseDescribeConfigsResult['resourceType'];
  let f_resourceName: DescribeConfigsResponseDescribeConfigsResult['resourceName'];
  let f_configs: DescribeConfigsResponseDescribeConfigsResult['configs'];
  f_errorCode = r.int16();
  f_errorMessage = (v >= 4 ? r.compactNullableString() : r.nullableString());
  f_resourceType = r.int8();
  f_resourceName = (v >= 4 ? r.compactString() : r.string());
  const n6 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n6 === null) {
    f_configs = null as never;
  }
  else {
    const a7 = new Array(n6);
    for (let i8 = 0; i8 < n6; i8++) {
      a7[i8] = decodeDescribeConfigsResponseDescribeConfigsResourceResult(r, v);
    }
    f_configs = a7;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, errorMessage: f_errorMessage, resourceType: f_resourceType, resourceName: f_resourceName, configs: f_configs };
}

export function encodeDescribeConfigsResponseDescribeConfigsResult(w: Writer, v: number, o: DescribeConfigsResponseDescribeConfigsResultInput): void {
  w.int16(o.errorCode);
  (v >= 4 ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.int8(o.resourceType);
  (v >= 4 ? w.compactString(o.resourceName as string) : w.string(o.resourceName as string));
  const a9 = o.configs;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('Configs', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeDescribeConfigsResponseDescribeConfigsResourceResult(w, v, s11);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** The results for each resource. (versions 0+) */
  results: Array<DescribeConfigsResponseDescribeConfigsResult>;
}

export interface DescribeConfigsResponseInput {
  throttleTimeMs: number;
  results: Array<DescribeConfigsResponseDescribeConfigsResultInput>;
}

export function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return { throttleTimeMs: 0, results: [] };
}

export function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  let f_throttleTimeMs: DescribeConfigsResponse['throttleTimeMs'];
  let f_results: DescribeConfigsResponse['results'];
  f_throttleTimeMs = r.int32();
  const n12 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n12 === null) {
    f_results = null as never;
  }
  else {
    const a13 = new Array(n12);
    for (let i14 = 0; i14 < n12; i14++) {
      a13[i14] = decodeDescribeConfigsResponseDescribeConfigsResult(r, v);
    }
    f_results = a13;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, results: f_results };
}

export function encodeDescribeConfigsResponse(w: Writer, v: number, o: DescribeConfigsResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a15 = o.results;
  if (a15 === null) {
    if (!(false)) throw nullNotAllowed('Results', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
    for (const x16 of a15) {
      const s17 = x16;
      encodeDescribeConfigsResponseDescribeConfigsResult(w, v, s17);
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a DescribeConfigsResponse body at version `version` (1-4). */
export function encodeDescribeConfigsResponseBody(w: Writer, version: number, body: DescribeConfigsResponseInput): void {
  checkVersion('DescribeConfigsResponse', version, 1, 4);
  encodeDescribeConfigsResponse(w, version, body);
}

/** Decodes a DescribeConfigsResponse body at version `version` (1-4). */
export function decodeDescribeConfigsResponseBody(r: Reader, version: number): DescribeConfigsResponse {
  checkVersion('DescribeConfigsResponse', version, 1, 4);
  return decodeDescribeConfigsResponse(r, version);
}

// ---- DescribeConfigsRequest: versions 1-4, flexible 4+

export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number;
  /** The resource name. (versions 0+) */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. (versions 0+) */
  configurationKeys: Array<string> | null;
}

export interface DescribeConfigsRequestDescribeConfigsResourceInput {
  resourceType: number;
  resourceName: string;
  configurationKeys: Array<string> | null;
}

export function defaultDescribeConfigsRequestDescribeConfigsResource(): DescribeConfigsRequestDescribeConfigsResource {
  return { resourceType: 0, resourceName: "", configurationKeys: [] };
}

export function decodeDescribeConfigsRequestDescribeConfigsResource(r: Reader, v: number): DescribeConfigsRequestDescribeConfigsResource {
  let f_resourceType: DescribeConfigsRequestDescribeConfigsResource['resourceType'];
  let f_resourceName: DescribeConfigsRequestDescribeConfigsResource['resourceName'];
  let f_configurationKeys: DescribeConfigsRequestDescribeConfigsResource['configurationKeys'];
  f_resourceType = r.int8();
  f_resourceName = (v >= 4 ? r.compactString() : r.string());
  const n18 = (v >= 4 ? r.compactArrayLength(true) : r.arrayLength(true));
  if (n18 === null) {
    f_configurationKeys = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = (v >= 4 ? r.compactString() : r.string());
    }
    f_configurationKeys = a19;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { resourceType: f_resourceType, resourceName: f_resourceName, configurationKeys: f_configurationKeys };
}

export function encodeDescribeConfigsRequestDescribeConfigsResource(w: Writer, v: number, o: DescribeConfigsRequestDescribeConfigsResourceInput): void {
  w.int8(o.resourceType);
  (v >= 4 ? w.compactString(o.resourceName as string) : w.string(o.resourceName as string));
  const a21 = o.configurationKeys;
  if (a21 === null) {
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a21.length + 1) : w.int32(a21.length));
    for (const x22 of a21) {
      (v >= 4 ? w.compactString(x22 as string) : w.string(x22 as string));
    }
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. (versions 0+) */
  resources: Array<DescribeConfigsRequestDescribeConfigsResource>;
  /** True if we should include all synonyms. (versions 1+) */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. (versions 3+) */
  includeDocumentation: boolean;
}

export interface DescribeConfigsRequestInput {
  resources: Array<DescribeConfigsRequestDescribeConfigsResourceInput>;
  includeSynonyms?: boolean;
  includeDocumentation?: boolean;
}

export function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return { resources: [], includeSynonyms: false, includeDocumentation: false };
}

export function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  let f_resources: DescribeConfigsRequest['resources'];
  let f_includeSynonyms: DescribeConfigsRequest['includeSynonyms'];
  let f_includeDocumentation: DescribeConfigsRequest['includeDocumentation'];
  const n23 = (v >= 4 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n23 === null) {
    f_resources = null as never;
  }
  else {
    const a24 = new Array(n23);
    for (let i25 = 0; i25 < n23; i25++) {
      a24[i25] = decodeDescribeConfigsRequestDescribeConfigsResource(r, v);
    }
    f_resources = a24;
  }
  f_includeSynonyms = r.bool();
  if (v >= 3) {
    f_includeDocumentation = r.bool();
  }
  else {
    f_includeDocumentation = false;
  }
  if (v >= 4) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { resources: f_resources, includeSynonyms: f_includeSynonyms, includeDocumentation: f_includeDocumentation };
}

export function encodeDescribeConfigsRequest(w: Writer, v: number, o: DescribeConfigsRequestInput): void {
  const a26 = o.resources;
  if (a26 === null) {
    if (!(false)) throw nullNotAllowed('Resources', v);
    (v >= 4 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 4 ? w.uvarint(a26.length + 1) : w.int32(a26.length));
    for (const x27 of a26) {
      const s28 = x27;
      encodeDescribeConfigsRequestDescribeConfigsResource(w, v, s28);
    }
  }
  w.bool((o.includeSynonyms ?? false));
  if (v >= 3) {
    w.bool((o.includeDocumentation ?? false));
  }
  else {
    if (o.includeDocumentation !== undefined && o.includeDocumentation !== false) throw fieldNotInVersion('IncludeDocumentation', v);
  }
  if (v >= 4) {
    w.uvarint(0);
  }
}

/** Encodes a DescribeConfigsRequest body at version `version` (1-4). */
export function encodeDescribeConfigsRequestBody(w: Writer, version: number, body: DescribeConfigsRequestInput): void {
  checkVersion('DescribeConfigsRequest', version, 1, 4);
  encodeDescribeConfigsRequest(w, version, body);
}

/** Decodes a DescribeConfigsRequest body at version `version` (1-4). */
export function decodeDescribeConfigsRequestBody(r: Reader, version: number): DescribeConfigsRequest {
  checkVersion('DescribeConfigsRequest', version, 1, 4);
  return decodeDescribeConfigsRequest(r, version);
}

