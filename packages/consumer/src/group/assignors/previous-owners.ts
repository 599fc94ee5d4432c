// Who owns what before this rebalance, from the members' own claims (ConsumerProtocol
// OwnedPartitions + generation). A member that missed a generation may still claim partitions
// that were since given to someone else; the claim of the newest generation wins, and a tie
// at the newest generation means nobody can be trusted to own the partition.
import type { MemberSubscription } from './assignor.js';
import type { PartitionUniverse } from './partition-universe.js';

export interface PreviousOwnership {
  /** Per member (same index as the members array): partitions it owns and may keep. */
  keepable: number[][];
  /** Per member: every partition it says it owns, valid or not (it will have to revoke those it loses). */
  claimed: Set<number>[];
}

/** The generation of a member's claims: the subscription's (v2+), else cooperative-sticky's userData. */
export function claimGeneration(member: MemberSubscription): number {
  if (member.generationId >= 0) return member.generationId;
  // Before subscription v2, the cooperative-sticky assignor carried the generation as an int32
  // in userData (Java 2.4-3.x); read it so that those members' claims still rank correctly.
  const userData = member.userData;
  if (userData !== null && userData.length >= 4) {
    return new DataView(userData.buffer, userData.byteOffset, userData.byteLength).getInt32(0);
  }
  return -1;
}

export function resolvePreviousOwners(members: readonly MemberSubscription[], universe: PartitionUniverse): PreviousOwnership {
  const claimed = members.map((member) => new Set(universe.idsOf(member.ownedPartitions)));
  const bestClaim = new Map<number, { member: number; generation: number; contested: boolean }>();
  members.forEach((member, index) => {
    const generation = claimGeneration(member);
    const subscribed = new Set(universe.idsOfTopics(member.topics));
    for (const id of claimed[index] as Set<number>) {
      // A claim on a topic the member no longer subscribes to cannot be kept by it.
      if (!subscribed.has(id)) continue;
      const best = bestClaim.get(id);
      if (!best || generation > best.generation) bestClaim.set(id, { member: index, generation, contested: false });
      else if (generation === best.generation) best.contested = true;
    }
  });
  const keepable: number[][] = members.map(() => []);
  for (const [id, claim] of bestClaim) if (!claim.contested) (keepable[claim.member] as number[]).push(id);
  for (const list of keepable) list.sort((a, b) => a - b);
  return { keepable, claimed };
}
