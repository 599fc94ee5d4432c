// The roundrobin assignor, as Java's RoundRobinAssignor: all partitions of all subscribed
// topics in (topic, partition) order are dealt to the members in member order, cycling; a
// member not subscribed to a partition's topic is skipped and the deal goes on from the next.
import type { MemberSubscription, PartitionAssignor } from './assignor.js';
import { AssignmentBuilder, existingSubscribedTopics } from './assignment-map.js';
import { compareMembers } from './member-order.js';

export const roundRobinAssignor: PartitionAssignor = {
  name: 'roundrobin',
  rebalanceProtocol: 'eager',
  assign(members, partitionsPerTopic) {
    const builder = new AssignmentBuilder(members);
    const ordered = [...members].sort(compareMembers);
    const memberAt = (index: number) => ordered[index] as MemberSubscription;
    let next = 0;
    for (const topic of existingSubscribedTopics(members, partitionsPerTopic)) {
      const partitionCount = partitionsPerTopic.get(topic) ?? 0;
      for (let partition = 0; partition < partitionCount; partition++) {
        // Some member subscribes to `topic` (it came from the subscriptions), so this ends.
        while (!memberAt(next).topics.includes(topic)) next = (next + 1) % ordered.length;
        builder.add(memberAt(next).memberId, topic, partition);
        next = (next + 1) % ordered.length;
      }
    }
    return builder.build();
  },
};
