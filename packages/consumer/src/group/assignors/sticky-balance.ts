// The balanced, sticky assignment behind cooperative-sticky: as balanced as the subscriptions
// allow, moving as few currently owned partitions as it can. Members and partitions are plain
// indexes here (see PartitionUniverse); the caller maps them back.

export interface StickyProblem {
  partitionCount: number;
  /** Per member: the partition ids of the topics it subscribes to, ascending. */
  subscribed: readonly (readonly number[])[];
  /** Per member: the partitions it owns and may keep (a subset of `subscribed`, no two members share one). */
  keepable: readonly (readonly number[])[];
}

/** Per member: the partitions it gets. Every subscribed partition goes to exactly one subscriber. */
export function stickyBalance(problem: StickyProblem): number[][] {
  if (problem.subscribed.length === 0) return [];
  return hasUniformSubscriptions(problem) ? assignUniform(problem) : assignGeneral(problem);
}

function hasUniformSubscriptions(problem: StickyProblem): boolean {
  const first = problem.subscribed[0] as readonly number[];
  return problem.subscribed.every((ids) => ids.length === first.length && ids.every((id, i) => id === first[i]));
}

/**
 * Everyone subscribes to the same partitions: each member ends with floor(N/M) or ceil(N/M).
 * The ceil(N/M) places go to the members that own the most, so the number of owned partitions
 * kept is the most possible; the rest is dealt round-robin to members under their quota,
 * which spreads each topic's new partitions over the members.
 */
function assignUniform(problem: StickyProblem): number[][] {
  const members = problem.subscribed.length;
  const all = problem.subscribed[0] as readonly number[];
  const minQuota = Math.floor(all.length / members);
  const withExtra = all.length % members;
  const byOwnedDescending = [...problem.keepable.keys()].sort(
    (a, b) => (problem.keepable[b] as readonly number[]).length - (problem.keepable[a] as readonly number[]).length || a - b,
  );
  const quota = new Array<number>(members).fill(minQuota);
  byOwnedDescending.slice(0, withExtra).forEach((member) => {
    quota[member] = minQuota + 1;
  });

  const taken = new Set<number>();
  const result = problem.keepable.map((owned, member) => {
    const kept = owned.slice(0, quota[member]);
    for (const id of kept) taken.add(id);
    return kept;
  });
  let next = 0;
  for (const id of all) {
    if (taken.has(id)) continue;
    // The quotas add up to the partition count, so some member still has room.
    while ((result[next] as number[]).length >= (quota[next] as number)) next = (next + 1) % members;
    (result[next] as number[]).push(id);
    next = (next + 1) % members;
  }
  for (const list of result) list.sort((a, b) => a - b);
  return result;
}

/**
 * Members subscribe to different topics: keep every owned partition, give each free one to
 * its least loaded subscriber (the partitions with the fewest subscribers first, while there
 * is still choice for the others), then move partitions along chains of members until no
 * chain can take one from a member to a member with at least two fewer. With no such chain
 * left, the sum of squared member loads is the least possible, so the result is as balanced
 * as the subscriptions allow.
 */
function assignGeneral(problem: StickyProblem): number[][] {
  const subscribers: number[][] = Array.from({ length: problem.partitionCount }, () => []);
  problem.subscribed.forEach((ids, member) => {
    for (const id of ids) (subscribers[id] as number[]).push(member);
  });
  const assigned = problem.keepable.map((owned) => new Set(owned));
  const owner = new Array<number>(problem.partitionCount).fill(-1);
  assigned.forEach((ids, member) => {
    for (const id of ids) owner[id] = member;
  });

  const free = [...subscribers.keys()].filter((id) => owner[id] === -1 && (subscribers[id] as number[]).length > 0);
  free.sort((a, b) => (subscribers[a] as number[]).length - (subscribers[b] as number[]).length || a - b);
  for (const id of free) {
    let best = -1;
    for (const member of subscribers[id] as number[]) {
      if (best === -1 || (assigned[member] as Set<number>).size < (assigned[best] as Set<number>).size) best = member;
    }
    (assigned[best] as Set<number>).add(id);
    owner[id] = best;
  }

  const originallyOwned = problem.keepable.map((owned) => new Set(owned));
  for (;;) {
    const byLoadDescending = [...assigned.keys()].sort((a, b) => (assigned[b] as Set<number>).size - (assigned[a] as Set<number>).size || a - b);
    const moved = byLoadDescending.some((from) => shiftAlongChain(from, assigned, subscribers, originallyOwned));
    if (!moved) break;
  }
  return assigned.map((ids) => [...ids].sort((a, b) => a - b));
}

/**
 * Breadth-first search from `from` over "member x holds a partition member y subscribes to";
 * if it reaches a member with at least two partitions fewer than `from`, every member on the
 * path passes one partition to the next, so `from` loses one and the target gains one.
 * Partitions that their holder did not own before this rebalance are passed first, which keeps
 * owned partitions where they are when there is a choice.
 */
function shiftAlongChain(
  from: number,
  assigned: Set<number>[],
  subscribers: readonly (readonly number[])[],
  originallyOwned: readonly Set<number>[],
): boolean {
  const load = (member: number) => (assigned[member] as Set<number>).size;
  const previous = new Map<number, { member: number; partition: number }>();
  const visited = new Set([from]);
  const queue = [from];
  let target = -1;
  for (let head = 0; head < queue.length; head++) {
    const member = queue[head] as number;
    if (member !== from && load(member) <= load(from) - 2 && (target === -1 || load(member) < load(target))) target = member;
    const owned = originallyOwned[member] as Set<number>;
    const held = [...(assigned[member] as Set<number>)].sort((a, b) => Number(owned.has(a)) - Number(owned.has(b)) || a - b);
    for (const partition of held) {
      for (const next of subscribers[partition] as readonly number[]) {
        if (visited.has(next)) continue;
        visited.add(next);
        previous.set(next, { member, partition });
        queue.push(next);
      }
    }
  }
  if (target === -1) return false;
  for (let member = target; member !== from; ) {
    const step = previous.get(member) as { member: number; partition: number };
    (assigned[step.member] as Set<number>).delete(step.partition);
    (assigned[member] as Set<number>).add(step.partition);
    member = step.member;
  }
  return true;
}
