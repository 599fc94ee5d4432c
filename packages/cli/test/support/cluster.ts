// The fake cluster the CLI tests run against, with records whose every field is known.
import { encodeRecordBatch } from '@kafkaline/protocol';
import { FakeCluster, type FakeClusterOptions } from '@kafkaline/testing';

/** Timestamps of the `orders` records: partition p, record i has BASE_TIME + 100 p + 10 i. */
export const BASE_TIME = Date.UTC(2024, 4, 1, 12, 0, 0);
export const ORDERS_PARTITIONS = 3;
export const RECORDS_PER_PARTITION = 4;

export interface OrderRecord {
  partition: number;
  offset: number;
  timestamp: number;
  key: string;
  value: string;
  headers: Array<{ key: string; value: string }>;
}

export function orderRecord(partition: number, offset: number): OrderRecord {
  return { partition, offset, timestamp: BASE_TIME + 100 * partition + 10 * offset, key: `k${offset}`, value: `p${partition}-${offset}`, headers: [{ key: 'trace', value: `t${offset}` }] };
}

/** Appends one batch of text records at the partition's end. */
export async function appendRecords(
  cluster: FakeCluster,
  topic: string,
  partition: number,
  records: ReadonlyArray<{ key?: string | Uint8Array | null; value: string | Uint8Array | null; timestamp?: number; headers?: Array<{ key: string; value: string }> }>,
): Promise<void> {
  const baseOffset = cluster.partition(topic, partition).highWatermark;
  cluster.appendRaw(topic, partition, await encodeRecordBatch({ baseOffset, records }));
}

/**
 * A one-broker cluster with topic `orders` (3 partitions of 4 records each, see orderRecord)
 * and whatever else `options` asks for.
 */
export async function startOrdersCluster(options: FakeClusterOptions = {}): Promise<{ cluster: FakeCluster; brokers: string }> {
  const cluster = await FakeCluster.start({ ...options, topics: { orders: ORDERS_PARTITIONS, ...options.topics } });
  for (let p = 0; p < ORDERS_PARTITIONS; p++) {
    await appendRecords(
      cluster,
      'orders',
      p,
      Array.from({ length: RECORDS_PER_PARTITION }, (_, i) => orderRecord(p, i)),
    );
  }
  return { cluster, brokers: cluster.bootstrap.join(',') };
}
