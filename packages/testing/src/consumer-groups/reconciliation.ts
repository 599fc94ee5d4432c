// One step of a member's reconciliation toward its target assignment, run on each of its
// heartbeats (Kafka's CurrentAssignmentBuilder). The rule that makes KIP-848 safe: a partition
// goes to a member only once no other member owns it or is still revoking it, so two members
// never consume one partition at the same time.
import type { ConsumerGroup, ConsumerGroupMember } from './consumer-group.js';
import type { PartitionKey } from './partition-keys.js';

export interface ReconciliationStep {
  /** The member's assignment changed: the response must carry it. */
  assignmentChanged: boolean;
  /** The member just entered the revocation phase: the coordinator starts its rebalance timer. */
  revocationStarted: boolean;
  /** The member confirmed its revocation: the coordinator stops that timer. */
  revocationCompleted: boolean;
}

/**
 * Moves `member` one step toward `target` given what it says it owns (`owned`, null = unchanged
 * since its last heartbeat). Changes the member in place.
 */
export function reconcileMember(group: ConsumerGroup, member: ConsumerGroupMember, owned: ReadonlySet<PartitionKey> | null): ReconciliationStep {
  const step: ReconciliationStep = { assignmentChanged: false, revocationStarted: false, revocationCompleted: false };
  if (member.state === 'unrevoked') {
    const stillOwned = owned === null || [...member.pendingRevocation].some((key) => owned.has(key));
    if (stillOwned) return step;
    member.pendingRevocation.clear();
    member.state = 'stable';
    step.revocationCompleted = true;
  }
  if (member.memberEpoch === group.targetAssignmentEpoch && member.state === 'stable') return step;

  const target = group.targetAssignment.get(member.memberId) ?? new Set<PartitionKey>();
  const kept = new Set([...member.assigned].filter((key) => target.has(key)));
  const revoked = [...member.assigned].filter((key) => !target.has(key));
  if (revoked.length > 0) {
    // Revoke first, at the old epoch; the epoch moves on once the member confirms.
    member.assigned = kept;
    member.pendingRevocation = new Set(revoked);
    member.state = 'unrevoked';
    step.assignmentChanged = true;
    step.revocationStarted = true;
    return step;
  }
  const wanted = [...target].filter((key) => !kept.has(key));
  const released = wanted.filter((key) => !group.ownedByAnother(member.memberId, key));
  for (const key of released) kept.add(key);
  step.assignmentChanged = released.length > 0;
  member.assigned = kept;
  if (member.memberEpoch !== group.targetAssignmentEpoch) {
    member.previousMemberEpoch = member.memberEpoch;
    member.memberEpoch = group.targetAssignmentEpoch;
  }
  member.state = released.length < wanted.length ? 'unreleased' : 'stable';
  return step;
}
