import { SaslMechanismError, type SaslStep } from './mechanism.js';

/**
 * SASL OAUTHBEARER (RFC 7628) with the token from the user's provider. A broker that rejects the
 * token answers with a JSON error as a challenge; the client must then send a single 0x01 so the
 * broker can finish with its error code, whose message we report.
 */
export async function oauthbearer(step: SaslStep, token: () => Promise<string>): Promise<void> {
  let value: string;
  try {
    value = await token();
  } catch (error) {
    throw new SaslMechanismError(`the sasl.token provider failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'string' || value === '' || /[\u0000-\u0020\u007f]/.test(value)) {
    throw new SaslMechanismError('the sasl.token provider returned an empty or malformed token (expected a non-empty string without spaces or control characters)');
  }
  const answer = await step(Buffer.from(`n,,\u0001auth=Bearer ${value}\u0001\u0001`, 'utf8'));
  if (answer.length > 0) {
    const detail = answer.toString('utf8');
    await step(Buffer.from([1]));
    throw new SaslMechanismError(`the broker rejected the token: ${detail}`);
  }
}
