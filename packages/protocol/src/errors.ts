import { ERROR_CODES, type ErrorCodeInfo } from './generated/error-codes.js';

export interface KafkaErrorOptions {
  /** Stable machine-readable name of the failure, e.g. `OFFSET_OUT_OF_RANGE`. */
  code: string;
  /** Whether retrying the same operation may succeed. */
  retriable?: boolean;
  cause?: unknown;
}

/** The root of every error kafkaline throws. */
export class KafkaError extends Error {
  readonly code: string;
  readonly retriable: boolean;

  constructor(message: string, options: KafkaErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.retriable = options.retriable ?? false;
  }
}

/** Bytes that do not follow the Kafka protocol: truncated, oversized, malformed. */
export class KafkaProtocolError extends KafkaError {
  constructor(message: string, options: Partial<KafkaErrorOptions> = {}) {
    super(message, { code: 'PROTOCOL_ERROR', retriable: false, ...options });
  }
}

export interface RecordLocation {
  offset?: number | undefined;
  topic?: string | undefined;
  partition?: number | undefined;
}

/** A record batch or message that failed its CRC, size or layout checks. */
export class KafkaCorruptRecordError extends KafkaProtocolError {
  readonly offset: number | undefined;
  readonly topic: string | undefined;
  readonly partition: number | undefined;

  constructor(problem: string, where: RecordLocation = {}, cause?: unknown) {
    super(`Corrupt record data${describeLocation(where)}: ${problem}`, { code: 'CORRUPT_MESSAGE', cause });
    this.offset = where.offset;
    this.topic = where.topic;
    this.partition = where.partition;
  }
}

/** An option the user passed is missing, of the wrong type or out of range. */
export class KafkaConfigError extends KafkaError {
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`Invalid option '${option}': ${problem}`, { code: 'INVALID_CONFIG', retriable: false });
    this.option = option;
  }
}

export interface BrokerErrorContext extends RecordLocation {
  /** The broker's own error message, when the response carries one. */
  brokerMessage?: string | null | undefined;
  /** The API whose response carried the error, e.g. `Fetch`. */
  api?: string | undefined;
}

/** An error code returned by a broker, with the name, retriability and meaning from Kafka's table. */
export class KafkaBrokerError extends KafkaError {
  readonly errorCode: number;
  readonly offset: number | undefined;
  readonly topic: string | undefined;
  readonly partition: number | undefined;
  readonly brokerMessage: string | null | undefined;

  constructor(errorCode: number, context: BrokerErrorContext = {}) {
    const info = errorInfo(errorCode);
    const where = describeLocation(context);
    const api = context.api ? ` in ${context.api} response` : '';
    const detail = context.brokerMessage ? ` (broker said: ${context.brokerMessage})` : '';
    super(`${info.name} (${errorCode})${api}${where}: ${info.meaning}${detail}`, {
      code: info.name,
      retriable: info.retriable,
    });
    this.errorCode = errorCode;
    this.offset = context.offset;
    this.topic = context.topic;
    this.partition = context.partition;
    this.brokerMessage = context.brokerMessage;
  }
}

/** Looks up Kafka's error table; unknown codes (from a newer broker) are reported as such. */
export function errorInfo(errorCode: number): ErrorCodeInfo {
  return (
    ERROR_CODES.get(errorCode) ?? {
      code: errorCode,
      name: `UNKNOWN_ERROR_CODE_${errorCode}`,
      retriable: false,
      meaning: 'an error code this client does not know (the broker may be newer)',
    }
  );
}

function describeLocation(where: RecordLocation): string {
  const parts: string[] = [];
  if (where.topic !== undefined) parts.push(`topic '${where.topic}'`);
  if (where.partition !== undefined) parts.push(`partition ${where.partition}`);
  if (where.offset !== undefined) parts.push(`offset ${where.offset}`);
  return parts.length === 0 ? '' : ` at ${parts.join(', ')}`;
}

/** OFFSET_OUT_OF_RANGE: the requested offset is before the log start or past the log end. */
export class OffsetOutOfRangeError extends KafkaBrokerError {}
/** UNKNOWN_TOPIC_OR_PARTITION: the topic or partition does not exist (or metadata is stale). */
export class UnknownTopicOrPartitionError extends KafkaBrokerError {}
/** NOT_LEADER_OR_FOLLOWER: the request reached a broker that does not lead the partition. */
export class NotLeaderOrFollowerError extends KafkaBrokerError {}
/** LEADER_NOT_AVAILABLE: the partition has no leader right now (election in progress). */
export class LeaderNotAvailableError extends KafkaBrokerError {}
/** NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE / COORDINATOR_LOAD_IN_PROGRESS. */
export class CoordinatorError extends KafkaBrokerError {}

const BROKER_ERROR_CLASSES: ReadonlyMap<number, typeof KafkaBrokerError> = new Map([
  [1, OffsetOutOfRangeError],
  [3, UnknownTopicOrPartitionError],
  [5, LeaderNotAvailableError],
  [6, NotLeaderOrFollowerError],
  [14, CoordinatorError],
  [15, CoordinatorError],
  [16, CoordinatorError],
]);

/** The most specific error class for a broker error code, so callers can use `instanceof`. */
export function brokerError(errorCode: number, context: BrokerErrorContext = {}): KafkaBrokerError {
  const ErrorClass = BROKER_ERROR_CLASSES.get(errorCode) ?? KafkaBrokerError;
  return new ErrorClass(errorCode, context);
}
