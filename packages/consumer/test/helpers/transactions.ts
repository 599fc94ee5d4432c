import type { KafkaClient } from '@kafkaline/network';
import { encodeRecordBatch } from '@kafkaline/protocol';

/**
 * A transactional producer reduced to the requests Kafka needs (InitProducerId,
 * AddPartitionsToTxn, Produce, EndTxn), sent raw through KafkaClient.send to a single-broker
 * cluster (so broker 0 is every coordinator and leader).
 */
export class RawTransactionalProducer {
  private producerId = -1n;
  private producerEpoch = -1;
  private sequence = 0;

  constructor(
    private readonly client: KafkaClient,
    private readonly transactionalId: string,
  ) {}

  async init(): Promise<void> {
    await this.client.send(0, 'FindCoordinator', 3, { key: this.transactionalId, keyType: 1 });
    const answer = await this.client.send(0, 'InitProducerId', 3, { transactionalId: this.transactionalId, transactionTimeoutMs: 60_000 });
    if (answer.errorCode !== 0) throw new Error(`InitProducerId failed with error ${answer.errorCode}`);
    this.producerId = answer.producerId;
    this.producerEpoch = answer.producerEpoch;
  }

  /** Sends `values` in one transaction to topic/partition and commits or aborts it. */
  async transaction(topic: string, partition: number, values: string[], outcome: 'commit' | 'abort'): Promise<void> {
    await this.open(topic, partition, values);
    const ended = await this.client.send(0, 'EndTxn', 3, {
      transactionalId: this.transactionalId,
      producerId: this.producerId,
      producerEpoch: this.producerEpoch,
      committed: outcome === 'commit',
    });
    if (ended.errorCode !== 0) throw new Error(`EndTxn failed with error ${ended.errorCode}`);
  }

  /** Leaves a transaction open (data written, no marker): it holds back the last stable offset. */
  async open(topic: string, partition: number, values: string[]): Promise<void> {
    const add = await this.client.send(0, 'AddPartitionsToTxn', 3, {
      v3AndBelowTransactionalId: this.transactionalId,
      v3AndBelowProducerId: this.producerId,
      v3AndBelowProducerEpoch: this.producerEpoch,
      v3AndBelowTopics: [{ name: topic, partitions: [partition] }],
    });
    const addError = add.resultsByTopicV3AndBelow?.flatMap((t) => t.resultsByPartition.map((p) => p.partitionErrorCode)).find((code) => code !== 0);
    if (addError !== undefined) throw new Error(`AddPartitionsToTxn failed with error ${addError}`);
    const records = await encodeRecordBatch({
      baseOffset: 0,
      producerId: this.producerId,
      producerEpoch: this.producerEpoch,
      baseSequence: this.sequence,
      isTransactional: true,
      records: values.map((value) => ({ value, timestamp: 1 })),
    });
    this.sequence += values.length;
    const produced = await this.client.send(0, 'Produce', 9, {
      transactionalId: this.transactionalId,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
    });
    const produceError = produced.responses.flatMap((t) => t.partitionResponses.map((p) => p.errorCode)).find((code) => code !== 0);
    if (produceError !== undefined) throw new Error(`Produce failed with error ${produceError}`);
  }
}
