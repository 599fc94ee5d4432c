import type { ApiMessages, ApiName } from '@kafkaline/protocol';
import { Connection, type ConnectionSettings, type Prepared, type RequestOptions } from './connection.js';
import { KafkaClientClosedError, KafkaConnectionError, KafkaNoBrokerAvailableError, KafkaRequestTimeoutError } from './errors.js';
import type { BrokerMetadata } from './metadata.js';
import type { BrokerAddress } from './options.js';
import type { BrokerVersions } from './versions.js';

/**
 * `data` carries fetches and offset lookups to partition leaders; `group` carries a group
 * coordinator's traffic; `control` carries Metadata and FindCoordinator. Separate sockets because
 * a broker serves one request per connection at a time: a heartbeat queued behind a long-polling
 * fetch would wait out the fetch's max wait (and enough of those miss the session timeout), and a
 * metadata refresh after a leader move would too, stalling every partition waiting for it.
 */
export type ConnectionPurpose = 'data' | 'group' | 'control';

type SharedSettings = Omit<ConnectionSettings, 'host' | 'port' | 'nodeId'>;

/** The client's connections: at most one per broker address and purpose, opened lazily. */
export class BrokerPool {
  private readonly connections = new Map<string, Connection>();
  private closed = false;

  constructor(
    private readonly shared: SharedSettings,
    private readonly bootstrap: readonly BrokerAddress[],
  ) {}

  get(broker: BrokerAddress & { nodeId?: number | null }, purpose: ConnectionPurpose = 'data'): Connection {
    if (this.closed) throw new KafkaClientClosedError(`Connecting to ${broker.host}:${broker.port}`);
    const key = `${purpose}|${broker.host}:${broker.port}`;
    let connection = this.connections.get(key);
    if (connection === undefined) {
      connection = new Connection({ ...this.shared, host: broker.host, port: broker.port, nodeId: broker.nodeId ?? null });
      this.connections.set(key, connection);
    } else if (broker.nodeId !== undefined && broker.nodeId !== null) {
      connection.nodeId = broker.nodeId;
    }
    return connection;
  }

  /** Names connections opened by address (bootstrap) with the node ids metadata gives them. */
  label(brokers: Iterable<BrokerAddress & { nodeId: number }>): void {
    const ids = new Map<string, number>();
    for (const b of brokers) ids.set(`${b.host}:${b.port}`, b.nodeId);
    for (const connection of this.connections.values()) {
      const id = ids.get(`${connection.host}:${connection.port}`);
      if (id !== undefined) connection.nodeId = id;
    }
  }

  /**
   * Sends a request that any broker can answer (Metadata, FindCoordinator) on a control
   * connection. Tries connections that are up first (least loaded first), then the other known
   * brokers, then the bootstrap list, moving on when a broker cannot be reached; brokers in
   * reconnect backoff come last.
   */
  async requestAny<N extends ApiName>(
    name: N,
    known: Iterable<BrokerMetadata>,
    prepare: (versions: BrokerVersions) => Prepared<N>,
    options: RequestOptions = {},
  ): Promise<{ version: number; body: ApiMessages[N]['response']; connection: Connection }> {
    const candidates = this.candidates(known);
    const attempts: Array<{ address: string; error: unknown }> = [];
    for (const connection of candidates) {
      try {
        const { version, body } = await connection.request(name, prepare, options);
        return { version, body, connection };
      } catch (error) {
        if (error instanceof KafkaConnectionError || error instanceof KafkaRequestTimeoutError) {
          attempts.push({ address: `${connection.host}:${connection.port}`, error });
          continue;
        }
        throw error;
      }
    }
    throw new KafkaNoBrokerAvailableError(attempts);
  }

  private candidates(known: Iterable<BrokerMetadata>): Connection[] {
    const byAddress = new Map<string, Connection>();
    for (const broker of known) byAddress.set(`${broker.host}:${broker.port}`, this.get(broker, 'control'));
    for (const address of this.bootstrap) {
      const key = `${address.host}:${address.port}`;
      if (!byAddress.has(key)) byAddress.set(key, this.get(address, 'control'));
    }
    const rank = (c: Connection) => (c.isReady ? 0 : c.isBackingOff ? 2 : 1);
    return [...byAddress.values()].sort((a, b) => rank(a) - rank(b) || a.load - b.load);
  }

  close(): void {
    this.closed = true;
    for (const connection of this.connections.values()) connection.close();
  }
}
