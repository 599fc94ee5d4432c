import { ErrorCode, KafkaError } from '@kafkaline/protocol';
import type { BrokerMetadata } from './metadata.js';
import type { Logger } from './options.js';
import { backoffMs, type RetrySettings } from './retry.js';
import type { Delays } from './timers.js';

export interface CoordinatorCacheSettings {
  delays: Delays;
  retry: RetrySettings;
  logger: Logger | null;
  /** One FindCoordinator round trip; throws KafkaBrokerError for an error code. */
  find: (groupId: string) => Promise<BrokerMetadata>;
}

/** Group coordinator errors after which the coordinator must be looked up again. */
export const COORDINATOR_MOVED: ReadonlySet<number> = new Set([ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE]);

/**
 * The group coordinator of each group, found with FindCoordinator through any broker and cached
 * until a request says it moved (NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE) or its connection is
 * lost. Concurrent lookups for one group share one request.
 */
export class CoordinatorCache {
  private readonly known = new Map<string, BrokerMetadata>();
  private readonly lookups = new Map<string, Promise<BrokerMetadata>>();

  constructor(private readonly settings: CoordinatorCacheSettings) {}

  get(groupId: string): Promise<BrokerMetadata> {
    const known = this.known.get(groupId);
    if (known) return Promise.resolve(known);
    let lookup = this.lookups.get(groupId);
    if (lookup === undefined) {
      lookup = this.lookup(groupId).finally(() => this.lookups.delete(groupId));
      this.lookups.set(groupId, lookup);
    }
    return lookup;
  }

  invalidate(groupId: string): void {
    if (this.known.delete(groupId)) this.settings.logger?.('debug', 'coordinator invalidated', { groupId });
  }

  /** Forgets every group whose coordinator is at this address (its connection was lost). */
  invalidateAddress(host: string, port: number): void {
    for (const [groupId, broker] of this.known) {
      if (broker.host === host && broker.port === port) this.invalidate(groupId);
    }
  }

  /**
   * Retries retriable failures (COORDINATOR_NOT_AVAILABLE while the offsets topic is created,
   * COORDINATOR_LOAD_IN_PROGRESS, lost connections) with backoff; fails fast on the rest, such as
   * GROUP_AUTHORIZATION_FAILED.
   */
  private async lookup(groupId: string): Promise<BrokerMetadata> {
    const { retry, delays } = this.settings;
    for (let attempt = 0; ; attempt++) {
      try {
        const coordinator = await this.settings.find(groupId);
        this.known.set(groupId, coordinator);
        return coordinator;
      } catch (error) {
        if (!(error instanceof KafkaError) || !error.retriable || attempt >= retry.retries) throw error;
        await delays.wait(backoffMs(attempt, retry));
      }
    }
  }
}
