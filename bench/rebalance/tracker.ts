// Who owns which partition and since when each owner has been consuming it: the rebalance
// benchmark's clock. A partition counts as consuming once its owner delivered a message from it
// after (re)gaining it and after the join being measured.
import type { BenchMember, MemberEvents } from './members.js';

const CHECK_EVERY_MS = 5;

export class OwnershipTracker implements MemberEvents {
  /** member → partition → first delivery since the member (re)gained it (and since the join). */
  private readonly consumingSince = new Map<string, Map<number, number>>();
  /** member → partitions it has gained (a delivery counts only for those). */
  private readonly gainedBy = new Map<string, Set<number>>();

  constructor(private readonly partitions: number) {}

  gained(member: string, partitions: readonly number[]): void {
    const gained = this.gainedBy.get(member) ?? new Set<number>();
    this.gainedBy.set(member, gained);
    const since = this.sinceOf(member);
    for (const p of partitions) {
      gained.add(p);
      since.delete(p);
    }
  }

  delivered(member: string, partition: number): void {
    if (!this.gainedBy.get(member)?.has(partition)) return;
    const since = this.sinceOf(member);
    if (!since.has(partition)) since.set(partition, performance.now());
  }

  /** The join being measured starts now: only deliveries from here on count. */
  markJoin(): number {
    for (const since of this.consumingSince.values()) since.clear();
    return performance.now();
  }

  /**
   * Resolves, once every member owns a balanced share (all partitions, each once) and every
   * partition is consuming at its owner, with the time the last partition started consuming.
   */
  settled(members: readonly BenchMember[], limitMs: number, what: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(() => {
        clearInterval(check);
        reject(new Error(`rebalance bench: gave up waiting for ${what} after ${limitMs} ms`));
      }, limitMs);
      const check = setInterval(() => {
        const at = this.consumingAt(members);
        if (at === null) return;
        clearInterval(check);
        clearTimeout(deadline);
        resolve(at);
      }, CHECK_EVERY_MS);
    });
  }

  private consumingAt(members: readonly BenchMember[]): number | null {
    const owner = new Map<number, string>();
    const shares: number[] = [];
    for (const m of members) {
      const owned = m.owned();
      shares.push(owned.length);
      for (const p of owned) {
        if (owner.has(p)) return null;
        owner.set(p, m.name);
      }
    }
    if (owner.size !== this.partitions || Math.max(...shares) - Math.min(...shares) > 1) return null;
    let last = 0;
    for (const [partition, member] of owner) {
      const since = this.consumingSince.get(member)?.get(partition);
      if (since === undefined) return null;
      last = Math.max(last, since);
    }
    return last;
  }

  private sinceOf(member: string): Map<number, number> {
    let since = this.consumingSince.get(member);
    if (since === undefined) {
      since = new Map();
      this.consumingSince.set(member, since);
    }
    return since;
  }
}
