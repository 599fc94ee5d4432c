import { ConsumerTimeout, KafkaConsumer, type KafkaMessage } from '@kafkaline/consumer';
import { partitionKey } from '@kafkaline/network';
import type { ConnectionSettings } from '../args/connection-options.js';
import type { StartPosition } from '../args/values.js';
import type { TailFormat } from '../commands/tail.js';
import { EXIT_OK } from '../errors.js';
import type { CliIo } from '../io.js';
import { RateMeter } from '../output/rate-meter.js';
import { formatRecord, recordSize } from '../output/record-text.js';
import { StatusLine } from '../output/status-line.js';
import { tailStatusText } from '../output/status-text.js';
import { ClusterSession } from './cluster-session.js';
import { nothingLeftToPrint } from './end-probe.js';
import { planTail, type TailPartition } from './tail-start.js';

export interface TailArguments {
  topic: string;
  from: StartPosition | null;
  partitions: number[] | null;
  group: string | null;
  format: TailFormat;
  key: boolean;
  headers: boolean;
  max: number | null;
  follow: boolean;
  connection: ConnectionSettings;
  debug: boolean;
}

/**
 * Without --follow, how long the consumer may stay quiet before tail checks whether anything is
 * left to print below the end offsets (the last offsets may be transaction markers, which are
 * never delivered, so waiting for them would never end).
 */
const QUIET_CHECK_MS = 1000;
const AUTO_COMMIT_INTERVAL_MS = 5000;

function isAbort(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ABORTED';
}

/** Tracks, per partition, the next offset to print and whether the end offset is reached. */
class Progress {
  /** By partitionKey, in plan order. */
  private readonly partitions = new Map<string, { topic: string; partition: number; next: number; end: number }>();
  private readonly remaining = new Set<string>();

  constructor(plan: readonly TailPartition[]) {
    for (const p of plan) {
      const key = partitionKey(p.topic, p.partition);
      this.partitions.set(key, { topic: p.topic, partition: p.partition, next: p.start, end: p.end });
      if (p.start < p.end) this.remaining.add(key);
    }
  }

  get finished(): boolean {
    return this.remaining.size === 0;
  }

  endOf(topic: string, partition: number): number {
    return this.partitions.get(partitionKey(topic, partition))?.end ?? Number.MAX_SAFE_INTEGER;
  }

  advance(topic: string, partition: number, offset: number): void {
    const key = partitionKey(topic, partition);
    const p = this.partitions.get(key);
    if (p === undefined) return;
    p.next = offset + 1;
    if (p.next >= p.end) this.remaining.delete(key);
  }

  unfinished(): Array<{ topic: string; partition: number; next: number; end: number }> {
    return [...this.partitions].filter(([key]) => this.remaining.has(key)).map(([, p]) => ({ ...p }));
  }

  finish(topic: string, partition: number): void {
    this.remaining.delete(partitionKey(topic, partition));
  }
}

function createConsumer(session: ClusterSession, plan: readonly TailPartition[], args: TailArguments): KafkaConsumer {
  return new KafkaConsumer(...plan.map((p) => ({ topic: p.topic, partition: p.partition, offset: p.start })), {
    client: session.client,
    clientId: args.connection.clientId,
    groupId: args.group,
    autoCommitEnable: args.group !== null,
    autoCommitIntervalMs: AUTO_COMMIT_INTERVAL_MS,
    // An offset that vanished under tail (retention) resumes at the oldest record still there.
    autoOffsetReset: 'smallest',
    consumerTimeoutMs: args.follow ? -1 : QUIET_CHECK_MS,
  });
}

/**
 * Prints records from the planned start offsets; stops at --max, at the end offsets without
 * --follow, or on Ctrl-C. With --group, every printed record is marked done and committed.
 */
export async function runTail(args: TailArguments, io: CliIo): Promise<number> {
  const session = new ClusterSession(args.connection, io, args.debug);
  const meter = new RateMeter(io.clock);
  const status = new StatusLine(io.stderr, io.clock, () => tailStatusText({ printed: meter.totalRecords, max: args.max, ...meter.rates() }));
  let consumer: KafkaConsumer | null = null;
  try {
    const plan = await session.within(`tail of topic '${args.topic}'`, () => planTail(session.client, args.topic, args.partitions, args.from, args.group));
    const progress = new Progress(plan);
    if (!args.follow && progress.finished) return EXIT_OK;
    consumer = createConsumer(session, plan, args);
    const ready = consumer;
    await session.within(`tail of topic '${args.topic}'`, () => ready.ready());
    status.start();
    let printed = 0;
    while (args.max === null || printed < args.max) {
      if (!args.follow && progress.finished) break;
      let message: KafkaMessage;
      try {
        message = await consumer.next({ signal: io.interrupt });
      } catch (error) {
        if (isAbort(error)) break;
        if (!(error instanceof ConsumerTimeout)) throw error;
        for (const p of progress.unfinished()) {
          if (await nothingLeftToPrint(session.client, p.topic, p.partition, p.next, p.end)) progress.finish(p.topic, p.partition);
        }
        continue;
      }
      if (!args.follow && message.offset >= progress.endOf(message.topic, message.partition)) {
        progress.finish(message.topic, message.partition);
        continue;
      }
      if (io.stdout.isTTY) status.clear();
      io.stdout.write(formatRecord(message, args));
      printed++;
      meter.add(1, recordSize(message));
      progress.advance(message.topic, message.partition, message.offset);
      if (args.group !== null) await consumer.taskDone(message);
    }
    if (args.group !== null) await session.within(`committing offsets of group '${args.group}'`, () => (consumer as KafkaConsumer).commit());
    return EXIT_OK;
  } finally {
    status.stop();
    await consumer?.close().catch(() => undefined);
    await session.close();
  }
}
