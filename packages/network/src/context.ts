import type { BrokerPool } from './broker-pool.js';
import type { CoordinatorCache } from './coordinators.js';
import type { MetadataCache } from './metadata.js';
import type { ResolvedOptions } from './options.js';
import type { Delays } from './timers.js';

/** What the request helpers need from the client: its settings, caches and connections. */
export interface ClientContext {
  readonly options: ResolvedOptions;
  readonly delays: Delays;
  readonly metadata: MetadataCache;
  readonly coordinators: CoordinatorCache;
  readonly pool: BrokerPool;
  /** Throws KafkaClientClosedError naming `what` once the client is closed. */
  throwIfClosed(what: string): void;
  /** Waits the retry backoff for retry number `attempt` (0-based). */
  backoff(attempt: number): Promise<void>;
}
