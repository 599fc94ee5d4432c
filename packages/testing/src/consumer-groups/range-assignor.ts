// The broker's `range` assignor: every topic on its own, cut into contiguous ranges over its
// subscribers in member-id order, the first (partitions mod members) getting one extra; members
// subscribed to the same topics get the same partition numbers of each (co-partitioning).
import { partitionKey, type PartitionKey } from './partition-keys.js';
import type { ServerAssignor } from './server-assignor.js';

export const rangeServerAssignor: ServerAssignor = {
  name: 'range',
  assign(spec) {
    const result = new Map<string, Set<PartitionKey>>(spec.members.map((m) => [m.memberId, new Set()]));
    for (const topic of [...spec.topics.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const subscribers = spec.members.filter((m) => m.topics.includes(topic.name));
      if (subscribers.length === 0) continue;
      const perMember = Math.floor(topic.partitions / subscribers.length);
      const withExtra = topic.partitions % subscribers.length;
      subscribers.forEach((member, index) => {
        const start = perMember * index + Math.min(index, withExtra);
        const end = start + perMember + (index < withExtra ? 1 : 0);
        const keys = result.get(member.memberId) as Set<PartitionKey>;
        for (let partition = start; partition < end; partition++) keys.add(partitionKey(topic.id, partition));
      });
    }
    return result;
  },
};
