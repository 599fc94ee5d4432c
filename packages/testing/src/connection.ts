import type { Duplex } from 'node:stream';
import {
  ApiKey,
  type ApiName,
  apiFor,
  decodeRequestFrameHeader,
  encodeResponseFrame,
  ErrorCode,
  type RequestHeader,
} from '@kafkaline/protocol';
import type { BrokerState } from './broker.js';
import type { FaultDecision } from './faults.js';
import { type CloseAfter, type Handler, NO_RESPONSE, type RequestContext, type SaslControl } from './handlers/handler.js';
import { apiVersionsUnsupportedResponse, handlerFor } from './handlers/index.js';
import { type SaslExchange, type SaslMechanism, startExchange } from './sasl/mechanisms.js';
import type { ClusterState } from './state.js';

/** Kafka's limit for frames of a connection that has not authenticated yet (SaslServerAuthenticator). */
const MAX_UNAUTHENTICATED_FRAME = 524288;

let nextConnectionId = 1;

/**
 * One client connection to one broker, over any byte stream (TCP, TLS, in-process). It frames
 * requests (int32 size + payload), answers them strictly one at a time in arrival order as Kafka
 * does (a long-polling Fetch holds back the requests behind it), gates everything behind SASL
 * when the cluster requires it, applies injected faults, and closes the connection in the cases
 * Kafka closes it: unknown API key, unsupported version, malformed request, oversized frame.
 */
export class BrokerConnection implements SaslControl {
  readonly id = nextConnectionId++;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly frames: Buffer[] = [];
  private processing = false;
  private closed = false;
  private readonly abort = new AbortController();
  /** null when the cluster needs no SASL; otherwise false until the exchange completes. */
  private authenticated: boolean;
  private sasl: { exchange: SaslExchange; version: number } | null = null;
  private principal: string | null = null;

  constructor(
    private readonly state: ClusterState,
    readonly broker: BrokerState,
    readonly stream: Duplex,
    private readonly clientHost: string,
  ) {
    this.authenticated = state.config.sasl === null;
    broker.connections.add(this);
    stream.on('data', (chunk: Buffer) => this.receive(chunk));
    stream.on('error', () => this.destroy());
    stream.on('close', () => this.destroy());
    stream.on('end', () => this.destroy());
  }

  /** The authenticated SASL user, when the cluster uses SASL. */
  get user(): string | null {
    return this.principal;
  }

  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.broker.connections.delete(this);
    this.stream.destroy();
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    let buffer = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending, this.pendingBytes);
    let at = 0;
    while (buffer.length - at >= 4) {
      const size = buffer.readInt32BE(at);
      const limit = this.authenticated ? this.state.config.maxRequestBytes : Math.min(MAX_UNAUTHENTICATED_FRAME, this.state.config.maxRequestBytes);
      if (size < 0 || size > limit) {
        // Kafka's InvalidReceiveException: the frame is refused before a byte of it is buffered.
        this.destroy();
        return;
      }
      if (buffer.length - at < 4 + size) break;
      this.frames.push(buffer.subarray(at + 4, at + 4 + size));
      at += 4 + size;
    }
    buffer = buffer.subarray(at);
    this.pending = buffer.length > 0 ? [buffer] : [];
    this.pendingBytes = buffer.length;
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (;;) {
        const frame = this.frames.shift();
        if (frame === undefined || this.closed) break;
        await this.process(frame);
      }
    } finally {
      this.processing = false;
    }
  }

  private write(bytes: Uint8Array): void {
    if (!this.closed) this.stream.write(bytes);
  }

  private async process(payload: Buffer): Promise<void> {
    if (this.sasl !== null && this.sasl.version === 0) {
      this.saslRawToken(payload);
      return;
    }
    if (payload.length >= 8 && payload.readInt16BE(0) === ApiKey.ApiVersions) {
      const version = payload.readInt16BE(2);
      const own = handlerFor(ApiKey.ApiVersions);
      if (own && (version < own.minVersion || version > own.maxVersion)) {
        // The one request Kafka answers at an unknown version: v0 body, error 35, its own range.
        // Only the correlation id is read: the header layout of an unknown version is unknown.
        this.write(apiVersionsUnsupportedResponse(payload.readInt32BE(4)));
        return;
      }
    }
    let header: RequestHeader;
    let reader: ReturnType<typeof decodeRequestFrameHeader>['reader'];
    try {
      ({ header, reader } = decodeRequestFrameHeader(payload));
    } catch {
      this.destroy();
      return;
    }
    const apiKey = header.requestApiKey;
    const version = header.requestApiVersion;
    const handler = handlerFor(apiKey);
    if (handler === undefined) {
      // Kafka cannot parse a header of an API it does not know: it closes the connection.
      this.destroy();
      return;
    }
    if (version < handler.minVersion || version > handler.maxVersion) {
      this.destroy();
      return;
    }
    if (!this.mayProceed(apiKey)) {
      this.destroy();
      return;
    }
    let body: unknown;
    try {
      body = apiFor(apiKey).decodeRequest(reader, version);
    } catch {
      this.destroy();
      return;
    }
    const observed = this.state.observe({
      broker: this.broker.id,
      connection: this.id,
      apiKey,
      api: handler.api,
      version,
      correlationId: header.correlationId,
      clientId: header.clientId,
      body,
    });
    const ctxBase = { state: this.state, broker: this.broker, version, header, connectionId: this.id, clientHost: this.clientHost, signal: this.abort.signal, sasl: this as SaslControl };
    const partitions = handler.partitions ? safely(() => handler.partitions?.({ ...ctxBase, injectedError: () => null }, body as never)) : null;
    const decision: FaultDecision = this.state.faults.decide(observed.sequence, apiKey, this.broker.id, partitions ?? null);
    if (decision.disconnect === 'before-request') {
      this.destroy();
      return;
    }
    if (decision.leaderMove) {
      const partition = this.state.topics.partition(decision.leaderMove.topic, decision.leaderMove.partition);
      if (partition) this.state.moveLeader(partition);
    }
    const injected = decision.error;
    const ctx: RequestContext = {
      ...ctxBase,
      injectedError: (topic, partition) =>
        injected && (injected.topic === undefined || injected.topic === topic) && (injected.partition === undefined || injected.partition === partition)
          ? injected.errorCode
          : null,
    };

    let result: unknown;
    try {
      if (injected && !handler.partitions) {
        result = (handler as Handler<ApiName>).errorResponse(ctx, body as never, injected.errorCode);
      } else {
        result = await (handler as Handler<ApiName>).handle(ctx, body as never);
      }
    } catch (error) {
      this.state.errors.push({ at: this.state.clock.now(), broker: this.broker.id, connection: this.id, api: handler.api, error });
      this.destroy();
      return;
    }
    if (this.closed) return;
    if (decision.delayMs !== undefined) {
      await this.state.sleep(decision.delayMs, this.abort.signal);
      if (this.closed) return;
    }
    if (decision.disconnect === 'before-response') {
      this.destroy();
      return;
    }
    const closeAfter = isCloseAfter(result);
    const response: unknown = isCloseAfter(result) ? result.response : result;
    if (response !== NO_RESPONSE) {
      let frame: Buffer;
      try {
        frame = encodeResponseFrame(apiKey, version, header.correlationId, response as never);
      } catch (error) {
        this.state.errors.push({ at: this.state.clock.now(), broker: this.broker.id, connection: this.id, api: handler.api, error });
        this.destroy();
        return;
      }
      if (decision.disconnect === 'mid-response') {
        this.write(frame.subarray(0, Math.max(1, frame.length >> 1)));
        this.destroy();
        return;
      }
      this.write(frame);
    }
    if (closeAfter) this.closeSoon();
  }

  /** Closes after what was written has been flushed (an answer that ends the connection). */
  private closeSoon(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.broker.connections.delete(this);
    this.stream.end();
    setImmediate(() => this.stream.destroy());
  }

  /** Before authentication only ApiVersions and the SASL exchange may pass (Kafka closes otherwise). */
  private mayProceed(apiKey: number): boolean {
    // Once authenticated (or without SASL) everything passes; the SASL handlers answer
    // ILLEGAL_SASL_STATE to a second handshake as Kafka does.
    if (this.authenticated) return true;
    if (apiKey === ApiKey.ApiVersions || apiKey === ApiKey.SaslHandshake) return this.sasl === null;
    return apiKey === ApiKey.SaslAuthenticate && this.sasl !== null;
  }

  /** SaslHandshake: chooses the mechanism; v0 switches the connection to raw tokens. */
  beginSasl(mechanism: string, version: number): { errorCode: number; mechanisms: string[] } {
    const sasl = this.state.config.sasl;
    const mechanisms = sasl?.mechanisms ?? [];
    if (sasl === null || this.authenticated || !mechanisms.includes(mechanism as SaslMechanism)) {
      return { errorCode: sasl === null || this.authenticated ? ErrorCode.ILLEGAL_SASL_STATE : ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms };
    }
    this.sasl = { exchange: startExchange(mechanism as SaslMechanism, sasl, this.state.random), version };
    return { errorCode: ErrorCode.NONE, mechanisms };
  }

  /** SaslAuthenticate (handshake v1): one step of the exchange. */
  authenticate(token: Uint8Array): { errorCode: number; message: string | null; response: Uint8Array } {
    const exchange = this.sasl?.exchange;
    if (exchange === undefined || this.authenticated) {
      return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, message: 'SaslAuthenticate without a preceding SaslHandshake', response: new Uint8Array(0) };
    }
    const step = exchange.step(token);
    if (!step.ok) return { errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED, message: step.message, response: new Uint8Array(0) };
    if (step.complete) this.completeSasl(exchange);
    return { errorCode: ErrorCode.NONE, message: null, response: step.response };
  }

  private completeSasl(exchange: SaslExchange): void {
    this.authenticated = true;
    this.principal = exchange.principal;
    this.sasl = null;
  }

  /** SaslHandshake v0: tokens arrive as bare size-prefixed frames; a failure just closes. */
  private saslRawToken(token: Buffer): void {
    const exchange = (this.sasl as { exchange: SaslExchange }).exchange;
    const step = exchange.step(token);
    if (!step.ok) {
      this.destroy();
      return;
    }
    const frame = Buffer.alloc(4 + step.response.length);
    frame.writeInt32BE(step.response.length, 0);
    frame.set(step.response, 4);
    this.write(frame);
    if (step.complete) this.completeSasl(exchange);
  }
}

function isCloseAfter(value: unknown): value is CloseAfter<unknown> {
  return typeof value === 'object' && value !== null && (value as { closeAfter?: unknown }).closeAfter === true;
}

function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
