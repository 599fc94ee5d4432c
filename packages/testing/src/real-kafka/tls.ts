import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jdkTool } from './java.js';
import { run, tail } from './run.js';

export interface BrokerCertificate {
  /** PKCS12 key store of the brokers. */
  keystore: string;
  /** Password of the key store and its key. */
  password: string;
  /** The self-signed certificate, PEM: what a client trusts (Node: tls `ca`). */
  ca: string;
  /** The same PEM, as a file. */
  caFile: string;
}

// keytool is a JVM too: start it the quick way.
const KEYTOOL_JVM = ['-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC', '-J-XX:-UsePerfData'];

async function keytool(args: string[]): Promise<void> {
  const result = await run(jdkTool('keytool'), [...args, ...KEYTOOL_JVM]);
  if (result.code !== 0) throw new Error(`real-kafka: keytool ${args[0]} failed (exit ${result.code}):\n${tail(result.output)}`);
}

/** Where makeBrokerCertificate puts the key store, and its password (known before it exists). */
export function brokerKeystore(dir: string): { keystore: string; password: string } {
  return { keystore: join(dir, 'broker.p12'), password: 'kafkaline-test' };
}

/**
 * Makes a fresh self-signed certificate (EC P-256: quicker to generate than RSA) for CN=localhost
 * with SAN DNS:localhost and IP:127.0.0.1 in `dir` (created if needed), so clients can keep
 * hostname verification on.
 */
export async function makeBrokerCertificate(dir: string): Promise<BrokerCertificate> {
  mkdirSync(dir, { recursive: true });
  const { keystore, password } = brokerKeystore(dir);
  const caFile = join(dir, 'ca.pem');
  await keytool([
    '-genkeypair', '-alias', 'broker', '-keyalg', 'EC', '-groupname', 'secp256r1', '-validity', '30',
    '-dname', 'CN=localhost', '-ext', 'SAN=DNS:localhost,IP:127.0.0.1',
    '-keystore', keystore, '-storetype', 'PKCS12', '-storepass', password, '-keypass', password,
  ]);
  await keytool(['-exportcert', '-rfc', '-alias', 'broker', '-keystore', keystore, '-storepass', password, '-file', caFile]);
  return { keystore, password, ca: readFileSync(caFile, 'utf8'), caFile };
}
