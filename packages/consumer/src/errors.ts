import { brokerError, KafkaBrokerError, KafkaError } from '@kafkaline/protocol';

export {
  CoordinatorError,
  KafkaError,
  KafkaBrokerError,
  KafkaConfigError,
  KafkaCorruptRecordError,
  LeaderNotAvailableError,
  NotLeaderOrFollowerError,
  OffsetOutOfRangeError,
  UnknownTopicOrPartitionError,
  // kafka-python's names for the same failures.
  KafkaConfigError as KafkaConfigurationError,
  KafkaCorruptRecordError as ChecksumError,
  NotLeaderOrFollowerError as NotLeaderForPartitionError,
} from '@kafkaline/protocol';

/** `next()` found no message within `consumerTimeoutMs` (the seed's ConsumerTimeout). */
export class ConsumerTimeout extends KafkaError {
  constructor(timeoutMs: number) {
    super(`No message arrived within consumerTimeoutMs (${timeoutMs} ms)`, { code: 'CONSUMER_TIMEOUT', retriable: true });
  }
}

/**
 * A record batch is larger than the most the consumer may ask for (`maxBufferSize` or
 * `fetchMessageMaxBytes`): raise that limit, or set it to null for no limit.
 */
export class ConsumerFetchSizeTooSmall extends KafkaError {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly fetchSize: number;

  constructor(topic: string, partition: number, offset: number, fetchSize: number, option: string) {
    super(
      `The record batch at offset ${offset} of topic '${topic}' partition ${partition} does not fit in ${fetchSize} bytes; raise '${option}' (or set it to null for no limit)`,
      { code: 'CONSUMER_FETCH_SIZE_TOO_SMALL', retriable: false },
    );
    this.topic = topic;
    this.partition = partition;
    this.offset = offset;
    this.fetchSize = fetchSize;
  }
}

/** A call was made on a consumer after `stop()` / `close()`, or was interrupted by it. */
export class ConsumerStoppedError extends KafkaError {
  constructor(what: string) {
    super(`${what}: the consumer has been stopped`, { code: 'CONSUMER_STOPPED', retriable: false });
  }
}

/** A blocking call was cancelled through its AbortSignal. */
export class ConsumerAbortedError extends KafkaError {
  constructor(reason: unknown) {
    super(`Aborted: ${reason instanceof Error ? reason.message : String(reason ?? 'the AbortSignal fired')}`, {
      code: 'ABORTED',
      retriable: false,
      cause: reason,
    });
  }
}

/**
 * The most specific class for a broker error (the network layer reports plain KafkaBrokerError),
 * so that users can write `instanceof OffsetOutOfRangeError`. Other errors pass through.
 */
export function specificError(error: KafkaError, where: { topic?: string; partition?: number; offset?: number; api?: string } = {}): KafkaError {
  if (!(error instanceof KafkaBrokerError) || error.constructor !== KafkaBrokerError) return error;
  return brokerError(error.errorCode, {
    topic: error.topic ?? where.topic,
    partition: error.partition ?? where.partition,
    offset: error.offset ?? where.offset,
    api: where.api,
    brokerMessage: error.brokerMessage,
  });
}
