import { KafkaProtocolError } from './errors.js';
import { type ApiDescriptor, type ApiMessages, type ApiName, Apis, ApiKey } from './generated/index.js';
import { decodeRequestHeaderBody, encodeRequestHeaderBody, type RequestHeader } from './generated/request-header.js';
import { decodeResponseHeaderBody, encodeResponseHeaderBody } from './generated/response-header.js';
import { UnsupportedVersionError } from './primitives/codec-support.js';
import { Reader } from './primitives/reader.js';
import { Writer } from './primitives/writer.js';

const apisByKey = new Map<number, ApiDescriptor>(Object.values(Apis).map((api) => [api.apiKey, api as ApiDescriptor]));

/** The descriptor of an API by key or name; throws for an API this library does not implement. */
export function apiFor(api: number | ApiName): ApiDescriptor {
  const found = typeof api === 'number' ? apisByKey.get(api) : (Apis[api] as ApiDescriptor | undefined);
  if (!found) throw new KafkaProtocolError(`Unknown or unsupported API ${api}`, { code: 'UNSUPPORTED_API' });
  return found;
}

export function isFlexible(api: ApiDescriptor, version: number): boolean {
  return api.firstFlexibleVersion !== null && version >= api.firstFlexibleVersion;
}

/** Request header v2 for flexible versions, v1 otherwise (v0 only served ControlledShutdown v0). */
export function requestHeaderVersion(api: ApiDescriptor, version: number): number {
  return isFlexible(api, version) ? 2 : 1;
}

/**
 * Response header v1 for flexible versions, v0 otherwise — except ApiVersions, whose response
 * always has header v0 so a client can read it before it knows what the broker supports.
 */
export function responseHeaderVersion(api: ApiDescriptor, version: number): number {
  if (api.apiKey === ApiKey.ApiVersions) return 0;
  return isFlexible(api, version) ? 1 : 0;
}

export interface RequestFrameHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
}

function checkRange(api: ApiDescriptor, version: number): void {
  if (!Number.isInteger(version) || version < api.minVersion || version > api.maxVersion) {
    throw new UnsupportedVersionError(api.name, version, api.minVersion, api.maxVersion);
  }
}

/** A whole request as sent on the wire: int32 size, header, body. */
export function encodeRequestFrame<N extends ApiName>(
  header: RequestFrameHeader,
  body: ApiMessages[N]['requestInput'],
  writer: Writer = new Writer(512),
): Buffer {
  const api = apiFor(header.apiKey);
  checkRange(api, header.apiVersion);
  const sizeAt = writer.reserveInt32();
  encodeRequestHeaderBody(writer, requestHeaderVersion(api, header.apiVersion), {
    requestApiKey: header.apiKey,
    requestApiVersion: header.apiVersion,
    correlationId: header.correlationId,
    clientId: header.clientId,
  });
  api.encodeRequest(writer, header.apiVersion, body as never);
  writer.patchInt32(sizeAt, writer.offset - sizeAt - 4);
  return writer.finish();
}

/** A whole response as sent on the wire: int32 size, header, body. */
export function encodeResponseFrame<N extends ApiName>(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: ApiMessages[N]['responseInput'],
  writer: Writer = new Writer(512),
): Buffer {
  const api = apiFor(apiKey);
  checkRange(api, apiVersion);
  const sizeAt = writer.reserveInt32();
  encodeResponseHeaderBody(writer, responseHeaderVersion(api, apiVersion), { correlationId });
  api.encodeResponse(writer, apiVersion, body as never);
  writer.patchInt32(sizeAt, writer.offset - sizeAt - 4);
  return writer.finish();
}

/**
 * Reads the header of a request frame payload (the bytes after the size prefix). The API key and
 * version come first in every header version, so they are peeked before choosing the layout.
 */
export function decodeRequestFrameHeader(payload: Uint8Array): { header: RequestHeader; reader: Reader; api: ApiDescriptor | undefined } {
  const reader = new Reader(payload);
  const apiKey = reader.int16();
  const apiVersion = reader.int16();
  reader.offset = 0;
  const api = apisByKey.get(apiKey);
  const flexible = api !== undefined && isFlexible(api, apiVersion);
  const header = decodeRequestHeaderBody(reader, flexible ? 2 : 1);
  return { header, reader, api };
}

/** Decodes a request body once its header has been read. */
export function decodeRequestBody<N extends ApiName>(api: ApiDescriptor<N>, version: number, reader: Reader): ApiMessages[N]['request'] {
  checkRange(api as ApiDescriptor, version);
  return api.decodeRequest(reader, version);
}

/** Reads the correlation id that starts every response payload (the bytes after the size prefix). */
export function peekCorrelationId(payload: Uint8Array): number {
  if (payload.length < 4) throw new KafkaProtocolError(`Response of ${payload.length} bytes is too short to hold a correlation id`);
  return new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getInt32(0);
}

/** Decodes a response payload (after the size prefix) whose API and version the caller knows. */
export function decodeResponseFrame<N extends ApiName>(
  api: ApiDescriptor<N>,
  version: number,
  payload: Uint8Array,
): { correlationId: number; body: ApiMessages[N]['response'] } {
  checkRange(api as ApiDescriptor, version);
  const reader = new Reader(payload);
  const { correlationId } = decodeResponseHeaderBody(reader, responseHeaderVersion(api as ApiDescriptor, version));
  const body = api.decodeResponse(reader, version);
  return { correlationId, body };
}

/** What this library implements per API: the range a client may negotiate from. */
export const apiVersionsSupported: ReadonlyArray<{ apiKey: number; name: ApiName; minVersion: number; maxVersion: number; maxStableVersion: number }> =
  Object.values(Apis)
    .map((api) => ({
      apiKey: api.apiKey,
      name: api.name,
      minVersion: api.minVersion,
      maxVersion: api.maxVersion,
      maxStableVersion: api.latestVersionUnstable ? api.maxVersion - 1 : api.maxVersion,
    }))
    .sort((a, b) => a.apiKey - b.apiKey);

/** Encode/decode of one API at one version, for protocol tooling. */
export function codecFor(apiKey: number | ApiName, version: number) {
  const api = apiFor(apiKey);
  checkRange(api, version);
  return {
    api,
    version,
    encodeRequest: (body: unknown): Buffer => {
      const w = new Writer();
      api.encodeRequest(w, version, body as never);
      return w.finish();
    },
    decodeRequest: (bytes: Uint8Array) => api.decodeRequest(new Reader(bytes), version),
    encodeResponse: (body: unknown): Buffer => {
      const w = new Writer();
      api.encodeResponse(w, version, body as never);
      return w.finish();
    },
    decodeResponse: (bytes: Uint8Array) => api.decodeResponse(new Reader(bytes), version),
  };
}
