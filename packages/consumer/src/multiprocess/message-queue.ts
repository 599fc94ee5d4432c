import { ChangeSignal } from '../change-signal.js';
import type { Clock } from '../clock.js';
import { type UnpackedMessage, type WireBatch, WireBatchReader } from './wire-batch.js';

type Entry<V> = { kind: 'batch'; worker: number; reader: WireBatchReader<V>; count: number } | { kind: 'reset'; partition: number; offset: number };

export interface TakeHooks {
  /** A worker reset a partition's position (autoOffsetReset) before the messages that follow. */
  onReset(partition: number, offset: number): void;
  /** Every message of one of `worker`'s batches has been taken: give the worker that much room. */
  onBatchTaken(worker: number, count: number): void;
}

/**
 * The parent's queue of what the workers sent, in arrival order. It holds whole batches and
 * hands out messages one at a time; its size is bounded by the workers, which send only as much
 * as the room the parent gave back (`onBatchTaken`).
 */
export class MessageQueue<V> {
  private entries: Entry<V>[] = [];
  private head = 0;
  private queued = 0;
  private readonly changes: ChangeSignal;

  constructor(clock: Clock) {
    this.changes = new ChangeSignal(clock);
  }

  /** Messages waiting to be taken. */
  get size(): number {
    return this.queued;
  }

  pushBatch(worker: number, batch: WireBatch): void {
    if (batch.count === 0) return;
    this.entries.push({ kind: 'batch', worker, reader: new WireBatchReader<V>(batch), count: batch.count });
    this.queued += batch.count;
    this.changes.notify();
  }

  pushReset(partition: number, offset: number): void {
    this.entries.push({ kind: 'reset', partition, offset });
    this.changes.notify();
  }

  /** Moves up to `max` messages into `into`, in order. */
  takeInto(into: UnpackedMessage<V>[], max: number, hooks: TakeHooks): void {
    let wanted = max;
    while (this.head < this.entries.length) {
      const entry = this.entries[this.head] as Entry<V>;
      if (entry.kind === 'reset') {
        hooks.onReset(entry.partition, entry.offset);
        this.advance();
        continue;
      }
      while (wanted > 0 && entry.reader.remaining > 0) {
        into.push(entry.reader.next());
        this.queued--;
        wanted--;
      }
      if (entry.reader.remaining > 0) return;
      this.advance();
      hooks.onBatchTaken(entry.worker, entry.count);
    }
  }

  /** Drops everything (stop, or a failed consumer), waking waiters so they see why. */
  clear(): void {
    this.entries = [];
    this.head = 0;
    this.queued = 0;
    this.changes.notify();
  }

  /** Resolves at the next push or clear(), at `deadline` (clock time), or when `signal` fires. */
  changed(deadline: number | null, signal: AbortSignal | undefined): Promise<void> {
    return this.changes.wait(deadline, signal);
  }

  private advance(): void {
    this.head++;
    // Compact now and then, so a long-running consumer does not keep every entry ever queued.
    if (this.head >= 64 && this.head * 2 >= this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}
