import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureClassArchive } from './cds.js';
import { trackDir, untrackDir } from './cleanup.js';
import { randomClusterId } from './cluster-id.js';
import { type NodePorts, renderNodeConfig, type SaslMechanism, type SaslUser, scramFormatArgs } from './config.js';
import { formatStorage } from './format.js';
import { ensureKafkaJars } from './jars.js';
import { javaInfo } from './java.js';
import { BrokerNode } from './node.js';
import { freePorts, LOOPBACK } from './ports.js';
import { type BrokerCertificate, brokerKeystore, makeBrokerCertificate } from './tls.js';
import type { KafkaLine } from './versions.js';

export type { KafkaLine } from './versions.js';
export type { NodePorts, SaslMechanism, SaslUser } from './config.js';

export interface StartKafkaOptions {
  /** Release line: '4' (Kafka 4.4.0, the default) or '3.9' (3.9.2, still accepts pre-KIP-896 request versions). */
  version?: KafkaLine;
  /** Combined broker+controller nodes. 3 gives replication factor 3 and min ISR 2. Default 1. */
  nodes?: 1 | 3;
  /**
   * Adds a SASL_PLAINTEXT listener (and SASL_SSL with `tls`). `true`: user alice/alice-secret for
   * PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512. User names and passwords: letters, digits, `._~+-`.
   */
  sasl?: boolean | { users?: SaslUser[]; mechanisms?: SaslMechanism[] };
  /** Adds an SSL listener (and SASL_SSL with `sasl`) with a fresh self-signed certificate. */
  tls?: boolean;
  /** Extra broker settings for every node, e.g. { 'log.message.timestamp.after.max.ms': 86400000 }. */
  config?: Record<string, string | number | boolean>;
  /** Broker heap in MiB. Default 256. */
  heapMb?: number;
  /** Per start (also startNode). Default $KAFKALINE_KAFKA_START_TIMEOUT_MS or 120000. */
  startTimeoutMs?: number;
  /** Keep the work directory after stop() and after a failed start. Default: $KAFKALINE_KAFKA_KEEP === '1'. */
  keepWorkDir?: boolean;
}

export interface KafkaNode {
  readonly id: number;
  /** PLAINTEXT host:port. */
  readonly bootstrap: string;
  readonly ports: NodePorts;
  readonly running: boolean;
  readonly pid: number | undefined;
  readonly logFile: string;
}

export interface StopNodeOptions {
  /** SIGTERM (default): controlled shutdown, leaders move at once. SIGKILL: a crash, fenced after 6 s. */
  signal?: 'SIGTERM' | 'SIGKILL';
  /** SIGKILL after this long. Default 30000. */
  timeoutMs?: number;
}

export interface KafkaCluster {
  /** Exact Kafka release, e.g. '4.4.0'. */
  readonly version: string;
  readonly line: KafkaLine;
  readonly clusterId: string;
  /** Configs, data and logs: nodeN/{server.properties,server.log,format.log,data/}, tls/. */
  readonly workDir: string;
  /** PLAINTEXT listeners, one host:port per node (also the inter-broker listener). */
  readonly bootstrap: string[];
  readonly nodes: readonly KafkaNode[];
  /** With `sasl`: the SASL_PLAINTEXT listeners and the users (the first one also as username/password). */
  readonly sasl?: {
    readonly bootstrap: string[];
    readonly mechanisms: readonly SaslMechanism[];
    readonly users: readonly SaslUser[];
    readonly username: string;
    readonly password: string;
  };
  /** With `tls`: the SSL listeners and the certificate to trust (hostname 127.0.0.1 or localhost). */
  readonly tls?: { readonly bootstrap: string[]; readonly ca: string; readonly caFile: string };
  /** With both `sasl` and `tls`: the SASL_SSL listeners (same users, same certificate). */
  readonly saslTls?: { readonly bootstrap: string[] };
  /** Stops one node; its storage stays, so startNode brings it back with its data. */
  stopNode(id: number, options?: StopNodeOptions): Promise<void>;
  /** Starts a stopped node again and waits until it serves. */
  startNode(id: number): Promise<void>;
  /** The last lines of a node's log. */
  logTail(id: number, lines?: number): string;
  /** Kills every node (SIGKILL: the data is thrown away) and deletes the work directory. Idempotent. */
  stop(): Promise<void>;
}

const DEFAULT_USERS: SaslUser[] = [{ username: 'alice', password: 'alice-secret' }];
const ALL_MECHANISMS: SaslMechanism[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];
const SAFE = /^[A-Za-z0-9._~+-]+$/;

function saslSettings(option: StartKafkaOptions['sasl']): { mechanisms: SaslMechanism[]; users: SaslUser[] } | undefined {
  if (!option) return undefined;
  const settings = option === true ? {} : option;
  const users = settings.users?.length ? settings.users : DEFAULT_USERS;
  const mechanisms = settings.mechanisms?.length ? settings.mechanisms : ALL_MECHANISMS;
  for (const m of mechanisms) {
    if (!ALL_MECHANISMS.includes(m)) throw new Error(`real-kafka: sasl.mechanisms: unknown mechanism '${m}' (${ALL_MECHANISMS.join(', ')})`);
  }
  for (const u of users) {
    if (!SAFE.test(u.username) || !SAFE.test(u.password)) {
      throw new Error(`real-kafka: sasl.users: user '${u.username}': names and passwords may use only letters, digits and ._~+-`);
    }
  }
  return { mechanisms: [...mechanisms], users: users.map((u) => ({ ...u })) };
}

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Starts a real Apache Kafka cluster (KRaft, no ZooKeeper) on 127.0.0.1 in a fresh temporary
 * directory, from jars resolved with Maven on first use (see ensureKafkaJars), and resolves once
 * every node serves. Needs Java 17+ (and Maven the first time). Always call stop(); JVMs left
 * running when this process exits are killed anyway.
 */
export async function startKafka(options: StartKafkaOptions = {}): Promise<KafkaCluster> {
  const line = options.version ?? '4';
  const nodeCount = options.nodes ?? 1;
  if (nodeCount !== 1 && nodeCount !== 3) throw new Error(`real-kafka: nodes must be 1 or 3, not ${String(nodeCount)}`);
  const sasl = saslSettings(options.sasl);
  const tls = options.tls === true;
  const heapMb = options.heapMb ?? 256;
  const timeoutMs = options.startTimeoutMs ?? envNumber('KAFKALINE_KAFKA_START_TIMEOUT_MS') ?? 120_000;
  const keep = options.keepWorkDir ?? process.env.KAFKALINE_KAFKA_KEEP === '1';

  await javaInfo();
  const jars = await ensureKafkaJars(line);
  const classArchive = await ensureClassArchive(jars);

  const workDir = mkdtempSync(join(tmpdir(), 'kafkaline-kafka-'));
  if (!keep) trackDir(workDir);
  const nodes: BrokerNode[] = [];
  const removeWorkDir = () => {
    if (keep) return;
    rmSync(workDir, { recursive: true, force: true });
    untrackDir(workDir);
  };

  try {
    const perNode = 2 + (sasl ? 1 : 0) + (tls ? 1 : 0) + (sasl && tls ? 1 : 0);
    const ports = await freePorts(nodeCount * perNode);
    const take = () => ports.shift() as number;
    for (let id = 1; id <= nodeCount; id++) {
      const nodePorts: NodePorts = { plaintext: take(), controller: take() };
      if (sasl) nodePorts.sasl = take();
      if (tls) nodePorts.ssl = take();
      if (sasl && tls) nodePorts.saslSsl = take();
      nodes.push(new BrokerNode({ id, dir: join(workDir, `node${id}`), ports: nodePorts, jars, heapMb, classArchive, workDir }));
    }

    const tlsDir = join(workDir, 'tls');
    const certificate: Promise<BrokerCertificate | undefined> = tls ? makeBrokerCertificate(tlsDir) : Promise.resolve(undefined);
    const clusterId = randomClusterId();
    const voters = nodes.map((n) => ({ nodeId: n.id, controllerPort: n.ports.controller }));
    const formats = nodes.map(async (node) => {
      mkdirSync(node.dataDir, { recursive: true });
      const config = renderNodeConfig({
        nodeId: node.id,
        ports: node.ports,
        voters,
        dataDir: node.dataDir,
        clusterSize: nodeCount,
        sasl,
        tls: tls ? brokerKeystore(tlsDir) : undefined,
        overrides: options.config,
      });
      writeFileSync(node.configFile, config);
      await formatStorage({ jars, configFile: node.configFile, clusterId, extraArgs: scramFormatArgs(sasl), logFile: join(node.dir, 'format.log'), classArchive });
    });
    const [cert] = await Promise.all([certificate, ...formats]);

    await Promise.all(nodes.map((n) => n.start(timeoutMs)));

    const byId = (id: number): BrokerNode => {
      const node = nodes.find((n) => n.id === id);
      if (!node) throw new Error(`real-kafka: no node ${id}; nodes are ${nodes.map((n) => n.id).join(', ')}`);
      return node;
    };
    const addresses = (pick: (p: NodePorts) => number | undefined) =>
      nodes.map((n) => pick(n.ports)).filter((p): p is number => p !== undefined).map((p) => `${LOOPBACK}:${p}`);
    let stopped: Promise<void> | undefined;

    const cluster: KafkaCluster = {
      version: jars.version,
      line,
      clusterId,
      workDir,
      bootstrap: addresses((p) => p.plaintext),
      nodes,
      sasl: sasl && {
        bootstrap: addresses((p) => p.sasl),
        mechanisms: sasl.mechanisms,
        users: sasl.users,
        username: sasl.users[0]!.username,
        password: sasl.users[0]!.password,
      },
      tls: cert && { bootstrap: addresses((p) => p.ssl), ca: cert.ca, caFile: cert.caFile },
      saslTls: sasl && tls ? { bootstrap: addresses((p) => p.saslSsl) } : undefined,
      stopNode: (id, opts = {}) => byId(id).stop(opts.signal ?? 'SIGTERM', opts.timeoutMs ?? 30_000),
      startNode: (id) => byId(id).start(timeoutMs),
      logTail: (id, lines) => byId(id).logTail(lines),
      stop() {
        stopped ??= (async () => {
          await Promise.all(nodes.map((n) => n.stop('SIGKILL', 0)));
          removeWorkDir();
        })();
        return stopped;
      },
    };
    return cluster;
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop('SIGKILL', 0)));
    removeWorkDir();
    if (err instanceof Error) {
      err.message += keep ? `\n(work directory kept: ${workDir})` : '\n(set KAFKALINE_KAFKA_KEEP=1 to keep the work directory)';
    }
    throw err;
  }
}
