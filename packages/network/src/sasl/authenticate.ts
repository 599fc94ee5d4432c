import { type ApiMessages, ErrorCode, errorInfo } from '@kafkaline/protocol';
import { type BrokerLocation, KafkaAuthenticationError } from '../errors.js';
import type { SaslOptions } from '../options.js';
import type { BrokerVersions } from '../versions.js';
import { SaslMechanismError, type SaslStep } from './mechanism.js';
import { oauthbearer } from './oauthbearer.js';
import { plain } from './plain.js';
import { scram } from './scram.js';

export interface SaslRequester {
  handshake(version: number, body: ApiMessages['SaslHandshake']['requestInput']): Promise<ApiMessages['SaslHandshake']['response']>;
  authenticate(version: number, body: ApiMessages['SaslAuthenticate']['requestInput']): Promise<ApiMessages['SaslAuthenticate']['response']>;
}

const MECHANISM_NAMES = {
  plain: 'PLAIN',
  'scram-sha-256': 'SCRAM-SHA-256',
  'scram-sha-512': 'SCRAM-SHA-512',
  oauthbearer: 'OAUTHBEARER',
} as const;

export interface SaslOutcome {
  /** Broker-set session lifetime (KIP-368); 0 when the broker does not expire sessions. */
  sessionLifetimeMs: number;
}

/**
 * SaslHandshake v1, then the mechanism's tokens wrapped in SaslAuthenticate. Handshake v0 (raw
 * tokens outside Kafka framing) predates Kafka 1.0 and is not supported: every broker from 2.1
 * speaks v1.
 */
export async function authenticateSasl(
  requester: SaslRequester,
  versions: BrokerVersions,
  options: SaslOptions,
  where: BrokerLocation,
): Promise<SaslOutcome> {
  const mechanism = MECHANISM_NAMES[options.mechanism];
  if (!versions.supports('SaslHandshake', 1)) {
    throw new KafkaAuthenticationError(
      'the broker does not support SaslHandshake v1 (Kafka 1.0+); is this listener configured for SASL?',
      mechanism,
      where,
      null,
      'ILLEGAL_SASL_STATE',
    );
  }
  const handshake = await requester.handshake(1, { mechanism });
  if (handshake.errorCode !== 0) {
    const offered = handshake.mechanisms.length > 0 ? handshake.mechanisms.join(', ') : 'none';
    const problem =
      handshake.errorCode === ErrorCode.UNSUPPORTED_SASL_MECHANISM
        ? `the broker does not enable ${mechanism}; it offers: ${offered}`
        : `${errorInfo(handshake.errorCode).name} in SaslHandshake: ${errorInfo(handshake.errorCode).meaning}`;
    throw new KafkaAuthenticationError(problem, mechanism, where, null, errorInfo(handshake.errorCode).name);
  }
  const authVersion = versions.pick('SaslAuthenticate');
  let sessionLifetimeMs = 0;
  const step: SaslStep = async (token) => {
    const response = await requester.authenticate(authVersion, { authBytes: token });
    if (response.errorCode !== 0) {
      const info = errorInfo(response.errorCode);
      const problem =
        response.errorCode === ErrorCode.SASL_AUTHENTICATION_FAILED
          ? 'the broker rejected the credentials; check sasl.username and sasl.password (or the token)'
          : `${info.name}: ${info.meaning}`;
      throw new KafkaAuthenticationError(problem, mechanism, where, response.errorMessage, info.name);
    }
    sessionLifetimeMs = Number(response.sessionLifetimeMs);
    return Buffer.from(response.authBytes.buffer, response.authBytes.byteOffset, response.authBytes.byteLength);
  };
  try {
    switch (options.mechanism) {
      case 'plain':
        await plain(step, options.username, options.password);
        break;
      case 'scram-sha-256':
        await scram(step, 'sha256', options.username, options.password);
        break;
      case 'scram-sha-512':
        await scram(step, 'sha512', options.username, options.password);
        break;
      case 'oauthbearer':
        await oauthbearer(step, options.token);
        break;
    }
  } catch (error) {
    if (error instanceof SaslMechanismError) throw new KafkaAuthenticationError(error.message, mechanism, where);
    throw error;
  }
  return { sessionLifetimeMs };
}
