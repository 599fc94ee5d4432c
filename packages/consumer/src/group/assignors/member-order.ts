// The member order the Java range and roundrobin assignors use, so that a group mixing Java
// members and ours gets the same assignment whichever member is the leader.
import type { MemberSubscription } from './assignor.js';

/**
 * Static members first, ordered by group.instance.id; then dynamic members by member id.
 * Java compares strings by UTF-16 code units, as JavaScript's `<` does.
 */
export function compareMembers(a: Pick<MemberSubscription, 'memberId' | 'groupInstanceId'>, b: Pick<MemberSubscription, 'memberId' | 'groupInstanceId'>): number {
  if (a.groupInstanceId !== null && b.groupInstanceId !== null) return compareStrings(a.groupInstanceId, b.groupInstanceId);
  if (a.groupInstanceId !== null) return -1;
  if (b.groupInstanceId !== null) return 1;
  return compareStrings(a.memberId, b.memberId);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
