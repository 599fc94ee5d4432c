import { type ApiDescriptor, Apis, decodeRequestFrameHeader } from '@kafkaline/protocol';
import { CliUsageError } from '../errors.js';

/** One size-prefixed frame of a capture: where it starts and its payload (after the size). */
export interface Frame {
  position: number;
  payload: Uint8Array;
}

export interface SplitFrames {
  frames: Frame[];
  /** Why splitting stopped early, when it did. */
  problem: string | null;
}

/** Splits a capture of one direction of a connection into its int32-size-prefixed frames. */
export function splitFrames(bytes: Uint8Array): SplitFrames {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const frames: Frame[] = [];
  let position = 0;
  while (position < bytes.length) {
    if (bytes.length - position < 4) {
      return { frames, problem: `${bytes.length - position} byte(s) at ${position} are too few for a frame size` };
    }
    const size = view.getInt32(position);
    if (size < 0 || size > bytes.length - position - 4) {
      const problem = size < 0 ? `the frame at byte ${position} declares a negative size (${size})` : `the frame at byte ${position} declares ${size} bytes but only ${bytes.length - position - 4} follow`;
      return { frames, problem };
    }
    frames.push({ position, payload: bytes.subarray(position + 4, position + 4 + size) });
    position += 4 + size;
  }
  return { frames, problem: null };
}

const byKey = new Map<number, ApiDescriptor>(Object.values(Apis).map((api) => [api.apiKey, api as ApiDescriptor]));

function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `--api`: a name in any case and spelling (`ListOffsets`, `list-offsets`) or a key (`2`). */
export function resolveApi(text: string): ApiDescriptor {
  if (/^\d+$/.test(text)) {
    const api = byKey.get(Number(text));
    if (api === undefined) throw new CliUsageError(`--api ${text}: no API with that key is implemented (keys: ${[...byKey.keys()].sort((a, b) => a - b).join(', ')})`);
    return api;
  }
  const wanted = normalise(text);
  const api = Object.values(Apis).find((a) => normalise(a.name) === wanted) as ApiDescriptor | undefined;
  if (api === undefined) throw new CliUsageError(`--api '${text}' is not an API name this tool knows (e.g. Fetch, Produce, Metadata, ListOffsets) or an API key`);
  return api;
}

export function checkVersion(api: ApiDescriptor, version: number): void {
  if (version < api.minVersion || version > api.maxVersion) {
    throw new CliUsageError(`--version ${version}: ${api.name} is implemented for versions ${api.minVersion}-${api.maxVersion}`);
  }
}

/** Whether the bytes are a whole number of request frames of known APIs at versions in range. */
export function looksLikeRequests(bytes: Uint8Array): boolean {
  const split = splitFrames(bytes);
  if (split.problem !== null || split.frames.length === 0) return false;
  return split.frames.every((frame) => {
    if (frame.payload.length < 8) return false;
    try {
      const { header, api } = decodeRequestFrameHeader(frame.payload);
      return api !== undefined && header.requestApiVersion >= api.minVersion && header.requestApiVersion <= api.maxVersion && header.correlationId >= 0;
    } catch {
      return false;
    }
  });
}

// Record set layout: baseOffset int64, batchLength int32, partitionLeaderEpoch (v2) or CRC (v0/v1) int32, magic int8.
const MAGIC_OFFSET = 16;
const LENGTH_OFFSET = 8;
const LOG_OVERHEAD = 12;

/** Whether the bytes start like a record set: a magic of 0-2 and a batch length that fits. */
export function looksLikeRecordSet(bytes: Uint8Array): boolean {
  if (bytes.length <= MAGIC_OFFSET) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getInt32(LENGTH_OFFSET);
  const magic = bytes[MAGIC_OFFSET] as number;
  return magic <= 2 && length >= 0 && LOG_OVERHEAD + length <= bytes.length;
}
