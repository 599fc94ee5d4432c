export { decodeBatches, decodeRecords, decodeRecordSet } from './decode.js';
export { encodeRecordBatch, type Bytes, type RecordBatchToEncode, type RecordToEncode } from './encode-batch.js';
export { encodeTransactionMarker, type TransactionMarkerToEncode } from './encode-control.js';
export { encodeMessageSet, type MessageSetToEncode, type MessageToEncode } from './encode-message-set.js';
export type {
  AbortedTransaction,
  ControlRecord,
  ControlRecordType,
  DecodedBatch,
  DecodedRecordSet,
  DecodeRecordsOptions,
  IsolationLevel,
  KafkaRecord,
  ProducerId,
  RecordBatchInfo,
  RecordHeader,
  TimestampType,
} from './types.js';
