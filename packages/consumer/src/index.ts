export { type CallOptions, Consumer, type ConsumerOptions, type PendingMessages } from './base-consumer.js';
export type { Clock } from './clock.js';
export {
  ChecksumError,
  ConsumerAbortedError,
  ConsumerFetchSizeTooSmall,
  ConsumerStoppedError,
  ConsumerTimeout,
  CoordinatorError,
  KafkaBrokerError,
  KafkaConfigError,
  KafkaConfigurationError,
  KafkaCorruptRecordError,
  KafkaError,
  LeaderNotAvailableError,
  NotLeaderForPartitionError,
  NotLeaderOrFollowerError,
  OffsetOutOfRangeError,
  UnknownTopicOrPartitionError,
} from './errors.js';
export { KafkaConsumer, type TopicPartition } from './kafka-consumer.js';
export type { Deserializer, KafkaConsumerConfig } from './kafka-consumer-config.js';
export type { KafkaMessage, Message, OffsetAndMessage, PartitionAndMessage } from './messages.js';
export type { AutoOffsetReset } from './offsets/reset-policy.js';
export type { OffsetsGroup, OffsetsStruct, TopicPartitionMap } from './offsets-struct.js';
export {
  type GetMessageOptions,
  type GetMessagesOptions,
  SimpleConsumer,
  type SimpleConsumerMessage,
  type SimpleConsumerOptions,
} from './simple-consumer.js';
export type { TopicPartitionSpec } from './topic-partitions.js';
export { MultiProcessWorkerError, WorkerReportedError } from './multiprocess/errors.js';
export {
  MultiProcessConsumer,
  type MultiProcessGetMessagesOptions,
  type MultiProcessMessage,
  type MultiProcessOffsetAndMessage,
} from './multiprocess/consumer.js';
export type { MultiProcessConsumerOptions, MultiProcessWorkerOptions } from './multiprocess/options.js';
export type { WorkerClientOptions, WorkerDeserializerSpec } from './multiprocess/worker-protocol.js';
export { CommitFailedError, FencedInstanceIdError, GroupCloseTimeoutError, GroupMembershipError, MaxPollIntervalExceededError } from './group/errors.js';
export type { MemberSubscription, PartitionAssignor, RebalanceProtocol, TopicPartitions } from './group/assignors/assignor.js';
export type { GroupMetadata } from './group/membership.js';
export type { RebalanceListener } from './group/rebalance-listener.js';
export type { GroupProtocol } from './kafka-consumer-config.js';
