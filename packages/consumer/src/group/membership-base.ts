import type { KafkaClient } from '@kafkaline/network';
import { KafkaError } from '@kafkaline/protocol';
import type { Clock } from '../clock.js';
import { FencedInstanceIdError, GroupMembershipError, MaxPollIntervalExceededError } from './errors.js';
import type { CommitIdentity, GroupMembership, GroupMetadata, MembershipContext } from './membership.js';
import { calledFromRebalanceListener, PartitionOwnership } from './membership.js';
import { PollTracker } from './poll-tracker.js';
import { ChangeSignal } from '../change-signal.js';
import type { SubscriptionSpec } from './subscription.js';

export interface MembershipOptions extends MembershipContext {
  client: KafkaClient;
  clock: Clock;
  groupInstanceId: string | null;
  subscription: SubscriptionSpec;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  maxPollIntervalMs: number;
  /** Wait before retrying after a transient coordinator failure. */
  retryBackoffMs: number;
  /** How often a stable member looks at its topics' metadata (metadataMaxAgeMs). */
  metadataCheckIntervalMs: number;
}

/**
 * What both group protocols share: one loop that (re)joins whenever asked and otherwise sleeps;
 * a heartbeat tick on the consumer's clock that never waits for the application (it runs from
 * timers, not from next()); the poll interval check; fatal errors; and close().
 */
export abstract class MembershipBase implements GroupMembership {
  protected readonly ownership: PartitionOwnership;
  protected readonly poll: PollTracker;
  /** Backoff waits; cancelled (woken early) by close or a fatal error. */
  private readonly backoffs: ChangeSignal;
  /** Wakes the loop (a rejoin asked for, the poll interval ran out) and commits waiting for a fresh identity. */
  private readonly changed: ChangeSignal;
  protected state: GroupMetadata['state'] = 'joining';
  protected fatal: KafkaError | null = null;
  protected closing = false;
  protected subscription: SubscriptionSpec;
  private rejoinReason: string | null = 'initial join';
  private loop: Promise<void> = Promise.resolve();
  private tickHandle: unknown = null;
  private metadataHandle: unknown = null;
  private pollExpired = false;
  private pendingPollError: KafkaError | null = null;
  private firstDone = false;
  private readonly first: { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void };
  private closed: Promise<void> | null = null;
  private ticking = true;
  private identity = 0;

  constructor(protected readonly options: MembershipOptions) {
    this.ownership = new PartitionOwnership(options);
    this.poll = new PollTracker(options.clock, options.maxPollIntervalMs);
    this.backoffs = new ChangeSignal(options.clock);
    this.changed = new ChangeSignal(options.clock);
    this.subscription = options.subscription;
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined);
    this.first = { promise, resolve, reject };
  }

  start(): void {
    this.loop = this.run();
    this.scheduleTick(this.options.heartbeatIntervalMs);
    this.scheduleMetadataCheck();
  }

  /**
   * While stable: whether the subscription's topics or their partition counts changed since the
   * last join (classic members rejoin then; KIP-848 coordinators watch metadata themselves).
   */
  protected async metadataChanged(): Promise<string | null> {
    return null;
  }

  private scheduleMetadataCheck(): void {
    this.metadataHandle = this.options.clock.setTimeout(() => {
      this.metadataHandle = null;
      void this.checkMetadata();
    }, this.options.metadataCheckIntervalMs);
  }

  private async checkMetadata(): Promise<void> {
    if (this.fatal || this.closing) return;
    if (this.state === 'stable' && !this.rejoinPending) {
      try {
        const change = await this.metadataChanged();
        if (change !== null && this.state === 'stable') {
          this.log('info', `${change}; rejoining`);
          this.requestRejoin(change);
        }
      } catch (error) {
        this.log('warn', `metadata check failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (!this.fatal && !this.closing) this.scheduleMetadataCheck();
  }

  private stopMetadataChecks(): void {
    if (this.metadataHandle !== null) this.options.clock.clearTimeout(this.metadataHandle);
    this.metadataHandle = null;
  }

  firstAssignment(): Promise<void> {
    return this.first.promise;
  }

  subscribe(spec: SubscriptionSpec): void {
    this.subscription = spec;
    this.requestRejoin('the subscription changed');
  }

  beforePoll(): void {
    if (this.fatal) throw this.fatal;
    const listenerError = this.ownership.takeListenerError();
    if (listenerError !== null) throw listenerError;
    if (this.pendingPollError) {
      const error = this.pendingPollError;
      this.pendingPollError = null;
      this.poll.reset();
      this.requestRejoin('rejoining after the poll interval ran out');
      throw error;
    }
  }

  pollStarted(): void {
    this.poll.started();
  }

  pollEnded(): void {
    this.poll.ended();
  }

  abstract commitIdentity(): CommitIdentity;

  abstract onCommitRefused(error: KafkaError): void;

  identityVersion(): number {
    return this.identity;
  }

  async freshIdentity(version: number): Promise<boolean> {
    if (this.identity > version) return true;
    if (this.fatal || this.closing || this.state === 'left' || calledFromRebalanceListener()) return false;
    // Bounded: a rejoin that has not completed within the rebalance timeout is not coming soon.
    const deadline = this.options.clock.now() + this.options.rebalanceTimeoutMs;
    for (;;) {
      await this.changed.wait(deadline, undefined);
      if (this.identity > version) return true;
      if (this.fatal || this.closing || this.options.clock.now() >= deadline) return false;
    }
  }

  metadata(): GroupMetadata {
    return { groupId: this.options.groupId, ...this.commitIdentity(), state: this.state };
  }

  close(): Promise<void> {
    this.closed ??= this.closeOnce();
    return this.closed;
  }

  /** Asks the loop to (re)join; a reason already pending wins. */
  protected requestRejoin(reason: string): void {
    if (this.closing || this.fatal) return;
    this.rejoinReason ??= reason;
    this.changed.notify();
  }

  protected get rejoinPending(): boolean {
    return this.rejoinReason !== null;
  }

  /** One full (re)join: prepare (revoke or lose), join, get the assignment, apply it. */
  protected abstract rebalance(reason: string): Promise<void>;

  /** One heartbeat, if one is due in the current state. */
  protected abstract heartbeat(): Promise<void>;

  /** Tells the coordinator this member is going (LeaveGroup / leave heartbeat). */
  protected abstract leaveGroup(reason: string): Promise<void>;

  /** Forgets member id / generation so that the next join starts afresh. */
  protected abstract resetAfterLeave(): void;

  /** The commit identity was renewed: commits waiting for it go again. */
  protected identityRefreshed(): void {
    this.identity++;
    this.changed.notify();
  }

  protected markStable(): void {
    this.identityRefreshed();
    this.state = 'stable';
    if (!this.firstDone) {
      this.firstDone = true;
      this.first.resolve();
    }
  }

  protected fail(error: KafkaError, api: string): void {
    if (this.fatal) return;
    this.fatal =
      error.code === 'FENCED_INSTANCE_ID'
        ? new FencedInstanceIdError(this.options.groupId, this.options.groupInstanceId, api)
        : error instanceof GroupMembershipError || error instanceof FencedInstanceIdError
          ? error
          : new GroupMembershipError(this.options.groupId, `${api} failed for good`, error);
    this.state = 'failed';
    this.log('error', this.fatal.message);
    this.first.reject(this.fatal);
    this.ticking = false;
    if (this.tickHandle !== null) this.options.clock.clearTimeout(this.tickHandle);
    this.stopMetadataChecks();
    this.changed.notify();
    this.backoffs.notify();
    this.options.host.interrupt();
    // Whatever is owned may belong to someone else now: drop it without committing.
    void this.ownership.lose(this.ownership.current()).catch(() => undefined);
  }

  protected log(level: 'debug' | 'info' | 'warn' | 'error', message: string): void {
    this.options.logger?.(level, `group '${this.options.groupId}': ${message}`, { groupId: this.options.groupId });
  }

  private async run(): Promise<void> {
    while (!this.closing && this.fatal === null) {
      if (this.pollExpired) {
        this.pollExpired = false;
        await this.leaveAfterPollTimeout();
        continue;
      }
      const reason = this.rejoinReason;
      if (reason !== null && this.pendingPollError === null) {
        this.rejoinReason = null;
        this.state = 'joining';
        try {
          await this.rebalance(reason);
        } catch (error) {
          if (!(error instanceof KafkaError)) throw error;
          if (!error.retriable) {
            this.fail(error, 'rebalance');
            return;
          }
          this.log('warn', `rebalance failed, retrying: ${error.message}`);
          this.rejoinReason ??= reason;
          await this.backOff();
        }
        continue;
      }
      await this.changed.wait(null, undefined);
    }
  }

  private scheduleTick(ms: number): void {
    this.tickHandle = this.options.clock.setTimeout(() => {
      this.tickHandle = null;
      void this.tick();
    }, ms);
  }

  private async tick(): Promise<void> {
    if (this.fatal || !this.ticking) return;
    if (this.state !== 'left' && !this.pollExpired && this.poll.expired()) {
      this.pollExpired = true;
      this.changed.notify();
    }
    try {
      await this.heartbeat();
    } catch (error) {
      this.log('warn', `heartbeat failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!this.fatal && this.ticking) this.scheduleTick(this.heartbeatPeriodMs());
  }

  /**
   * The period changed (KIP-848: the coordinator's answer): the tick waiting on the old period
   * is moved, so that a member told 500 ms does not first wait out the configured 3 s.
   */
  protected heartbeatPeriodChanged(): void {
    if (this.tickHandle === null || this.fatal || !this.ticking) return;
    this.options.clock.clearTimeout(this.tickHandle);
    this.scheduleTick(this.heartbeatPeriodMs());
  }

  /** The heartbeat period; KIP-848 takes it from the coordinator. */
  protected heartbeatPeriodMs(): number {
    return this.options.heartbeatIntervalMs;
  }

  private async leaveAfterPollTimeout(): Promise<void> {
    if (!this.poll.expired()) return;
    const idle = this.poll.idleMs();
    const error = new MaxPollIntervalExceededError(this.options.groupId, this.options.maxPollIntervalMs, idle);
    this.log('warn', error.message);
    // Done offsets are still committed: the generation is valid until the leave below.
    await this.ownership.revoke(this.ownership.current());
    await this.leaveGroup('consumer poll timeout has expired');
    this.resetAfterLeave();
    this.state = 'left';
    this.pendingPollError = error;
  }

  private async closeOnce(): Promise<void> {
    this.closing = true;
    this.stopMetadataChecks();
    this.backoffs.notify();
    this.changed.notify();
    await this.loop.catch(() => undefined);
    if (this.fatal === null && this.state !== 'left') {
      await this.ownership.revoke(this.ownership.current());
      await this.leaveGroup('the consumer is closing');
      this.state = 'left';
    }
    this.ticking = false;
    if (this.tickHandle !== null) this.options.clock.clearTimeout(this.tickHandle);
    this.tickHandle = null;
  }

  /** Waits retryBackoffMs on the consumer's clock, or less if close or a fatal error cuts it short. */
  protected backOff(): Promise<void> {
    return this.backoffs.wait(this.options.clock.now() + this.options.retryBackoffMs, undefined);
  }
}
