// Byte layout of log entries (see the protocol notes on records): every entry starts with
// offset(8) size(4) and has its magic at byte 16.
export const LOG_OVERHEAD = 12;
export const MAGIC_OFFSET = 16;
/** Fewer bytes than this cannot show the magic: the tail is cut off. */
export const HEADER_SIZE_UP_TO_MAGIC = 17;

// RecordBatch v2 header fields, as positions from the start of the batch.
export const V2_PARTITION_LEADER_EPOCH = 12;
export const V2_CRC = 17;
export const V2_ATTRIBUTES = 21;
export const V2_LAST_OFFSET_DELTA = 23;
export const V2_BASE_TIMESTAMP = 27;
export const V2_MAX_TIMESTAMP = 35;
export const V2_PRODUCER_ID = 43;
export const V2_PRODUCER_EPOCH = 51;
export const V2_BASE_SEQUENCE = 53;
export const V2_RECORD_COUNT = 57;
export const V2_RECORDS = 61;
/** Smallest possible record: length, attributes, timestamp, offset, key, value, header count. */
export const V2_MIN_RECORD_SIZE = 7;

// Legacy message fields, from the start of the entry (offset field).
export const LEGACY_CRC = 12;
export const LEGACY_ATTRIBUTES = 17;
/** Message bytes (crc .. value) of an empty v0 / v1 message: the smallest valid `size`. */
export const LEGACY_MIN_SIZE_V0 = 14;
export const LEGACY_MIN_SIZE_V1 = 22;

// Attribute bits.
export const CODEC_MASK = 0x07;
export const TIMESTAMP_TYPE_MASK = 0x08;
export const TRANSACTIONAL_FLAG = 0x10;
export const CONTROL_FLAG = 0x20;
export const DELETE_HORIZON_FLAG = 0x40;

export const NO_PRODUCER_ID = -1;
