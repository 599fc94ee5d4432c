import { partitionKey } from '@kafkaline/network';
import type { KafkaError } from '@kafkaline/protocol';

/** Fetched bytes of one partition, kept undecoded until the application reaches them. */
export interface FetchedChunk {
  records: Uint8Array;
  /** The offset that was asked for: records below it in the first batch are skipped. */
  fetchOffset: number;
  /** The per-partition byte limit of the request that brought these bytes. */
  requestedBytes: number;
  abortedTransactions: Array<{ producerId: number; firstOffset: number }> | null;
  highWatermark: number;
  lastStableOffset: number;
}

/** Everything the fetch engine tracks about one assigned partition. */
export interface PartitionState {
  readonly topic: string;
  readonly partition: number;
  readonly key: string;
  /** The next offset to ask the broker for. */
  position: number;
  /** Per-partition byte limit of the next fetch; grows when a batch does not fit. */
  fetchBytes: number;
  /** Bumped whenever the position is moved from outside, so late responses are dropped. */
  epoch: number;
  inFlight: boolean;
  /** An OFFSET_OUT_OF_RANGE reset (ListOffsets) is under way. */
  resetting: boolean;
  chunk: FetchedChunk | null;
  /** An error waiting in the ready queue for the application. */
  error: KafkaError | null;
  /** No fetch before this time (backoff after a retriable error). */
  retryAt: number;
  consecutiveUnknownTopicErrors: number;
  /** Node that answered the last fetch: its next fetch waits until the application reaches this chunk. */
  leader: number | null;
  removed: boolean;
  highWatermark: number | null;
  lastStableOffset: number | null;
  logStartOffset: number | null;
}

export function newPartitionState(topic: string, partition: number, position: number, fetchBytes: number): PartitionState {
  return {
    topic,
    partition,
    key: partitionKey(topic, partition),
    position,
    fetchBytes,
    epoch: 0,
    inFlight: false,
    resetting: false,
    chunk: null,
    error: null,
    retryAt: 0,
    consecutiveUnknownTopicErrors: 0,
    leader: null,
    removed: false,
    highWatermark: null,
    lastStableOffset: null,
    logStartOffset: null,
  };
}

/** Whether the partition may be put in the next fetch request (leader permitting). */
export function isFetchable(p: PartitionState, now: number): boolean {
  return !p.removed && !p.inFlight && !p.resetting && p.chunk === null && p.error === null && p.retryAt <= now;
}
