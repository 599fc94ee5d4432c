// What the scenarios share: generated messages (and a topic seeded with them), reading a known
// number of messages with each consumer class, and the committed offsets as kafkajs's admin sees them.
import type { KafkaConsumer, Message } from '@kafkaline/consumer';
import { type MessageToProduce, produceWithKafkajs, withAdmin } from '../kafkajs-tools.js';
import type { Endpoint, Security, Target } from '../target.js';

/** Every wait of a scenario ends by this deadline: a stuck consumer fails the test instead of hanging it. */
export const SCENARIO_DEADLINE_MS = 60_000;

const decoder = new TextDecoder();
export const text = (bytes: Uint8Array | null): string | null => (bytes === null ? null : decoder.decode(bytes));

/** A consumed message reduced to what scenarios compare. */
export interface Seen {
  partition: number;
  offset: number;
  key: string | null;
  value: string | null;
  headers: Record<string, string | null>;
}

/** `count` messages `<prefix>-<i>` keyed `k<i>`, spread round-robin over `partitions` partitions. */
export function numberedMessages(prefix: string, count: number, partitions = 1, from = 0): MessageToProduce[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `k${from + i}`,
    value: `${prefix}-${from + i}`,
    headers: { seq: String(from + i) },
    partition: (from + i) % partitions,
  }));
}

/**
 * Creates `topic` with `partitions` partitions (default 1) and produces `numberedMessages(topic,
 * count, partitions)` into it with kafkajs; returns the endpoint used and the messages.
 */
export async function seedTopic(
  target: Target,
  topic: string,
  count: number,
  options: { partitions?: number; perSend?: number; security?: Security } = {},
): Promise<{ endpoint: Endpoint; messages: MessageToProduce[] }> {
  const partitions = options.partitions ?? 1;
  await target.createTopic({ name: topic, partitions }, options.security);
  const endpoint = await target.endpoint(options.security);
  const messages = numberedMessages(topic, count, partitions);
  await produceWithKafkajs(endpoint, topic, messages, { perSend: options.perSend });
  return { endpoint, messages };
}

function headersOf(headers: readonly { key: string; value: Uint8Array | null }[]): Record<string, string | null> {
  return Object.fromEntries(headers.map((h) => [h.key, text(h.value)]));
}

/** Reads exactly `count` messages with KafkaConsumer.next(), marking each done. */
export async function readWithKafkaConsumer(consumer: KafkaConsumer<Uint8Array | null>, count: number): Promise<Seen[]> {
  const signal = AbortSignal.timeout(SCENARIO_DEADLINE_MS);
  const seen: Seen[] = [];
  while (seen.length < count) {
    const m = await consumer.next({ signal });
    seen.push({ partition: m.partition, offset: m.offset, key: text(m.key), value: text(m.value), headers: headersOf(m.headers) });
    await consumer.taskDone(m, { signal });
  }
  return seen;
}

/** A SimpleConsumer or MultiProcessConsumer (raw values) after providePartitionInfo(). */
interface PartitionMessageSource {
  getMessages(options: { count: number; timeoutMs: null; signal: AbortSignal }): Promise<[partition: number, { offset: number; message: Message }][]>;
}

/** Reads exactly `count` messages with getMessages (no time limit but the deadline). */
export async function readWithSimpleConsumer(consumer: PartitionMessageSource, count: number): Promise<(Seen & { attributes: number })[]> {
  const signal = AbortSignal.timeout(SCENARIO_DEADLINE_MS);
  const seen: (Seen & { attributes: number })[] = [];
  while (seen.length < count) {
    const batch = await consumer.getMessages({ count: count - seen.length, timeoutMs: null, signal });
    for (const [partition, { offset, message }] of batch) {
      seen.push({ partition, offset, key: text(message.key), value: text(message.value), headers: headersOf(message.headers), attributes: message.attributes });
    }
  }
  return seen;
}

/** The values, sorted: what "every message exactly once, whatever the partition order" compares. */
export const sortedValues = (seen: readonly Pick<Seen, 'value'>[]): (string | null)[] => seen.map((s) => s.value).sort();

/** Per partition, offsets in the order they were delivered must only increase. */
export function offsetsIncreasePerPartition(seen: readonly Pick<Seen, 'partition' | 'offset'>[]): boolean {
  const last = new Map<number, number>();
  for (const { partition, offset } of seen) {
    if ((last.get(partition) ?? -1) >= offset) return false;
    last.set(partition, offset);
  }
  return true;
}

/** Committed offsets of a group for one topic, read with kafkajs's admin (partition → offset, -1 = none). */
export async function committedOffsets(endpoint: Endpoint, groupId: string, topic: string): Promise<Map<number, number>> {
  return withAdmin(endpoint, async (admin) => {
    const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map((entry?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
  });
}

/** How many messages of `messages` went to each partition. */
export function countPerPartition(messages: readonly MessageToProduce[], partitions: number): Map<number, number> {
  const counts = new Map<number, number>(Array.from({ length: partitions }, (_, p) => [p, 0]));
  for (const m of messages) counts.set(m.partition ?? 0, (counts.get(m.partition ?? 0) ?? 0) + 1);
  return counts;
}
