import { FetchEngine, type FetchedRecord, type NextOptions } from '../../src/fetch/engine.js';
import type { TestCluster } from './cluster.js';
import { drive } from './event-loop.js';

export type EngineOptions = ConstructorParameters<typeof FetchEngine>[0];

/** A fetch engine on the test cluster with SimpleConsumer's default limits, unless overridden. */
export function engineFor(t: TestCluster, overrides: Partial<EngineOptions> = {}): FetchEngine {
  return new FetchEngine({
    client: t.client,
    clock: t.clock,
    isolationLevel: 'read_uncommitted',
    initialFetchBytes: 4096,
    maxFetchBytes: 32768,
    fetchBytesOption: 'maxBufferSize',
    retryBackoffMs: 100,
    prefetch: { maxWaitMs: 100, minBytes: 1 },
    resetOffset: async () => 0,
    ...overrides,
  });
}

/** next() that waits for a record as long as it takes (no deadline). */
export const WAIT: NextOptions = { deadline: null, fetch: { maxWaitMs: 500, minBytes: 1 }, clampWaitToDeadline: false, round: 'any' };

/** The next `count` records, driving the manual clock. */
export async function take(t: TestCluster, engine: FetchEngine, count: number): Promise<FetchedRecord[]> {
  const out: FetchedRecord[] = [];
  for (let i = 0; i < count; i++) out.push((await drive(t.clock, engine.next(WAIT))) as FetchedRecord);
  return out;
}
