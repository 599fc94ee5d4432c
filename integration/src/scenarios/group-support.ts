// What the group scenarios share: members that process a message, mark it done and commit in
// their rebalance listener (so a partition that moves is picked up where its last owner stopped),
// and the shared output every member writes into, which must hold each message exactly once.
import { type GroupMetadata, KafkaConsumer, type KafkaConsumerConfig, type KafkaMessage, type TopicPartition } from '@kafkaline/consumer';
import { SCENARIO_DEADLINE_MS, text } from './support.js';

/** One message as it reached the output, and who wrote it. */
export interface Delivered {
  member: string;
  partition: number;
  offset: number;
  value: string | null;
}

/** Every 2nd message a member "works" this long: enough to keep a backlog while the group rebalances. */
const WORK_EVERY = 2;
const WORK_MS = 2;

const RECENT_LOG_LINES = 15;
/** Debug lines worth keeping for a failure message: the group's own, and its coordinator's connection. */
const GROUP_DEBUG = /group|heartbeat|coordinator|connection/i;

/** How often a wait re-evaluates its condition besides after deliveries and assignments. */
const POLL_MS = 50;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The output of a group's members, and waits on it (each bounded by the scenario deadline). */
export class GroupOutput {
  readonly delivered: Delivered[] = [];
  private readonly distinct = new Set<string>();
  private readonly waiters: Array<{ ready: () => boolean; resolve: () => void }> = [];
  private failure: unknown = null;
  private failWaiters: Array<(error: unknown) => void> = [];

  deliver(entry: Delivered): void {
    this.delivered.push(entry);
    this.distinct.add(`${entry.partition}/${entry.offset}`);
    this.check();
  }

  get distinctCount(): number {
    return this.distinct.size;
  }

  /** A member's loop failed: every wait fails with its error. */
  fail(error: unknown): void {
    this.failure ??= error;
    for (const reject of this.failWaiters) reject(error);
    this.failWaiters = [];
  }

  /** Re-evaluates the waits (after an assignment, which is not a delivery). */
  check(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i] as (typeof this.waiters)[number];
      if (waiter.ready()) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }

  /** Resolves once `ready()` holds (checked after each delivery and assignment). */
  until(what: string | (() => string), ready: () => boolean): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    if (ready()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${typeof what === 'string' ? what : what()} (${this.distinctCount} distinct messages in the output)`)), SCENARIO_DEADLINE_MS);
      // Group states change without a delivery or an assignment callback (a member turning stable): look again now and then.
      const poll = setInterval(() => this.check(), POLL_MS);
      const settle = () => {
        clearTimeout(timer);
        clearInterval(poll);
      };
      this.waiters.push({
        ready,
        resolve: () => {
          settle();
          resolve();
        },
      });
      this.failWaiters.push((error) => {
        settle();
        reject(error);
      });
    });
  }
}

/**
 * A subscribed KafkaConsumer run the way an application that wants each message once in its
 * output runs it: a message is processed only while its partition is owned and not being
 * revoked; onPartitionsRevoked waits for the message in hand, then commits what is done.
 */
export class GroupMember {
  readonly consumer: KafkaConsumer<Uint8Array | null>;
  delivered = 0;
  /** Messages processed per partition. */
  readonly deliveredFrom = new Map<number, number>();
  revocations = 0;
  lostPartitions = 0;
  failedCommits = 0;
  private readonly revoking = new Set<number>();
  private inHand: Promise<void> = Promise.resolve();
  private readonly stopping = new AbortController();
  private loop: Promise<void> = Promise.resolve();

  /** The member's last log lines at info level and above, for a failure message. */
  readonly recentLog: string[] = [];
  /** Its last debug lines about the group and its coordinator (heartbeats, lookups, connections). */
  readonly recentGroupDebug: string[] = [];

  constructor(
    readonly name: string,
    config: KafkaConsumerConfig<Uint8Array | null>,
    private readonly topic: string,
    private readonly output: GroupOutput,
  ) {
    this.consumer = new KafkaConsumer({
      logger: (level, message) => {
        const line = `${new Date().toISOString().slice(11, 23)} ${level} ${message}`;
        const lines = level !== 'debug' ? this.recentLog : GROUP_DEBUG.test(message) ? this.recentGroupDebug : null;
        if (lines === null) return;
        lines.push(line);
        if (lines.length > RECENT_LOG_LINES) lines.shift();
      },
      ...config,
    });
  }

  /** Where the member stands, for a failure message. */
  describe(): string {
    const meta = this.metadata();
    return `${this.name}: ${meta?.state ?? 'not subscribed'} generation/epoch ${meta?.generationId ?? '-'}, owns [${this.owned().join(',')}], delivered ${this.delivered}\n    ${this.recentLog.join('\n    ')}` +
      (this.recentGroupDebug.length > 0 ? `\n    last group debug lines:\n    ${this.recentGroupDebug.join('\n    ')}` : '');
  }

  start(): this {
    this.consumer.subscribe([this.topic], {
      onPartitionsRevoked: (partitions) => this.onRevoked(partitions),
      onPartitionsAssigned: (partitions) => {
        for (const { partition } of partitions) this.revoking.delete(partition);
        this.output.check();
      },
      onPartitionsLost: (partitions) => {
        this.lostPartitions += partitions.length;
        for (const { partition } of partitions) this.revoking.add(partition);
      },
    });
    this.loop = this.consume().catch((error: unknown) => {
      if (!this.stopping.signal.aborted) this.output.fail(error);
    });
    return this;
  }

  owned(): number[] {
    return this.consumer.assignedPartitions().map((tp) => tp.partition);
  }

  metadata(): GroupMetadata | null {
    return this.consumer.groupMetadata();
  }

  /** Stops taking messages, finishes the one in hand, then closes (commit, leave the group). */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    await this.inHand;
    await this.consumer.close();
  }

  private async consume(): Promise<void> {
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      let message: KafkaMessage<Uint8Array | null>;
      try {
        message = await this.consumer.next({ signal });
      } catch (error) {
        if (signal.aborted) return;
        throw error;
      }
      // Fetched before a revocation began: the next owner reads it from the committed offset.
      if (this.revoking.has(message.partition) || !this.owned().includes(message.partition)) continue;
      this.inHand = this.process(message);
      await this.inHand;
    }
  }

  private async process(message: KafkaMessage<Uint8Array | null>): Promise<void> {
    this.output.deliver({ member: this.name, partition: message.partition, offset: message.offset, value: text(message.value) });
    this.delivered++;
    this.deliveredFrom.set(message.partition, (this.deliveredFrom.get(message.partition) ?? 0) + 1);
    await this.consumer.taskDone(message);
    if (this.delivered % WORK_EVERY === 0) await delay(WORK_MS);
  }

  private async onRevoked(partitions: TopicPartition[]): Promise<void> {
    this.revocations++;
    for (const { partition } of partitions) this.revoking.add(partition);
    await this.inHand;
    // On close, KafkaConsumer.close() commits (commit() is refused once closing began).
    if (this.stopping.signal.aborted) return;
    try {
      await this.consumer.commit();
    } catch {
      // Counted: the consumer commits the done offsets once more right after this callback.
      this.failedCommits++;
    }
  }
}
