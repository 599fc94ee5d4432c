import { constants } from 'node:buffer';
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from '../compression/codec.js';
import { decompress } from '../compression/index.js';
import { DecompressedSizeLimitError } from '../compression/limit-error.js';
import { CodecUnavailableError } from '../compression/load-native.js';
import { KafkaConfigError, KafkaCorruptRecordError } from '../errors.js';
import { readV2Header } from './batch.js';
import { CONTROL_TYPE_ABORT, toControlRecords } from './control.js';
import { corrupt, type DecodeLocation } from './corrupt.js';
import { CODEC_MASK, HEADER_SIZE_UP_TO_MAGIC, LEGACY_MIN_SIZE_V0, LOG_OVERHEAD, MAGIC_OFFSET, V2_RECORDS } from './layout.js';
import { type LegacyMessage, legacyInfo, legacyRecord, readLegacyMessage, readWrappedMessages } from './legacy.js';
import { AbortedTransactionFilter } from './transactions.js';
import type { ControlRecord, DecodedBatch, DecodedRecordSet, DecodeRecordsOptions, KafkaRecord, RecordBatchInfo } from './types.js';
import { readV2Records } from './v2-records.js';

const MAX_LENGTH = constants.MAX_LENGTH;

interface DecodeContext {
  checkCrc: boolean;
  fetchOffset: number;
  filter: AbortedTransactionFilter | null;
  maxDecompressedBytes: number;
  location: DecodeLocation;
}

/** One complete log entry found by the scan, with its decompression already under way. */
interface Entry {
  info: RecordBatchInfo;
  /** Legacy entries: the (outer) message. */
  message: LegacyMessage | null;
  /** Where the records (v2) or the wrapped message set (v0/v1 wrapper value) lie in the data. */
  payloadStart: number;
  payloadEnd: number;
  decompressed: Promise<Uint8Array> | null;
}

interface Scan {
  entries: Entry[];
  truncatedBytes: number;
  /** Corruption found while scanning: thrown after the entries before it are decoded. */
  error: unknown;
}

function contextOf(options: DecodeRecordsOptions): DecodeContext {
  const { fetchOffset, maxDecompressedBytes, isolationLevel } = options;
  if (fetchOffset !== undefined && !Number.isSafeInteger(fetchOffset)) {
    throw new KafkaConfigError('fetchOffset', `must be a safe integer, got ${String(fetchOffset)}`);
  }
  if (
    maxDecompressedBytes !== undefined &&
    !(Number.isSafeInteger(maxDecompressedBytes) && maxDecompressedBytes > 0 && maxDecompressedBytes <= MAX_LENGTH)
  ) {
    throw new KafkaConfigError('maxDecompressedBytes', `must be a positive integer up to ${MAX_LENGTH} (the largest Buffer), got ${String(maxDecompressedBytes)}`);
  }
  if (isolationLevel !== undefined && isolationLevel !== 'read_committed' && isolationLevel !== 'read_uncommitted') {
    throw new KafkaConfigError('isolationLevel', `must be 'read_uncommitted' or 'read_committed', got ${String(isolationLevel)}`);
  }
  const filter =
    isolationLevel === 'read_committed' && options.abortedTransactions && options.abortedTransactions.length > 0
      ? new AbortedTransactionFilter(options.abortedTransactions)
      : null;
  return {
    checkCrc: options.checkCrc !== false,
    fetchOffset: fetchOffset ?? Number.NEGATIVE_INFINITY,
    filter,
    maxDecompressedBytes: maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
    location: { topic: options.topic, partition: options.partition },
  };
}

const ignore = (): void => {};

function startDecompression(codec: number, payload: Uint8Array, magic: number, offset: number, ctx: DecodeContext): Promise<Uint8Array> {
  const promise = decompress(codec, payload, {
    maxSize: ctx.maxDecompressedBytes,
    lz4LegacyHeaderChecksum: magic === 0,
  }).catch((cause: unknown) => {
    if (cause instanceof CodecUnavailableError) throw cause;
    const what = cause instanceof DecompressedSizeLimitError ? 'is refused' : 'does not decompress';
    const problem = cause instanceof Error ? cause.message : String(cause);
    throw corrupt(`compressed data of the ${magic === 2 ? 'batch' : 'message'} ${what}: ${problem}`, ctx.location, offset, cause);
  });
  // Entries after a failing one are never awaited: keep their failures from going unhandled.
  promise.catch(ignore);
  return promise;
}

/**
 * Walks the entries: framing, sizes, magic, CRCs and headers, stopping quietly at a cut-off tail.
 * Decompression of every compressed entry that will be needed starts here, so the thread pool
 * inflates later batches while the main thread parses earlier ones.
 */
function scan(data: Uint8Array, ctx: DecodeContext): Scan {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const entries: Entry[] = [];
  let pos = 0;
  const length = data.length;
  try {
    for (;;) {
      const remaining = length - pos;
      if (remaining < HEADER_SIZE_UP_TO_MAGIC) return { entries, truncatedBytes: remaining, error: null };
      const size = view.getInt32(pos + 8);
      if (size < LEGACY_MIN_SIZE_V0) {
        throw corrupt(`log entry at byte ${pos} declares size ${size}, below the smallest message`, ctx.location, entryOffset(view, pos));
      }
      if (size > remaining - LOG_OVERHEAD) return { entries, truncatedBytes: remaining, error: null };
      const magic = data[pos + MAGIC_OFFSET] as number;
      const end = pos + LOG_OVERHEAD + size;
      if (magic === 2) {
        const info = readV2Header(data, view, pos, size, ctx.checkCrc, ctx.location);
        let decompressed: Promise<Uint8Array> | null = null;
        // Skip inflating batches entirely below the fetch offset, and transactional ones that
        // read_committed may yet drop (decided in order, later).
        const needed = info.isControl || info.lastOffset >= ctx.fetchOffset;
        if (info.compression !== 0 && needed && !(ctx.filter !== null && info.isTransactional)) {
          decompressed = startDecompression(info.compression, data.subarray(pos + V2_RECORDS, end), 2, info.baseOffset, ctx);
        }
        entries.push({ info, message: null, payloadStart: pos + V2_RECORDS, payloadEnd: end, decompressed });
      } else if (magic === 0 || magic === 1) {
        const message = readLegacyMessage(data, view, pos, size, ctx.checkCrc, ctx.location);
        const info = legacyInfo(message, pos);
        const codec = message.attributes & CODEC_MASK;
        let decompressed: Promise<Uint8Array> | null = null;
        if (codec !== 0) {
          if (codec > 3) {
            throw corrupt(`magic-${magic} message uses codec ${codec}; only gzip, snappy and lz4 exist for magic 0/1`, ctx.location, message.offset);
          }
          if (message.valueLength < 0) throw corrupt('compressed message has a null value', ctx.location, message.offset);
          if (message.offset >= ctx.fetchOffset) {
            const payload = data.subarray(message.valueStart, message.valueStart + message.valueLength);
            decompressed = startDecompression(codec, payload, magic, message.offset, ctx);
          }
        }
        entries.push({ info, message, payloadStart: message.valueStart, payloadEnd: message.valueStart + message.valueLength, decompressed });
      } else {
        throw corrupt(`log entry at byte ${pos} has magic ${magic}; only 0, 1 and 2 exist`, ctx.location, entryOffset(view, pos));
      }
      pos = end;
    }
  } catch (error) {
    return { entries, truncatedBytes: 0, error };
  }
}

function entryOffset(view: DataView, pos: number): number | undefined {
  const value = view.getInt32(pos) * 0x1_0000_0000 + view.getUint32(pos + 4);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Decodes one scanned entry in log order: appends its application records to `records` and its
 * control records to `controls`. Returns true when read_committed dropped it as aborted.
 */
async function decodeEntry(
  data: Uint8Array,
  entry: Entry,
  ctx: DecodeContext,
  records: KafkaRecord[],
  controls: ControlRecord[] | null,
): Promise<boolean> {
  const { info } = entry;
  const message = entry.message;
  if (message !== null) {
    if (entry.decompressed === null) {
      if (info.compression === 0 && message.offset >= ctx.fetchOffset) {
        records.push(legacyRecord(data, message, message.offset, message.timestamp, info.timestampType, message.attributes, message.magic));
      }
      return false;
    }
    const inner = await entry.decompressed;
    const { firstOffset, count } = readWrappedMessages(inner, message, ctx.checkCrc, ctx.fetchOffset, ctx.location, records);
    info.baseOffset = firstOffset;
    info.recordCount = count;
    return false;
  }

  const needed = info.isControl || info.lastOffset >= ctx.fetchOffset;
  if (!needed) {
    ctx.filter?.isAborted(info, false);
    return false;
  }
  if (!info.isControl && ctx.filter !== null && ctx.filter.isAborted(info, false)) return true;

  let bytes = data;
  let start = entry.payloadStart;
  let end = entry.payloadEnd;
  if (info.compression !== 0) {
    bytes = await (entry.decompressed ?? startDecompression(info.compression, data.subarray(start, end), 2, info.baseOffset, ctx));
    start = 0;
    end = bytes.length;
  }
  const context = {
    baseOffset: info.baseOffset,
    baseTimestamp: info.baseTimestamp,
    logAppendTime: info.timestampType === 'LogAppendTime',
    maxTimestamp: info.maxTimestamp,
    attributes: info.attributes,
    leaderEpoch: info.partitionLeaderEpoch,
  };
  if (!info.isControl) {
    readV2Records(bytes, start, end, info.recordCount, context, ctx.fetchOffset, ctx.location, records);
    return false;
  }
  // Control batches are read whatever the fetch offset: an ABORT marker below it still ends
  // its producer's aborted transaction.
  const raw: KafkaRecord[] = [];
  readV2Records(bytes, start, end, info.recordCount, context, Number.NEGATIVE_INFINITY, ctx.location, raw);
  const markers = toControlRecords(info, raw, ctx.location);
  ctx.filter?.isAborted(info, markers[0]?.typeId === CONTROL_TYPE_ABORT);
  if (controls !== null) for (const marker of markers) if (marker.offset >= ctx.fetchOffset) controls.push(marker);
  return false;
}

function rethrow(error: unknown, ctx: DecodeContext): never {
  if (error instanceof KafkaCorruptRecordError || error instanceof CodecUnavailableError) throw error;
  throw corrupt(`unexpected failure while decoding: ${error instanceof Error ? error.message : String(error)}`, ctx.location, undefined, error);
}

/**
 * Decodes the `records` bytes of one partition of a Fetch response (RecordBatch v2 and legacy
 * MessageSet v0/v1 in any mix, any codec) and reports records, control records and where the
 * next fetch continues. A cut-off last entry is normal and yields nothing; corruption throws
 * KafkaCorruptRecordError.
 */
export async function decodeRecordSet(data: Uint8Array | null | undefined, options: DecodeRecordsOptions = {}): Promise<DecodedRecordSet> {
  const ctx = contextOf(options);
  const records: KafkaRecord[] = [];
  const controlRecords: ControlRecord[] = [];
  if (data === null || data === undefined || data.length === 0) {
    return { records, nextOffset: null, controlRecords, batchCount: 0, truncatedBytes: 0 };
  }
  const scanned = scan(data, ctx);
  let nextOffset: number | null = null;
  try {
    for (const entry of scanned.entries) {
      await decodeEntry(data, entry, ctx, records, controlRecords);
      nextOffset = entry.info.nextOffset;
    }
  } catch (error) {
    rethrow(error, ctx);
  }
  if (scanned.error !== null) rethrow(scanned.error, ctx);
  return { records, nextOffset, controlRecords, batchCount: scanned.entries.length, truncatedBytes: scanned.truncatedBytes };
}

/** The records of one partition's fetched bytes, in offset order; see `decodeRecordSet`. */
export async function decodeRecords(data: Uint8Array | null | undefined, options: DecodeRecordsOptions = {}): Promise<KafkaRecord[]> {
  return (await decodeRecordSet(data, options)).records;
}

/**
 * The lower-level view: every complete entry with its metadata, records and control records, in
 * log order. Entries before a corrupt one are yielded before the error is thrown.
 */
export async function* decodeBatches(data: Uint8Array | null | undefined, options: DecodeRecordsOptions = {}): AsyncGenerator<DecodedBatch> {
  const ctx = contextOf(options);
  if (data === null || data === undefined || data.length === 0) return;
  const scanned = scan(data, ctx);
  for (const entry of scanned.entries) {
    const records: KafkaRecord[] = [];
    const controlRecords: ControlRecord[] = [];
    let aborted: boolean;
    try {
      aborted = await decodeEntry(data, entry, ctx, records, controlRecords);
    } catch (error) {
      rethrow(error, ctx);
    }
    yield { ...entry.info, records, controlRecords, aborted };
  }
  if (scanned.error !== null) rethrow(scanned.error, ctx);
}
