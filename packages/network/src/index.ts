export { KafkaClient } from './client.js';
export type { Clock } from './clock.js';
export { channelNames, type ConnectionCloseMessage, type ConnectionOpenMessage, type MetadataRefreshedMessage, type RequestSentMessage, type ResponseReceivedMessage } from './diagnostics.js';
export {
  type BrokerLocation,
  KafkaAuthenticationError,
  KafkaClientClosedError,
  KafkaConnectionError,
  KafkaNoBrokerAvailableError,
  KafkaRequestTimeoutError,
  UnsupportedVersionError,
  type VersionRange,
} from './errors.js';
export { FrameDecoder } from './framing.js';
export type { BrokerMetadata, ClusterMetadata, PartitionMetadata, TopicMetadata } from './metadata.js';
export { DEFAULTS, type KafkaClientOptions, type Logger, type LogLevel, parseBrokerAddress, type SaslOptions } from './options.js';
export { FETCH_DEFAULTS, type FetchOptions, type FetchPartition, type FetchPartitionResult, type IsolationLevel } from './requests/fetch.js';
export {
  DEFAULT_REBALANCE_TIMEOUT_MS,
  type HeartbeatOptions,
  type HeartbeatResult,
  type JoinGroupOptions,
  type JoinGroupResult,
  type LeaveGroupOptions,
  type LeaveGroupResult,
  type SyncGroupOptions,
  type SyncGroupResult,
} from './requests/group-membership.js';
export {
  EARLIEST_TIMESTAMP,
  LATEST_TIMESTAMP,
  type ListOffsetsOptions,
  type ListOffsetsPartition,
  type ListOffsetsPartitionResult,
} from './requests/list-offsets.js';
export type { OffsetCommitOptions, OffsetCommitPartition, OffsetCommitPartitionResult } from './requests/offset-commit.js';
export type { OffsetFetchOptions, OffsetFetchPartitionResult, OffsetFetchResult } from './requests/offset-fetch.js';
export { backoffMs, DEFAULT_RETRY, type RetrySettings } from './retry.js';
export type { LeaderGroup, RoutedItem, Routing } from './routing.js';
export { partitionKey, type TopicPartition } from './topic-partition.js';
export { createTcpSocketFactory, type ReadSink, type SocketFactory, type SocketTarget } from './transport.js';
export {
  type ConsumerGroupHeartbeatOptions,
  type ConsumerGroupHeartbeatResult,
  type ConsumerGroupTopicPartitions,
  MEMBER_EPOCH,
} from './requests/consumer-group-heartbeat.js';
