// Numbers every partition of the subscribed topics 0..n-1 in (topic name, partition) order, so
// the sticky assignor can work on small integers and sets instead of (topic, partition) pairs.
import type { MemberSubscription, TopicPartitions } from './assignor.js';
import { existingSubscribedTopics } from './assignment-map.js';

export class PartitionUniverse {
  readonly topics: readonly string[];
  readonly size: number;
  private readonly firstIdByTopic = new Map<string, number>();
  private readonly partitionCountByTopic = new Map<string, number>();
  private readonly topicOfId: string[] = [];

  constructor(members: readonly MemberSubscription[], partitionsPerTopic: ReadonlyMap<string, number>) {
    this.topics = existingSubscribedTopics(members, partitionsPerTopic);
    let next = 0;
    for (const topic of this.topics) {
      const count = partitionsPerTopic.get(topic) ?? 0;
      this.firstIdByTopic.set(topic, next);
      this.partitionCountByTopic.set(topic, count);
      for (let partition = 0; partition < count; partition++) this.topicOfId.push(topic);
      next += count;
    }
    this.size = next;
  }

  /** The id of a partition, or undefined if the topic is not subscribed or the partition does not exist. */
  idOf(topic: string, partition: number): number | undefined {
    const first = this.firstIdByTopic.get(topic);
    const count = this.partitionCountByTopic.get(topic) ?? 0;
    if (first === undefined || !Number.isInteger(partition) || partition < 0 || partition >= count) return undefined;
    return first + partition;
  }

  topicOf(id: number): string {
    return this.topicOfId[id] as string;
  }

  partitionOf(id: number): number {
    const topic = this.topicOf(id);
    return id - (this.firstIdByTopic.get(topic) as number);
  }

  /** Ids of every existing partition in `list`; unknown topics and partitions are dropped. */
  idsOf(list: readonly TopicPartitions[]): number[] {
    const ids: number[] = [];
    for (const { topic, partitions } of list) {
      for (const partition of partitions) {
        const id = this.idOf(topic, partition);
        if (id !== undefined) ids.push(id);
      }
    }
    return ids;
  }

  /** Ids of every partition of `topics` (unknown topics skipped), ascending. */
  idsOfTopics(topics: readonly string[]): number[] {
    const ids: number[] = [];
    for (const topic of [...new Set(topics)].sort()) {
      const first = this.firstIdByTopic.get(topic);
      if (first === undefined) continue;
      const count = this.partitionCountByTopic.get(topic) ?? 0;
      for (let partition = 0; partition < count; partition++) ids.push(first + partition);
    }
    return ids;
  }
}
