// The range assignor, as Java's RangeAssignor without rack awareness: each topic on its own,
// its partitions cut into contiguous blocks, one per subscribed member in member order; the
// first (partitions mod members) members get one extra. Members sharing topics thus get the
// same partition numbers of each topic (co-partitioning), at the cost of balance across topics.
import type { MemberSubscription, PartitionAssignor } from './assignor.js';
import { AssignmentBuilder, existingSubscribedTopics } from './assignment-map.js';
import { compareMembers } from './member-order.js';

export const rangeAssignor: PartitionAssignor = {
  name: 'range',
  rebalanceProtocol: 'eager',
  assign(members, partitionsPerTopic) {
    const builder = new AssignmentBuilder(members);
    const ordered = [...members].sort(compareMembers);
    for (const topic of existingSubscribedTopics(members, partitionsPerTopic)) {
      const subscribers = ordered.filter((member) => member.topics.includes(topic));
      assignTopicInRanges(builder, topic, partitionsPerTopic.get(topic) ?? 0, subscribers);
    }
    return builder.build();
  },
};

function assignTopicInRanges(builder: AssignmentBuilder, topic: string, partitionCount: number, subscribers: readonly MemberSubscription[]): void {
  const perMember = Math.floor(partitionCount / subscribers.length);
  const withExtra = partitionCount % subscribers.length;
  subscribers.forEach((member, index) => {
    const start = perMember * index + Math.min(index, withExtra);
    const length = perMember + (index < withExtra ? 1 : 0);
    for (let partition = start; partition < start + length; partition++) builder.add(member.memberId, topic, partition);
  });
}
