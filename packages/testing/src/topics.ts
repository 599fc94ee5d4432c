import { PartitionLog } from './log.js';
import { ProducerStates } from './producer-state.js';

/** One partition of a topic: where it lives, who leads it, and its log. */
export interface PartitionState {
  readonly topic: string;
  readonly index: number;
  replicas: number[];
  /** In-sync replicas: the replicas whose broker is up (the fake has no replication lag). */
  isr: number[];
  /** Broker id of the leader, -1 while no replica is up. */
  leader: number;
  leaderEpoch: number;
  readonly log: PartitionLog;
  readonly producers: ProducerStates;
}

export interface TopicState {
  readonly name: string;
  readonly id: string;
  readonly partitions: PartitionState[];
  readonly replicationFactor: number;
  readonly configs: Map<string, string>;
}

/** Kafka's rule for topic names: 1-249 chars of [a-zA-Z0-9._-], not "." or "..". */
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

export function isValidTopicName(name: string): boolean {
  return TOPIC_NAME.test(name) && name !== '.' && name !== '..';
}

/**
 * The cluster's topic metadata: topics by name and id, partition placement and leadership.
 * Placement follows Kafka's round-robin idea (replicas of partition p start at broker
 * (start + p) mod n) with a deterministic start that moves with each new topic, so leadership is
 * spread across brokers and the same creations always give the same layout.
 */
export class TopicRegistry {
  private readonly byName = new Map<string, TopicState>();
  private readonly byId = new Map<string, TopicState>();
  private placementStart = 0;

  constructor(
    private readonly brokerIds: () => number[],
    private readonly isUp: (brokerId: number) => boolean,
  ) {}

  get(name: string): TopicState | undefined {
    return this.byName.get(name);
  }

  getById(id: string): TopicState | undefined {
    return this.byId.get(id);
  }

  partition(topic: string, index: number): PartitionState | undefined {
    return this.byName.get(topic)?.partitions[index];
  }

  /** Topics in name order (Kafka's Metadata lists them in no guaranteed order; sorted is stable). */
  all(): TopicState[] {
    return [...this.byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  create(name: string, id: string, partitions: number, replicationFactor: number, configs: Map<string, string> = new Map()): TopicState {
    const topic: TopicState = { name, id, partitions: [], replicationFactor, configs };
    this.byName.set(name, topic);
    this.byId.set(id, topic);
    this.addPartitions(topic, partitions);
    this.placementStart++;
    return topic;
  }

  delete(name: string): TopicState | undefined {
    const topic = this.byName.get(name);
    if (topic === undefined) return undefined;
    this.byName.delete(name);
    this.byId.delete(topic.id);
    return topic;
  }

  /** Adds partitions until the topic has `total`, placed like at creation. */
  addPartitions(topic: TopicState, total: number, assignments?: number[][]): void {
    const brokers = this.brokerIds();
    const first = topic.partitions.length;
    for (let index = first; index < total; index++) {
      const replicas =
        assignments?.[index - first] ??
        Array.from({ length: topic.replicationFactor }, (_, r) => brokers[(this.placementStart + index + r) % brokers.length] as number);
      const partition: PartitionState = {
        topic: topic.name,
        index,
        replicas,
        isr: replicas.filter((b) => this.isUp(b)),
        leader: -1,
        leaderEpoch: -1,
        log: new PartitionLog(),
        producers: new ProducerStates(),
      };
      topic.partitions.push(partition);
      this.elect(partition, replicas.find((b) => this.isUp(b)) ?? -1);
    }
  }

  /** Makes `leader` (-1 for none) the partition's leader, with a new leader epoch as Kafka does. */
  elect(partition: PartitionState, leader: number): void {
    partition.leader = leader;
    partition.leaderEpoch++;
    partition.log.startEpoch(partition.leaderEpoch);
  }

  /** A broker went down: it leaves every ISR, and partitions it led move to the next live replica. */
  brokerStopped(brokerId: number): void {
    for (const topic of this.byName.values()) {
      for (const partition of topic.partitions) {
        partition.isr = partition.isr.filter((b) => b !== brokerId);
        if (partition.leader === brokerId) this.elect(partition, partition.isr[0] ?? -1);
      }
    }
  }

  /** A broker came back: it rejoins the ISRs, and leaderless partitions it replicates get it as leader. */
  brokerStarted(brokerId: number): void {
    for (const topic of this.byName.values()) {
      for (const partition of topic.partitions) {
        if (!partition.replicas.includes(brokerId)) continue;
        partition.isr = partition.replicas.filter((b) => this.isUp(b));
        if (partition.leader === -1) this.elect(partition, brokerId);
      }
    }
  }
}
