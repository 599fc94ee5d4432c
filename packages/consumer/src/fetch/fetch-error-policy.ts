import { ErrorCode, KafkaBrokerError, type KafkaError } from '@kafkaline/protocol';

/**
 * What the engine does with a partition's fetch error:
 * - `reset`: OFFSET_OUT_OF_RANGE, handled by the consumer's autoOffsetReset policy;
 * - `retry`: the leader moved, an election or a connection failed (the client has already
 *   scheduled a metadata refresh): fetch again from the same position after a backoff;
 * - `retry-unknown-topic`: like `retry`, but surfaced after a few consecutive answers, since the
 *   topic or partition may really be gone;
 * - `surface`: anything else goes to the application.
 */
export type FetchErrorAction = 'reset' | 'retry' | 'retry-unknown-topic' | 'surface';

/** How many consecutive UNKNOWN_TOPIC_OR_PARTITION answers are taken for metadata lag. */
export const UNKNOWN_TOPIC_RETRIES = 3;

export function fetchErrorAction(error: KafkaError): FetchErrorAction {
  if (error instanceof KafkaBrokerError) {
    if (error.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) return 'reset';
    if (error.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION || error.errorCode === ErrorCode.UNKNOWN_TOPIC_ID) return 'retry-unknown-topic';
  }
  return error.retriable ? 'retry' : 'surface';
}
