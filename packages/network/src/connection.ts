import type { Duplex } from 'node:stream';
import {
  type ApiDescriptor,
  type ApiMessages,
  type ApiName,
  Apis,
  decodeResponseFrame,
  encodeRequestFrame,
  KafkaError,
  KafkaProtocolError,
  peekCorrelationId,
} from '@kafkaline/protocol';
import type { Clock } from './clock.js';
import { channels } from './diagnostics.js';
import {
  type BrokerLocation,
  describeBroker,
  KafkaClientClosedError,
  KafkaConnectionError,
  KafkaRequestTimeoutError,
} from './errors.js';
import { FrameDecoder } from './framing.js';
import type { Logger, SaslOptions } from './options.js';
import { backoffMs, type RetrySettings } from './retry.js';
import { authenticateSasl } from './sasl/authenticate.js';
import type { Delays } from './timers.js';
import type { ReadSink, SocketFactory } from './transport.js';
import { type BrokerVersions, decodeApiVersionsResponse, negotiateVersions } from './versions.js';

/** Sent in ApiVersions v3+; must match `[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?`. */
export const CLIENT_SOFTWARE_NAME = 'kafkaline';
export const CLIENT_SOFTWARE_VERSION = '0.1.0';

// Re-authenticate (by reconnecting) once this share of a SASL session's lifetime has passed, so a
// broker enforcing KIP-368 never has to cut a connection with requests on it.
const REAUTH_AT_LIFETIME_SHARE = 0.85;

export interface ConnectionSettings {
  host: string;
  port: number;
  nodeId: number | null;
  clientId: string;
  tls: boolean;
  socketFactory: SocketFactory;
  clock: Clock;
  delays: Delays;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  maxInFlightRequests: number;
  maxResponseBytes: number;
  retry: RetrySettings;
  sasl: SaslOptions | null;
  logger: Logger | null;
  /** Called when an established socket is lost (not for failed set-up or deliberate closes). */
  onClose?: (connection: Connection, error: Error) => void;
}

type Input<N extends ApiName> = ApiMessages[N]['requestInput'];
type Output<N extends ApiName> = ApiMessages[N]['response'];

export interface Prepared<N extends ApiName> {
  version: number;
  body: Input<N>;
}

export interface RequestOptions {
  /** Overrides requestTimeoutMs (e.g. a Fetch's max wait, a JoinGroup's rebalance timeout). */
  timeoutMs?: number;
}

interface Pending {
  correlationId: number;
  api: ApiDescriptor;
  version: number;
  frame: Buffer;
  decode: (payload: Buffer) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: unknown;
  timeoutMs: number;
  sentAt: number;
  /** ApiVersions and SASL requests of the connection's own set-up: written before anything else. */
  setup: boolean;
}

const MAX_CORRELATION_ID = 2 ** 31 - 1;

/**
 * One connection to one broker address: framing, correlation ids, pipelining with a bounded
 * number of requests in flight, per-request timeouts, and the set-up every new socket needs
 * (ApiVersions, then SASL). Opened lazily and reopened (with backoff after failures) by the next
 * request after a loss; a lost socket fails the requests that were on it with a retriable
 * KafkaConnectionError, and the client decides what to retry.
 */
export class Connection {
  readonly host: string;
  readonly port: number;
  nodeId: number | null;
  private readonly settings: ConnectionSettings;
  private socket: Duplex | null = null;
  private opening: Promise<BrokerVersions> | null = null;
  private versions: BrokerVersions | null = null;
  /**
   * The current socket's frame decoder, null without one. Each socket gets its own, so it also
   * tells a socket's handlers whether their socket is still the current one.
   */
  private decoder: FrameDecoder | null = null;
  private readonly inFlight = new Map<number, Pending>();
  private waiting: Pending[] = [];
  private nextCorrelationId = 0;
  private closed = false;
  /** Set once set-up succeeded on the current socket; only losing such a socket is reported. */
  private established = false;
  private failures = 0;
  private reconnectAt = 0;
  private reauthenticateAt = Number.POSITIVE_INFINITY;
  private cancelConnect: ((error: Error) => void) | null = null;

  constructor(settings: ConnectionSettings) {
    this.settings = settings;
    this.host = settings.host;
    this.port = settings.port;
    this.nodeId = settings.nodeId;
  }

  get location(): BrokerLocation {
    return { host: this.host, port: this.port, nodeId: this.nodeId };
  }

  /** True when a socket is up and its versions are negotiated. */
  get isReady(): boolean {
    return this.socket !== null && this.versions !== null && this.opening === null;
  }

  /** Requests written and not yet answered, plus those waiting for a slot. */
  get load(): number {
    return this.inFlight.size + this.waiting.length;
  }

  /** True while a failed connect's backoff has not elapsed. */
  get isBackingOff(): boolean {
    return !this.isReady && this.reconnectAt > this.settings.clock.now();
  }

  /** Opens the connection if needed and returns the versions negotiated with the broker. */
  ensureOpen(): Promise<BrokerVersions> {
    if (this.closed) return Promise.reject(new KafkaClientClosedError(`Connecting to ${describeBroker(this.location)}`));
    if (this.opening) return this.opening;
    if (this.socket && this.versions) {
      if (this.settings.clock.now() < this.reauthenticateAt || this.load > 0) return Promise.resolve(this.versions);
      this.dropSocket(null);
    }
    const opening = this.open();
    this.opening = opening;
    const clear = () => {
      if (this.opening === opening) this.opening = null;
    };
    opening.then(clear, clear);
    return opening;
  }

  /**
   * Sends one request. `prepare` picks the version and builds the body from the broker's
   * versions, which are only known once the connection is open.
   */
  async request<N extends ApiName>(
    name: N,
    prepare: (versions: BrokerVersions) => Prepared<N>,
    options: RequestOptions = {},
  ): Promise<{ version: number; body: Output<N> }> {
    const versions = await this.ensureOpen();
    const { version, body } = prepare(versions);
    const api = Apis[name] as ApiDescriptor;
    const response = await this.enqueue(api, version, body, options.timeoutMs ?? this.settings.requestTimeoutMs, (payload) =>
      decodeResponseFrame(api, version, payload).body,
    );
    return { version, body: response as Output<N> };
  }

  /** Sends a request at a fixed version (raw protocol access). */
  send<N extends ApiName>(name: N, version: number, body: Input<N>, options: RequestOptions = {}): Promise<Output<N>> {
    return this.request(name, () => ({ version, body }), options).then((r) => r.body);
  }

  /** Fails every pending request, closes the socket and refuses further requests. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.cancelConnect?.(new KafkaClientClosedError(`Connecting to ${describeBroker(this.location)}`));
    this.dropSocket(null, (entry) => new KafkaClientClosedError(`${entry.api.name} v${entry.version} request to ${describeBroker(this.location)} was still pending`), true);
  }

  private async open(): Promise<BrokerVersions> {
    try {
      const versions = await this.setUp();
      this.pump();
      return versions;
    } catch (error) {
      // Requests queued for this connection cannot be sent: they share the set-up's fate.
      const waiting = this.waiting;
      this.waiting = [];
      for (const entry of waiting) this.fail(entry, error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  private async setUp(): Promise<BrokerVersions> {
    const { clock, delays, sasl } = this.settings;
    const started = clock.now();
    const wait = this.reconnectAt - started;
    if (wait > 0) await delays.wait(wait);
    this.throwIfClosed();
    // Set before connecting: a transport reading through the sink may read as soon as it connects.
    const decoder = new FrameDecoder(this.settings.maxResponseBytes);
    this.decoder = decoder;
    let socket: Duplex;
    try {
      socket = await this.connectSocket(this.readSink(decoder));
    } catch (error) {
      // No socket reads through this decoder: drop it (and its read buffer) now, not at the next attempt.
      if (this.decoder === decoder) this.decoder = null;
      this.noteFailure();
      if (error instanceof KafkaError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new KafkaConnectionError(`Could not connect to ${describeBroker(this.location)}: ${reason}`, this.location, 'CONNECTION_FAILED', error);
    }
    this.throwIfClosed(socket);
    this.attach(socket, decoder);
    try {
      const versions = await negotiateVersions(
        (version) =>
          this.enqueue(
            Apis.ApiVersions as ApiDescriptor,
            version,
            { clientSoftwareName: CLIENT_SOFTWARE_NAME, clientSoftwareVersion: CLIENT_SOFTWARE_VERSION },
            this.settings.requestTimeoutMs,
            (payload) => decodeApiVersionsResponse(version, payload),
            true,
          ) as Promise<ApiMessages['ApiVersions']['response']>,
        this.location,
      );
      this.versions = versions;
      this.reauthenticateAt = Number.POSITIVE_INFINITY;
      if (sasl) {
        const { sessionLifetimeMs } = await authenticateSasl(
          {
            handshake: (version, body) => this.enqueueSimple('SaslHandshake', version, body),
            authenticate: (version, body) => this.enqueueSimple('SaslAuthenticate', version, body),
          },
          versions,
          sasl,
          this.location,
        );
        if (sessionLifetimeMs > 0) this.reauthenticateAt = clock.now() + sessionLifetimeMs * REAUTH_AT_LIFETIME_SHARE;
      }
      this.failures = 0;
      this.reconnectAt = 0;
      this.established = true;
      if (channels.connectionOpen.hasSubscribers) {
        channels.connectionOpen.publish({ host: this.host, port: this.port, nodeId: this.nodeId, setupMs: clock.now() - started });
      }
      this.log('debug', `connected to ${describeBroker(this.location)}`);
      return versions;
    } catch (error) {
      this.noteFailure();
      const cause = error instanceof Error ? error : new Error(String(error));
      if (this.socket === socket) this.dropSocket(cause);
      throw error;
    }
  }

  /** The socket factory, bounded by connectTimeoutMs whatever the factory does itself. */
  private connectSocket(sink: ReadSink): Promise<Duplex> {
    const { socketFactory, clock, connectTimeoutMs, tls } = this.settings;
    return new Promise<Duplex>((resolve, reject) => {
      let settled = false;
      const finish = (error: Error | null, socket?: Duplex) => {
        if (settled) {
          socket?.destroy();
          return;
        }
        settled = true;
        clock.clearTimeout(timer);
        this.cancelConnect = null;
        if (error) reject(error);
        else resolve(socket as Duplex);
      };
      const timer = clock.setTimeout(
        () =>
          finish(
            new KafkaConnectionError(
              `Could not connect to ${describeBroker(this.location)} within connectTimeoutMs (${connectTimeoutMs} ms)`,
              this.location,
              'CONNECTION_TIMEOUT',
            ),
          ),
        connectTimeoutMs,
      );
      this.cancelConnect = (error) => finish(error);
      let attempt: Promise<Duplex>;
      try {
        attempt = socketFactory({ host: this.host, port: this.port, tls }, sink);
      } catch (error) {
        attempt = Promise.reject(error);
      }
      attempt.then(
        (socket) => finish(null, socket),
        (error) => finish(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }

  /** For transports that read into memory we provide (plain TCP's onread): no buffer allocated per read. */
  private readSink(decoder: FrameDecoder): ReadSink {
    return {
      // A getter: the decoder allocates its read buffer only for a transport that uses it.
      get buffer() {
        return decoder.readBuffer;
      },
      received: (count) => this.onBytes(decoder, null, count),
    };
  }

  private attach(socket: Duplex, decoder: FrameDecoder): void {
    this.socket = socket;
    let lastError: Error | null = null;
    // A socket reading through the sink emits no 'data'; any other delivers its bytes here.
    socket.on('data', (chunk: Buffer) => this.onBytes(decoder, chunk, chunk.length));
    socket.on('error', (error: Error) => {
      lastError = error;
    });
    const lost = () => {
      if (decoder !== this.decoder) return;
      const reason = lastError ? `: ${lastError.message}` : ' by the broker';
      this.dropSocket(
        new KafkaConnectionError(`Connection to ${describeBroker(this.location)} closed${reason}`, this.location, 'CONNECTION_CLOSED', lastError ?? undefined),
      );
    };
    socket.on('end', lost);
    socket.on('close', lost);
  }

  /** Bytes arrived for `decoder`'s socket: a 'data' `chunk`, or (chunk null) `count` bytes in its read buffer. */
  private onBytes(decoder: FrameDecoder, chunk: Buffer | null, count: number): void {
    if (decoder !== this.decoder) return;
    let frames: Buffer[];
    try {
      frames = chunk === null ? decoder.received(count) : decoder.push(chunk);
    } catch (error) {
      this.protocolFailure(error);
      return;
    }
    for (const payload of frames) {
      // A frame's handling may drop the socket: the frames after it belong to no request.
      if (decoder !== this.decoder) return;
      this.onFrame(payload);
    }
  }

  private onFrame(payload: Buffer): void {
    const correlationId = peekCorrelationId(payload);
    const entry = this.inFlight.get(correlationId);
    if (entry === undefined) {
      this.protocolFailure(
        new KafkaProtocolError(`Response with correlation id ${correlationId} matches no request in flight: the stream is corrupt or not Kafka`),
      );
      return;
    }
    this.inFlight.delete(correlationId);
    this.settings.clock.clearTimeout(entry.timer);
    let body: unknown;
    try {
      body = entry.decode(payload);
    } catch (error) {
      // The frame boundaries are intact, so only this response is lost; the connection stays.
      const reason = error instanceof Error ? error.message : String(error);
      entry.reject(
        new KafkaProtocolError(`Could not decode the ${entry.api.name} v${entry.version} response from ${describeBroker(this.location)}: ${reason}`, {
          cause: error,
        }),
      );
      this.pump();
      return;
    }
    if (channels.responseReceived.hasSubscribers) {
      channels.responseReceived.publish({
        ...this.describeRequest(entry),
        latencyMs: this.settings.clock.now() - entry.sentAt,
      });
    }
    entry.resolve(body);
    this.pump();
  }

  private protocolFailure(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const failure = new KafkaProtocolError(`${describeBroker(this.location)} sent bytes that are not a valid Kafka response: ${reason}; the connection was closed`, {
      code: error instanceof KafkaError ? error.code : 'PROTOCOL_ERROR',
      cause: error,
    });
    this.log('warn', failure.message);
    this.dropSocket(failure, () => failure);
  }

  private enqueueSimple<N extends ApiName>(name: N, version: number, body: Input<N>): Promise<Output<N>> {
    const api = Apis[name] as ApiDescriptor;
    return this.enqueue(api, version, body, this.settings.requestTimeoutMs, (payload) => decodeResponseFrame(api, version, payload).body, true) as Promise<
      Output<N>
    >;
  }

  private enqueue(
    api: ApiDescriptor,
    version: number,
    body: unknown,
    timeoutMs: number,
    decode: (payload: Buffer) => unknown,
    setup = false,
  ): Promise<unknown> {
    if (this.closed) return Promise.reject(new KafkaClientClosedError(`${api.name} request to ${describeBroker(this.location)}`));
    const correlationId = this.nextCorrelationId;
    this.nextCorrelationId = correlationId === MAX_CORRELATION_ID ? 0 : correlationId + 1;
    const frame = encodeRequestFrame({ apiKey: api.apiKey, apiVersion: version, correlationId, clientId: this.settings.clientId }, body as never);
    return new Promise((resolve, reject) => {
      const entry: Pending = { correlationId, api, version, frame, decode, resolve, reject, timer: null, timeoutMs, sentAt: 0, setup };
      entry.timer = this.settings.clock.setTimeout(() => this.onTimeout(entry), timeoutMs);
      if (setup) this.waiting.unshift(entry);
      else this.waiting.push(entry);
      this.pump();
    });
  }

  /**
   * Writes queued requests while fewer than maxInFlightRequests are unanswered. Until set-up
   * completes only set-up requests go out; without a socket, queued requests wait for the
   * reconnect they trigger here.
   */
  private pump(): void {
    const socket = this.socket;
    if (socket === null) {
      if (this.opening === null && !this.closed && this.waiting.length > 0) this.ensureOpen().catch(() => {});
      return;
    }
    const max = this.settings.maxInFlightRequests;
    while (this.waiting.length > 0 && this.inFlight.size < max) {
      const entry = this.waiting[0] as Pending;
      if (!entry.setup && !this.established) break;
      this.waiting.shift();
      entry.sentAt = this.settings.clock.now();
      this.inFlight.set(entry.correlationId, entry);
      socket.write(entry.frame);
      if (channels.requestSent.hasSubscribers) channels.requestSent.publish(this.describeRequest(entry));
    }
  }

  private onTimeout(entry: Pending): void {
    const error = new KafkaRequestTimeoutError(entry.api.name, entry.version, entry.timeoutMs, this.location);
    const queued = this.waiting.indexOf(entry);
    if (queued !== -1) {
      // Never written, so the stream is unaffected: only this request fails.
      this.waiting.splice(queued, 1);
      entry.reject(error);
      return;
    }
    if (!this.inFlight.delete(entry.correlationId)) return;
    entry.reject(error);
    this.log('warn', error.message);
    // The late response would still arrive, and the broker may be stuck; a fresh socket is the
    // only way to be sure the requests after this one are not stuck behind it.
    this.dropSocket(
      new KafkaConnectionError(
        `Connection to ${describeBroker(this.location)} was recycled because a ${entry.api.name} request timed out after ${entry.timeoutMs} ms`,
        this.location,
        'CONNECTION_CLOSED',
        error,
      ),
    );
  }

  /**
   * Closes the current socket and fails the requests written on it (their answers are lost).
   * Requests still queued were never written: they stay queued and go out on the next socket,
   * unless `failQueued` says otherwise. `cause` null means a deliberate close (client close or
   * re-authentication); otherwise an established socket's loss is reported to the client.
   */
  private dropSocket(cause: Error | null, errorFor?: (entry: Pending) => Error, failQueued = false): void {
    const socket = this.socket;
    const wasEstablished = this.established;
    this.socket = null;
    this.versions = null;
    this.established = false;
    // Reset, not only dropped: the old socket's handlers still reach it, and a partial frame can be megabytes.
    this.decoder?.reset();
    this.decoder = null;
    const written = [...this.inFlight.values()];
    this.inFlight.clear();
    const failed = [...written, ...this.waiting.filter((e) => failQueued || e.setup)];
    this.waiting = failQueued ? [] : this.waiting.filter((e) => !e.setup);
    for (const entry of failed) this.fail(entry, errorFor ? errorFor(entry) : this.connectionLost(entry, cause));
    if (socket !== null) {
      socket.on('error', () => {});
      socket.destroy();
      if (channels.connectionClose.hasSubscribers) {
        channels.connectionClose.publish({ host: this.host, port: this.port, nodeId: this.nodeId, error: cause, pendingRequests: failed.length });
      }
      if (cause && wasEstablished) {
        this.log('info', `connection to ${describeBroker(this.location)} lost`, { error: cause.message, pendingRequests: failed.length });
        this.settings.onClose?.(this, cause);
      }
    }
    this.pump();
  }

  private fail(entry: Pending, error: Error): void {
    this.settings.clock.clearTimeout(entry.timer);
    entry.reject(error);
  }

  private connectionLost(entry: Pending, cause: Error | null): Error {
    if (this.closed) {
      return new KafkaClientClosedError(`${entry.api.name} v${entry.version} request to ${describeBroker(this.location)} was still pending`);
    }
    const reason = cause ? `: ${cause.message}` : '';
    return new KafkaConnectionError(
      `${entry.api.name} v${entry.version} request to ${describeBroker(this.location)} failed because the connection was lost${reason}`,
      this.location,
      'CONNECTION_CLOSED',
      cause ?? undefined,
    );
  }

  private noteFailure(): void {
    this.reconnectAt = this.settings.clock.now() + backoffMs(this.failures, this.settings.retry);
    this.failures++;
  }

  private throwIfClosed(socket?: Duplex): void {
    if (!this.closed) return;
    socket?.destroy();
    throw new KafkaClientClosedError(`Connecting to ${describeBroker(this.location)}`);
  }

  private describeRequest(entry: Pending) {
    return {
      host: this.host,
      port: this.port,
      nodeId: this.nodeId,
      api: entry.api.name,
      apiKey: entry.api.apiKey,
      apiVersion: entry.version,
      correlationId: entry.correlationId,
      bytes: entry.frame.length,
    };
  }

  private log(level: 'debug' | 'info' | 'warn' | 'error', message: string, context?: Record<string, unknown>): void {
    this.settings.logger?.(level, message, context);
  }
}
