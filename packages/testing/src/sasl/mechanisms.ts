import { createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import type { SeededRandom } from '../random.js';

export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
export const SASL_MECHANISMS: readonly SaslMechanism[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

/** The cluster's SASL set-up: enabled mechanisms and username → password. */
export interface SaslUsers {
  mechanisms: SaslMechanism[];
  users: Map<string, string>;
}

/** One step of an exchange: the token to send back, and whether the client is now authenticated. */
export type SaslStep = { ok: true; response: Uint8Array; complete: boolean } | { ok: false; message: string };

/** The server side of one SASL exchange on one connection. */
export interface SaslExchange {
  readonly mechanism: SaslMechanism;
  step(token: Uint8Array): SaslStep;
  /** The authenticated user once complete. */
  readonly principal: string | null;
}

const EMPTY = new Uint8Array(0);
const SCRAM_ITERATIONS = 4096;

export function startExchange(mechanism: SaslMechanism, users: SaslUsers, random: SeededRandom): SaslExchange {
  return mechanism === 'PLAIN' ? new PlainExchange(users) : new ScramExchange(mechanism, users, random);
}

/** PLAIN (RFC 4616): one token `authzid NUL username NUL password`. */
class PlainExchange implements SaslExchange {
  readonly mechanism = 'PLAIN';
  principal: string | null = null;

  constructor(private readonly users: SaslUsers) {}

  step(token: Uint8Array): SaslStep {
    const parts = Buffer.from(token).toString('utf8').split('\u0000');
    if (parts.length !== 3) return { ok: false, message: 'Invalid SASL/PLAIN response: expected 3 tokens, got ' + parts.length };
    const [authzid, username, password] = parts as [string, string, string];
    if (authzid !== '' && authzid !== username) return { ok: false, message: 'Authentication failed: Client requested an authorization id that is different from username' };
    if (this.users.users.get(username) !== password || username === '') {
      return { ok: false, message: 'Authentication failed: Invalid username or password' };
    }
    this.principal = username;
    return { ok: true, response: EMPTY, complete: true };
  }
}

/** SCRAM-SHA-256 / -512 (RFC 5802, RFC 7677): client-first, server-first, client-final, server-final. */
class ScramExchange implements SaslExchange {
  principal: string | null = null;
  private stage: 'first' | 'final' | 'done' = 'first';
  private clientFirstBare = '';
  private serverFirst = '';
  private nonce = '';
  private gs2Header = '';
  private username = '';
  private readonly hash: 'sha256' | 'sha512';

  constructor(
    readonly mechanism: SaslMechanism,
    private readonly users: SaslUsers,
    private readonly random: SeededRandom,
  ) {
    this.hash = mechanism === 'SCRAM-SHA-512' ? 'sha512' : 'sha256';
  }

  private saltFor(username: string): Buffer {
    // A stable per-user salt, so a seeded cluster answers byte-identically.
    return createHash('sha256').update(`kafkaline-fake-salt:${username}`).digest().subarray(0, 16);
  }

  step(token: Uint8Array): SaslStep {
    const text = Buffer.from(token).toString('utf8');
    const invalid = (why: string): SaslStep => ({ ok: false, message: `Authentication failed during authentication due to invalid credentials with SASL mechanism ${this.mechanism}: ${why}` });
    if (this.stage === 'first') {
      const match = /^([ny]),(?:a=[^,]*)?,(.*)$/.exec(text);
      if (!match) return invalid('malformed client-first message');
      this.gs2Header = text.slice(0, text.length - (match[2] as string).length);
      this.clientFirstBare = match[2] as string;
      const attrs = parseAttributes(this.clientFirstBare);
      const name = attrs.get('n');
      const clientNonce = attrs.get('r');
      if (name === undefined || clientNonce === undefined || clientNonce === '') return invalid('client-first message lacks n= or r=');
      this.username = name.replace(/=2C/g, ',').replace(/=3D/g, '=');
      this.nonce = clientNonce + this.random.bytes(18).toString('base64url');
      const salt = this.saltFor(this.username);
      this.serverFirst = `r=${this.nonce},s=${salt.toString('base64')},i=${SCRAM_ITERATIONS}`;
      this.stage = 'final';
      return { ok: true, response: Buffer.from(this.serverFirst), complete: false };
    }
    if (this.stage !== 'final') return invalid('unexpected message after the exchange completed');
    this.stage = 'done';
    const proofAt = text.lastIndexOf(',p=');
    if (proofAt < 0) return invalid('client-final message lacks p=');
    const withoutProof = text.slice(0, proofAt);
    const attrs = parseAttributes(text);
    if (attrs.get('r') !== this.nonce) return invalid('nonce mismatch');
    if (attrs.get('c') !== Buffer.from(this.gs2Header).toString('base64')) return invalid('channel binding mismatch');
    const password = this.users.users.get(this.username);
    if (password === undefined) return invalid('unknown user');
    const salted = pbkdf2Sync(password, this.saltFor(this.username), SCRAM_ITERATIONS, this.hash === 'sha256' ? 32 : 64, this.hash);
    const clientKey = createHmac(this.hash, salted).update('Client Key').digest();
    const storedKey = createHash(this.hash).update(clientKey).digest();
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const clientSignature = createHmac(this.hash, storedKey).update(authMessage).digest();
    const proof = Buffer.from(attrs.get('p') ?? '', 'base64');
    if (proof.length !== clientKey.length) return invalid('invalid proof');
    const recoveredKey = Buffer.alloc(proof.length);
    for (let i = 0; i < proof.length; i++) recoveredKey[i] = (proof[i] as number) ^ (clientSignature[i] as number);
    if (!timingSafeEqual(createHash(this.hash).update(recoveredKey).digest(), storedKey)) return invalid('invalid password');
    const serverKey = createHmac(this.hash, salted).update('Server Key').digest();
    const serverSignature = createHmac(this.hash, serverKey).update(authMessage).digest('base64');
    this.principal = this.username;
    return { ok: true, response: Buffer.from(`v=${serverSignature}`), complete: true };
  }
}

function parseAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}
