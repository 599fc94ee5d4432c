import type { ApiMessages, ApiName, RequestHeader } from '@kafkaline/protocol';
import type { BrokerState } from '../broker.js';
import type { ClusterState } from '../state.js';

/** The connection's side of the SASL exchange, for the SaslHandshake and SaslAuthenticate handlers. */
export interface SaslControl {
  beginSasl(mechanism: string, version: number): { errorCode: number; mechanisms: string[] };
  authenticate(token: Uint8Array): { errorCode: number; message: string | null; response: Uint8Array };
}

/** What a handler knows about the request it answers and where it arrived. */
export interface RequestContext {
  readonly state: ClusterState;
  readonly broker: BrokerState;
  readonly version: number;
  readonly header: RequestHeader;
  readonly connectionId: number;
  /** The client's address, as DescribeGroups reports it (`/127.0.0.1`). */
  readonly clientHost: string;
  /** Aborted when the connection closes or the broker stops: long waits must end then. */
  readonly signal: AbortSignal;
  readonly sasl: SaslControl;
  /**
   * The error code a fault injects for this partition of this request, or null. Partition-scoped
   * handlers ask per partition and answer that partition with the error instead of serving it.
   */
  injectedError(topic: string, partition: number): number | null;
}

/** Returned by a handler when Kafka sends no response at all (Produce with acks=0). */
export const NO_RESPONSE = Symbol('no response');
/** Returned when Kafka answers and then closes the connection (Produce acks=0 with an error; failed SASL). */
export interface CloseAfter<R> {
  readonly closeAfter: true;
  readonly response: R | typeof NO_RESPONSE;
}

export type HandlerResult<R> = R | typeof NO_RESPONSE | CloseAfter<R>;

export interface TopicPartitionRef {
  topic: string;
  partition: number;
}

/** One API as the fake broker serves it. */
export interface Handler<N extends ApiName = ApiName> {
  readonly api: N;
  /** The versions served and advertised (Kafka 4.1's range for the API, 4.4.0's where the README says so). */
  readonly minVersion: number;
  readonly maxVersion: number;
  /** What ApiVersions advertises as the minimum, when Kafka advertises less than it serves. */
  readonly advertisedMinVersion?: number;
  handle(ctx: RequestContext, request: ApiMessages[N]['request']): HandlerResult<ApiMessages[N]['responseInput']> | Promise<HandlerResult<ApiMessages[N]['responseInput']>>;
  /**
   * The response Kafka gives when the whole request fails with `errorCode` (what
   * AbstractRequest.getErrorResponse builds): used by injected faults. `filter` narrows a
   * topic-scoped fault to the topics it names.
   */
  errorResponse(ctx: RequestContext, request: ApiMessages[N]['request'], errorCode: number): ApiMessages[N]['responseInput'];
  /** For partition-scoped APIs: the partitions the request touches (faults with a topic filter). */
  partitions?(ctx: RequestContext, request: ApiMessages[N]['request']): TopicPartitionRef[];
}

export function defineHandler<N extends ApiName>(handler: Handler<N>): Handler<N> {
  return handler;
}
