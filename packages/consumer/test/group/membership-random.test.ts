// Seeded random join/leave sequences on the fake cluster: whatever the order of joins, leaves
// (overlapping rebalances included) and produced messages, no offset marked done is lost —
// nothing done is delivered again, everything ends committed — and commits never go backwards
// (no member commits for a partition it no longer owns).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SeededRandom } from '@kafkaline/testing';
import { appendMessages } from '../helpers/cluster.js';
import { commitsSeen } from '../helpers/observe.js';
import { allPartitions, GROUP, groupCluster, type Member, newMember, type Processed, runUntil, settleOn, settledGeneration, work } from './harness.js';

const SEQUENCES = Number(process.env.GROUP_SEQUENCES ?? 100);
const PARTITIONS = 4;
const ASSIGNORS = ['range', 'roundrobin', 'cooperative-sticky'] as const;

/** Returns how many partitions were consumed by more than one member (ownership that moved). */
async function sequence(seed: number): Promise<number> {
  const random = new SeededRandom(seed);
  const next = () => random.next();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const assignor = pick(ASSIGNORS);
  const t = await groupCluster({ t: PARTITIONS }, 0);
  const processed: Processed[] = [];
  const live: Member[] = [];
  const workers: Promise<void>[] = [];
  const closing: Promise<void>[] = [];
  let produced = 0;
  let names = 0;
  const join = () => {
    const member = newMember(t, `m${names++}`, ['t'], { partitionAssignors: [assignor] });
    live.push(member);
    workers.push(work(member, processed));
  };
  join();
  const steps = 6 + Math.floor(next() * 8);
  for (let step = 0; step < steps; step++) {
    const roll = next();
    if (roll < 0.3 && live.length < 4) join();
    else if (roll < 0.5 && live.length > 1) {
      const leaving = live.splice(Math.floor(next() * live.length), 1)[0] as Member;
      closing.push(leaving.consumer.close());
    } else {
      const partition = Math.floor(next() * PARTITIONS);
      const count = 1 + Math.floor(next() * 5);
      await appendMessages(t.cluster, 't', partition, count, { perBatch: 2 });
      produced += count;
    }
    // Sometimes let the group settle, sometimes pile the next change onto a running rebalance.
    if (next() < 0.5) await runUntil(t, () => settledGeneration(t, live, allPartitions('t', PARTITIONS)), `seed ${seed}: generation settles`);
    else t.clock.advance(Math.floor(next() * 3000));
  }
  await settleOn(t, Promise.all(closing), `seed ${seed}: leaving members close`);
  await runUntil(t, () => settledGeneration(t, live, allPartitions('t', PARTITIONS)), `seed ${seed}: final generation settles`);
  await runUntil(t, () => new Set(processed.map((p) => `${p.partition}/${p.offset}`)).size === produced, `seed ${seed}: all ${produced} messages processed`);
  await settleOn(t, Promise.all(live.map((m) => m.consumer.close())), `seed ${seed}: close`);
  await settleOn(t, Promise.all(workers), `seed ${seed}: workers end`);

  for (const m of [...live]) assert.is(m.stopped, null, `seed ${seed}: ${m.name} stopped with ${String(m.stopped?.error)}`);
  // Nothing marked done (and so committed before its partition moved) was delivered again.
  const doneAt = new Map<string, number>();
  processed.forEach((p, i) => {
    const id = `${p.partition}/${p.offset}`;
    const earlier = doneAt.get(id);
    assert.ok(earlier === undefined, `seed ${seed} (${assignor}): ${id} was done by ${processed[earlier ?? 0]?.member} and delivered again to ${p.member}`);
    if (p.done) doneAt.set(id, i);
  });
  for (let p = 0; p < PARTITIONS; p++) {
    const end = t.cluster.partition('t', p).highWatermark;
    assert.is(t.cluster.committedOffset(GROUP, 't', p) ?? 0, end, `seed ${seed} (${assignor}): partition ${p} committed to its end`);
  }
  // Commits of each partition only move forward.
  const last = new Map<string, number>();
  for (const commit of commitsSeen(t.cluster)) {
    for (const [tp, offset] of commit.offsets) {
      assert.ok(offset >= (last.get(tp) ?? 0), `seed ${seed} (${assignor}): ${tp} committed ${offset} after ${last.get(tp)} (by ${commit.memberId})`);
      last.set(tp, offset);
    }
  }
  await t.stop();
  const consumersOf = new Map<number, Set<string>>();
  for (const p of processed) consumersOf.set(p.partition, (consumersOf.get(p.partition) ?? new Set()).add(p.member));
  return [...consumersOf.values()].filter((members) => members.size > 1).length;
}

test(`${SEQUENCES} seeded random join/leave sequences lose no done offset and commit only forwards`, async () => {
  let moved = 0;
  for (let seed = 1; seed <= SEQUENCES; seed++) moved += await sequence(seed);
  // The sequences did move partitions between live consumers (what the checks are about).
  assert.ok(moved >= SEQUENCES / 4, `only ${moved} partitions changed hands`);
});

test.run();
