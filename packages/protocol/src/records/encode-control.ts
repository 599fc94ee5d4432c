import { CONTROL_TYPE_ABORT, CONTROL_TYPE_COMMIT, controlRecordKey, endTransactionMarkerValue } from './control.js';
import { encodeRecordBatch } from './encode-batch.js';

export interface TransactionMarkerToEncode {
  type: 'COMMIT' | 'ABORT';
  producerId: number | bigint;
  producerEpoch: number;
  /** Epoch of the transaction coordinator that wrote the marker. */
  coordinatorEpoch?: number;
  /** Offset the marker takes in the log. */
  offset: number;
  timestamp: number;
  partitionLeaderEpoch?: number;
}

/** A control batch holding one transaction marker, as the broker writes at commit or abort. */
export function encodeTransactionMarker(marker: TransactionMarkerToEncode): Promise<Uint8Array> {
  return encodeRecordBatch({
    baseOffset: marker.offset,
    partitionLeaderEpoch: marker.partitionLeaderEpoch ?? -1,
    producerId: marker.producerId,
    producerEpoch: marker.producerEpoch,
    baseSequence: -1,
    isTransactional: true,
    isControl: true,
    records: [
      {
        key: controlRecordKey(marker.type === 'ABORT' ? CONTROL_TYPE_ABORT : CONTROL_TYPE_COMMIT),
        value: endTransactionMarkerValue(marker.coordinatorEpoch ?? 0),
        timestamp: marker.timestamp,
      },
    ],
  });
}
