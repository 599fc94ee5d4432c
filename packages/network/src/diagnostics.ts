import diagnosticsChannel from 'node:diagnostics_channel';

/**
 * node:diagnostics_channel channels the client publishes to. Publishing costs one property read
 * when nobody subscribes, so they are always on; subscribe with
 * `diagnostics_channel.subscribe(channelNames.responseReceived, fn)`.
 */
export const channelNames = Object.freeze({
  connectionOpen: 'kafkaline:network:connection-open',
  connectionClose: 'kafkaline:network:connection-close',
  requestSent: 'kafkaline:network:request-sent',
  responseReceived: 'kafkaline:network:response-received',
  metadataRefreshed: 'kafkaline:network:metadata-refreshed',
});

export interface ConnectionOpenMessage {
  host: string;
  port: number;
  nodeId: number | null;
  /** Milliseconds from starting to connect until versions were negotiated (and SASL done). */
  setupMs: number;
}

export interface ConnectionCloseMessage {
  host: string;
  port: number;
  nodeId: number | null;
  /** Why it closed; null when the client closed it deliberately. */
  error: Error | null;
  /** Requests that were failed because of the close. */
  pendingRequests: number;
}

export interface RequestSentMessage {
  host: string;
  port: number;
  nodeId: number | null;
  api: string;
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  bytes: number;
}

export interface ResponseReceivedMessage extends RequestSentMessage {
  latencyMs: number;
}

export interface MetadataRefreshedMessage {
  /** Topics asked for; null means every topic. */
  topics: string[] | null;
  brokers: number;
  reason: string;
  durationMs: number;
}

export const channels = {
  connectionOpen: diagnosticsChannel.channel(channelNames.connectionOpen),
  connectionClose: diagnosticsChannel.channel(channelNames.connectionClose),
  requestSent: diagnosticsChannel.channel(channelNames.requestSent),
  responseReceived: diagnosticsChannel.channel(channelNames.responseReceived),
  metadataRefreshed: diagnosticsChannel.channel(channelNames.metadataRefreshed),
};
