// Shared set-up for tests that drive the cluster through raw requests: an in-process cluster on
// a manual clock, and helpers to produce and fetch.
import { encodeRecordBatch, ZERO_UUID } from '@kafkaline/protocol';
import { FakeCluster, type FakeClusterOptions, ManualClock } from '../../src/index.js';
import { RawClient, settle } from './raw-client.js';

export interface Harness {
  cluster: FakeCluster;
  clock: ManualClock;
  connect(brokerId?: number): Promise<RawClient>;
  /** Produces `values` as one uncompressed batch to the partition (at its leader); returns the base offset. */
  produce(topic: string, partition: number, values: string[], options?: { timestamp?: number }): Promise<number>;
  stop(): Promise<void>;
}

export async function startHarness(options: FakeClusterOptions = {}): Promise<Harness> {
  const clock = new ManualClock(1_700_000_000_000);
  const cluster = await FakeCluster.start({ listen: false, clock, ...options });
  const clients: RawClient[] = [];
  const connect = async (brokerId = 0) => {
    const broker = cluster.brokers[brokerId];
    if (!broker) throw new Error(`no broker ${brokerId}`);
    const client = new RawClient(await cluster.socketFactory({ host: broker.host, port: broker.port }));
    clients.push(client);
    return client;
  };
  return {
    cluster,
    clock,
    connect,
    async produce(topic, partition, values, opts = {}) {
      const leader = cluster.partition(topic, partition).leader;
      const client = await connect(leader);
      const records = await encodeRecordBatch({ records: values.map((value) => ({ value, timestamp: opts.timestamp ?? clock.now() })) });
      const response = await client.request('Produce', 9, { acks: -1, timeoutMs: 1000, topicData: [{ name: topic, partitionData: [{ index: partition, records }] }] });
      client.close();
      const result = response?.responses[0]?.partitionResponses[0];
      if (result?.errorCode !== 0) throw new Error(`produce failed: ${JSON.stringify(result)}`);
      return Number(result.baseOffset);
    },
    async stop() {
      for (const c of clients) c.close();
      await settle();
      await cluster.stop();
    },
  };
}

/** A Fetch v12 body for one partition (sessionless). */
export function fetchBody(topic: string, partition: number, fetchOffset: number, options: { maxWaitMs?: number; minBytes?: number; maxBytes?: number; partitionMaxBytes?: number; isolationLevel?: number } = {}) {
  return {
    replicaId: -1,
    maxWaitMs: options.maxWaitMs ?? 0,
    minBytes: options.minBytes ?? 1,
    maxBytes: options.maxBytes ?? 52428800,
    isolationLevel: options.isolationLevel ?? 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [{ topic, topicId: ZERO_UUID, partitions: [{ partition, fetchOffset: BigInt(fetchOffset), partitionMaxBytes: options.partitionMaxBytes ?? 1048576 }] }],
  };
}
