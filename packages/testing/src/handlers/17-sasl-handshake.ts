// SaslHandshake (key 17), versions 0-1.
//
// Behavior:
// - Picks the mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, as the cluster enables them) and
//   lists the enabled ones; an unknown mechanism gets UNSUPPORTED_SASL_MECHANISM and the
//   connection is closed, as Kafka does.
// - v0: the SASL tokens then travel as bare size-prefixed frames (no Kafka header); v1: inside
//   SaslAuthenticate requests.
// - A cluster without SASL, or a second handshake after authentication, answers ILLEGAL_SASL_STATE.
//
// Version notes:
// - None: both versions share one layout.
import { ErrorCode } from '@kafkaline/protocol';
import { defineHandler } from './handler.js';

export const saslHandshake = defineHandler({
  api: 'SaslHandshake',
  minVersion: 0,
  maxVersion: 1,
  handle(ctx, request) {
    const { errorCode, mechanisms } = ctx.sasl.beginSasl(request.mechanism, ctx.version);
    const response = { errorCode, mechanisms };
    return errorCode === ErrorCode.UNSUPPORTED_SASL_MECHANISM ? { closeAfter: true as const, response } : response;
  },
  errorResponse(ctx, _request, errorCode) {
    return { errorCode, mechanisms: ctx.state.config.sasl?.mechanisms ?? [] };
  },
});
