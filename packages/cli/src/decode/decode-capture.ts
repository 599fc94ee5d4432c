import { type ApiDescriptor, decodeRequestBody, decodeRequestFrameHeader, decodeResponseFrame, peekCorrelationId } from '@kafkaline/protocol';
import { CliCommandError } from '../errors.js';
import { type Frame, splitFrames } from './frames.js';
import { messageToJson, recordSetToJson } from './record-sets.js';
import { fieldsOfVersion } from './schema-versions.js';

export interface DecodedDocument {
  /** Null when the frame decoded; otherwise why not (the document then says what is known). */
  problem: string | null;
  json: Record<string, unknown>;
}

export interface DecodedCapture {
  documents: DecodedDocument[];
  /** A problem with the capture as a whole, e.g. it ends mid-frame. */
  problem: string | null;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function requestDocument(frame: Frame, index: number): Promise<DecodedDocument> {
  const base = { frame: index, position: frame.position, size: frame.payload.length, direction: 'request' };
  let decoded: ReturnType<typeof decodeRequestFrameHeader>;
  try {
    decoded = decodeRequestFrameHeader(frame.payload);
  } catch (error) {
    const problem = `request header does not decode: ${describeError(error)}`;
    return { problem, json: { ...base, error: problem } };
  }
  const { header, reader, api } = decoded;
  const known = { ...base, api: api?.name ?? null, apiKey: header.requestApiKey, apiVersion: header.requestApiVersion, correlationId: header.correlationId, clientId: header.clientId };
  if (api === undefined) {
    const problem = `API key ${header.requestApiKey} is not one this tool can decode`;
    return { problem, json: { ...known, error: problem } };
  }
  try {
    const body = decodeRequestBody(api, header.requestApiVersion, reader);
    const trailing = reader.remaining;
    const json = { ...known, body: await messageToJson(fieldsOfVersion(body, api.name, 'request', header.requestApiVersion)), ...(trailing > 0 ? { trailingBytes: trailing } : {}) };
    return { problem: trailing > 0 ? `${trailing} byte(s) after the ${api.name} v${header.requestApiVersion} request body` : null, json };
  } catch (error) {
    const problem = `${api.name} v${header.requestApiVersion} request body does not decode: ${describeError(error)}`;
    return { problem, json: { ...known, error: problem } };
  }
}

async function responseDocument(frame: Frame, index: number, api: ApiDescriptor, version: number): Promise<DecodedDocument> {
  const base = { frame: index, position: frame.position, size: frame.payload.length, direction: 'response', api: api.name, apiKey: api.apiKey, apiVersion: version };
  try {
    const { correlationId, body } = decodeResponseFrame(api, version, frame.payload);
    return { problem: null, json: { ...base, correlationId, body: await messageToJson(fieldsOfVersion(body, api.name, 'response', version)) } };
  } catch (error) {
    const problem = `${api.name} v${version} response does not decode: ${describeError(error)}`;
    return { problem, json: { ...base, error: problem } };
  }
}

function splitOrFail(bytes: Uint8Array, what: string): { frames: Frame[]; problem: string | null } {
  const split = splitFrames(bytes);
  if (split.frames.length === 0) throw new CliCommandError(`no complete ${what} frame in the input: ${split.problem ?? 'it is empty'}`, 'INVALID_INPUT');
  return { frames: split.frames, problem: split.problem === null ? null : `the capture ends with an incomplete frame: ${split.problem}` };
}

/** Every request frame of a capture (one direction of a connection: client to broker). */
export async function decodeRequests(bytes: Uint8Array): Promise<DecodedCapture> {
  const { frames, problem } = splitOrFail(bytes, 'request');
  const documents: DecodedDocument[] = [];
  for (const [i, frame] of frames.entries()) documents.push(await requestDocument(frame, i));
  return { documents, problem };
}

/** Which API and version answers which correlation id: from --api/--version, or a request capture. */
export type ResponseApis = { api: ApiDescriptor; version: number } | Map<number, { api: ApiDescriptor; version: number }>;

/** Correlation id → API and version, from the request frames a client sent. */
export function requestApis(requestBytes: Uint8Array): Map<number, { api: ApiDescriptor; version: number }> {
  const out = new Map<number, { api: ApiDescriptor; version: number }>();
  for (const frame of splitFrames(requestBytes).frames) {
    try {
      const { header, api } = decodeRequestFrameHeader(frame.payload);
      if (api !== undefined) out.set(header.correlationId, { api, version: header.requestApiVersion });
    } catch {
      // A frame that does not decode pairs with nothing; its response is reported as unmatched.
    }
  }
  return out;
}

/** Every response frame of a capture (broker to client). */
export async function decodeResponses(bytes: Uint8Array, apis: ResponseApis): Promise<DecodedCapture> {
  const { frames, problem } = splitOrFail(bytes, 'response');
  const documents: DecodedDocument[] = [];
  for (const [i, frame] of frames.entries()) {
    if (!(apis instanceof Map)) {
      documents.push(await responseDocument(frame, i, apis.api, apis.version));
      continue;
    }
    const correlationId = frame.payload.length >= 4 ? peekCorrelationId(frame.payload) : -1;
    const match = apis.get(correlationId);
    if (match === undefined) {
      const unmatched = `no request with correlation id ${correlationId} in the request capture`;
      documents.push({ problem: unmatched, json: { frame: i, position: frame.position, size: frame.payload.length, direction: 'response', correlationId, error: unmatched } });
    } else {
      documents.push(await responseDocument(frame, i, match.api, match.version));
    }
  }
  return { documents, problem };
}

/** A record set (what Produce carries and Fetch returns per partition), batch by batch. */
export async function decodeRecordSetCapture(bytes: Uint8Array): Promise<DecodedCapture> {
  const { batches, error } = await recordSetToJson(bytes);
  const json = { recordSet: { bytes: bytes.length, batches, ...(error ? { error } : {}) } };
  return { documents: [{ problem: error ?? null, json }], problem: null };
}
