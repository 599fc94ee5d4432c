// SaslAuthenticate (key 36), versions 0-2.
//
// Behavior:
// - One step of the mechanism chosen by SaslHandshake v1: PLAIN completes in one step, SCRAM in
//   two (server-first, then server-final with the server signature).
// - Bad credentials: SASL_AUTHENTICATION_FAILED with Kafka's message, then the connection is
//   closed. Without a preceding handshake: ILLEGAL_SASL_STATE.
//
// Version notes:
// - v1+ SessionLifetimeMs is 0: no re-authentication is required.
import { ErrorCode } from '@kafkaline/protocol';
import { defineHandler } from './handler.js';

export const saslAuthenticate = defineHandler({
  api: 'SaslAuthenticate',
  minVersion: 0,
  maxVersion: 2,
  handle(ctx, request) {
    const step = ctx.sasl.authenticate(request.authBytes);
    const response = { errorCode: step.errorCode, errorMessage: step.message, authBytes: step.response, sessionLifetimeMs: 0n };
    return step.errorCode === ErrorCode.NONE ? response : { closeAfter: true as const, response };
  },
  errorResponse(_ctx, _request, errorCode) {
    return { errorCode, errorMessage: null, authBytes: new Uint8Array(0), sessionLifetimeMs: 0n };
  },
});
