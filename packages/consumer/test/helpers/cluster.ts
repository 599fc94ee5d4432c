import { KafkaClient, type KafkaClientOptions } from '@kafkaline/network';
import { type Bytes, encodeRecordBatch, type RecordToEncode } from '@kafkaline/protocol';
import { FakeCluster, type FakeClusterOptions, ManualClock } from '@kafkaline/testing';

export const START_TIME = 1_700_000_000_000;

export interface TestCluster {
  cluster: FakeCluster;
  client: KafkaClient;
  clock: ManualClock;
  /** Another client on the same cluster and clock (e.g. for a second consumer). */
  newClient(options?: Partial<KafkaClientOptions>): KafkaClient;
  stop(): Promise<void>;
}

/** A fake cluster on the in-process transport and a manual clock, with a client wired to it. */
export async function startCluster(options: FakeClusterOptions = {}, clientOptions: Partial<KafkaClientOptions> = {}): Promise<TestCluster> {
  const clock = new ManualClock(START_TIME);
  const cluster = await FakeCluster.start({ brokers: 1, listen: false, clock, ...options });
  const clients: KafkaClient[] = [];
  const newClient = (extra: Partial<KafkaClientOptions> = {}) => {
    const client = new KafkaClient({
      brokers: cluster.bootstrap,
      socketFactory: cluster.socketFactory,
      clock,
      ...clientOptions,
      ...extra,
      retry: { jitter: 0, ...clientOptions.retry, ...extra.retry },
    });
    clients.push(client);
    return client;
  };
  const client = newClient();
  return {
    cluster,
    client,
    clock,
    newClient,
    async stop() {
      for (const c of clients) await c.close();
      await cluster.stop();
    },
  };
}

export interface AppendOptions {
  compression?: 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
  /** Timestamp of the first record; later ones add 1 ms each. */
  timestamp?: number;
  keys?: ReadonlyArray<Bytes | null>;
  headers?: ReadonlyArray<ReadonlyArray<{ key: string; value: Bytes | null }>>;
}

/** Appends one batch holding `values` at the partition's end; returns its first offset. */
export async function appendBatch(cluster: FakeCluster, topic: string, partition: number, values: ReadonlyArray<Bytes | null>, options: AppendOptions = {}): Promise<number> {
  const baseOffset = cluster.partition(topic, partition).highWatermark;
  const timestamp = options.timestamp ?? START_TIME;
  const records: RecordToEncode[] = values.map((value, i) => ({
    value,
    key: options.keys?.[i] ?? null,
    timestamp: timestamp + i,
    ...(options.headers?.[i] ? { headers: options.headers[i] } : {}),
  }));
  cluster.appendRaw(topic, partition, await encodeRecordBatch({ baseOffset, records, compression: options.compression ?? 'none' }));
  return baseOffset;
}

/** Appends `count` messages `'<prefix>-<i>'`, one batch of `perBatch` at a time. */
export async function appendMessages(cluster: FakeCluster, topic: string, partition: number, count: number, options: AppendOptions & { perBatch?: number; prefix?: string } = {}): Promise<void> {
  const perBatch = options.perBatch ?? count;
  const prefix = options.prefix ?? `p${partition}`;
  for (let start = 0; start < count; start += perBatch) {
    const end = Math.min(count, start + perBatch);
    const base = cluster.partition(topic, partition).highWatermark;
    const values = Array.from({ length: end - start }, (_, i) => `${prefix}-${base + i}`);
    await appendBatch(cluster, topic, partition, values, options);
  }
}

export function text(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : Buffer.from(bytes).toString();
}

/** The requests of one API the cluster received, decoded. */
export function requestsOf(cluster: FakeCluster, api: string) {
  return cluster.requests.filter((r) => r.api === api);
}
