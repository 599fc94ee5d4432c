// Seeded random membership histories against the fake KIP-848 coordinator: members join,
// heartbeat in random order, leave, or go silent past the session timeout, and partitions are
// added. Whatever happens, no partition is ever owned by two members at once (members adopt
// each assignment as soon as they receive it), and once everyone heartbeats for a few rounds
// every partition is owned exactly once and the uniform assignor balances within one.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SeededRandom } from '../src/random.js';
import { ErrorCode } from '@kafkaline/protocol';
import { startHarness } from './support/cluster.js';
import { GroupMember } from './support/consumer-group-member.js';

/** An integer in [0, max) from a seeded generator, so each failing case can be replayed from its seed. */
function seeded(seed: number): (max: number) => number {
  const random = new SeededRandom(seed);
  return (max) => random.int(0, max - 1);
}

function assertNoSharedPartitions(members: readonly GroupMember[], context: string): void {
  const owner = new Map<string, string>();
  for (const member of members) {
    for (const key of member.ownedKeys()) {
      const other = owner.get(key);
      assert.not.ok(other, `${context}: ${key} owned by ${other} and ${member.memberId}`);
      owner.set(key, member.memberId);
    }
  }
}

const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);

const SESSION_TIMEOUT_MS = 45_000;

test('25 seeded histories of joins, leaves, silences and new partitions: never two owners; after settling, every partition once, balanced within one', async () => {
  for (const seed of SEEDS) {
    const random = seeded(seed);
    const partitions = new Map([
      ['t', 2 + random(10)],
      ['u', 1 + random(5)],
    ]);
    const h = await startHarness({ topics: Object.fromEntries(partitions) });
    const client = await h.connect(h.cluster.coordinatorOf('g'));
    const subscription = { subscribedTopicNames: ['t', 'u'] };
    const lastHeartbeat = new Map<GroupMember, number>();
    const beat = async (member: GroupMember, context: string) => {
      const response = await member.heartbeat();
      assert.is(response.errorCode, ErrorCode.NONE, `${context}: ${member.memberId} heartbeat`);
      lastHeartbeat.set(member, h.clock.now());
    };
    const active: GroupMember[] = [];
    let silent: GroupMember[] = [];
    let next = 0;
    for (let step = 0; step < 60; step++) {
      const context = `seed ${seed} step ${step}`;
      const action = random(10);
      if (action < 2 || active.length === 0) {
        const joiner = new GroupMember(client, `member-${seed}-${next++}`, subscription);
        assert.is((await joiner.join()).errorCode, ErrorCode.NONE, context);
        lastHeartbeat.set(joiner, h.clock.now());
        active.push(joiner);
      } else if (action === 2 && active.length > 1) {
        const leaver = active.splice(random(active.length), 1)[0] as GroupMember;
        assert.is((await leaver.leave(-1)).errorCode, ErrorCode.NONE, context);
      } else if (action === 3 && active.length > 1) {
        // Goes silent (a stuck process): keeps its partitions until its session times out.
        silent.push(active.splice(random(active.length), 1)[0] as GroupMember);
      } else if (action === 4) {
        // 5-20 s pass; live members heartbeat on their 5 s interval.
        for (let ticks = 1 + random(4); ticks > 0; ticks--) {
          h.clock.advance(5_000);
          for (const member of active) await beat(member, context);
        }
      } else if (action === 5) {
        const topic = random(2) === 0 ? 't' : 'u';
        const total = (partitions.get(topic) as number) + 1;
        h.cluster.addPartitions(topic, total);
        partitions.set(topic, total);
      } else {
        await beat(active[random(active.length)] as GroupMember, context);
      }
      // The coordinator removed silent members whose session ended; their process gave up its partitions.
      const expired = (member: GroupMember) => h.clock.now() - (lastHeartbeat.get(member) as number) >= SESSION_TIMEOUT_MS;
      for (const member of silent.filter(expired)) member.owned = [];
      silent = silent.filter((member) => !expired(member));
      assertNoSharedPartitions([...active, ...silent], context);
    }
    for (const member of silent) await member.leave(-1);
    for (let round = 0; round < 4; round++) for (const member of active) await beat(member, `seed ${seed} settling`);
    assertNoSharedPartitions(active, `seed ${seed} settled`);
    const total = (partitions.get('t') as number) + (partitions.get('u') as number);
    assert.is(active.flatMap((m) => m.ownedKeys()).length, total, `seed ${seed}: every partition owned once after settling`);
    const counts = active.map((m) => m.ownedKeys().length);
    assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `seed ${seed}: counts ${counts}`);
    assert.ok(active.every((m) => m.epoch === active[0]?.epoch), `seed ${seed}: everyone at one epoch`);
    await h.stop();
  }
});

test.run();
