// The broker's default `uniform` assignor: as balanced as the subscriptions allow and sticky to
// the previous target. Each member keeps what it had (up to its share when everyone subscribes
// to the same topics), free partitions go to the least loaded subscriber, and then partitions
// move from a member to one holding at least two fewer that also subscribes to them, until no
// such move is left.
import { partitionKey, type PartitionKey } from './partition-keys.js';
import type { AssignmentSpec, ServerAssignor } from './server-assignor.js';

export const uniformServerAssignor: ServerAssignor = {
  name: 'uniform',
  assign(spec) {
    const subscribersOf = subscribersByPartition(spec);
    const result = new Map<string, Set<PartitionKey>>(spec.members.map((m) => [m.memberId, new Set()]));
    const quota = shareWhenHomogeneous(spec, subscribersOf.size);
    const taken = new Set<PartitionKey>();
    for (const member of spec.members) {
      const keys = result.get(member.memberId) as Set<PartitionKey>;
      for (const key of [...(spec.previous.get(member.memberId) ?? [])].sort()) {
        if (keys.size >= quota || taken.has(key) || !subscribersOf.get(key)?.includes(member.memberId)) continue;
        keys.add(key);
        taken.add(key);
      }
    }
    for (const [key, subscribers] of subscribersOf) {
      if (taken.has(key)) continue;
      const target = leastLoaded(subscribers, result);
      (result.get(target) as Set<PartitionKey>).add(key);
    }
    balance(result, subscribersOf);
    return result;
  },
};

/** Every existing subscribed partition with its subscribers, in (topic name, partition) order. */
function subscribersByPartition(spec: AssignmentSpec): Map<PartitionKey, string[]> {
  const subscribersOf = new Map<PartitionKey, string[]>();
  for (const topic of [...spec.topics.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const subscribers = spec.members.filter((m) => m.topics.includes(topic.name)).map((m) => m.memberId);
    if (subscribers.length === 0) continue;
    for (let partition = 0; partition < topic.partitions; partition++) subscribersOf.set(partitionKey(topic.id, partition), subscribers);
  }
  return subscribersOf;
}

/** ceil(P/M) when every member subscribes to the same topics (no cap otherwise). */
function shareWhenHomogeneous(spec: AssignmentSpec, partitionCount: number): number {
  const first = [...(spec.members[0]?.topics ?? [])].sort().join('\u0000');
  const homogeneous = spec.members.every((m) => [...m.topics].sort().join('\u0000') === first);
  return homogeneous && spec.members.length > 0 ? Math.ceil(partitionCount / spec.members.length) : Number.POSITIVE_INFINITY;
}

function leastLoaded(candidates: readonly string[], result: Map<string, Set<PartitionKey>>): string {
  let best = candidates[0] as string;
  for (const candidate of candidates) if ((result.get(candidate) as Set<PartitionKey>).size < (result.get(best) as Set<PartitionKey>).size) best = candidate;
  return best;
}

function balance(result: Map<string, Set<PartitionKey>>, subscribersOf: Map<PartitionKey, string[]>): void {
  for (let moved = true; moved; ) {
    moved = false;
    const byLoad = [...result.keys()].sort((a, b) => (result.get(b) as Set<PartitionKey>).size - (result.get(a) as Set<PartitionKey>).size || (a < b ? -1 : 1));
    search: for (const from of byLoad) {
      const fromKeys = result.get(from) as Set<PartitionKey>;
      for (const key of [...fromKeys].sort()) {
        for (const to of subscribersOf.get(key) ?? []) {
          const toKeys = result.get(to) as Set<PartitionKey>;
          if (fromKeys.size - toKeys.size < 2) continue;
          fromKeys.delete(key);
          toKeys.add(key);
          moved = true;
          break search;
        }
      }
    }
  }
}
