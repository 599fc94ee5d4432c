/**
 * Sends one SASL token to the broker (wrapped in SaslAuthenticate) and returns the broker's
 * token. Rejects with KafkaAuthenticationError when the broker reports an error.
 */
export type SaslStep = (token: Buffer) => Promise<Buffer>;

/** Thrown by a mechanism when the broker's answer is unacceptable (bad nonce, bad signature). */
export class SaslMechanismError extends Error {}
