// ApiVersions (key 18), versions 0-4.
//
// Behavior:
// - Lists exactly the APIs this fake serves, each with the version range Kafka 4.1 advertises,
//   except ListOffsets (1-11), OffsetCommit (2-10) and OffsetFetch (1-10), which follow 4.4.0 so
//   the topic-id versions our consumer uses against CI's broker are served here too (Produce
//   advertises min 0 like Kafka 4.x, KAFKA-18659, but v0-2 are refused). ApiVersions stays 0-4:
//   our schemas (4.3 line) have no v5.
// - A version above 4 gets a v0-encoded response with UNSUPPORTED_VERSION and only the
//   ApiVersions range, so the client can retry at a version both sides know (see connection.ts).
// - v3+: ClientSoftwareName / ClientSoftwareVersion must match Kafka's pattern, else INVALID_REQUEST.
// - The response header is always v0, even for flexible versions (the codec layer applies this).
//
// Version notes:
// - v3+: no SupportedFeatures / FinalizedFeatures are sent: the fake finalizes no feature, so
//   clients use transaction version 1 (explicit AddPartitionsToTxn) and classic groups.
import { ErrorCode } from '@kafkaline/protocol';
import { defineHandler } from './handler.js';
import { advertisedVersions } from './registry.js';

const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

export const apiVersions = defineHandler({
  api: 'ApiVersions',
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, request) {
    if (ctx.version >= 3 && !(SOFTWARE_PATTERN.test(request.clientSoftwareName) && SOFTWARE_PATTERN.test(request.clientSoftwareVersion))) {
      return { errorCode: ErrorCode.INVALID_REQUEST, apiKeys: [], throttleTimeMs: 0 };
    }
    return { errorCode: ErrorCode.NONE, apiKeys: advertisedVersions(), throttleTimeMs: 0 };
  },
  errorResponse(_ctx, _request, errorCode) {
    return { errorCode, apiKeys: [], throttleTimeMs: 0 };
  },
});
