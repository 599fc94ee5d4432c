import type { KafkaClient } from '@kafkaline/network';
import { KafkaConfigError } from '@kafkaline/protocol';
import { describe } from '../options.js';

/** What `subscribe()` was given: topic names, or a pattern matched against every topic in the cluster. */
export type SubscriptionSpec = readonly string[] | RegExp;

export function checkSubscription(topics: unknown): SubscriptionSpec {
  if (topics instanceof RegExp) return new RegExp(topics.source, topics.flags.replace(/[gy]/g, ''));
  if (!Array.isArray(topics) || topics.length === 0 || topics.some((t) => typeof t !== 'string' || t === '')) {
    throw new KafkaConfigError('topics', `subscribe() expects a non-empty array of topic names or a RegExp, got ${describe(topics)}`);
  }
  return [...new Set(topics as string[])].sort();
}

/**
 * The topics a subscription stands for right now, sorted. A pattern is matched against every
 * topic the cluster knows, leaving out internal topics (`__consumer_offsets`), as the Java
 * client's exclude.internal.topics does.
 */
export async function subscribedTopics(client: KafkaClient, spec: SubscriptionSpec): Promise<string[]> {
  if (!(spec instanceof RegExp)) return [...spec];
  const metadata = await client.metadata({ topics: null });
  return metadata.topics
    .filter((t) => t.errorCode === 0 && !t.isInternal && spec.test(t.name))
    .map((t) => t.name)
    .sort();
}

/** Partition counts of the subscribed topics that exist (the leader's input to the assignor). */
export async function partitionCounts(client: KafkaClient, topics: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (topics.length === 0) return counts;
  const metadata = await client.metadata({ topics: [...topics] });
  for (const t of metadata.topics) if (t.errorCode === 0 && t.partitions.length > 0) counts.set(t.name, t.partitions.length);
  return counts;
}

/**
 * A RegExp subscription as KIP-848's SubscribedTopicRegex: the coordinator matches it against
 * whole topic names (RE2/J `matches()`), a JavaScript RegExp anywhere in the name, so `/^orders-/`
 * is sent as `.*(?:^orders-).*`; the `i` and `s` flags become inline flags. Syntax RE2/J lacks
 * (lookbehind, backreferences) is refused by the coordinator with INVALID_REGULAR_EXPRESSION.
 */
export function wholeNameRegex(spec: RegExp): string {
  const flags = `${spec.ignoreCase ? 'i' : ''}${spec.dotAll ? 's' : ''}`;
  return `${flags === '' ? '' : `(?${flags})`}.*(?:${spec.source}).*`;
}
