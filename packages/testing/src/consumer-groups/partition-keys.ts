// KIP-848 groups identify partitions by topic id. Inside the coordinator a partition is the
// string `topicId:partition` (ids are base64url, so they never contain ':'), which makes
// assignments plain Sets that compare and copy cheaply.

export type PartitionKey = string;

export function partitionKey(topicId: string, partition: number): PartitionKey {
  return `${topicId}:${partition}`;
}

export function parsePartitionKey(key: PartitionKey): { topicId: string; partition: number } {
  const at = key.lastIndexOf(':');
  return { topicId: key.slice(0, at), partition: Number(key.slice(at + 1)) };
}

/** Keys from the wire shape `[{ topicId, partitions }]`. */
export function keysOf(list: ReadonlyArray<{ topicId: string; partitions: readonly number[] }>): Set<PartitionKey> {
  const keys = new Set<PartitionKey>();
  for (const { topicId, partitions } of list) for (const partition of partitions) keys.add(partitionKey(topicId, partition));
  return keys;
}

/** The wire shape, topics in id order and partitions ascending, so responses are deterministic. */
export function toTopicPartitions(keys: Iterable<PartitionKey>): Array<{ topicId: string; partitions: number[] }> {
  const byTopic = new Map<string, number[]>();
  for (const key of keys) {
    const { topicId, partition } = parsePartitionKey(key);
    let list = byTopic.get(topicId);
    if (!list) byTopic.set(topicId, (list = []));
    list.push(partition);
  }
  return [...byTopic.keys()].sort().map((topicId) => ({ topicId, partitions: (byTopic.get(topicId) as number[]).sort((a, b) => a - b) }));
}
