import type { KafkaRecord, RecordHeader } from '@kafkaline/protocol';

/**
 * kafka-python's `Message(magic, attributes, key, value)`, plus what modern records carry.
 * `key`, `value` and header values are views into the fetched bytes: copy them to keep them
 * beyond the next fetch of the partition.
 */
export interface Message {
  /** 2 for RecordBatch v2; 0 or 1 for legacy message sets. */
  magic: number;
  /** The batch's (or outer message's) attributes: codec in the low 3 bits, flags above. */
  attributes: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  /** Milliseconds since the epoch; -1 when the message has none (magic 0). */
  timestamp: number;
  headers: readonly RecordHeader[];
}

/** kafka-python's `OffsetAndMessage(offset, message)`: what SimpleConsumer hands out. */
export interface OffsetAndMessage {
  offset: number;
  message: Message;
}

/** After `providePartitionInfo()`: `[partition, { offset, message }]`. */
export type PartitionAndMessage = [partition: number, message: OffsetAndMessage];

/** kafka-python's `KafkaMessage(topic, partition, offset, key, value)`: what KafkaConsumer yields. */
export interface KafkaMessage<V = Uint8Array | null> {
  topic: string;
  partition: number;
  offset: number;
  key: Uint8Array | null;
  /** The raw value passed through the consumer's `deserializer`. */
  value: V;
  timestamp: number;
  headers: readonly RecordHeader[];
}

export function toOffsetAndMessage(record: KafkaRecord): OffsetAndMessage {
  return {
    offset: record.offset,
    message: { magic: record.magic, attributes: record.attributes, key: record.key, value: record.value, timestamp: record.timestamp, headers: record.headers },
  };
}
