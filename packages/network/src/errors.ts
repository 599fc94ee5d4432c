import { KafkaError } from '@kafkaline/protocol';

/** Where a network failure happened: the broker's address and, once known, its node id. */
export interface BrokerLocation {
  host: string;
  port: number;
  nodeId?: number | null | undefined;
}

export function describeBroker(where: BrokerLocation): string {
  const id = where.nodeId === undefined || where.nodeId === null ? 'broker' : `broker ${where.nodeId}`;
  return `${id} at ${where.host}:${where.port}`;
}

export type ConnectionErrorCode = 'CONNECTION_FAILED' | 'CONNECTION_TIMEOUT' | 'CONNECTION_CLOSED';

/**
 * A socket to a broker could not be opened, or closed while requests were pending. Retriable:
 * the client reconnects (with backoff) on the next request, and metadata is refreshed because a
 * lost broker usually means leadership is moving.
 */
export class KafkaConnectionError extends KafkaError {
  readonly host: string;
  readonly port: number;
  readonly nodeId: number | null;

  constructor(message: string, where: BrokerLocation, code: ConnectionErrorCode = 'CONNECTION_CLOSED', cause?: unknown) {
    super(message, { code, retriable: true, cause });
    this.host = where.host;
    this.port = where.port;
    this.nodeId = where.nodeId ?? null;
  }
}

/** A request got no response within its timeout; the connection it was sent on is recycled. */
export class KafkaRequestTimeoutError extends KafkaError {
  readonly api: string;
  readonly apiVersion: number;
  readonly timeoutMs: number;
  readonly host: string;
  readonly port: number;
  readonly nodeId: number | null;

  constructor(api: string, apiVersion: number, timeoutMs: number, where: BrokerLocation) {
    super(
      `${api} v${apiVersion} request to ${describeBroker(where)} got no response within ${timeoutMs} ms; ` +
        'the connection was closed and will be reopened. If the broker is just slow, raise requestTimeoutMs.',
      { code: 'REQUEST_TIMEOUT', retriable: true },
    );
    this.api = api;
    this.apiVersion = apiVersion;
    this.timeoutMs = timeoutMs;
    this.host = where.host;
    this.port = where.port;
    this.nodeId = where.nodeId ?? null;
  }
}

/** The client was closed: every pending and later request fails with this. */
export class KafkaClientClosedError extends KafkaError {
  constructor(what: string) {
    super(`${what}: the KafkaClient was closed. Create a new client to talk to Kafka again.`, {
      code: 'CLIENT_CLOSED',
      retriable: false,
    });
  }
}

/**
 * SASL authentication was refused or could not complete. Not retriable: wrong credentials do
 * not become right by retrying, and hammering a broker with them can lock an account.
 */
export class KafkaAuthenticationError extends KafkaError {
  readonly mechanism: string;
  readonly host: string;
  readonly port: number;
  readonly nodeId: number | null;
  readonly brokerMessage: string | null;

  constructor(problem: string, mechanism: string, where: BrokerLocation, brokerMessage: string | null = null, code = 'SASL_AUTHENTICATION_FAILED') {
    const detail = brokerMessage ? ` (broker said: ${brokerMessage})` : '';
    super(`SASL ${mechanism} authentication with ${describeBroker(where)} failed: ${problem}${detail}`, {
      code,
      retriable: false,
    });
    this.mechanism = mechanism;
    this.host = where.host;
    this.port = where.port;
    this.nodeId = where.nodeId ?? null;
    this.brokerMessage = brokerMessage;
  }
}

export interface VersionRange {
  min: number;
  max: number;
}

/**
 * The broker and this client have no version of an API in common. Names the API and both ranges
 * so the user can tell whether the broker is too old or too new for this release.
 */
export class UnsupportedVersionError extends KafkaError {
  readonly api: string;
  readonly apiKey: number;
  readonly clientRange: VersionRange;
  readonly brokerRange: VersionRange | null;
  readonly host: string;
  readonly port: number;
  readonly nodeId: number | null;

  /** The version that was asked for, when a specific one was (raw `send`). */
  readonly requestedVersion: number | null;

  constructor(api: string, apiKey: number, clientRange: VersionRange, brokerRange: VersionRange | null, where: BrokerLocation, requestedVersion: number | null = null) {
    const broker = brokerRange === null ? 'does not support it at all' : `supports v${brokerRange.min}-v${brokerRange.max}`;
    const problem = requestedVersion === null ? 'share no version of' : `cannot both speak v${requestedVersion} of`;
    super(
      `${describeBroker(where)} and kafkaline ${problem} ${api} (API key ${apiKey}): ` +
        `kafkaline supports v${clientRange.min}-v${clientRange.max}, the broker ${broker}. ` +
        'kafkaline works with Kafka 2.1 and newer; upgrade the broker or use a client release that matches it.',
      { code: 'UNSUPPORTED_VERSION', retriable: false },
    );
    this.api = api;
    this.apiKey = apiKey;
    this.clientRange = clientRange;
    this.brokerRange = brokerRange;
    this.host = where.host;
    this.port = where.port;
    this.nodeId = where.nodeId ?? null;
    this.requestedVersion = requestedVersion;
  }
}

/** No broker could be reached at all (every known and bootstrap address failed). */
export class KafkaNoBrokerAvailableError extends KafkaError {
  readonly attempts: ReadonlyArray<{ address: string; error: unknown }>;

  constructor(attempts: ReadonlyArray<{ address: string; error: unknown }>) {
    const tried = attempts.map((a) => `${a.address} (${a.error instanceof Error ? a.error.message : String(a.error)})`).join('; ');
    super(`No Kafka broker could be reached. Tried: ${tried || 'nothing (no broker address known)'}. Check the brokers option and that the cluster is up.`, {
      code: 'NO_BROKER_AVAILABLE',
      retriable: true,
    });
    this.attempts = attempts;
  }
}
