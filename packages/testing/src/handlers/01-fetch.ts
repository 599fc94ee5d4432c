// Fetch (key 1), versions 4-18.
//
// Behavior:
// - Reads like Kafka's log layer: from the batch holding the fetch offset, whole batches up to
//   the high watermark (read_uncommitted) or the last stable offset (read_committed), the byte
//   range cut at the limit without regard to batch boundaries, so the last batch may be
//   truncated. The first batch of the first partition with data is always whole even past
//   MaxBytes / PartitionMaxBytes (KIP-74); MaxBytes shrinks as partitions are filled.
// - Long polling on the cluster clock: with fewer than MinBytes available the answer waits for
//   an append (or leadership change) up to MaxWaitMs; any partition error answers at once
//   ("out-of-range fetch returns early").
// - OFFSET_OUT_OF_RANGE below the log start offset or above the log end offset.
// - read_committed lists the aborted transactions overlapping the returned range; with
//   read_uncommitted the list is null, as Kafka sends it.
// - Leadership: NOT_LEADER_OR_FOLLOWER on a non-leader (v12+ with the CurrentLeader hint, v16+
//   with node endpoints); CurrentLeaderEpoch older than the leader's → FENCED_LEADER_EPOCH,
//   newer → UNKNOWN_LEADER_EPOCH.
// - Incremental fetch sessions (v7+, KIP-227): epoch 0 opens one, later epochs send only
//   changed partitions and get only partitions with news; unknown ids →
//   FETCH_SESSION_ID_NOT_FOUND, wrong epochs → INVALID_FETCH_SESSION_EPOCH.
//
// Version notes:
// - v12+: LastFetchedEpoch is checked against the leader-epoch cache and a DivergingEpoch is
//   returned when the log diverged. v13+: topics by id (UNKNOWN_TOPIC_ID when unknown).
// - Follower fields (ReplicaState, ReplicaDirectoryId, HighWatermark v18), RackId and
//   PreferredReadReplica are ignored: there is no follower fetching.
import { ErrorCode, type FetchRequest, type FetchResponseInput } from '@kafkaline/protocol';
import type { FetchSession, SessionPartition } from '../fetch-sessions.js';
import type { PartitionState } from '../topics.js';
import { big, leaderHint, nodeEndpoints, partitionError, resolveTopic, topicNameOf } from './common.js';
import { defineHandler, NO_RESPONSE, type RequestContext } from './handler.js';

type PartitionOut = FetchResponseInput['responses'][number]['partitions'][number];

interface Wanted {
  key: string;
  topic: string;
  topicId: string;
  partition: number;
  fetchOffset: number;
  partitionMaxBytes: number;
  currentLeaderEpoch: number;
  lastFetchedEpoch: number;
}

interface Evaluated {
  wanted: Wanted;
  out: PartitionOut;
  bytes: number;
  partition: PartitionState | undefined;
  hint: { leaderId: number; leaderEpoch: number } | undefined;
}

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;

function wantedFromRequest(ctx: RequestContext, request: FetchRequest): Wanted[] {
  return request.topics.flatMap((t) =>
    t.partitions.map((p) => {
      const topic = topicNameOf(ctx, t.topic, t.topicId, 13);
      return {
        key: key(topic, p.partition),
        topic,
        topicId: t.topicId,
        partition: p.partition,
        fetchOffset: Number(p.fetchOffset),
        partitionMaxBytes: p.partitionMaxBytes,
        currentLeaderEpoch: p.currentLeaderEpoch,
        lastFetchedEpoch: p.lastFetchedEpoch,
      };
    }),
  );
}

/** One pass over the partitions: what the response would hold if sent now. */
function evaluate(ctx: RequestContext, request: FetchRequest, wanted: Wanted[]): Evaluated[] {
  let limitBytes = request.maxBytes;
  let minOneMessage = true;
  const readCommitted = request.isolationLevel === 1;
  return wanted.map((w) => {
    const base: PartitionOut = { partitionIndex: w.partition, errorCode: ErrorCode.NONE, highWatermark: -1n, lastStableOffset: -1n, logStartOffset: -1n, abortedTransactions: null, records: new Uint8Array(0) };
    const resolved = resolveTopic(ctx, w.topic, w.topicId, 13);
    if (resolved.topic === undefined) {
      return { wanted: w, out: { ...base, errorCode: ctx.injectedError(w.topic, w.partition) ?? resolved.errorCode }, bytes: 0, partition: undefined, hint: undefined };
    }
    const check = partitionError(ctx, resolved.topic, w.partition, w.currentLeaderEpoch);
    const partition = check.partition;
    if (check.errorCode !== ErrorCode.NONE || partition === undefined) {
      const hint = check.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER || check.errorCode === ErrorCode.FENCED_LEADER_EPOCH ? leaderHint(ctx, partition) : undefined;
      return { wanted: w, out: { ...base, errorCode: check.errorCode }, bytes: 0, partition, hint };
    }
    const log = partition.log;
    const offsets = {
      highWatermark: big(log.highWatermark),
      lastStableOffset: big(log.lastStableOffset),
      logStartOffset: big(log.logStartOffset),
    };
    if (ctx.version >= 12 && w.lastFetchedEpoch >= 0) {
      const end = log.endOffsetForEpoch(w.lastFetchedEpoch);
      if (end.epoch < w.lastFetchedEpoch || end.endOffset < w.fetchOffset) {
        return { wanted: w, out: { ...base, ...offsets, divergingEpoch: { epoch: end.epoch, endOffset: big(end.endOffset) } }, bytes: 0, partition, hint: undefined };
      }
    }
    if (w.fetchOffset < log.logStartOffset || w.fetchOffset > log.logEndOffset) {
      return { wanted: w, out: { ...base, ...offsets, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE }, bytes: 0, partition, hint: undefined };
    }
    const upperBound = readCommitted ? log.lastStableOffset : log.highWatermark;
    const read = log.read(w.fetchOffset, Math.min(w.partitionMaxBytes, limitBytes), upperBound, minOneMessage);
    if (read.bytes.length > 0) minOneMessage = false;
    limitBytes = Math.max(0, limitBytes - read.bytes.length);
    const aborted = readCommitted
      ? log.abortedTransactions(w.fetchOffset, read.bytes.length > 0 ? Math.max(read.nextOffset, w.fetchOffset + 1) : w.fetchOffset).map((t) => ({ producerId: big(t.producerId), firstOffset: big(t.firstOffset) }))
      : null;
    return { wanted: w, out: { ...base, ...offsets, abortedTransactions: aborted, records: read.bytes }, bytes: read.bytes.length, partition, hint: undefined };
  });
}

function hasNews(e: Evaluated, previous: SessionPartition | undefined): boolean {
  if (previous === undefined) return true;
  const out = e.out;
  return (
    e.bytes > 0 ||
    out.errorCode !== ErrorCode.NONE ||
    out.divergingEpoch !== undefined ||
    Number(out.highWatermark) !== previous.sentHighWatermark ||
    Number(out.lastStableOffset) !== previous.sentLastStableOffset ||
    Number(out.logStartOffset) !== previous.sentLogStartOffset
  );
}

function buildResponse(ctx: RequestContext, evaluated: Evaluated[], sessionId: number): FetchResponseInput {
  const v = ctx.version;
  const responses: FetchResponseInput['responses'] = [];
  for (const e of evaluated) {
    let last = responses[responses.length - 1];
    const sameTopic = last && (v >= 13 ? last.topicId === e.wanted.topicId : last.topic === e.wanted.topic);
    if (!last || !sameTopic) {
      last = { ...(v >= 13 ? { topicId: e.wanted.topicId } : { topic: e.wanted.topic }), partitions: [] };
      responses.push(last);
    }
    const out: PartitionOut = { ...e.out };
    if (v < 12) delete out.divergingEpoch;
    if (v >= 12 && e.hint) out.currentLeader = e.hint;
    last.partitions.push(out);
  }
  const leaders = evaluated.flatMap((e) => (e.hint ? [e.hint.leaderId] : []));
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    sessionId,
    responses,
    ...(v >= 16 && leaders.length > 0 ? { nodeEndpoints: nodeEndpoints(ctx, leaders) } : {}),
  };
}

function topLevelError(errorCode: number): FetchResponseInput {
  return { throttleTimeMs: 0, errorCode, sessionId: 0, responses: [] };
}

/** Resolves the partitions to serve for this request, opening / updating / closing its session. */
function sessionFor(ctx: RequestContext, request: FetchRequest): { wanted: Wanted[]; session: FetchSession | null } | { errorCode: number } {
  const cache = ctx.broker.fetchSessions;
  const fromRequest = wantedFromRequest(ctx, request);
  if (ctx.version < 7) return { wanted: fromRequest, session: null };
  const { sessionId, sessionEpoch } = request;
  if (sessionEpoch === -1) {
    if (sessionId !== 0) cache.remove(sessionId);
    return { wanted: fromRequest, session: null };
  }
  if (sessionEpoch === 0) {
    if (sessionId !== 0) cache.remove(sessionId);
    const session = cache.create();
    if (session) for (const w of fromRequest) session.partitions.set(w.key, toSessionPartition(w));
    return { wanted: fromRequest, session };
  }
  const session = sessionId === 0 ? undefined : cache.get(sessionId);
  if (session === undefined) return { errorCode: sessionId === 0 ? ErrorCode.INVALID_FETCH_SESSION_EPOCH : ErrorCode.FETCH_SESSION_ID_NOT_FOUND };
  if (session.nextEpoch !== sessionEpoch) return { errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH };
  for (const forgotten of request.forgottenTopicsData) {
    const topic = topicNameOf(ctx, forgotten.topic, forgotten.topicId, 13);
    for (const p of forgotten.partitions) session.partitions.delete(key(topic, p));
  }
  for (const w of fromRequest) {
    const previous = session.partitions.get(w.key);
    session.partitions.set(w.key, { ...toSessionPartition(w), ...(previous ? pickSent(previous) : {}) });
  }
  session.nextEpoch = sessionEpoch >= 0x7fffffff ? 1 : sessionEpoch + 1;
  return { wanted: [...session.partitions.values()].map(fromSessionPartition), session };
}

function toSessionPartition(w: Wanted): SessionPartition {
  return { ...w, sentHighWatermark: -2, sentLastStableOffset: -2, sentLogStartOffset: -2 };
}

function pickSent(p: SessionPartition): Pick<SessionPartition, 'sentHighWatermark' | 'sentLastStableOffset' | 'sentLogStartOffset'> {
  return { sentHighWatermark: p.sentHighWatermark, sentLastStableOffset: p.sentLastStableOffset, sentLogStartOffset: p.sentLogStartOffset };
}

function fromSessionPartition(p: SessionPartition): Wanted {
  return {
    key: key(p.topic, p.partition),
    topic: p.topic,
    topicId: p.topicId,
    partition: p.partition,
    fetchOffset: p.fetchOffset,
    partitionMaxBytes: p.partitionMaxBytes,
    currentLeaderEpoch: p.currentLeaderEpoch,
    lastFetchedEpoch: p.lastFetchedEpoch,
  };
}

export const fetch = defineHandler({
  api: 'Fetch',
  minVersion: 4,
  maxVersion: 18,
  async handle(ctx, request) {
    const resolved = sessionFor(ctx, request);
    if ('errorCode' in resolved) return topLevelError(resolved.errorCode);
    const { wanted, session } = resolved;
    const incremental = session !== null && request.sessionEpoch > 0;
    const state = ctx.state;
    const deadline = state.clock.now() + Math.max(0, request.maxWaitMs);
    let evaluated = evaluate(ctx, request, wanted);
    for (;;) {
      const bytes = evaluated.reduce((sum, e) => sum + e.bytes, 0);
      const urgent = evaluated.some((e) => e.out.errorCode !== ErrorCode.NONE || e.out.divergingEpoch !== undefined);
      const remaining = deadline - state.clock.now();
      if (wanted.length === 0 || bytes >= request.minBytes || urgent || remaining <= 0 || ctx.signal.aborted) break;
      await state.waitForChange(remaining, ctx.signal);
      evaluated = evaluate(ctx, request, wanted);
    }
    if (ctx.signal.aborted) return NO_RESPONSE;
    let shown = evaluated;
    if (session !== null) {
      if (incremental) shown = evaluated.filter((e) => hasNews(e, session.partitions.get(e.wanted.key)));
      for (const e of evaluated) {
        const entry = session.partitions.get(e.wanted.key);
        if (entry === undefined) continue;
        entry.sentHighWatermark = Number(e.out.highWatermark);
        entry.sentLastStableOffset = Number(e.out.lastStableOffset);
        entry.sentLogStartOffset = Number(e.out.logStartOffset);
      }
    }
    return buildResponse(ctx, shown, session?.id ?? 0);
  },
  partitions(ctx, request) {
    return wantedFromRequest(ctx, request).map((w) => ({ topic: w.topic, partition: w.partition }));
  },
  errorResponse(ctx, request, errorCode) {
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      sessionId: 0,
      responses: request.topics.map((t) => ({
        ...(ctx.version >= 13 ? { topicId: t.topicId } : { topic: t.topic }),
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, errorCode, highWatermark: -1n, abortedTransactions: null, records: new Uint8Array(0) })),
      })),
    };
  },
});
