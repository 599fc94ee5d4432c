// The group members the rebalance benchmark compares, behind one small interface: start, report
// each delivered message and each (re)gained partition, say what is owned, stop.
import { KafkaConsumer, type KafkaConsumerConfig } from '@kafkaline/consumer';
import kafkajs from 'kafkajs';

const { Kafka, logLevel } = kafkajs;

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

/** What a member tells the benchmark. */
export interface MemberEvents {
  /** A message of `partition` reached the application. */
  delivered(member: string, partition: number): void;
  /** The member (re)starts consuming these partitions (a fetch position from scratch). */
  gained(member: string, partitions: readonly number[]): void;
}

export interface BenchMember {
  readonly name: string;
  /** The partitions the member owns now. */
  owned(): readonly number[];
  stop(): Promise<void>;
}

export interface Contender {
  name: string;
  /** For the table: protocol and assignor. */
  description: string;
  start(name: string, setup: MemberSetup): BenchMember;
}

export interface MemberSetup {
  bootstrap: readonly string[];
  groupId: string;
  topic: string;
  events: MemberEvents;
  /** Classic members' heartbeat period (--heartbeat-ms); null: each client's default (3 s for both). */
  heartbeatIntervalMs: number | null;
}

/**
 * The clients' own defaults for everything that decides rebalance time (classic heartbeat
 * 3 s, KIP-848 heartbeat from the broker), except the fetch wait: 100 ms for every contender,
 * as in the e2e benchmark (kafkajs waits 5 s by default and heartbeats only between fetches).
 * No commits: a partition's new owner starts at the end of the log.
 */
function kafkalineMember(extra: KafkaConsumerConfig<Uint8Array | null>) {
  return (name: string, setup: MemberSetup): BenchMember => {
    const consumer = new KafkaConsumer<Uint8Array | null>({
      bootstrapServers: [...setup.bootstrap],
      clientId: name,
      groupId: setup.groupId,
      autoOffsetReset: 'largest',
      autoCommitEnable: false,
      fetchWaitMaxMs: 100,
      ...(setup.heartbeatIntervalMs !== null && extra.groupProtocol !== 'consumer' ? { heartbeatIntervalMs: setup.heartbeatIntervalMs } : {}),
      ...extra,
    });
    const stopping = new AbortController();
    consumer.subscribe([setup.topic], {
      onPartitionsAssigned: (partitions) =>
        setup.events.gained(
          name,
          partitions.map((tp) => tp.partition),
        ),
    });
    const loop = (async () => {
      while (!stopping.signal.aborted) {
        try {
          const message = await consumer.next({ signal: stopping.signal });
          setup.events.delivered(name, message.partition);
        } catch (error) {
          if (stopping.signal.aborted) return;
          throw error;
        }
      }
    })();
    return {
      name,
      owned: () => consumer.assignedPartitions().map((tp) => tp.partition),
      async stop() {
        stopping.abort();
        await loop;
        await consumer.close();
      },
    };
  };
}

function kafkajsMember(name: string, setup: MemberSetup): BenchMember {
  const kafka = new Kafka({ clientId: name, brokers: [...setup.bootstrap], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: setup.groupId, maxWaitTimeInMs: 100, ...(setup.heartbeatIntervalMs !== null ? { heartbeatInterval: setup.heartbeatIntervalMs } : {}) });
  let owned: number[] = [];
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    owned = [...(event.payload.memberAssignment[setup.topic] ?? [])];
    // kafkajs's rebalances are eager: after each join every partition is fetched anew.
    setup.events.gained(name, owned);
  });
  const started = (async () => {
    await consumer.connect();
    await consumer.subscribe({ topic: setup.topic, fromBeginning: false });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition }) => setup.events.delivered(name, partition),
    });
  })();
  return {
    name,
    owned: () => owned,
    async stop() {
      await started;
      await consumer.disconnect();
    },
  };
}

export const CONTENDERS: readonly Contender[] = [
  { name: 'kafkaline-range', description: 'kafkaline, classic, range (eager)', start: kafkalineMember({ partitionAssignors: ['range'] }) },
  { name: 'kafkaline-cooperative', description: 'kafkaline, classic, cooperative-sticky', start: kafkalineMember({ partitionAssignors: ['cooperative-sticky'] }) },
  { name: 'kafkaline-kip848', description: 'kafkaline, KIP-848 (consumer), server uniform', start: kafkalineMember({ groupProtocol: 'consumer' }) },
  { name: 'kafkajs', description: 'kafkajs 2.2, classic, roundrobin (eager)', start: kafkajsMember },
];
