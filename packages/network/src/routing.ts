import { KafkaError } from '@kafkaline/protocol';
import type { ClientContext } from './context.js';
import { KafkaClientClosedError } from './errors.js';
import type { BrokerMetadata } from './metadata.js';
import type { TopicPartition } from './topic-partition.js';

export interface RoutedItem<T> {
  item: T;
  /** Position in the caller's list, so results come back in the caller's order. */
  index: number;
  leaderEpoch: number;
}

export interface LeaderGroup<T> {
  leader: BrokerMetadata;
  items: Array<RoutedItem<T>>;
}

export interface Routing<T> {
  groups: Map<number, LeaderGroup<T>>;
  failures: Array<{ index: number; item: T; error: KafkaError }>;
}

/**
 * Groups partitions by their current leader. Partitions that cannot be routed (unknown topic, no
 * leader) come back as failures with a typed error, and a throttled metadata refresh is
 * scheduled for the retriable ones; the rest of the request goes ahead without them.
 */
export async function routeByLeader<T extends TopicPartition>(ctx: ClientContext, items: readonly T[]): Promise<Routing<T>> {
  const routing: Routing<T> = { groups: new Map(), failures: [] };
  if (items.length === 0) return routing;
  try {
    await ctx.metadata.ensure(new Set(items.map((i) => i.topic)));
  } catch (error) {
    if (error instanceof KafkaClientClosedError || !isKafkaError(error)) throw error;
    for (const [index, item] of items.entries()) routing.failures.push({ index, item, error });
    return routing;
  }
  items.forEach((item, index) => {
    const route = ctx.metadata.route(item.topic, item.partition);
    if (!route.ok) {
      if (route.error.retriable) void ctx.metadata.invalidate(item.topic, item.partition, `${route.error.code} for ${item.topic}/${item.partition}`);
      routing.failures.push({ index, item, error: route.error });
      return;
    }
    let group = routing.groups.get(route.leader.nodeId);
    if (group === undefined) {
      group = { leader: route.leader, items: [] };
      routing.groups.set(route.leader.nodeId, group);
    }
    group.items.push({ item, index, leaderEpoch: route.leaderEpoch });
  });
  return routing;
}

export function isKafkaError(error: unknown): error is KafkaError {
  return error instanceof KafkaError;
}

/** Groups items by topic, keeping first-seen order (the wire format nests partitions in topics). */
export function byTopic<T extends { item: TopicPartition }>(items: readonly T[]): Map<string, T[]> {
  const topics = new Map<string, T[]>();
  for (const entry of items) {
    const list = topics.get(entry.item.topic);
    if (list) list.push(entry);
    else topics.set(entry.item.topic, [entry]);
  }
  return topics;
}
