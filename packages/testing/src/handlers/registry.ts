import { ApiKey, encodeResponseFrame, ErrorCode } from '@kafkaline/protocol';
import type { Handler } from './handler.js';

const handlers = new Map<number, Handler>();

/** Adds handlers to the table the connection dispatches on (called once by handlers/index.ts). */
export function register(...list: Handler[]): void {
  for (const handler of list) handlers.set(ApiKey[handler.api], handler);
}

export function handlerFor(apiKey: number): Handler | undefined {
  return handlers.get(apiKey);
}

/** What ApiVersions lists: every served API with its advertised range, by key. */
export function advertisedVersions(): Array<{ apiKey: number; minVersion: number; maxVersion: number }> {
  return [...handlers.entries()]
    .sort(([a], [b]) => a - b)
    .map(([apiKey, h]) => ({ apiKey, minVersion: h.advertisedMinVersion ?? h.minVersion, maxVersion: h.maxVersion }));
}

/**
 * Kafka's answer to an ApiVersions request at a version it does not know: a v0 body with
 * UNSUPPORTED_VERSION listing only its own ApiVersions range.
 */
export function apiVersionsUnsupportedResponse(correlationId: number): Buffer {
  const own = handlers.get(ApiKey.ApiVersions) as Handler;
  return encodeResponseFrame(ApiKey.ApiVersions, 0, correlationId, {
    errorCode: ErrorCode.UNSUPPORTED_VERSION,
    apiKeys: [{ apiKey: ApiKey.ApiVersions, minVersion: own.minVersion, maxVersion: own.maxVersion }],
  });
}
