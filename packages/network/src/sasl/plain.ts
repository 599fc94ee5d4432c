import type { SaslStep } from './mechanism.js';

/** SASL PLAIN (RFC 4616): one message, `authzid NUL username NUL password`, empty authzid. */
export async function plain(step: SaslStep, username: string, password: string): Promise<void> {
  await step(Buffer.from(`\u0000${username}\u0000${password}`, 'utf8'));
}
