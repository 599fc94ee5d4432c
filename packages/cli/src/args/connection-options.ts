import { readFileSync } from 'node:fs';
import type { OptionSpecs, OptionValues } from '../commands/command.js';
import { CliUsageError } from '../errors.js';
import { parseBrokerList, parseChoice, parseDurationMs } from './values.js';

/** Flags every command that talks to a cluster takes. */
export const CONNECTION_OPTIONS: OptionSpecs = {
  brokers: { type: 'string', short: 'b', valueName: 'HOST:PORT,...', description: 'bootstrap brokers (default: $KAFKALINE_BROKERS, else localhost:9092)' },
  tls: { type: 'boolean', description: 'connect with TLS, verifying the broker certificate against the system CAs' },
  'tls-ca': { type: 'string', valueName: 'FILE', description: 'PEM file of the CA to trust instead (implies --tls)' },
  'tls-insecure': { type: 'boolean', description: 'do not verify the broker certificate (implies --tls; testing only)' },
  'sasl-mechanism': { type: 'string', valueName: 'NAME', description: 'PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' },
  'sasl-username': { type: 'string', valueName: 'USER', description: 'SASL user name' },
  'sasl-password': { type: 'string', valueName: 'PASSWORD', description: 'SASL password (better: $KAFKALINE_SASL_PASSWORD, which ps cannot show)' },
  'client-id': { type: 'string', valueName: 'ID', description: "client id sent to the brokers (default 'kafkaline-cli')" },
  timeout: { type: 'string', valueName: 'DURATION', description: 'how long to wait for the cluster, e.g. 5s or 500ms (default 30s)' },
};

/** Flags of every command. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  debug: { type: 'boolean', description: 'print stack traces and the client log on stderr' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

export const DEFAULT_BROKERS = 'localhost:9092';
export const DEFAULT_CLIENT_ID = 'kafkaline-cli';
export const DEFAULT_TIMEOUT_MS = 30_000;
// The client's own default, kept when --timeout is longer: a connect that takes 10 s is dead.
const MAX_CONNECT_TIMEOUT_MS = 10_000;

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;
export type SaslMechanismName = (typeof SASL_MECHANISMS)[number];

export interface TlsSettings {
  ca?: string;
  rejectUnauthorized: boolean;
}

/** What the connection flags say, checked: the KafkaClient options and the CLI's deadline. */
export interface ConnectionSettings {
  brokers: string[];
  clientId: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  tls: TlsSettings | null;
  sasl: { mechanism: SaslMechanismName; username: string; password: string } | null;
}

function stringValue(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function tlsSettings(values: OptionValues): TlsSettings | null {
  const caFile = stringValue(values, 'tls-ca');
  const insecure = values['tls-insecure'] === true;
  if (values['tls'] !== true && caFile === undefined && !insecure) return null;
  if (caFile === undefined) return { rejectUnauthorized: !insecure };
  let ca: string;
  try {
    ca = readFileSync(caFile, 'utf8');
  } catch (error) {
    throw new CliUsageError(`--tls-ca: cannot read '${caFile}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return { ca, rejectUnauthorized: !insecure };
}

function saslSettings(values: OptionValues, env: Readonly<Record<string, string | undefined>>): ConnectionSettings['sasl'] {
  const mechanismText = stringValue(values, 'sasl-mechanism');
  const username = stringValue(values, 'sasl-username');
  const password = stringValue(values, 'sasl-password') ?? env['KAFKALINE_SASL_PASSWORD'];
  if (mechanismText === undefined) {
    if (username !== undefined || stringValue(values, 'sasl-password') !== undefined) {
      throw new CliUsageError('--sasl-username and --sasl-password need --sasl-mechanism (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)');
    }
    return null;
  }
  const mechanism = parseChoice('--sasl-mechanism', mechanismText, SASL_MECHANISMS);
  if (username === undefined || username === '') throw new CliUsageError(`--sasl-mechanism ${mechanismText} needs --sasl-username`);
  if (password === undefined) throw new CliUsageError(`--sasl-mechanism ${mechanismText} needs a password: set $KAFKALINE_SASL_PASSWORD or pass --sasl-password`);
  return { mechanism, username, password };
}

/** Reads and checks the connection flags (and their environment variables). */
export function connectionSettings(values: OptionValues, env: Readonly<Record<string, string | undefined>>): ConnectionSettings {
  const brokersText = stringValue(values, 'brokers') ?? env['KAFKALINE_BROKERS'] ?? DEFAULT_BROKERS;
  const timeoutText = stringValue(values, 'timeout');
  const timeoutMs = timeoutText === undefined ? DEFAULT_TIMEOUT_MS : parseDurationMs('--timeout', timeoutText);
  const clientId = stringValue(values, 'client-id') ?? DEFAULT_CLIENT_ID;
  if (clientId === '') throw new CliUsageError('--client-id must not be empty');
  return {
    brokers: parseBrokerList(values['brokers'] === undefined && env['KAFKALINE_BROKERS'] !== undefined ? '$KAFKALINE_BROKERS' : '--brokers', brokersText),
    clientId,
    timeoutMs,
    connectTimeoutMs: Math.min(timeoutMs, MAX_CONNECT_TIMEOUT_MS),
    tls: tlsSettings(values),
    sasl: saslSettings(values, env),
  };
}
