/**
 * Where a fetched chunk ends, read from the entry frames alone (no CRC, no records, no
 * decompression), so the partition's next fetch can leave before the chunk is decoded.
 *
 * Every log entry starts with offset (int64) and size (int32) and has its magic byte at 16. The
 * next fetch continues after the last complete entry: a v2 batch's baseOffset + lastOffsetDelta
 * + 1 (kept in the header even when compaction emptied the batch, and for control and aborted
 * batches), a v0/v1 message's offset + 1 (a compressed wrapper carries its last inner offset).
 */
export interface ChunkEnd {
  /** The offset after the last complete entry; null when there is none. */
  nextOffset: number | null;
  /**
   * The offset after the last complete entry that is not a control batch (transaction markers):
   * once the records below it are handed out, nothing after it ever will be. Null when none.
   */
  dataEnd: number | null;
  /** Bytes after the last complete entry that do not form a whole one (the broker cut it). */
  truncatedBytes: number;
  /** The walk stopped at an entry whose frame cannot be valid: decoding reports it. */
  corrupt: boolean;
}

const SIZE_AT = 8;
const LOG_OVERHEAD = 12;
const MAGIC_AT = 16;
/** Fewer bytes than this cannot show the magic byte: a cut-off tail. */
const BYTES_UP_TO_MAGIC = 17;
/** The smallest `size` of any entry (an empty v0 message). */
const SMALLEST_ENTRY_SIZE = 14;
const V2_ATTRIBUTES_AT = 21;
const V2_CONTROL_FLAG = 0x20;
const V2_LAST_OFFSET_DELTA_AT = 23;
/** A v2 batch header is 61 bytes, 49 of them counted by `size`. */
const SMALLEST_V2_SIZE = 49;

export function findChunkEnd(bytes: Uint8Array): ChunkEnd {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let nextOffset: number | null = null;
  let dataEnd: number | null = null;
  let position = 0;
  for (;;) {
    const remaining = bytes.length - position;
    if (remaining < BYTES_UP_TO_MAGIC) return { nextOffset, dataEnd, truncatedBytes: remaining, corrupt: false };
    const size = view.getInt32(position + SIZE_AT);
    if (size < SMALLEST_ENTRY_SIZE) return { nextOffset, dataEnd, truncatedBytes: 0, corrupt: true };
    if (size > remaining - LOG_OVERHEAD) return { nextOffset, dataEnd, truncatedBytes: remaining, corrupt: false };
    const magic = bytes[position + MAGIC_AT];
    const offset = view.getInt32(position) * 0x1_0000_0000 + view.getUint32(position + 4);
    let after: number;
    let control = false;
    if (magic === 2) {
      if (size < SMALLEST_V2_SIZE) return { nextOffset, dataEnd, truncatedBytes: 0, corrupt: true };
      after = offset + view.getInt32(position + V2_LAST_OFFSET_DELTA_AT) + 1;
      control = (view.getInt16(position + V2_ATTRIBUTES_AT) & V2_CONTROL_FLAG) !== 0;
    } else if (magic === 0 || magic === 1) {
      after = offset + 1;
    } else {
      return { nextOffset, dataEnd, truncatedBytes: 0, corrupt: true };
    }
    if (!Number.isSafeInteger(after) || after < 0) return { nextOffset, dataEnd, truncatedBytes: 0, corrupt: true };
    nextOffset = after;
    if (!control) dataEnd = after;
    position += LOG_OVERHEAD + size;
  }
}
