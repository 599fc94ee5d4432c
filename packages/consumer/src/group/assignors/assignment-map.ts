// Builds the assignor result: every member id maps to its partitions, grouped by topic, topics
// by name and partitions ascending, so results compare and serialize the same every time.
import type { MemberSubscription, TopicPartitions } from './assignor.js';

export class AssignmentBuilder {
  private readonly byMember = new Map<string, Map<string, number[]>>();

  constructor(members: readonly MemberSubscription[]) {
    for (const member of members) this.byMember.set(member.memberId, new Map());
  }

  add(memberId: string, topic: string, partition: number): void {
    const topics = this.byMember.get(memberId);
    if (!topics) throw new Error(`assignor bug: ${memberId} is not a member of the group`);
    let partitions = topics.get(topic);
    if (!partitions) topics.set(topic, (partitions = []));
    partitions.push(partition);
  }

  build(): Map<string, TopicPartitions[]> {
    const result = new Map<string, TopicPartitions[]>();
    for (const [memberId, topics] of this.byMember) {
      const list = [...topics.keys()].sort().map((topic) => ({
        topic,
        partitions: [...(topics.get(topic) as number[])].sort((a, b) => a - b),
      }));
      result.set(memberId, list);
    }
    return result;
  }
}

/** Subscribed topics that exist (have a partition count), sorted by name. */
export function existingSubscribedTopics(members: readonly MemberSubscription[], partitionsPerTopic: ReadonlyMap<string, number>): string[] {
  const topics = new Set<string>();
  for (const member of members) {
    for (const topic of member.topics) if ((partitionsPerTopic.get(topic) ?? 0) > 0) topics.add(topic);
  }
  return [...topics].sort();
}
