import type { Duplex } from 'node:stream';
import type { FetchSessionCache } from './fetch-sessions.js';

/** One broker of the fake cluster: its identity on the wire and whether it is up. */
export interface BrokerState {
  readonly id: number;
  readonly host: string;
  port: number;
  rack: string | null;
  up: boolean;
  /** Incremental fetch sessions live in one broker's memory: a restart forgets them. */
  readonly fetchSessions: FetchSessionCache;
  /** Open connections (TCP and in-process); destroyed when the broker stops. */
  readonly connections: Set<{ destroy(): void; readonly stream: Duplex }>;
}
