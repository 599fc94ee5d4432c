// A KIP-848 member driven over the wire for the fake cluster's tests: it remembers its member
// id, epoch and what it owns, sends ConsumerGroupHeartbeat v1 and, like a real consumer,
// takes each assignment it receives as what it owns from then on (revoking at once).
import type { ConsumerGroupHeartbeatRequestInput, ConsumerGroupHeartbeatResponse } from '@kafkaline/protocol';
import type { RawClient } from './raw-client.js';

export type Owned = Array<{ topicId: string; partitions: number[] }>;

export class GroupMember {
  epoch = 0;
  owned: Owned = [];
  last: ConsumerGroupHeartbeatResponse | null = null;

  constructor(
    readonly client: RawClient,
    readonly memberId: string,
    readonly subscription: Partial<ConsumerGroupHeartbeatRequestInput> = { subscribedTopicNames: ['t'] },
    readonly groupId = 'g',
  ) {}

  /** Joins (epoch 0) with the full subscription and nothing owned. */
  join(extra: Partial<ConsumerGroupHeartbeatRequestInput> = {}): Promise<ConsumerGroupHeartbeatResponse> {
    this.epoch = 0;
    this.owned = [];
    return this.send({ rebalanceTimeoutMs: 60_000, topicPartitions: [], ...this.subscription, ...extra });
  }

  /** A steady heartbeat reporting what it owns. */
  heartbeat(extra: Partial<ConsumerGroupHeartbeatRequestInput> = {}): Promise<ConsumerGroupHeartbeatResponse> {
    return this.send({ topicPartitions: this.owned, ...extra });
  }

  leave(epoch: -1 | -2 = -1, extra: Partial<ConsumerGroupHeartbeatRequestInput> = {}): Promise<ConsumerGroupHeartbeatResponse> {
    return this.send({ memberEpoch: epoch, ...extra }, false);
  }

  async send(fields: Partial<ConsumerGroupHeartbeatRequestInput>, adopt = true): Promise<ConsumerGroupHeartbeatResponse> {
    const response = await this.client.request('ConsumerGroupHeartbeat', 1, { groupId: this.groupId, memberId: this.memberId, memberEpoch: this.epoch, ...fields });
    if (response === null) throw new Error(`${this.memberId}: the broker closed the connection`);
    this.last = response;
    if (!adopt) {
      this.owned = [];
    } else if (response.errorCode === 0) {
      this.epoch = response.memberEpoch;
      if (response.assignment !== null) this.owned = response.assignment.topicPartitions.map((tp) => ({ topicId: tp.topicId, partitions: [...tp.partitions] }));
    }
    return response;
  }

  /** `topicId:partition` keys of what it owns. */
  ownedKeys(): string[] {
    return this.owned.flatMap(({ topicId, partitions }) => partitions.map((p) => `${topicId}:${p}`));
  }

  partitionsOf(topicId: string): number[] {
    return this.owned.find((tp) => tp.topicId === topicId)?.partitions ?? [];
  }
}
