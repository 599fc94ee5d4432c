export * from './errors.js';
export { ERROR_CODES, ErrorCode, type ErrorCodeInfo, type ErrorCodeName } from './generated/error-codes.js';
export { Reader, int64PartsToNumber } from './primitives/reader.js';
export { Writer } from './primitives/writer.js';
export { ZERO_UUID, uuidFromBytes, uuidToBytes } from './primitives/uuid.js';
export * from './generated/index.js';
export * from './headers.js';
export { UnsupportedVersionError, EMPTY_BYTES } from './primitives/codec-support.js';
