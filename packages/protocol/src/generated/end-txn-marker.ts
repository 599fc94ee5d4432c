// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion } from '../primitives/codec-support.js';

// ---- EndTxnMarker: versions 0, flexible never

export interface EndTxnMarker {
  /** The coordinator epoch when appending the record (versions 0+) */
  coordinatorEpoch: number;
}

export interface EndTxnMarkerInput {
  coordinatorEpoch: number;
}

export function defaultEndTxnMarker(): EndTxnMarker {
  return { coordinatorEpoch: 0 };
}

export function decodeEndTxnMarker(r: Reader, v: number): EndTxnMarker {
  let f_coordinatorEpoch: EndTxnMarker['coordinatorEpoch'];
  f_coordinatorEpoch = r.int32();
  return { coordinatorEpoch: f_coordinatorEpoch };
}

export function encodeEndTxnMarker(w: Writer, v: number, o: EndTxnMarkerInput): void {
  w.int32(o.coordinatorEpoch);
}

/** Encodes a EndTxnMarker body at version `version` (0). */
export function encodeEndTxnMarkerBody(w: Writer, version: number, body: EndTxnMarkerInput): void {
  checkVersion('EndTxnMarker', version, 0, 0);
  encodeEndTxnMarker(w, version, body);
}

/** Decodes a EndTxnMarker body at version `version` (0). */
export function decodeEndTxnMarkerBody(r: Reader, version: number): EndTxnMarker {
  checkVersion('EndTxnMarker', version, 0, 0);
  return decodeEndTxnMarker(r, version);
}

