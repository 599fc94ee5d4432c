import { ApiKey, type ApiName, ErrorCode } from '@kafkaline/protocol';
import { FakeClusterConfigError } from './errors.js';
import { SeededRandom } from './random.js';

/** Where a connection is cut: before the request is handled, after (the response is lost), or halfway through writing the response. */
export type DisconnectPoint = 'before-request' | 'before-response' | 'mid-response';

export type FaultAction =
  | { kind: 'error'; errorCode: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'disconnect'; when: DisconnectPoint }
  | { kind: 'leader-move' };

/** Which requests a fault applies to. Unset fields match anything. */
export interface FaultTarget {
  /** API name (`'Fetch'`) or key (`1`). */
  api: ApiName | number;
  /** Only requests that arrive at this broker id. */
  broker?: number;
  /** Only requests that touch this topic (partition-scoped and topic-scoped APIs). */
  topic?: string;
  /** With `topic`: only requests that touch this partition. */
  partition?: number;
  /** How many matching requests the fault applies to (default 1). */
  count?: number;
}

export type RandomFaultKind = 'error' | 'delay' | 'disconnect' | 'mid-response' | 'leader-move';

/** A seeded random fault schedule: each request draws, in arrival order, whether and how it fails. */
export interface RandomFaultOptions {
  seed: number | string;
  /** Probability per request, 0..1. */
  rate: number;
  /** Which kinds to draw from (default: all). */
  kinds?: RandomFaultKind[];
  /** Upper bound of a random delay in ms (default 200). */
  maxDelayMs?: number;
  /** Limit the schedule to these APIs (default: every API but ApiVersions and SASL). */
  apis?: Array<ApiName | number>;
}

/** One fault as it was applied: the record a test compares between runs. */
export interface AppliedFault {
  /** Sequence number of the request in the cluster (0-based, counting every request). */
  request: number;
  api: string;
  broker: number;
  action: FaultAction;
  topic?: string;
  partition?: number;
}

interface Rule {
  apiKey: number;
  broker: number | undefined;
  topic: string | undefined;
  partition: number | undefined;
  remaining: number;
  action: FaultAction;
}

/** What the dispatcher must do to one request. */
export interface FaultDecision {
  error?: { errorCode: number; topic: string | undefined; partition: number | undefined };
  delayMs?: number;
  disconnect?: DisconnectPoint;
  leaderMove?: { topic: string; partition: number };
}

const NEVER_RANDOM: ReadonlySet<number> = new Set([ApiKey.ApiVersions, ApiKey.SaslHandshake, ApiKey.SaslAuthenticate]);
const PARTITION_APIS: ReadonlySet<number> = new Set([ApiKey.Produce, ApiKey.Fetch, ApiKey.ListOffsets, ApiKey.OffsetForLeaderEpoch, ApiKey.DeleteRecords]);
const GROUP_APIS: ReadonlySet<number> = new Set([
  ApiKey.JoinGroup,
  ApiKey.SyncGroup,
  ApiKey.Heartbeat,
  ApiKey.LeaveGroup,
  ApiKey.OffsetCommit,
  ApiKey.OffsetFetch,
  ApiKey.DescribeGroups,
  ApiKey.TxnOffsetCommit,
  ApiKey.AddPartitionsToTxn,
  ApiKey.AddOffsetsToTxn,
  ApiKey.EndTxn,
  ApiKey.InitProducerId,
]);

/** The retriable error a random fault gives an API: what a real cluster under churn answers. */
function retriableErrorFor(apiKey: number): number {
  if (PARTITION_APIS.has(apiKey)) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
  if (GROUP_APIS.has(apiKey)) return ErrorCode.NOT_COORDINATOR;
  if (apiKey === ApiKey.FindCoordinator) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  if (apiKey === ApiKey.Metadata) return ErrorCode.LEADER_NOT_AVAILABLE;
  return ErrorCode.REQUEST_TIMED_OUT;
}

export function apiKeyOf(api: ApiName | number, option = 'api'): number {
  if (typeof api === 'number') return api;
  const key = (ApiKey as Record<string, number>)[api];
  if (key === undefined) throw new FakeClusterConfigError(option, `unknown API '${api}' (use a name like 'Fetch' or a numeric key)`);
  return key;
}

function apiNameOf(apiKey: number): string {
  return Object.entries(ApiKey).find(([, key]) => key === apiKey)?.[0] ?? `api-${apiKey}`;
}

/**
 * The fault injector: rules a test arms ("fail the next 2 Fetches on broker 1 with
 * NOT_LEADER_OR_FOLLOWER", "delay the next JoinGroup by 5 s", "cut the connection in the middle of
 * the next Metadata response") and an optional seeded random schedule. Every request of the
 * cluster passes through `decide`, in arrival order, which is what makes a random schedule replay
 * identically for the same seed and the same client behaviour.
 */
export class FaultInjector {
  private rules: Rule[] = [];
  private schedule: { random: SeededRandom; rate: number; kinds: RandomFaultKind[]; maxDelayMs: number; apis: Set<number> | null } | null = null;
  /** Every fault applied so far, in order. */
  readonly applied: AppliedFault[] = [];

  /** Fails the next matching request(s): partition-scoped APIs answer the matching partitions with the error, others the whole request. */
  failNext(target: FaultTarget & { errorCode: number }): void {
    if (!Number.isInteger(target.errorCode)) throw new FakeClusterConfigError('errorCode', `must be a Kafka error code, got ${target.errorCode}`);
    this.add(target, { kind: 'error', errorCode: target.errorCode });
  }

  /** Holds the response(s) of the next matching request(s) for `ms` on the cluster clock. */
  delayNext(target: FaultTarget & { ms: number }): void {
    if (!(target.ms >= 0)) throw new FakeClusterConfigError('ms', `must be a non-negative number of milliseconds, got ${target.ms}`);
    this.add(target, { kind: 'delay', ms: target.ms });
  }

  /** Closes the connection of the next matching request(s) at `when` (default 'before-response'). */
  disconnectNext(target: FaultTarget & { when?: DisconnectPoint }): void {
    const when = target.when ?? 'before-response';
    if (!['before-request', 'before-response', 'mid-response'].includes(when)) {
      throw new FakeClusterConfigError('when', `must be 'before-request', 'before-response' or 'mid-response', got '${when}'`);
    }
    this.add(target, { kind: 'disconnect', when });
  }

  /** Starts (or, with null, stops) a seeded random fault schedule. */
  setRandom(options: RandomFaultOptions | null): void {
    if (options === null) {
      this.schedule = null;
      return;
    }
    if (!(options.rate >= 0 && options.rate <= 1)) throw new FakeClusterConfigError('faults.rate', `must be between 0 and 1, got ${options.rate}`);
    const kinds = options.kinds ?? ['error', 'delay', 'disconnect', 'mid-response', 'leader-move'];
    for (const kind of kinds) {
      if (!['error', 'delay', 'disconnect', 'mid-response', 'leader-move'].includes(kind)) {
        throw new FakeClusterConfigError('faults.kinds', `unknown kind '${kind}' (error, delay, disconnect, mid-response, leader-move)`);
      }
    }
    this.schedule = {
      random: new SeededRandom(options.seed),
      rate: options.rate,
      kinds,
      maxDelayMs: options.maxDelayMs ?? 200,
      apis: options.apis ? new Set(options.apis.map((a) => apiKeyOf(a, 'faults.apis'))) : null,
    };
  }

  /** Removes every armed rule and the random schedule. */
  clear(): void {
    this.rules = [];
    this.schedule = null;
  }

  /** How many armed rules still have requests left to hit. */
  get armed(): number {
    return this.rules.length;
  }

  private add(target: FaultTarget, action: FaultAction): void {
    const count = target.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new FakeClusterConfigError('count', `must be a positive integer, got ${count}`);
    if (target.partition !== undefined && target.topic === undefined) throw new FakeClusterConfigError('partition', 'needs a topic as well');
    this.rules.push({ apiKey: apiKeyOf(target.api), broker: target.broker, topic: target.topic, partition: target.partition, remaining: count, action });
  }

  /**
   * Decides the faults for one request. `touched` lists the partitions it touches (null for an
   * API that is not topic-scoped). Armed rules come first; the random schedule draws for every
   * eligible request, hit or not, so its sequence depends only on the requests' order.
   */
  decide(sequence: number, apiKey: number, brokerId: number, touched: Array<{ topic: string; partition: number }> | null): FaultDecision {
    const decision: FaultDecision = {};
    const record = (action: FaultAction, topic?: string, partition?: number) => {
      const entry: AppliedFault = { request: sequence, api: apiNameOf(apiKey), broker: brokerId, action };
      if (topic !== undefined) entry.topic = topic;
      if (partition !== undefined) entry.partition = partition;
      this.applied.push(entry);
    };
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || rule.apiKey !== apiKey) continue;
      if (rule.broker !== undefined && rule.broker !== brokerId) continue;
      if (rule.topic !== undefined) {
        const hit = touched?.some((tp) => tp.topic === rule.topic && (rule.partition === undefined || tp.partition === rule.partition));
        if (!hit) continue;
      }
      const action = rule.action;
      if (action.kind === 'error' && decision.error === undefined) {
        decision.error = { errorCode: action.errorCode, topic: rule.topic, partition: rule.partition };
      } else if (action.kind === 'delay' && decision.delayMs === undefined) {
        decision.delayMs = action.ms;
      } else if (action.kind === 'disconnect' && decision.disconnect === undefined) {
        decision.disconnect = action.when;
      } else {
        continue;
      }
      rule.remaining--;
      record(action, rule.topic, rule.partition);
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);

    const schedule = this.schedule;
    if (schedule && !NEVER_RANDOM.has(apiKey) && (schedule.apis === null || schedule.apis.has(apiKey))) {
      const roll = schedule.random.next();
      const kind = schedule.random.pick(schedule.kinds);
      const detail = schedule.random.uint32();
      if (roll < schedule.rate) {
        let action: FaultAction | null = null;
        let where: { topic: string; partition: number } | undefined;
        if (kind === 'error' && decision.error === undefined) {
          action = { kind: 'error', errorCode: retriableErrorFor(apiKey) };
          decision.error = { errorCode: action.errorCode, topic: undefined, partition: undefined };
        } else if (kind === 'delay' && decision.delayMs === undefined) {
          action = { kind: 'delay', ms: 1 + (detail % schedule.maxDelayMs) };
          decision.delayMs = action.ms;
        } else if ((kind === 'disconnect' || kind === 'mid-response') && decision.disconnect === undefined) {
          const when: DisconnectPoint = kind === 'disconnect' ? 'before-response' : 'mid-response';
          action = { kind: 'disconnect', when };
          decision.disconnect = when;
        } else if (kind === 'leader-move' && touched && touched.length > 0) {
          where = touched[detail % touched.length] as { topic: string; partition: number };
          action = { kind: 'leader-move' };
          decision.leaderMove = where;
        }
        if (action) record(action, where?.topic, where?.partition);
      }
    }
    return decision;
  }
}
