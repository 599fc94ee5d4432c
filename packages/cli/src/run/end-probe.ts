import type { KafkaClient } from '@kafkaline/network';
import { decodeRecordSet } from '@kafkaline/protocol';

/**
 * Whether a partition holds no record to print between `from` and `end`: true when what a
 * fetch at `from` returns has no records and reaches `end` (only transaction markers, or
 * offsets removed by compaction, were left), or when the log no longer reaches `from`'s end.
 * Used when the consumer has gone quiet before tail saw an offset at `end - 1`.
 */
export async function nothingLeftToPrint(client: KafkaClient, topic: string, partition: number, from: number, end: number): Promise<boolean> {
  const [result] = await client.fetch({ partitions: [{ topic, partition, offset: from }], maxWaitMs: 0 });
  if (result === undefined || result.error !== null) return false;
  if (result.highWatermark <= from) return true;
  const decoded = await decodeRecordSet(result.records, { fetchOffset: from, topic, partition });
  const deliverable = decoded.records.filter((r) => r.offset < end);
  return deliverable.length === 0 && decoded.nextOffset !== null && decoded.nextOffset >= end;
}
