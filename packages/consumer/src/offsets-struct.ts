/** Per topic, per partition values; what the seed keyed by (topic, partition) tuples. */
export type TopicPartitionMap<V> = Map<string, Map<number, V>>;

/**
 * kafka-python's OffsetsStruct: `fetch` is the next offset to request, `highwater` the high
 * watermark of the last fetch response, `commit` the committed offset (next offset to read),
 * `taskDone` the last offset passed to `taskDone()`. null = not known yet.
 */
export interface OffsetsStruct {
  fetch: TopicPartitionMap<number | null>;
  highwater: TopicPartitionMap<number | null>;
  commit: TopicPartitionMap<number | null>;
  taskDone: TopicPartitionMap<number | null>;
}

export type OffsetsGroup = keyof OffsetsStruct;

export function emptyOffsetsStruct(): OffsetsStruct {
  return { fetch: new Map(), highwater: new Map(), commit: new Map(), taskDone: new Map() };
}

export function getOffset<V>(map: TopicPartitionMap<V>, topic: string, partition: number): V | undefined {
  return map.get(topic)?.get(partition);
}

export function setOffset<V>(map: TopicPartitionMap<V>, topic: string, partition: number, value: V): void {
  let partitions = map.get(topic);
  if (!partitions) {
    partitions = new Map();
    map.set(topic, partitions);
  }
  partitions.set(partition, value);
}

export function copyOffsetsMap<V>(map: TopicPartitionMap<V>): TopicPartitionMap<V> {
  return new Map([...map].map(([topic, partitions]) => [topic, new Map(partitions)]));
}

export function copyOffsetsStruct(struct: OffsetsStruct): OffsetsStruct {
  return {
    fetch: copyOffsetsMap(struct.fetch),
    highwater: copyOffsetsMap(struct.highwater),
    commit: copyOffsetsMap(struct.commit),
    taskDone: copyOffsetsMap(struct.taskDone),
  };
}
