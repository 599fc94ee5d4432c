/** What the last response of a session told the client about a partition. */
export interface SessionPartition {
  topic: string;
  topicId: string;
  partition: number;
  fetchOffset: number;
  partitionMaxBytes: number;
  currentLeaderEpoch: number;
  lastFetchedEpoch: number;
  /** Last values sent, so an incremental response can leave out partitions with no news. */
  sentHighWatermark: number;
  sentLastStableOffset: number;
  sentLogStartOffset: number;
}

export interface FetchSession {
  readonly id: number;
  /** The epoch the next incremental request must carry. */
  nextEpoch: number;
  /** Partitions in the session, in the order they were added (`topic\0partition` keys). */
  readonly partitions: Map<string, SessionPartition>;
}

/** Kafka's max.incremental.fetch.session.cache.slots. */
const MAX_SESSIONS = 1000;

/**
 * A broker's incremental fetch session cache (KIP-227). A full fetch with epoch 0 opens a
 * session; incremental fetches then name only partitions whose fetch state changed, and get back
 * only partitions with news. The ids count up from 1 so seeded runs stay byte-identical.
 */
export class FetchSessionCache {
  private readonly sessions = new Map<number, FetchSession>();
  private nextId = 1;

  create(): FetchSession | null {
    if (this.sessions.size >= MAX_SESSIONS) return null;
    const session: FetchSession = { id: this.nextId++, nextEpoch: 1, partitions: new Map() };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: number): FetchSession | undefined {
    return this.sessions.get(id);
  }

  remove(id: number): void {
    this.sessions.delete(id);
  }

  clear(): void {
    this.sessions.clear();
  }
}
