// Helpers for group tests: members on their own clients (a parked JoinGroup must not hold up
// another member's requests on a shared coordinator connection), a worker loop that processes
// and marks done, and a driver that moves the manual clock until a condition holds.
import { type KafkaConsumerConfig, ConsumerStoppedError, KafkaConsumer, type KafkaMessage, type TopicPartition } from '../../src/index.js';
import type { RebalanceListener } from '../../src/group/rebalance-listener.js';
import { appendMessages, startCluster, type TestCluster } from '../helpers/cluster.js';
import { flush } from '../helpers/event-loop.js';

export const GROUP = 'g';

export async function groupCluster(topics: Record<string, number>, perPartition: number, brokers = 1): Promise<TestCluster> {
  const t = await startCluster({ brokers });
  for (const [name, partitions] of Object.entries(topics)) {
    t.cluster.createTopic(name, partitions);
    for (let p = 0; p < partitions; p++) if (perPartition > 0) await appendMessages(t.cluster, name, p, perPartition, { perBatch: 5 });
  }
  return t;
}

export interface Processed {
  member: string;
  topic: string;
  partition: number;
  offset: number;
  done: boolean;
}

export interface Member {
  name: string;
  consumer: KafkaConsumer;
  revoked: TopicPartition[][];
  assigned: TopicPartition[][];
  lost: TopicPartition[][];
  /** The worker's end: undefined while it runs; an error it stopped with. */
  stopped: { error: unknown } | null;
  /** While set, the worker holds the message it got and does not call next(): a slow handler. */
  block: Promise<void> | null;
}

export function newMember(
  t: TestCluster,
  name: string,
  topics: string[] | RegExp,
  config: KafkaConsumerConfig = {},
  extraListener: RebalanceListener = {},
): Member {
  const consumer = new KafkaConsumer({ client: t.newClient({ clientId: name }), clock: t.clock, groupId: GROUP, autoOffsetReset: 'smallest', ...config } as KafkaConsumerConfig);
  const member: Member = { name, consumer, revoked: [], assigned: [], lost: [], stopped: null, block: null };
  consumer.subscribe(topics, {
    onPartitionsRevoked: async (partitions) => {
      member.revoked.push(partitions);
      await extraListener.onPartitionsRevoked?.(partitions);
    },
    onPartitionsAssigned: async (partitions) => {
      member.assigned.push(partitions);
      await extraListener.onPartitionsAssigned?.(partitions);
    },
    onPartitionsLost: async (partitions) => {
      member.lost.push(partitions);
      await extraListener.onPartitionsLost?.(partitions);
    },
  });
  return member;
}

/** Processes messages (marking each done) until the consumer closes; records what it saw. */
export function work(member: Member, processed: Processed[]): Promise<void> {
  return (async () => {
    for (;;) {
      let message: KafkaMessage;
      try {
        message = await member.consumer.next();
      } catch (error) {
        if (error instanceof ConsumerStoppedError) return;
        member.stopped = { error };
        return;
      }
      if (member.block) await member.block;
      let done = false;
      try {
        done = await member.consumer.taskDone(message);
      } catch (error) {
        if (error instanceof ConsumerStoppedError) return;
        throw error;
      }
      processed.push({ member: member.name, topic: message.topic, partition: message.partition, offset: message.offset, done });
    }
  })();
}

/**
 * Lets the event loop run and moves the manual clock (to the next timer, at most `stepMs` at a
 * time) until `predicate` holds; fails after `maxSteps`.
 */
export async function runUntil(t: TestCluster, predicate: () => boolean, what: string, options: { stepMs?: number; maxSteps?: number } = {}): Promise<void> {
  const stepMs = options.stepMs ?? 100;
  const maxSteps = options.maxSteps ?? 20_000;
  for (let i = 0; i < maxSteps; i++) {
    await flush(3);
    if (predicate()) return;
    const next = t.clock.nextDue;
    t.clock.advance(next === undefined ? stepMs : Math.max(0, Math.min(stepMs, next - t.clock.now())));
  }
  throw new Error(`gave up waiting for ${what} after ${maxSteps} steps (clock at ${t.clock.now()})`);
}

/** Runs `promise` to its end on the manual clock. */
export async function settleOn<T>(t: TestCluster, promise: Promise<T>, what: string): Promise<T> {
  let outcome: { value?: T; error?: unknown } | null = null;
  promise.then(
    (value) => {
      outcome = { value };
    },
    (error: unknown) => {
      outcome = { error };
    },
  );
  await runUntil(t, () => outcome !== null, what);
  const result = outcome as unknown as { value?: T; error?: unknown };
  if ('error' in result) throw result.error;
  return result.value as T;
}

/** Closes the members on the manual clock, waits for their workers to end, and stops the cluster. */
export async function closeAll(t: TestCluster, members: readonly Member[], workers: readonly Promise<void>[]): Promise<void> {
  await settleOn(t, Promise.all(members.map((m) => m.consumer.close())), 'close');
  await Promise.all(workers);
  await t.stop();
}

export function key(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

/** Every partition is owned by exactly one of the members, each stable in the group's current generation. */
export function settledGeneration(t: TestCluster, members: readonly Member[], partitions: readonly string[]): boolean {
  const group = t.cluster.group(GROUP);
  if (group === undefined || group.state !== 'Stable' || group.members.length !== members.length) return false;
  const owners = new Map<string, number>();
  for (const m of members) {
    const meta = m.consumer.groupMetadata();
    if (meta === null || meta.state !== 'stable' || meta.generationId !== group.generationId) return false;
    for (const tp of m.consumer.assignedPartitions()) owners.set(key(tp), (owners.get(key(tp)) ?? 0) + 1);
  }
  return partitions.every((p) => owners.get(p) === 1) && owners.size === partitions.length;
}

export function allPartitions(topic: string, count: number): string[] {
  return Array.from({ length: count }, (_, p) => `${topic}-${p}`);
}

export function owned(member: Member): string[] {
  return member.consumer.assignedPartitions().map(key).sort();
}

/**
 * Every partition owned by exactly one member, every member stable, and the counts balanced
 * (the target of both server assignors on one topic): in between, a member may legitimately
 * wait with nothing while others release partitions.
 */
export function reconciled(members: readonly Member[], partitions: readonly string[]): boolean {
  const counts = members.map((m) => m.consumer.assignedPartitions().length);
  if (Math.max(...counts) - Math.min(...counts) > 1) return false;
  const owners = new Map<string, number>();
  for (const m of members) {
    if (m.consumer.groupMetadata()?.state !== 'stable') return false;
    for (const tp of m.consumer.assignedPartitions()) owners.set(key(tp), (owners.get(key(tp)) ?? 0) + 1);
  }
  return owners.size === partitions.length && partitions.every((p) => owners.get(p) === 1);
}
