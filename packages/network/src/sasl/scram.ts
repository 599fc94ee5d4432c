import { createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { SaslMechanismError, type SaslStep } from './mechanism.js';

export type ScramAlgorithm = 'sha256' | 'sha512';

/** Kafka refuses SCRAM credentials under 4096 iterations; accepting fewer would let a forged server weaken the hash. */
const MIN_ITERATIONS = 4096;

function escapeUsername(username: string): string {
  return username.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

function parseAttributes(message: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq !== 1) throw new SaslMechanismError(`malformed SCRAM message from the broker: '${message}'`);
    attributes.set(part.slice(0, 1), part.slice(2));
  }
  return attributes;
}

function hmac(algorithm: ScramAlgorithm, key: Buffer, data: string | Buffer): Buffer {
  return createHmac(algorithm, key).update(data).digest();
}

function saltedPassword(algorithm: ScramAlgorithm, password: string, salt: Buffer, iterations: number): Promise<Buffer> {
  const length = algorithm === 'sha256' ? 32 : 64;
  return new Promise((resolve, reject) =>
    pbkdf2(Buffer.from(password, 'utf8'), salt, iterations, length, algorithm, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * SCRAM-SHA-256 / SCRAM-SHA-512 (RFC 5802, RFC 7677), as Kafka runs it: two round trips, no
 * channel binding. The server's final signature is verified, so a server that does not know
 * the password cannot pretend authentication succeeded.
 */
export async function scram(
  step: SaslStep,
  algorithm: ScramAlgorithm,
  username: string,
  password: string,
  nonce: string = randomBytes(24).toString('base64'),
): Promise<void> {
  const clientFirstBare = `n=${escapeUsername(username)},r=${nonce}`;
  const serverFirst = (await step(Buffer.from(`n,,${clientFirstBare}`, 'utf8'))).toString('utf8');
  const first = parseAttributes(serverFirst);
  const error = first.get('e');
  if (error !== undefined) throw new SaslMechanismError(`the broker refused the first SCRAM message: ${error}`);
  if (first.has('m')) throw new SaslMechanismError('the broker requires a SCRAM extension this client does not support');
  const serverNonce = first.get('r');
  const saltText = first.get('s');
  const iterations = Number(first.get('i'));
  if (serverNonce === undefined || saltText === undefined || !Number.isInteger(iterations)) {
    throw new SaslMechanismError(`the broker's first SCRAM message lacks a nonce, salt or iteration count: '${serverFirst}'`);
  }
  if (!serverNonce.startsWith(nonce) || serverNonce.length === nonce.length) {
    throw new SaslMechanismError("the broker's SCRAM nonce does not extend ours: possible replay or man in the middle");
  }
  if (iterations < MIN_ITERATIONS) {
    throw new SaslMechanismError(`the broker asked for ${iterations} SCRAM iterations, below the minimum of ${MIN_ITERATIONS}`);
  }
  const salted = await saltedPassword(algorithm, password, Buffer.from(saltText, 'base64'), iterations);
  const clientFinalWithoutProof = `c=biws,r=${serverNonce}`;
  const authMessage = `${clientFirstBare},${serverFirst},${clientFinalWithoutProof}`;
  const clientKey = hmac(algorithm, salted, 'Client Key');
  const storedKey = createHash(algorithm).update(clientKey).digest();
  const clientSignature = hmac(algorithm, storedKey, authMessage);
  const proof = Buffer.alloc(clientKey.length);
  for (let i = 0; i < proof.length; i++) proof[i] = (clientKey[i] as number) ^ (clientSignature[i] as number);
  const serverFinal = (await step(Buffer.from(`${clientFinalWithoutProof},p=${proof.toString('base64')}`, 'utf8'))).toString('utf8');
  const final = parseAttributes(serverFinal);
  const finalError = final.get('e');
  if (finalError !== undefined) throw new SaslMechanismError(`the broker refused the SCRAM proof: ${finalError}`);
  const verifier = Buffer.from(final.get('v') ?? '', 'base64');
  const expected = hmac(algorithm, hmac(algorithm, salted, 'Server Key'), authMessage);
  if (verifier.length !== expected.length || !timingSafeEqual(verifier, expected)) {
    throw new SaslMechanismError("the broker's SCRAM server signature is wrong: it does not know the password (possible man in the middle)");
  }
}
