import type { FakeCluster } from '@kafkaline/testing';

export interface ObservedFetch {
  at: number;
  broker: number;
  maxWaitMs: number;
  minBytes: number;
  isolationLevel: number;
  partitions: Array<{ topic: string; partition: number; offset: number; maxBytes: number }>;
}

export interface ObservedCommit {
  at: number;
  groupId: string;
  generationId: number;
  memberId: string;
  /** `topic/partition` → committed offset. */
  offsets: Map<string, number>;
  metadata: Array<string | null>;
}

function topicName(cluster: FakeCluster, topic: { topic?: string; name?: string; topicId?: string }): string {
  if (topic.topic) return topic.topic;
  if (topic.name) return topic.name;
  return cluster.topicNames().find((name) => cluster.topicId(name) === topic.topicId) ?? `?${topic.topicId}`;
}

/** The Fetch requests the cluster received, decoded into plain numbers. */
export function fetchesSeen(cluster: FakeCluster): ObservedFetch[] {
  return cluster.requests
    .filter((r) => r.api === 'Fetch')
    .map((r) => {
      const body = r.body as {
        maxWaitMs: number;
        minBytes: number;
        isolationLevel: number;
        topics: Array<{ topic?: string; topicId?: string; partitions: Array<{ partition: number; fetchOffset: bigint; partitionMaxBytes: number }> }>;
      };
      return {
        at: r.at,
        broker: r.broker,
        maxWaitMs: body.maxWaitMs,
        minBytes: body.minBytes,
        isolationLevel: body.isolationLevel,
        partitions: body.topics.flatMap((t) =>
          t.partitions.map((p) => ({ topic: topicName(cluster, t), partition: p.partition, offset: Number(p.fetchOffset), maxBytes: p.partitionMaxBytes })),
        ),
      };
    });
}

/** The OffsetCommit requests the cluster received. */
export function commitsSeen(cluster: FakeCluster): ObservedCommit[] {
  return cluster.requests
    .filter((r) => r.api === 'OffsetCommit')
    .map((r) => {
      const body = r.body as {
        groupId: string;
        generationIdOrMemberEpoch: number;
        memberId: string;
        topics: Array<{ name?: string; topicId?: string; partitions: Array<{ partitionIndex: number; committedOffset: bigint; committedMetadata: string | null }> }>;
      };
      const offsets = new Map<string, number>();
      const metadata: Array<string | null> = [];
      for (const t of body.topics) {
        for (const p of t.partitions) {
          offsets.set(`${topicName(cluster, t)}/${p.partitionIndex}`, Number(p.committedOffset));
          metadata.push(p.committedMetadata);
        }
      }
      return { at: r.at, groupId: body.groupId, generationId: body.generationIdOrMemberEpoch, memberId: body.memberId, offsets, metadata };
    });
}

export function sumOf(offsets: Map<string, number>): number {
  let total = 0;
  for (const value of offsets.values()) total += value;
  return total;
}

export function countOf(cluster: FakeCluster, api: string): number {
  return cluster.requests.filter((r) => r.api === api).length;
}
