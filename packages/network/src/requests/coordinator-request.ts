import { type ApiMessages, type ApiName, KafkaBrokerError, KafkaConfigError, type KafkaError } from '@kafkaline/protocol';
import type { Prepared, RequestOptions } from '../connection.js';
import type { ClientContext } from '../context.js';
import { COORDINATOR_MOVED } from '../coordinators.js';
import { KafkaClientClosedError } from '../errors.js';
import { GROUP_RETRY_ERRORS, isTransportFailure } from '../error-policy.js';
import { isKafkaError } from '../routing.js';
import type { BrokerVersions } from '../versions.js';

export function checkGroupId(groupId: unknown): asserts groupId is string {
  if (typeof groupId !== 'string' || groupId === '') {
    throw new KafkaConfigError('groupId', `expected a non-empty string, got ${JSON.stringify(groupId)}`);
  }
}

/**
 * One request to a group's coordinator, on the coordinator's own connection. A lost connection
 * or timeout forgets the coordinator (it may have moved with the broker), so the next attempt
 * looks it up again.
 */
export async function sendToCoordinator<N extends ApiName>(
  ctx: ClientContext,
  groupId: string,
  name: N,
  prepare: (versions: BrokerVersions) => Prepared<N>,
  options: RequestOptions = {},
): Promise<{ version: number; body: ApiMessages[N]['response'] }> {
  const coordinator = await ctx.coordinators.get(groupId);
  try {
    return await ctx.pool.get(coordinator, 'group').request(name, prepare, options);
  } catch (error) {
    if (isTransportFailure(error)) ctx.coordinators.invalidate(groupId);
    throw error;
  }
}

/** Reacts to a coordinator error code in a response: forget the coordinator if it moved. */
export function noteCoordinatorError(ctx: ClientContext, groupId: string, errorCode: number): void {
  if (COORDINATOR_MOVED.has(errorCode)) ctx.coordinators.invalidate(groupId);
}

export type GroupOutcome<N extends ApiName> = { ok: true; version: number; body: ApiMessages[N]['response'] } | { ok: false; error: KafkaError };

/**
 * A whole-group request (JoinGroup, SyncGroup, Heartbeat, LeaveGroup) with the coordinator
 * handling every group API needs: NOT_COORDINATOR and COORDINATOR_NOT_AVAILABLE look the
 * coordinator up again, COORDINATOR_LOAD_IN_PROGRESS retries the same one after backoff, lost
 * connections retry elsewhere. Other error codes are the caller's (the response is returned).
 */
export async function groupRequest<N extends ApiName>(
  ctx: ClientContext,
  groupId: string,
  name: N,
  prepare: (versions: BrokerVersions) => Prepared<N>,
  errorCodeOf: (body: ApiMessages[N]['response']) => number,
  options: RequestOptions = {},
): Promise<GroupOutcome<N>> {
  const retries = ctx.options.retry.retries;
  for (let attempt = 0; ; attempt++) {
    ctx.throwIfClosed(name);
    let outcome: GroupOutcome<N>;
    let retry: boolean;
    try {
      const { version, body } = await sendToCoordinator(ctx, groupId, name, prepare, options);
      const code = errorCodeOf(body);
      noteCoordinatorError(ctx, groupId, code);
      outcome = { ok: true, version, body };
      retry = GROUP_RETRY_ERRORS.has(code);
    } catch (error) {
      if (error instanceof KafkaClientClosedError || !isKafkaError(error)) throw error;
      outcome = { ok: false, error };
      retry = error.retriable;
    }
    if (!retry || attempt >= retries) return outcome;
    await ctx.backoff(attempt);
  }
}

export function brokerError(code: number, api: string, brokerMessage?: string | null): KafkaBrokerError | null {
  return code === 0 ? null : new KafkaBrokerError(code, { api, brokerMessage });
}

/** UNKNOWN_TOPIC_ID means our cached id is stale: refresh metadata before anything is retried. */
export async function refreshStaleTopicIds(ctx: ClientContext, topics: ReadonlySet<string>, api: string): Promise<void> {
  for (const topic of topics) await ctx.metadata.invalidate(topic, null, `UNKNOWN_TOPIC_ID for '${topic}' in ${api}`);
}
