// Property tests over seeded random groups: whatever the group looks like, every partition is
// owned exactly once (cooperative: at most once, exactly once after the follow-up rebalance),
// nobody gets a topic it did not subscribe to, uniform groups balance within one, and
// cooperative-sticky moves no more owned partitions than balance forces.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SeededRandom } from '@kafkaline/testing';
import type { MemberSubscription, PartitionAssignor, TopicPartitions } from '../../src/group/assignors/assignor.js';
import { cooperativeStickyAssignor } from '../../src/group/assignors/cooperative-sticky.js';
import { rangeAssignor } from '../../src/group/assignors/range.js';
import { roundRobinAssignor } from '../../src/group/assignors/round-robin.js';

/** An integer in [0, max) from a seeded generator, so each failing case can be replayed from its seed. */
function seeded(seed: number): (max: number) => number {
  const random = new SeededRandom(seed);
  return (max) => random.int(0, max - 1);
}

interface RandomGroup {
  members: MemberSubscription[];
  partitionsPerTopic: Map<string, number>;
}

function randomGroup(seed: number, uniform: boolean): RandomGroup {
  const random = seeded(seed);
  const topicCount = 1 + random(4);
  const partitionsPerTopic = new Map<string, number>();
  for (let t = 0; t < topicCount; t++) partitionsPerTopic.set(`topic-${t}`, 1 + random(12));
  const topics = [...partitionsPerTopic.keys()];
  const memberCount = 1 + random(8);
  const members: MemberSubscription[] = [];
  for (let m = 0; m < memberCount; m++) {
    const subscribed = uniform ? topics : topics.filter(() => random(2) === 0);
    members.push({
      memberId: `member-${random(1000)}-${m}`,
      groupInstanceId: random(3) === 0 ? `instance-${m}` : null,
      topics: subscribed.length > 0 ? subscribed : [topics[random(topics.length)] as string],
      ownedPartitions: [],
      generationId: -1,
      rackId: null,
      userData: null,
    });
  }
  return { members, partitionsPerTopic };
}

const key = (topic: string, partition: number) => `${topic}:${partition}`;

function ownersOf(assignment: Map<string, TopicPartitions[]>): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [memberId, list] of assignment) {
    for (const { topic, partitions } of list) for (const p of partitions) owners.set(key(topic, p), [...(owners.get(key(topic, p)) ?? []), memberId]);
  }
  return owners;
}

function countOf(list: TopicPartitions[] | undefined): number {
  return (list ?? []).reduce((sum, { partitions }) => sum + partitions.length, 0);
}

function subscribedPartitions(group: RandomGroup): string[] {
  const topics = new Set(group.members.flatMap((m) => m.topics));
  return [...topics].flatMap((topic) => Array.from({ length: group.partitionsPerTopic.get(topic) ?? 0 }, (_, p) => key(topic, p)));
}

function assertValid(group: RandomGroup, assignment: Map<string, TopicPartitions[]>, context: string, complete: boolean): void {
  assert.equal([...assignment.keys()].sort(), group.members.map((m) => m.memberId).sort(), `${context}: every member has an entry`);
  const owners = ownersOf(assignment);
  for (const [partition, list] of owners) assert.is(list.length, 1, `${context}: ${partition} owned by ${list.join(', ')}`);
  if (complete) assert.is(owners.size, subscribedPartitions(group).length, `${context}: every subscribed partition is assigned`);
  for (const member of group.members) {
    for (const { topic } of assignment.get(member.memberId) ?? []) assert.ok(member.topics.includes(topic), `${context}: ${member.memberId} got unsubscribed ${topic}`);
  }
}

function assertBalancedWithinOne(assignment: Map<string, TopicPartitions[]>, context: string): void {
  const counts = [...assignment.values()].map(countOf);
  assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `${context}: counts ${counts.join(',')}`);
}

/** Cooperative members revoke what they lost and rejoin with what they kept, one generation on. */
function withOwned(members: MemberSubscription[], assignment: Map<string, TopicPartitions[]>, generationId: number): MemberSubscription[] {
  return members.map((m) => ({ ...m, ownedPartitions: assignment.get(m.memberId) ?? [], generationId }));
}

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

for (const assignor of [rangeAssignor, roundRobinAssignor, cooperativeStickyAssignor] as PartitionAssignor[]) {
  test(`${assignor.name}: every subscribed partition goes to exactly one subscriber (300 seeded random groups)`, () => {
    for (const seed of SEEDS) {
      const group = randomGroup(seed, false);
      assertValid(group, assignor.assign(group.members, group.partitionsPerTopic), `${assignor.name} seed ${seed}`, true);
    }
  });
}

for (const assignor of [roundRobinAssignor, cooperativeStickyAssignor]) {
  test(`${assignor.name}: uniform subscriptions balance within one partition (300 seeded groups)`, () => {
    for (const seed of SEEDS) {
      const group = randomGroup(seed, true);
      assertBalancedWithinOne(assignor.assign(group.members, group.partitionsPerTopic), `${assignor.name} seed ${seed}`);
    }
  });
}

test('range: each member gets floor or ceil of P/M of every topic it shares with the others', () => {
  for (const seed of SEEDS) {
    const group = randomGroup(seed, true);
    const result = rangeAssignor.assign(group.members, group.partitionsPerTopic);
    for (const [topic, count] of group.partitionsPerTopic) {
      const perMember = group.members.map((m) => (result.get(m.memberId) ?? []).find((tp) => tp.topic === topic)?.partitions.length ?? 0);
      assert.ok(Math.max(...perMember) - Math.min(...perMember) <= 1, `seed ${seed} ${topic} (${count}): ${perMember}`);
    }
  }
});

test('cooperative-sticky: mixed subscriptions leave no member able to take a partition from one holding two more', () => {
  for (const seed of SEEDS) {
    const group = randomGroup(seed, false);
    const result = cooperativeStickyAssignor.assign(group.members, group.partitionsPerTopic);
    for (const from of group.members) {
      for (const to of group.members) {
        if (countOf(result.get(from.memberId)) - countOf(result.get(to.memberId)) < 2) continue;
        const movable = (result.get(from.memberId) ?? []).some(({ topic }) => to.topics.includes(topic));
        assert.not.ok(movable, `seed ${seed}: ${to.memberId} could take one of ${from.memberId}'s partitions`);
      }
    }
  }
});

/**
 * The fewest owned partitions a uniform group must move: members with the most owned keep
 * ceil(N/M), the others floor(N/M); everything owned beyond that has to go.
 */
function leastForcedMoves(members: MemberSubscription[], partitionTotal: number): number {
  const owned = members.map((m) => countOf(m.ownedPartitions)).sort((a, b) => b - a);
  const minQuota = Math.floor(partitionTotal / members.length);
  const withExtra = partitionTotal % members.length;
  return owned.reduce((moves, count, rank) => moves + Math.max(0, count - (minQuota + (rank < withExtra ? 1 : 0))), 0);
}

test('cooperative-sticky: members joining and leaving: no partition moves straight between members, the follow-up rebalance completes, and no more owned partitions move than balance forces', () => {
  for (const seed of SEEDS) {
    const random = seeded(seed * 7919);
    const group = randomGroup(seed, true);
    const total = subscribedPartitions(group).length;
    let members = group.members;
    let generation = 1;
    members = withOwned(members, cooperativeStickyAssignor.assign(members, group.partitionsPerTopic), generation);
    for (let step = 0; step < 6; step++) {
      // Change the group: a member leaves (taking its partitions with it) or a new one joins.
      if (members.length > 1 && random(2) === 0) {
        const leaving = random(members.length);
        members = members.filter((_, i) => i !== leaving);
      }
      else members = [...members, { ...(members[0] as MemberSubscription), memberId: `joiner-${seed}-${step}`, groupInstanceId: null, ownedPartitions: [], generationId: -1 }];
      const context = `seed ${seed} step ${step}`;
      const before = new Map(members.map((m) => [m.memberId, new Set(m.ownedPartitions.flatMap(({ topic, partitions }) => partitions.map((p) => key(topic, p))))]));
      const ownerBefore = new Map<string, string>();
      for (const [memberId, set] of before) for (const partition of set) ownerBefore.set(partition, memberId);

      const next = cooperativeStickyAssignor.assign(members, group.partitionsPerTopic);
      assertValid({ members, partitionsPerTopic: group.partitionsPerTopic }, next, context, false);
      let revoked = 0;
      for (const member of members) {
        const now = new Set((next.get(member.memberId) ?? []).flatMap(({ topic, partitions }) => partitions.map((p) => key(topic, p))));
        for (const partition of now) {
          const previous = ownerBefore.get(partition);
          assert.ok(previous === undefined || previous === member.memberId, `${context}: ${partition} moved straight from ${previous} to ${member.memberId}`);
        }
        for (const partition of before.get(member.memberId) ?? []) if (!now.has(partition)) revoked++;
      }
      assert.is(revoked, leastForcedMoves(members, total), `${context}: owned partitions revoked`);

      generation++;
      members = withOwned(members, next, generation);
      const followUp = cooperativeStickyAssignor.assign(members, group.partitionsPerTopic);
      assertValid({ members, partitionsPerTopic: group.partitionsPerTopic }, followUp, `${context} follow-up`, true);
      assertBalancedWithinOne(followUp, `${context} follow-up`);
      for (const member of members) {
        for (const { topic, partitions } of member.ownedPartitions) {
          const kept = (followUp.get(member.memberId) ?? []).find((tp) => tp.topic === topic)?.partitions ?? [];
          assert.ok(partitions.every((p) => kept.includes(p)), `${context}: the follow-up rebalance revoked nothing more`);
        }
      }
      generation++;
      members = withOwned(members, followUp, generation);
    }
  }
});

test('cooperative-sticky: a second member joining takes nothing at once; the owner keeps 0-1 and the follow-up hands out 2', () => {
  const subscription = { groupInstanceId: null, topics: ['t'], rackId: null, userData: null };
  const partitionsPerTopic = new Map([['t', 3]]);
  const first = cooperativeStickyAssignor.assign([{ ...subscription, memberId: 'a', ownedPartitions: [], generationId: -1 }], partitionsPerTopic);
  assert.equal(first.get('a'), [{ topic: 't', partitions: [0, 1, 2] }]);
  const afterJoin = cooperativeStickyAssignor.assign(
    [
      { ...subscription, memberId: 'a', ownedPartitions: [{ topic: 't', partitions: [0, 1, 2] }], generationId: 1 },
      { ...subscription, memberId: 'b', ownedPartitions: [], generationId: -1 },
    ],
    partitionsPerTopic,
  );
  assert.equal(afterJoin.get('a'), [{ topic: 't', partitions: [0, 1] }]);
  assert.equal(afterJoin.get('b'), []);
  const followUp = cooperativeStickyAssignor.assign(
    [
      { ...subscription, memberId: 'a', ownedPartitions: [{ topic: 't', partitions: [0, 1] }], generationId: 2 },
      { ...subscription, memberId: 'b', ownedPartitions: [], generationId: 2 },
    ],
    partitionsPerTopic,
  );
  assert.equal(followUp.get('a'), [{ topic: 't', partitions: [0, 1] }]);
  assert.equal(followUp.get('b'), [{ topic: 't', partitions: [2] }]);
});

test('cooperative-sticky: a stale claim (older generation) loses to the newer owner; a tie at the newest generation makes neither claim sticky and the partition waits for both to revoke', () => {
  const base = { groupInstanceId: null, topics: ['t'], rackId: null, userData: null };
  const partitionsPerTopic = new Map([['t', 2]]);
  const stale = cooperativeStickyAssignor.assign(
    [
      { ...base, memberId: 'a', ownedPartitions: [{ topic: 't', partitions: [0, 1] }], generationId: 3 },
      { ...base, memberId: 'b', ownedPartitions: [{ topic: 't', partitions: [1] }], generationId: 5 },
    ],
    partitionsPerTopic,
  );
  assert.equal(stale.get('b'), [{ topic: 't', partitions: [1] }]);
  assert.equal(stale.get('a'), [{ topic: 't', partitions: [0] }]);

  // a and b both claim 0 at generation 5: neither is trusted with it, so it goes to c, and c
  // must wait until both have revoked it. Trusting the first claim would have kept 0 at a.
  const tie = cooperativeStickyAssignor.assign(
    [
      { ...base, memberId: 'a', ownedPartitions: [{ topic: 't', partitions: [0, 2] }], generationId: 5 },
      { ...base, memberId: 'b', ownedPartitions: [{ topic: 't', partitions: [0, 1] }], generationId: 5 },
      { ...base, memberId: 'c', ownedPartitions: [], generationId: -1 },
    ],
    new Map([['t', 3]]),
  );
  assert.equal(tie.get('a'), [{ topic: 't', partitions: [2] }]);
  assert.equal(tie.get('b'), [{ topic: 't', partitions: [1] }]);
  assert.equal(tie.get('c'), []);
});

test('cooperative-sticky: the generation of pre-v2 members is read from their userData (int32), as Java 2.4-3.x wrote it', () => {
  const base = { groupInstanceId: null, topics: ['t'], rackId: null, generationId: -1 };
  const generation = (n: number) => new Uint8Array([0, 0, 0, n]);
  const result = cooperativeStickyAssignor.assign(
    [
      { ...base, memberId: 'a', ownedPartitions: [{ topic: 't', partitions: [0] }], userData: generation(2) },
      { ...base, memberId: 'b', ownedPartitions: [{ topic: 't', partitions: [0] }], userData: generation(9) },
    ],
    new Map([['t', 2]]),
  );
  // With both claims at "unknown generation" the tie would hand 0 to a (member order).
  assert.equal(result.get('b'), [{ topic: 't', partitions: [0] }]);
  assert.equal(result.get('a'), [{ topic: 't', partitions: [1] }]);
});

test('cooperative-sticky: a member unsubscribing from a topic gives up its partitions; they reach the other member only after the revocation', () => {
  const partitionsPerTopic = new Map([
    ['x', 2],
    ['y', 2],
  ]);
  const result = cooperativeStickyAssignor.assign(
    [
      { memberId: 'a', groupInstanceId: null, topics: ['y'], rackId: null, userData: null, generationId: 4, ownedPartitions: [{ topic: 'x', partitions: [0, 1] }] },
      { memberId: 'b', groupInstanceId: null, topics: ['x', 'y'], rackId: null, userData: null, generationId: 4, ownedPartitions: [{ topic: 'y', partitions: [0, 1] }] },
    ],
    partitionsPerTopic,
  );
  assert.equal(result.get('b')?.find((tp) => tp.topic === 'x'), undefined, 'x is still being revoked by a');
  assert.equal(result.get('a')?.find((tp) => tp.topic === 'x'), undefined, 'a no longer subscribes to x');
});

test.run();
