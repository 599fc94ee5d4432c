import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths.js';
import { LOOPBACK } from './ports.js';

export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

export interface SaslUser {
  username: string;
  password: string;
}

/** Ports of one node. `sasl`, `ssl` and `saslSsl` exist when those listeners are on. */
export interface NodePorts {
  plaintext: number;
  controller: number;
  sasl?: number;
  ssl?: number;
  saslSsl?: number;
}

export interface NodeConfigInput {
  nodeId: number;
  ports: NodePorts;
  /** Every node's id and controller port (the static quorum). */
  voters: ReadonlyArray<{ nodeId: number; controllerPort: number }>;
  dataDir: string;
  clusterSize: number;
  sasl?: { mechanisms: readonly SaslMechanism[]; users: readonly SaslUser[] };
  tls?: { keystore: string; password: string };
  /** Extra broker settings, appended last (they win over the template). */
  overrides?: Readonly<Record<string, string | number | boolean>>;
}

/** Replaces every @NAME@ of a template; fails on a placeholder without a value. */
export function renderTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/@([A-Z_]+)@/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`real-kafka: no value for placeholder ${whole}`);
    return String(value);
  });
}

function template(name: string): string {
  return readFileSync(join(dataDir(), name), 'utf8');
}

/** The server.properties text of one node. */
export function renderNodeConfig(input: NodeConfigInput): string {
  const { ports } = input;
  const listeners: Array<[string, number]> = [['PLAINTEXT', ports.plaintext]];
  if (ports.sasl !== undefined) listeners.push(['SASL_PLAINTEXT', ports.sasl]);
  if (ports.ssl !== undefined) listeners.push(['SSL', ports.ssl]);
  if (ports.saslSsl !== undefined) listeners.push(['SASL_SSL', ports.saslSsl]);
  const advertised = listeners.map(([name, port]) => `${name}://${LOOPBACK}:${port}`).join(',');
  const three = input.clusterSize >= 3;
  let text = renderTemplate(template('server.properties'), {
    NODE_ID: input.nodeId,
    LISTENERS: `${advertised},CONTROLLER://${LOOPBACK}:${ports.controller}`,
    ADVERTISED_LISTENERS: advertised,
    VOTERS: input.voters.map((v) => `${v.nodeId}@${LOOPBACK}:${v.controllerPort}`).join(','),
    DATA_DIR: input.dataDir,
    PARTITIONS: three ? 3 : 1,
    REPLICATION_FACTOR: Math.min(3, input.clusterSize),
    MIN_ISR: three ? 2 : 1,
  });
  if (input.sasl) {
    const plainUsers = input.sasl.users.map((u) => `user_${u.username}="${u.password}"`).join(' ');
    for (const [name] of listeners) {
      if (!name.startsWith('SASL_')) continue;
      text += renderTemplate(template('sasl.properties'), {
        LISTENER: name.toLowerCase(),
        MECHANISMS: input.sasl.mechanisms.join(','),
        PLAIN_USERS: plainUsers,
      });
    }
  }
  if (input.tls) {
    text += renderTemplate(template('ssl.properties'), { KEYSTORE: input.tls.keystore, PASSWORD: input.tls.password });
  }
  const overrides = Object.entries(input.overrides ?? {});
  if (overrides.length > 0) {
    text += `\n# --- overrides from startKafka({ config })\n${overrides.map(([k, v]) => `${k}=${v}`).join('\n')}\n`;
  }
  return text;
}

/** StorageTool `--add-scram` arguments creating every user for every SCRAM mechanism. */
export function scramFormatArgs(sasl: NodeConfigInput['sasl']): string[] {
  if (!sasl) return [];
  const args: string[] = [];
  for (const mechanism of sasl.mechanisms) {
    if (!mechanism.startsWith('SCRAM-')) continue;
    for (const user of sasl.users) args.push('--add-scram', `${mechanism}=[name=${user.username},password=${user.password}]`);
  }
  return args;
}
