import { compressionCodecName } from '../compression/codec.js';
import { crc32c } from '../crc/crc32c.js';
import { int64PartsToNumber } from '../primitives/reader.js';
import { corrupt, type DecodeLocation } from './corrupt.js';
import {
  CODEC_MASK,
  CONTROL_FLAG,
  LOG_OVERHEAD,
  TIMESTAMP_TYPE_MASK,
  TRANSACTIONAL_FLAG,
  V2_ATTRIBUTES,
  V2_BASE_SEQUENCE,
  V2_BASE_TIMESTAMP,
  V2_CRC,
  V2_LAST_OFFSET_DELTA,
  V2_MAX_TIMESTAMP,
  V2_PARTITION_LEADER_EPOCH,
  V2_PRODUCER_EPOCH,
  V2_PRODUCER_ID,
  V2_RECORD_COUNT,
  V2_RECORDS,
} from './layout.js';
import type { ProducerId, RecordBatchInfo } from './types.js';

/** Reads an int64 producer id: a number when safe (the usual case), else a bigint. */
export function readProducerId(view: DataView, at: number): ProducerId {
  const high = view.getInt32(at);
  const low = view.getUint32(at + 4);
  if (high === -1 && low === 0xffffffff) return -1;
  if (high >= 0 && high < 0x200000) return high * 0x1_0000_0000 + low;
  return view.getBigInt64(at);
}

function int64(view: DataView, at: number, what: string, location: DecodeLocation, offset: number | undefined): number {
  const high = view.getInt32(at);
  const low = view.getUint32(at + 4);
  try {
    return int64PartsToNumber(high, low, what);
  } catch (cause) {
    throw corrupt(`${what} of the batch does not fit a safe JS integer`, location, offset, cause);
  }
}

/**
 * Reads and checks the 61-byte header of the RecordBatch v2 at `position` (whose complete size
 * the caller has established): sizes, codec, and the CRC-32C over attributes .. end.
 */
export function readV2Header(
  data: Uint8Array,
  view: DataView,
  position: number,
  batchLength: number,
  checkCrc: boolean,
  location: DecodeLocation,
): RecordBatchInfo {
  const baseOffset = int64(view, position, 'base offset', location, undefined);
  const end = position + LOG_OVERHEAD + batchLength;
  if (batchLength < V2_RECORDS - LOG_OVERHEAD) {
    throw corrupt(`RecordBatch length ${batchLength} is below the ${V2_RECORDS - LOG_OVERHEAD}-byte header`, location, baseOffset);
  }
  if (checkCrc) {
    const stored = view.getUint32(position + V2_CRC);
    const computed = crc32c(data, position + V2_ATTRIBUTES, end);
    if (stored !== computed) {
      throw corrupt(
        `RecordBatch CRC-32C mismatch (stored 0x${stored.toString(16)}, computed 0x${computed.toString(16)})`,
        location,
        baseOffset,
      );
    }
  }
  const attributes = view.getInt16(position + V2_ATTRIBUTES);
  const compression = attributes & CODEC_MASK;
  if (compression > 4) {
    throw corrupt(`RecordBatch uses ${compressionCodecName(compression)} (attribute bits 0-2 must be 0-4)`, location, baseOffset);
  }
  const lastOffsetDelta = view.getInt32(position + V2_LAST_OFFSET_DELTA);
  const lastOffset = baseOffset + lastOffsetDelta;
  if (lastOffset + 1 > Number.MAX_SAFE_INTEGER) throw corrupt('last offset of the batch is not a safe JS integer', location, baseOffset);
  const recordCount = view.getInt32(position + V2_RECORD_COUNT);
  if (recordCount < 0) throw corrupt(`RecordBatch record count ${recordCount} is negative`, location, baseOffset);
  return {
    magic: 2,
    baseOffset,
    lastOffset,
    nextOffset: lastOffset + 1,
    sizeInBytes: LOG_OVERHEAD + batchLength,
    position,
    attributes,
    compression,
    timestampType: (attributes & TIMESTAMP_TYPE_MASK) !== 0 ? 'LogAppendTime' : 'CreateTime',
    isTransactional: (attributes & TRANSACTIONAL_FLAG) !== 0,
    isControl: (attributes & CONTROL_FLAG) !== 0,
    partitionLeaderEpoch: view.getInt32(position + V2_PARTITION_LEADER_EPOCH),
    baseTimestamp: int64(view, position + V2_BASE_TIMESTAMP, 'base timestamp', location, baseOffset),
    maxTimestamp: int64(view, position + V2_MAX_TIMESTAMP, 'max timestamp', location, baseOffset),
    producerId: readProducerId(view, position + V2_PRODUCER_ID),
    producerEpoch: view.getInt16(position + V2_PRODUCER_EPOCH),
    baseSequence: view.getInt32(position + V2_BASE_SEQUENCE),
    recordCount,
  };
}
