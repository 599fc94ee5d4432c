// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, fieldNotInVersion, nullNotAllowed } from '../primitives/codec-support.js';

// ---- ApiVersionsResponse: versions 0-4, flexible 3+

export interface ApiVersionsResponseApiVersion {
  /** The API index. (versions 0+) */
  apiKey: number;
  /** The minimum supported version, inclusive. (versions 0+) */
  minVersion: number;
  /** The maximum supported version, inclusive. (versions 0+) */
  maxVersion: number;
}

export interface ApiVersionsResponseApiVersionInput {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export function defaultApiVersionsResponseApiVersion(): ApiVersionsResponseApiVersion {
  return { apiKey: 0, minVersion: 0, maxVersion: 0 };
}

export function decodeApiVersionsResponseApiVersion(r: Reader, v: number): ApiVersionsResponseApiVersion {
  let f_apiKey: ApiVersionsResponseApiVersion['apiKey'];
  let f_minVersion: ApiVersionsResponseApiVersion['minVersion'];
  let f_maxVersion: ApiVersionsResponseApiVersion['maxVersion'];
  f_apiKey = r.int16();
  f_minVersion = r.int16();
  f_maxVersion = r.int16();
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { apiKey: f_apiKey, minVersion: f_minVersion, maxVersion: f_maxVersion };
}

export function encodeApiVersionsResponseApiVersion(w: Writer, v: number, o: ApiVersionsResponseApiVersionInput): void {
  w.int16(o.apiKey);
  w.int16(o.minVersion);
  w.int16(o.maxVersion);
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. (versions 3+) */
  name: string;
  /** The minimum supported version for the feature. (versions 3+) */
  minVersion: number;
  /** The maximum supported version for the feature. (versions 3+) */
  maxVersion: number;
}

export interface ApiVersionsResponseSupportedFeatureKeyInput {
  name?: string;
  minVersion?: number;
  maxVersion?: number;
}

export function defaultApiVersionsResponseSupportedFeatureKey(): ApiVersionsResponseSupportedFeatureKey {
  return { name: "", minVersion: 0, maxVersion: 0 };
}

export function decodeApiVersionsResponseSupportedFeatureKey(r: Reader, v: number): ApiVersionsResponseSupportedFeatureKey {
  let f_name: ApiVersionsResponseSupportedFeatureKey['name'];
  let f_minVersion: ApiVersionsResponseSupportedFeatureKey['minVersion'];
  let f_maxVersion: ApiVersionsResponseSupportedFeatureKey['maxVersion'];
  if (v >= 3) {
    f_name = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v >= 3) {
    f_minVersion = r.int16();
  }
  else {
    f_minVersion = 0;
  }
  if (v >= 3) {
    f_maxVersion = r.int16();
  }
  else {
    f_maxVersion = 0;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, minVersion: f_minVersion, maxVersion: f_maxVersion };
}

export function encodeApiVersionsResponseSupportedFeatureKey(w: Writer, v: number, o: ApiVersionsResponseSupportedFeatureKeyInput): void {
  if (v >= 3) {
    (v >= 3 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  else {
    if (o.name !== undefined && o.name !== "") throw fieldNotInVersion('Name', v);
  }
  if (v >= 3) {
    w.int16((o.minVersion ?? 0));
  }
  else {
    if (o.minVersion !== undefined && o.minVersion !== 0) throw fieldNotInVersion('MinVersion', v);
  }
  if (v >= 3) {
    w.int16((o.maxVersion ?? 0));
  }
  else {
    if (o.maxVersion !== undefined && o.maxVersion !== 0) throw fieldNotInVersion('MaxVersion', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. (versions 3+) */
  name: string;
  /** The cluster-wide finalized max version level for the feature. (versions 3+) */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. (versions 3+) */
  minVersionLevel: number;
}

export interface ApiVersionsResponseFinalizedFeatureKeyInput {
  name?: string;
  maxVersionLevel?: number;
  minVersionLevel?: number;
}

export function defaultApiVersionsResponseFinalizedFeatureKey(): ApiVersionsResponseFinalizedFeatureKey {
  return { name: "", maxVersionLevel: 0, minVersionLevel: 0 };
}

export function decodeApiVersionsResponseFinalizedFeatureKey(r: Reader, v: number): ApiVersionsResponseFinalizedFeatureKey {
  let f_name: ApiVersionsResponseFinalizedFeatureKey['name'];
  let f_maxVersionLevel: ApiVersionsResponseFinalizedFeatureKey['maxVersionLevel'];
  let f_minVersionLevel: ApiVersionsResponseFinalizedFeatureKey['minVersionLevel'];
  if (v >= 3) {
    f_name = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_name = "";
  }
  if (v >= 3) {
    f_maxVersionLevel = r.int16();
  }
  else {
    f_maxVersionLevel = 0;
  }
  if (v >= 3) {
    f_minVersionLevel = r.int16();
  }
  else {
    f_minVersionLevel = 0;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { name: f_name, maxVersionLevel: f_maxVersionLevel, minVersionLevel: f_minVersionLevel };
}

export function encodeApiVersionsResponseFinalizedFeatureKey(w: Writer, v: number, o: ApiVersionsResponseFinalizedFeatureKeyInput): void {
  if (v >= 3) {
    (v >= 3 ? w.compactString((o.name ?? "") as string) : w.string((o.name ?? "") as string));
  }
  else {
    if (o.name !== undefined && o.name !== "") throw fieldNotInVersion('Name', v);
  }
  if (v >= 3) {
    w.int16((o.maxVersionLevel ?? 0));
  }
  else {
    if (o.maxVersionLevel !== undefined && o.maxVersionLevel !== 0) throw fieldNotInVersion('MaxVersionLevel', v);
  }
  if (v >= 3) {
    w.int16((o.minVersionLevel ?? 0));
  }
  else {
    if (o.minVersionLevel !== undefined && o.minVersionLevel !== 0) throw fieldNotInVersion('MinVersionLevel', v);
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

export interface ApiVersionsResponse {
  /** The top-level error code. (versions 0+) */
  errorCode: number;
  /** The APIs supported by the broker. (versions 0+) */
  apiKeys: Array<ApiVersionsResponseApiVersion>;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+) */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 3+, tag 0) */
  supportedFeatures: Array<ApiVersionsResponseSupportedFeatureKey>;
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (versions 3+, tag 1) */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (versions 3+, tag 2) */
  finalizedFeatures: Array<ApiVersionsResponseFinalizedFeatureKey>;
  /** Set by a KRaft controller if the required configurations for ZK migration are present. (versions 3+, tag 3) */
  zkMigrationReady: boolean;
}

export interface ApiVersionsResponseInput {
  errorCode: number;
  apiKeys: Array<ApiVersionsResponseApiVersionInput>;
  throttleTimeMs?: number;
  supportedFeatures?: Array<ApiVersionsResponseSupportedFeatureKeyInput>;
  finalizedFeaturesEpoch?: bigint;
  finalizedFeatures?: Array<ApiVersionsResponseFinalizedFeatureKeyInput>;
  zkMigrationReady?: boolean;
}

export function defaultApiVersionsResponse(): ApiVersionsResponse {
  return { errorCode: 0, apiKeys: [], throttleTimeMs: 0, supportedFeatures: [], finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false };
}

export function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  let f_errorCode: ApiVersionsResponse['errorCode'];
  let f_apiKeys: ApiVersionsResponse['apiKeys'];
  let f_throttleTimeMs: ApiVersionsResponse['throttleTimeMs'];
  let f_supportedFeatures: ApiVersionsResponse['supportedFeatures'] = [];
  let f_finalizedFeaturesEpoch: ApiVersionsResponse['finalizedFeaturesEpoch'] = -1n;
  let f_finalizedFeatures: ApiVersionsResponse['finalizedFeatures'] = [];
  let f_zkMigrationReady: ApiVersionsResponse['zkMigrationReady'] = false;
  f_errorCode = r.int16();
  const n0 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
  if (n0 === null) {
    f_apiKeys = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = decodeApiVersionsResponseApiVersion(r, v);
    }
    f_apiKeys = a1;
  }
  if (v >= 1) {
    f_throttleTimeMs = r.int32();
  }
  else {
    f_throttleTimeMs = 0;
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      switch (tag) {
        case 0:
          if (v >= 3) {
            const n3 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
            if (n3 === null) {
              f_supportedFeatures = null as never;
            }
            else {
              const a4 = new Array(n3);
              for (let i5 = 0; i5 < n3; i5++) {
                a4[i5] = decodeApiVersionsResponseSupportedFeatureKey(r, v);
              }
              f_supportedFeatures = a4;
            }
          }
          break;

        case 1:
          if (v >= 3) {
            f_finalizedFeaturesEpoch = r.int64();
          }
          break;

        case 2:
          if (v >= 3) {
            const n6 = (v >= 3 ? r.compactArrayLength(false) : r.arrayLength(false));
            if (n6 === null) {
              f_finalizedFeatures = null as never;
            }
            else {
              const a7 = new Array(n6);
              for (let i8 = 0; i8 < n6; i8++) {
                a7[i8] = decodeApiVersionsResponseFinalizedFeatureKey(r, v);
              }
              f_finalizedFeatures = a7;
            }
          }
          break;

        case 3:
          if (v >= 3) {
            f_zkMigrationReady = r.bool();
          }
          break;

      }
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, apiKeys: f_apiKeys, throttleTimeMs: f_throttleTimeMs, supportedFeatures: f_supportedFeatures, finalizedFeaturesEpoch: f_finalizedFeaturesEpoch, finalizedFeatures: f_finalizedFeatures, zkMigrationReady: f_zkMigrationReady };
}

export function encodeApiVersionsResponse(w: Writer, v: number, o: ApiVersionsResponseInput): void {
  w.int16(o.errorCode);
  const a9 = o.apiKeys;
  if (a9 === null) {
    if (!(false)) throw nullNotAllowed('ApiKeys', v);
    (v >= 3 ? w.uvarint(0) : w.int32(-1));
  }
  else {
    (v >= 3 ? w.uvarint(a9.length + 1) : w.int32(a9.length));
    for (const x10 of a9) {
      const s11 = x10;
      encodeApiVersionsResponseApiVersion(w, v, s11);
    }
  }
  if (v >= 1) {
    w.int32((o.throttleTimeMs ?? 0));
  }
  if (v >= 3) {
    let tagCount = 0;
    const send_supportedFeatures = v >= 3 && o.supportedFeatures !== undefined && (o.supportedFeatures === null || o.supportedFeatures.length > 0);
    if (send_supportedFeatures) tagCount++;
    const send_finalizedFeaturesEpoch = v >= 3 && o.finalizedFeaturesEpoch !== undefined && o.finalizedFeaturesEpoch !== -1n;
    if (send_finalizedFeaturesEpoch) tagCount++;
    const send_finalizedFeatures = v >= 3 && o.finalizedFeatures !== undefined && (o.finalizedFeatures === null || o.finalizedFeatures.length > 0);
    if (send_finalizedFeatures) tagCount++;
    const send_zkMigrationReady = v >= 3 && o.zkMigrationReady !== undefined && o.zkMigrationReady !== false;
    if (send_zkMigrationReady) tagCount++;
    w.uvarint(tagCount);
    if (send_supportedFeatures) {
      const at = w.beginTaggedField(0);
      const a12 = o.supportedFeatures!;
      if (a12 === null) {
        if (!(false)) throw nullNotAllowed('SupportedFeatures', v);
        (v >= 3 ? w.uvarint(0) : w.int32(-1));
      }
      else {
        (v >= 3 ? w.uvarint(a12.length + 1) : w.int32(a12.length));
        for (const x13 of a12) {
          const s14 = x13;
          encodeApiVersionsResponseSupportedFeatureKey(w, v, s14);
        }
      }
      w.endTaggedField(at);
    }
    if (send_finalizedFeaturesEpoch) {
      const at = w.beginTaggedField(1);
      w.int64(o.finalizedFeaturesEpoch!);
      w.endTaggedField(at);
    }
    if (send_finalizedFeatures) {
      const at = w.beginTaggedField(2);
      const a15 = o.finalizedFeatures!;
      if (a15 === null) {
        if (!(false)) throw nullNotAllowed('FinalizedFeatures', v);
        (v >= 3 ? w.uvarint(0) : w.int32(-1));
      }
      else {
        (v >= 3 ? w.uvarint(a15.length + 1) : w.int32(a15.length));
        for (const x16 of a15) {
          const s17 = x16;
          encodeApiVersionsResponseFinalizedFeatureKey(w, v, s17);
        }
      }
      w.endTaggedField(at);
    }
    if (send_zkMigrationReady) {
      const at = w.beginTaggedField(3);
      w.bool(o.zkMigrationReady!);
      w.endTaggedField(at);
    }
  }
}

/** Encodes a ApiVersionsResponse body at version `version` (0-4). */
export function encodeApiVersionsResponseBody(w: Writer, version: number, body: ApiVersionsResponseInput): void {
  checkVersion('ApiVersionsResponse', version, 0, 4);
  encodeApiVersionsResponse(w, version, body);
}

/** Decodes a ApiVersionsResponse body at version `version` (0-4). */
export function decodeApiVersionsResponseBody(r: Reader, version: number): ApiVersionsResponse {
  checkVersion('ApiVersionsResponse', version, 0, 4);
  return decodeApiVersionsResponse(r, version);
}

// ---- ApiVersionsRequest: versions 0-4, flexible 3+

export interface ApiVersionsRequest {
  /** The name of the client. (versions 3+) */
  clientSoftwareName: string;
  /** The version of the client. (versions 3+) */
  clientSoftwareVersion: string;
}

export interface ApiVersionsRequestInput {
  clientSoftwareName?: string;
  clientSoftwareVersion?: string;
}

export function defaultApiVersionsRequest(): ApiVersionsRequest {
  return { clientSoftwareName: "", clientSoftwareVersion: "" };
}

export function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  let f_clientSoftwareName: ApiVersionsRequest['clientSoftwareName'];
  let f_clientSoftwareVersion: ApiVersionsRequest['clientSoftwareVersion'];
  if (v >= 3) {
    f_clientSoftwareName = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_clientSoftwareName = "";
  }
  if (v >= 3) {
    f_clientSoftwareVersion = (v >= 3 ? r.compactString() : r.string());
  }
  else {
    f_clientSoftwareVersion = "";
  }
  if (v >= 3) {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { clientSoftwareName: f_clientSoftwareName, clientSoftwareVersion: f_clientSoftwareVersion };
}

export function encodeApiVersionsRequest(w: Writer, v: number, o: ApiVersionsRequestInput): void {
  if (v >= 3) {
    (v >= 3 ? w.compactString((o.clientSoftwareName ?? "") as string) : w.string((o.clientSoftwareName ?? "") as string));
  }
  if (v >= 3) {
    (v >= 3 ? w.compactString((o.clientSoftwareVersion ?? "") as string) : w.string((o.clientSoftwareVersion ?? "") as string));
  }
  if (v >= 3) {
    w.uvarint(0);
  }
}

/** Encodes a ApiVersionsRequest body at version `version` (0-4). */
export function encodeApiVersionsRequestBody(w: Writer, version: number, body: ApiVersionsRequestInput): void {
  checkVersion('ApiVersionsRequest', version, 0, 4);
  encodeApiVersionsRequest(w, version, body);
}

/** Decodes a ApiVersionsRequest body at version `version` (0-4). */
export function decodeApiVersionsRequestBody(r: Reader, version: number): ApiVersionsRequest {
  checkVersion('ApiVersionsRequest', version, 0, 4);
  return decodeApiVersionsRequest(r, version);
}

