import { decodeControlRecordTypeSchema, encodeControlRecordTypeSchema } from '../generated/control-record-type-schema.js';
import { decodeEndTxnMarker, encodeEndTxnMarker } from '../generated/end-txn-marker.js';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';
import { corrupt, type DecodeLocation } from './corrupt.js';
import type { ControlRecord, ControlRecordType, KafkaRecord, RecordBatchInfo } from './types.js';

/** Control record type ids (ControlRecordTypeSchema); 2-6 are KRaft's. */
const CONTROL_TYPES: readonly ControlRecordType[] = [
  'ABORT',
  'COMMIT',
  'LEADER_CHANGE',
  'SNAPSHOT_HEADER',
  'SNAPSHOT_FOOTER',
  'KRAFT_VERSION',
  'KRAFT_VOTERS',
];

export const CONTROL_TYPE_ABORT = 0;
export const CONTROL_TYPE_COMMIT = 1;

// Key and value are an int16 version followed by the schema's fields. Fields are only ever
// appended, so a newer version is read with the version-0 codec, as Java does.
const VERSION_PREFIX = 2;

/**
 * Interprets the records of a control batch: the key (ControlRecordTypeSchema) gives the type, and
 * ABORT / COMMIT markers carry an EndTxnMarker value. Unknown types come back as `UNKNOWN` for the
 * caller to ignore.
 */
export function toControlRecords(batch: RecordBatchInfo, records: readonly KafkaRecord[], location: DecodeLocation): ControlRecord[] {
  const out: ControlRecord[] = [];
  for (const record of records) {
    const key = record.key;
    if (key === null || key.length < VERSION_PREFIX + 2) {
      throw corrupt(`control record key has ${key?.length ?? 'no'} bytes, needs 4 (version, type)`, location, record.offset);
    }
    const { type: typeId } = decodeControlRecordTypeSchema(new Reader(key, VERSION_PREFIX), 0);
    let coordinatorEpoch = -1;
    if (typeId === CONTROL_TYPE_ABORT || typeId === CONTROL_TYPE_COMMIT) {
      const value = record.value;
      if (value === null || value.length < VERSION_PREFIX + 4) {
        throw corrupt(`transaction marker value has ${value?.length ?? 'no'} bytes, needs 6 (version, coordinator epoch)`, location, record.offset);
      }
      coordinatorEpoch = decodeEndTxnMarker(new Reader(value, VERSION_PREFIX), 0).coordinatorEpoch;
    }
    out.push({
      offset: record.offset,
      timestamp: record.timestamp,
      type: CONTROL_TYPES[typeId] ?? 'UNKNOWN',
      typeId,
      producerId: batch.producerId,
      producerEpoch: batch.producerEpoch,
      coordinatorEpoch,
    });
  }
  return out;
}

/** Key of a control record: version 0 and the type id. */
export function controlRecordKey(typeId: number): Uint8Array {
  const w = new Writer(4).int16(0);
  encodeControlRecordTypeSchema(w, 0, { type: typeId });
  return w.finish();
}

/** Value of a transaction marker: version 0 and the coordinator epoch. */
export function endTransactionMarkerValue(coordinatorEpoch: number): Uint8Array {
  const w = new Writer(6).int16(0);
  encodeEndTxnMarker(w, 0, { coordinatorEpoch });
  return w.finish();
}
