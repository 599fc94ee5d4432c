// The cooperative-sticky assignor (Java's CooperativeStickyAssignor, KIP-429): a balanced
// assignment that keeps owned partitions where it can, with one rule on top: a partition
// never goes straight from one member to another in one rebalance. If its previous owner
// (anyone claiming it) loses it, it stays unassigned now; the owner revokes it, rejoins, and
// the follow-up rebalance hands it out. Members keep consuming everything else throughout.
import type { MemberSubscription, PartitionAssignor, TopicPartitions } from './assignor.js';
import { AssignmentBuilder } from './assignment-map.js';
import { compareStrings } from './member-order.js';
import { PartitionUniverse } from './partition-universe.js';
import { resolvePreviousOwners } from './previous-owners.js';
import { stickyBalance } from './sticky-balance.js';

export const cooperativeStickyAssignor: PartitionAssignor = {
  name: 'cooperative-sticky',
  rebalanceProtocol: 'cooperative',
  assign(members, partitionsPerTopic) {
    const ordered = [...members].sort((a, b) => compareStrings(a.memberId, b.memberId));
    const universe = new PartitionUniverse(ordered, partitionsPerTopic);
    const previous = resolvePreviousOwners(ordered, universe);
    const target = stickyBalance({
      partitionCount: universe.size,
      subscribed: ordered.map((member) => universe.idsOfTopics(member.topics)),
      keepable: previous.keepable,
    });
    const granted = withholdPartitionsStillOwnedElsewhere(target, previous.claimed);
    return toAssignment(ordered, universe, granted);
  },
};

/**
 * Drops from each member's target the partitions it does not own yet but another member
 * claims and is losing: that member must revoke them first (Java's adjustAssignment).
 */
function withholdPartitionsStillOwnedElsewhere(target: readonly number[][], claimed: readonly Set<number>[]): number[][] {
  const claimants = new Map<number, number[]>();
  claimed.forEach((ids, member) => {
    for (const id of ids) {
      let list = claimants.get(id);
      if (!list) claimants.set(id, (list = []));
      list.push(member);
    }
  });
  return target.map((ids, member) =>
    ids.filter((id) => (claimed[member] as Set<number>).has(id) || (claimants.get(id) ?? []).every((claimant) => claimant === member)),
  );
}

function toAssignment(members: readonly MemberSubscription[], universe: PartitionUniverse, granted: readonly number[][]): Map<string, TopicPartitions[]> {
  const builder = new AssignmentBuilder(members);
  granted.forEach((ids, member) => {
    const memberId = (members[member] as MemberSubscription).memberId;
    for (const id of ids) builder.add(memberId, universe.topicOf(id), universe.partitionOf(id));
  });
  return builder.build();
}
