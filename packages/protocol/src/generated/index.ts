// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { type ProduceRequest, type ProduceRequestInput, type ProduceResponse, type ProduceResponseInput, encodeProduceRequestBody, decodeProduceRequestBody, encodeProduceResponseBody, decodeProduceResponseBody } from './produce.js';
import { type FetchRequest, type FetchRequestInput, type FetchResponse, type FetchResponseInput, encodeFetchRequestBody, decodeFetchRequestBody, encodeFetchResponseBody, decodeFetchResponseBody } from './fetch.js';
import { type ListOffsetsRequest, type ListOffsetsRequestInput, type ListOffsetsResponse, type ListOffsetsResponseInput, encodeListOffsetsRequestBody, decodeListOffsetsRequestBody, encodeListOffsetsResponseBody, decodeListOffsetsResponseBody } from './list-offsets.js';
import { type MetadataRequest, type MetadataRequestInput, type MetadataResponse, type MetadataResponseInput, encodeMetadataRequestBody, decodeMetadataRequestBody, encodeMetadataResponseBody, decodeMetadataResponseBody } from './metadata.js';
import { type OffsetCommitRequest, type OffsetCommitRequestInput, type OffsetCommitResponse, type OffsetCommitResponseInput, encodeOffsetCommitRequestBody, decodeOffsetCommitRequestBody, encodeOffsetCommitResponseBody, decodeOffsetCommitResponseBody } from './offset-commit.js';
import { type OffsetFetchRequest, type OffsetFetchRequestInput, type OffsetFetchResponse, type OffsetFetchResponseInput, encodeOffsetFetchRequestBody, decodeOffsetFetchRequestBody, encodeOffsetFetchResponseBody, decodeOffsetFetchResponseBody } from './offset-fetch.js';
import { type FindCoordinatorRequest, type FindCoordinatorRequestInput, type FindCoordinatorResponse, type FindCoordinatorResponseInput, encodeFindCoordinatorRequestBody, decodeFindCoordinatorRequestBody, encodeFindCoordinatorResponseBody, decodeFindCoordinatorResponseBody } from './find-coordinator.js';
import { type JoinGroupRequest, type JoinGroupRequestInput, type JoinGroupResponse, type JoinGroupResponseInput, encodeJoinGroupRequestBody, decodeJoinGroupRequestBody, encodeJoinGroupResponseBody, decodeJoinGroupResponseBody } from './join-group.js';
import { type HeartbeatRequest, type HeartbeatRequestInput, type HeartbeatResponse, type HeartbeatResponseInput, encodeHeartbeatRequestBody, decodeHeartbeatRequestBody, encodeHeartbeatResponseBody, decodeHeartbeatResponseBody } from './heartbeat.js';
import { type LeaveGroupRequest, type LeaveGroupRequestInput, type LeaveGroupResponse, type LeaveGroupResponseInput, encodeLeaveGroupRequestBody, decodeLeaveGroupRequestBody, encodeLeaveGroupResponseBody, decodeLeaveGroupResponseBody } from './leave-group.js';
import { type SyncGroupRequest, type SyncGroupRequestInput, type SyncGroupResponse, type SyncGroupResponseInput, encodeSyncGroupRequestBody, decodeSyncGroupRequestBody, encodeSyncGroupResponseBody, decodeSyncGroupResponseBody } from './sync-group.js';
import { type DescribeGroupsRequest, type DescribeGroupsRequestInput, type DescribeGroupsResponse, type DescribeGroupsResponseInput, encodeDescribeGroupsRequestBody, decodeDescribeGroupsRequestBody, encodeDescribeGroupsResponseBody, decodeDescribeGroupsResponseBody } from './describe-groups.js';
import { type ListGroupsRequest, type ListGroupsRequestInput, type ListGroupsResponse, type ListGroupsResponseInput, encodeListGroupsRequestBody, decodeListGroupsRequestBody, encodeListGroupsResponseBody, decodeListGroupsResponseBody } from './list-groups.js';
import { type SaslHandshakeRequest, type SaslHandshakeRequestInput, type SaslHandshakeResponse, type SaslHandshakeResponseInput, encodeSaslHandshakeRequestBody, decodeSaslHandshakeRequestBody, encodeSaslHandshakeResponseBody, decodeSaslHandshakeResponseBody } from './sasl-handshake.js';
import { type ApiVersionsRequest, type ApiVersionsRequestInput, type ApiVersionsResponse, type ApiVersionsResponseInput, encodeApiVersionsRequestBody, decodeApiVersionsRequestBody, encodeApiVersionsResponseBody, decodeApiVersionsResponseBody } from './api-versions.js';
import { type CreateTopicsRequest, type CreateTopicsRequestInput, type CreateTopicsResponse, type CreateTopicsResponseInput, encodeCreateTopicsRequestBody, decodeCreateTopicsRequestBody, encodeCreateTopicsResponseBody, decodeCreateTopicsResponseBody } from './create-topics.js';
import { type DeleteTopicsRequest, type DeleteTopicsRequestInput, type DeleteTopicsResponse, type DeleteTopicsResponseInput, encodeDeleteTopicsRequestBody, decodeDeleteTopicsRequestBody, encodeDeleteTopicsResponseBody, decodeDeleteTopicsResponseBody } from './delete-topics.js';
import { type DeleteRecordsRequest, type DeleteRecordsRequestInput, type DeleteRecordsResponse, type DeleteRecordsResponseInput, encodeDeleteRecordsRequestBody, decodeDeleteRecordsRequestBody, encodeDeleteRecordsResponseBody, decodeDeleteRecordsResponseBody } from './delete-records.js';
import { type InitProducerIdRequest, type InitProducerIdRequestInput, type InitProducerIdResponse, type InitProducerIdResponseInput, encodeInitProducerIdRequestBody, decodeInitProducerIdRequestBody, encodeInitProducerIdResponseBody, decodeInitProducerIdResponseBody } from './init-producer-id.js';
import { type OffsetForLeaderEpochRequest, type OffsetForLeaderEpochRequestInput, type OffsetForLeaderEpochResponse, type OffsetForLeaderEpochResponseInput, encodeOffsetForLeaderEpochRequestBody, decodeOffsetForLeaderEpochRequestBody, encodeOffsetForLeaderEpochResponseBody, decodeOffsetForLeaderEpochResponseBody } from './offset-for-leader-epoch.js';
import { type AddPartitionsToTxnRequest, type AddPartitionsToTxnRequestInput, type AddPartitionsToTxnResponse, type AddPartitionsToTxnResponseInput, encodeAddPartitionsToTxnRequestBody, decodeAddPartitionsToTxnRequestBody, encodeAddPartitionsToTxnResponseBody, decodeAddPartitionsToTxnResponseBody } from './add-partitions-to-txn.js';
import { type AddOffsetsToTxnRequest, type AddOffsetsToTxnRequestInput, type AddOffsetsToTxnResponse, type AddOffsetsToTxnResponseInput, encodeAddOffsetsToTxnRequestBody, decodeAddOffsetsToTxnRequestBody, encodeAddOffsetsToTxnResponseBody, decodeAddOffsetsToTxnResponseBody } from './add-offsets-to-txn.js';
import { type EndTxnRequest, type EndTxnRequestInput, type EndTxnResponse, type EndTxnResponseInput, encodeEndTxnRequestBody, decodeEndTxnRequestBody, encodeEndTxnResponseBody, decodeEndTxnResponseBody } from './end-txn.js';
import { type TxnOffsetCommitRequest, type TxnOffsetCommitRequestInput, type TxnOffsetCommitResponse, type TxnOffsetCommitResponseInput, encodeTxnOffsetCommitRequestBody, decodeTxnOffsetCommitRequestBody, encodeTxnOffsetCommitResponseBody, decodeTxnOffsetCommitResponseBody } from './txn-offset-commit.js';
import { type DescribeConfigsRequest, type DescribeConfigsRequestInput, type DescribeConfigsResponse, type DescribeConfigsResponseInput, encodeDescribeConfigsRequestBody, decodeDescribeConfigsRequestBody, encodeDescribeConfigsResponseBody, decodeDescribeConfigsResponseBody } from './describe-configs.js';
import { type SaslAuthenticateRequest, type SaslAuthenticateRequestInput, type SaslAuthenticateResponse, type SaslAuthenticateResponseInput, encodeSaslAuthenticateRequestBody, decodeSaslAuthenticateRequestBody, encodeSaslAuthenticateResponseBody, decodeSaslAuthenticateResponseBody } from './sasl-authenticate.js';
import { type CreatePartitionsRequest, type CreatePartitionsRequestInput, type CreatePartitionsResponse, type CreatePartitionsResponseInput, encodeCreatePartitionsRequestBody, decodeCreatePartitionsRequestBody, encodeCreatePartitionsResponseBody, decodeCreatePartitionsResponseBody } from './create-partitions.js';
import { type DeleteGroupsRequest, type DeleteGroupsRequestInput, type DeleteGroupsResponse, type DeleteGroupsResponseInput, encodeDeleteGroupsRequestBody, decodeDeleteGroupsRequestBody, encodeDeleteGroupsResponseBody, decodeDeleteGroupsResponseBody } from './delete-groups.js';
import { type OffsetDeleteRequest, type OffsetDeleteRequestInput, type OffsetDeleteResponse, type OffsetDeleteResponseInput, encodeOffsetDeleteRequestBody, decodeOffsetDeleteRequestBody, encodeOffsetDeleteResponseBody, decodeOffsetDeleteResponseBody } from './offset-delete.js';
import { type DescribeClusterRequest, type DescribeClusterRequestInput, type DescribeClusterResponse, type DescribeClusterResponseInput, encodeDescribeClusterRequestBody, decodeDescribeClusterRequestBody, encodeDescribeClusterResponseBody, decodeDescribeClusterResponseBody } from './describe-cluster.js';
import { type DescribeProducersRequest, type DescribeProducersRequestInput, type DescribeProducersResponse, type DescribeProducersResponseInput, encodeDescribeProducersRequestBody, decodeDescribeProducersRequestBody, encodeDescribeProducersResponseBody, decodeDescribeProducersResponseBody } from './describe-producers.js';
import { type ConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatRequestInput, type ConsumerGroupHeartbeatResponse, type ConsumerGroupHeartbeatResponseInput, encodeConsumerGroupHeartbeatRequestBody, decodeConsumerGroupHeartbeatRequestBody, encodeConsumerGroupHeartbeatResponseBody, decodeConsumerGroupHeartbeatResponseBody } from './consumer-group-heartbeat.js';
import { type ConsumerGroupDescribeRequest, type ConsumerGroupDescribeRequestInput, type ConsumerGroupDescribeResponse, type ConsumerGroupDescribeResponseInput, encodeConsumerGroupDescribeRequestBody, decodeConsumerGroupDescribeRequestBody, encodeConsumerGroupDescribeResponseBody, decodeConsumerGroupDescribeResponseBody } from './consumer-group-describe.js';

export * from './add-offsets-to-txn.js';
export * from './add-partitions-to-txn.js';
export * from './api-versions.js';
export * from './consumer-group-describe.js';
export * from './consumer-group-heartbeat.js';
export * from './consumer-protocol-assignment.js';
export * from './consumer-protocol-subscription.js';
export * from './control-record-type-schema.js';
export * from './create-partitions.js';
export * from './create-topics.js';
export * from './delete-groups.js';
export * from './delete-records.js';
export * from './delete-topics.js';
export * from './describe-cluster.js';
export * from './describe-configs.js';
export * from './describe-groups.js';
export * from './describe-producers.js';
export * from './end-txn.js';
export * from './end-txn-marker.js';
export * from './fetch.js';
export * from './find-coordinator.js';
export * from './heartbeat.js';
export * from './init-producer-id.js';
export * from './join-group.js';
export * from './leave-group.js';
export * from './list-groups.js';
export * from './list-offsets.js';
export * from './metadata.js';
export * from './offset-commit.js';
export * from './offset-delete.js';
export * from './offset-fetch.js';
export * from './offset-for-leader-epoch.js';
export * from './produce.js';
export * from './request-header.js';
export * from './response-header.js';
export * from './sasl-authenticate.js';
export * from './sasl-handshake.js';
export * from './sync-group.js';
export * from './txn-offset-commit.js';

/** Kafka API keys by name. */
export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  TxnOffsetCommit: 28,
  DescribeConfigs: 32,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  DeleteGroups: 42,
  OffsetDelete: 47,
  DescribeCluster: 60,
  DescribeProducers: 61,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
} as const;
export type ApiName = keyof typeof ApiKey;

/** Decoded and encoder-input body types of every API, by name. */
export interface ApiMessages {
  Produce: { request: ProduceRequest; requestInput: ProduceRequestInput; response: ProduceResponse; responseInput: ProduceResponseInput };
  Fetch: { request: FetchRequest; requestInput: FetchRequestInput; response: FetchResponse; responseInput: FetchResponseInput };
  ListOffsets: { request: ListOffsetsRequest; requestInput: ListOffsetsRequestInput; response: ListOffsetsResponse; responseInput: ListOffsetsResponseInput };
  Metadata: { request: MetadataRequest; requestInput: MetadataRequestInput; response: MetadataResponse; responseInput: MetadataResponseInput };
  OffsetCommit: { request: OffsetCommitRequest; requestInput: OffsetCommitRequestInput; response: OffsetCommitResponse; responseInput: OffsetCommitResponseInput };
  OffsetFetch: { request: OffsetFetchRequest; requestInput: OffsetFetchRequestInput; response: OffsetFetchResponse; responseInput: OffsetFetchResponseInput };
  FindCoordinator: { request: FindCoordinatorRequest; requestInput: FindCoordinatorRequestInput; response: FindCoordinatorResponse; responseInput: FindCoordinatorResponseInput };
  JoinGroup: { request: JoinGroupRequest; requestInput: JoinGroupRequestInput; response: JoinGroupResponse; responseInput: JoinGroupResponseInput };
  Heartbeat: { request: HeartbeatRequest; requestInput: HeartbeatRequestInput; response: HeartbeatResponse; responseInput: HeartbeatResponseInput };
  LeaveGroup: { request: LeaveGroupRequest; requestInput: LeaveGroupRequestInput; response: LeaveGroupResponse; responseInput: LeaveGroupResponseInput };
  SyncGroup: { request: SyncGroupRequest; requestInput: SyncGroupRequestInput; response: SyncGroupResponse; responseInput: SyncGroupResponseInput };
  DescribeGroups: { request: DescribeGroupsRequest; requestInput: DescribeGroupsRequestInput; response: DescribeGroupsResponse; responseInput: DescribeGroupsResponseInput };
  ListGroups: { request: ListGroupsRequest; requestInput: ListGroupsRequestInput; response: ListGroupsResponse; responseInput: ListGroupsResponseInput };
  SaslHandshake: { request: SaslHandshakeRequest; requestInput: SaslHandshakeRequestInput; response: SaslHandshakeResponse; responseInput: SaslHandshakeResponseInput };
  ApiVersions: { request: ApiVersionsRequest; requestInput: ApiVersionsRequestInput; response: ApiVersionsResponse; responseInput: ApiVersionsResponseInput };
  CreateTopics: { request: CreateTopicsRequest; requestInput: CreateTopicsRequestInput; response: CreateTopicsResponse; responseInput: CreateTopicsResponseInput };
  DeleteTopics: { request: DeleteTopicsRequest; requestInput: DeleteTopicsRequestInput; response: DeleteTopicsResponse; responseInput: DeleteTopicsResponseInput };
  DeleteRecords: { request: DeleteRecordsRequest; requestInput: DeleteRecordsRequestInput; response: DeleteRecordsResponse; responseInput: DeleteRecordsResponseInput };
  InitProducerId: { request: InitProducerIdRequest; requestInput: InitProducerIdRequestInput; response: InitProducerIdResponse; responseInput: InitProducerIdResponseInput };
  OffsetForLeaderEpoch: { request: OffsetForLeaderEpochRequest; requestInput: OffsetForLeaderEpochRequestInput; response: OffsetForLeaderEpochResponse; responseInput: OffsetForLeaderEpochResponseInput };
  AddPartitionsToTxn: { request: AddPartitionsToTxnRequest; requestInput: AddPartitionsToTxnRequestInput; response: AddPartitionsToTxnResponse; responseInput: AddPartitionsToTxnResponseInput };
  AddOffsetsToTxn: { request: AddOffsetsToTxnRequest; requestInput: AddOffsetsToTxnRequestInput; response: AddOffsetsToTxnResponse; responseInput: AddOffsetsToTxnResponseInput };
  EndTxn: { request: EndTxnRequest; requestInput: EndTxnRequestInput; response: EndTxnResponse; responseInput: EndTxnResponseInput };
  TxnOffsetCommit: { request: TxnOffsetCommitRequest; requestInput: TxnOffsetCommitRequestInput; response: TxnOffsetCommitResponse; responseInput: TxnOffsetCommitResponseInput };
  DescribeConfigs: { request: DescribeConfigsRequest; requestInput: DescribeConfigsRequestInput; response: DescribeConfigsResponse; responseInput: DescribeConfigsResponseInput };
  SaslAuthenticate: { request: SaslAuthenticateRequest; requestInput: SaslAuthenticateRequestInput; response: SaslAuthenticateResponse; responseInput: SaslAuthenticateResponseInput };
  CreatePartitions: { request: CreatePartitionsRequest; requestInput: CreatePartitionsRequestInput; response: CreatePartitionsResponse; responseInput: CreatePartitionsResponseInput };
  DeleteGroups: { request: DeleteGroupsRequest; requestInput: DeleteGroupsRequestInput; response: DeleteGroupsResponse; responseInput: DeleteGroupsResponseInput };
  OffsetDelete: { request: OffsetDeleteRequest; requestInput: OffsetDeleteRequestInput; response: OffsetDeleteResponse; responseInput: OffsetDeleteResponseInput };
  DescribeCluster: { request: DescribeClusterRequest; requestInput: DescribeClusterRequestInput; response: DescribeClusterResponse; responseInput: DescribeClusterResponseInput };
  DescribeProducers: { request: DescribeProducersRequest; requestInput: DescribeProducersRequestInput; response: DescribeProducersResponse; responseInput: DescribeProducersResponseInput };
  ConsumerGroupHeartbeat: { request: ConsumerGroupHeartbeatRequest; requestInput: ConsumerGroupHeartbeatRequestInput; response: ConsumerGroupHeartbeatResponse; responseInput: ConsumerGroupHeartbeatResponseInput };
  ConsumerGroupDescribe: { request: ConsumerGroupDescribeRequest; requestInput: ConsumerGroupDescribeRequestInput; response: ConsumerGroupDescribeResponse; responseInput: ConsumerGroupDescribeResponseInput };
}

export interface ApiDescriptor<N extends ApiName = ApiName> {
  name: N;
  apiKey: number;
  /** Lowest and highest version this library can encode and decode. */
  minVersion: number;
  maxVersion: number;
  /** First flexible (compact, tagged-field) version, or null when the API never is. */
  firstFlexibleVersion: number | null;
  /** Kafka marks the highest version unreleased: brokers do not advertise it by default. */
  latestVersionUnstable: boolean;
  encodeRequest(w: Writer, version: number, body: ApiMessages[N]['requestInput']): void;
  decodeRequest(r: Reader, version: number): ApiMessages[N]['request'];
  encodeResponse(w: Writer, version: number, body: ApiMessages[N]['responseInput']): void;
  decodeResponse(r: Reader, version: number): ApiMessages[N]['response'];
}

/** Every API this library implements, by name. */
export const Apis: { readonly [N in ApiName]: ApiDescriptor<N> } = {
  Produce: { name: 'Produce', apiKey: 0, minVersion: 3, maxVersion: 13, firstFlexibleVersion: 9, latestVersionUnstable: false, encodeRequest: encodeProduceRequestBody, decodeRequest: decodeProduceRequestBody, encodeResponse: encodeProduceResponseBody, decodeResponse: decodeProduceResponseBody },
  Fetch: { name: 'Fetch', apiKey: 1, minVersion: 4, maxVersion: 18, firstFlexibleVersion: 12, latestVersionUnstable: false, encodeRequest: encodeFetchRequestBody, decodeRequest: decodeFetchRequestBody, encodeResponse: encodeFetchResponseBody, decodeResponse: decodeFetchResponseBody },
  ListOffsets: { name: 'ListOffsets', apiKey: 2, minVersion: 1, maxVersion: 11, firstFlexibleVersion: 6, latestVersionUnstable: false, encodeRequest: encodeListOffsetsRequestBody, decodeRequest: decodeListOffsetsRequestBody, encodeResponse: encodeListOffsetsResponseBody, decodeResponse: decodeListOffsetsResponseBody },
  Metadata: { name: 'Metadata', apiKey: 3, minVersion: 0, maxVersion: 13, firstFlexibleVersion: 9, latestVersionUnstable: false, encodeRequest: encodeMetadataRequestBody, decodeRequest: decodeMetadataRequestBody, encodeResponse: encodeMetadataResponseBody, decodeResponse: decodeMetadataResponseBody },
  OffsetCommit: { name: 'OffsetCommit', apiKey: 8, minVersion: 2, maxVersion: 10, firstFlexibleVersion: 8, latestVersionUnstable: false, encodeRequest: encodeOffsetCommitRequestBody, decodeRequest: decodeOffsetCommitRequestBody, encodeResponse: encodeOffsetCommitResponseBody, decodeResponse: decodeOffsetCommitResponseBody },
  OffsetFetch: { name: 'OffsetFetch', apiKey: 9, minVersion: 1, maxVersion: 10, firstFlexibleVersion: 6, latestVersionUnstable: false, encodeRequest: encodeOffsetFetchRequestBody, decodeRequest: decodeOffsetFetchRequestBody, encodeResponse: encodeOffsetFetchResponseBody, decodeResponse: decodeOffsetFetchResponseBody },
  FindCoordinator: { name: 'FindCoordinator', apiKey: 10, minVersion: 0, maxVersion: 6, firstFlexibleVersion: 3, latestVersionUnstable: false, encodeRequest: encodeFindCoordinatorRequestBody, decodeRequest: decodeFindCoordinatorRequestBody, encodeResponse: encodeFindCoordinatorResponseBody, decodeResponse: decodeFindCoordinatorResponseBody },
  JoinGroup: { name: 'JoinGroup', apiKey: 11, minVersion: 0, maxVersion: 9, firstFlexibleVersion: 6, latestVersionUnstable: false, encodeRequest: encodeJoinGroupRequestBody, decodeRequest: decodeJoinGroupRequestBody, encodeResponse: encodeJoinGroupResponseBody, decodeResponse: decodeJoinGroupResponseBody },
  Heartbeat: { name: 'Heartbeat', apiKey: 12, minVersion: 0, maxVersion: 4, firstFlexibleVersion: 4, latestVersionUnstable: false, encodeRequest: encodeHeartbeatRequestBody, decodeRequest: decodeHeartbeatRequestBody, encodeResponse: encodeHeartbeatResponseBody, decodeResponse: decodeHeartbeatResponseBody },
  LeaveGroup: { name: 'LeaveGroup', apiKey: 13, minVersion: 0, maxVersion: 5, firstFlexibleVersion: 4, latestVersionUnstable: false, encodeRequest: encodeLeaveGroupRequestBody, decodeRequest: decodeLeaveGroupRequestBody, encodeResponse: encodeLeaveGroupResponseBody, decodeResponse: decodeLeaveGroupResponseBody },
  SyncGroup: { name: 'SyncGroup', apiKey: 14, minVersion: 0, maxVersion: 5, firstFlexibleVersion: 4, latestVersionUnstable: false, encodeRequest: encodeSyncGroupRequestBody, decodeRequest: decodeSyncGroupRequestBody, encodeResponse: encodeSyncGroupResponseBody, decodeResponse: decodeSyncGroupResponseBody },
  DescribeGroups: { name: 'DescribeGroups', apiKey: 15, minVersion: 0, maxVersion: 6, firstFlexibleVersion: 5, latestVersionUnstable: false, encodeRequest: encodeDescribeGroupsRequestBody, decodeRequest: decodeDescribeGroupsRequestBody, encodeResponse: encodeDescribeGroupsResponseBody, decodeResponse: decodeDescribeGroupsResponseBody },
  ListGroups: { name: 'ListGroups', apiKey: 16, minVersion: 0, maxVersion: 5, firstFlexibleVersion: 3, latestVersionUnstable: false, encodeRequest: encodeListGroupsRequestBody, decodeRequest: decodeListGroupsRequestBody, encodeResponse: encodeListGroupsResponseBody, decodeResponse: decodeListGroupsResponseBody },
  SaslHandshake: { name: 'SaslHandshake', apiKey: 17, minVersion: 0, maxVersion: 1, firstFlexibleVersion: null, latestVersionUnstable: false, encodeRequest: encodeSaslHandshakeRequestBody, decodeRequest: decodeSaslHandshakeRequestBody, encodeResponse: encodeSaslHandshakeResponseBody, decodeResponse: decodeSaslHandshakeResponseBody },
  ApiVersions: { name: 'ApiVersions', apiKey: 18, minVersion: 0, maxVersion: 4, firstFlexibleVersion: 3, latestVersionUnstable: false, encodeRequest: encodeApiVersionsRequestBody, decodeRequest: decodeApiVersionsRequestBody, encodeResponse: encodeApiVersionsResponseBody, decodeResponse: decodeApiVersionsResponseBody },
  CreateTopics: { name: 'CreateTopics', apiKey: 19, minVersion: 2, maxVersion: 7, firstFlexibleVersion: 5, latestVersionUnstable: false, encodeRequest: encodeCreateTopicsRequestBody, decodeRequest: decodeCreateTopicsRequestBody, encodeResponse: encodeCreateTopicsResponseBody, decodeResponse: decodeCreateTopicsResponseBody },
  DeleteTopics: { name: 'DeleteTopics', apiKey: 20, minVersion: 1, maxVersion: 6, firstFlexibleVersion: 4, latestVersionUnstable: false, encodeRequest: encodeDeleteTopicsRequestBody, decodeRequest: decodeDeleteTopicsRequestBody, encodeResponse: encodeDeleteTopicsResponseBody, decodeResponse: decodeDeleteTopicsResponseBody },
  DeleteRecords: { name: 'DeleteRecords', apiKey: 21, minVersion: 0, maxVersion: 2, firstFlexibleVersion: 2, latestVersionUnstable: false, encodeRequest: encodeDeleteRecordsRequestBody, decodeRequest: decodeDeleteRecordsRequestBody, encodeResponse: encodeDeleteRecordsResponseBody, decodeResponse: decodeDeleteRecordsResponseBody },
  InitProducerId: { name: 'InitProducerId', apiKey: 22, minVersion: 0, maxVersion: 6, firstFlexibleVersion: 2, latestVersionUnstable: true, encodeRequest: encodeInitProducerIdRequestBody, decodeRequest: decodeInitProducerIdRequestBody, encodeResponse: encodeInitProducerIdResponseBody, decodeResponse: decodeInitProducerIdResponseBody },
  OffsetForLeaderEpoch: { name: 'OffsetForLeaderEpoch', apiKey: 23, minVersion: 2, maxVersion: 4, firstFlexibleVersion: 4, latestVersionUnstable: false, encodeRequest: encodeOffsetForLeaderEpochRequestBody, decodeRequest: decodeOffsetForLeaderEpochRequestBody, encodeResponse: encodeOffsetForLeaderEpochResponseBody, decodeResponse: decodeOffsetForLeaderEpochResponseBody },
  AddPartitionsToTxn: { name: 'AddPartitionsToTxn', apiKey: 24, minVersion: 0, maxVersion: 5, firstFlexibleVersion: 3, latestVersionUnstable: false, encodeRequest: encodeAddPartitionsToTxnRequestBody, decodeRequest: decodeAddPartitionsToTxnRequestBody, encodeResponse: encodeAddPartitionsToTxnResponseBody, decodeResponse: decodeAddPartitionsToTxnResponseBody },
  AddOffsetsToTxn: { name: 'AddOffsetsToTxn', apiKey: 25, minVersion: 0, maxVersion: 4, firstFlexibleVersion: 3, latestVersionUnstable: false, encodeRequest: encodeAddOffsetsToTxnRequestBody, decodeRequest: decodeAddOffsetsToTxnRequestBody, encodeResponse: encodeAddOffsetsToTxnResponseBody, decodeResponse: decodeAddOffsetsToTxnResponseBody },
  EndTxn: { name: 'EndTxn', apiKey: 26, minVersion: 0, maxVersion: 5, firstFlexibleVersion: 3, latestVersionUnstable: false, encodeRequest: encodeEndTxnRequestBody, decodeRequest: decodeEndTxnRequestBody, encodeResponse: encodeEndTxnResponseBody, decodeResponse: decodeEndTxnResponseBody },
  TxnOffsetCommit: { name: 'TxnOffsetCommit', apiKey: 28, minVersion: 0, maxVersion: 5, firstFlexibleVersion: 3, latestVersionUnstable: false, encodeRequest: encodeTxnOffsetCommitRequestBody, decodeRequest: decodeTxnOffsetCommitRequestBody, encodeResponse: encodeTxnOffsetCommitResponseBody, decodeResponse: decodeTxnOffsetCommitResponseBody },
  DescribeConfigs: { name: 'DescribeConfigs', apiKey: 32, minVersion: 1, maxVersion: 4, firstFlexibleVersion: 4, latestVersionUnstable: false, encodeRequest: encodeDescribeConfigsRequestBody, decodeRequest: decodeDescribeConfigsRequestBody, encodeResponse: encodeDescribeConfigsResponseBody, decodeResponse: decodeDescribeConfigsResponseBody },
  SaslAuthenticate: { name: 'SaslAuthenticate', apiKey: 36, minVersion: 0, maxVersion: 2, firstFlexibleVersion: 2, latestVersionUnstable: false, encodeRequest: encodeSaslAuthenticateRequestBody, decodeRequest: decodeSaslAuthenticateRequestBody, encodeResponse: encodeSaslAuthenticateResponseBody, decodeResponse: decodeSaslAuthenticateResponseBody },
  CreatePartitions: { name: 'CreatePartitions', apiKey: 37, minVersion: 0, maxVersion: 3, firstFlexibleVersion: 2, latestVersionUnstable: false, encodeRequest: encodeCreatePartitionsRequestBody, decodeRequest: decodeCreatePartitionsRequestBody, encodeResponse: encodeCreatePartitionsResponseBody, decodeResponse: decodeCreatePartitionsResponseBody },
  DeleteGroups: { name: 'DeleteGroups', apiKey: 42, minVersion: 0, maxVersion: 2, firstFlexibleVersion: 2, latestVersionUnstable: false, encodeRequest: encodeDeleteGroupsRequestBody, decodeRequest: decodeDeleteGroupsRequestBody, encodeResponse: encodeDeleteGroupsResponseBody, decodeResponse: decodeDeleteGroupsResponseBody },
  OffsetDelete: { name: 'OffsetDelete', apiKey: 47, minVersion: 0, maxVersion: 0, firstFlexibleVersion: null, latestVersionUnstable: false, encodeRequest: encodeOffsetDeleteRequestBody, decodeRequest: decodeOffsetDeleteRequestBody, encodeResponse: encodeOffsetDeleteResponseBody, decodeResponse: decodeOffsetDeleteResponseBody },
  DescribeCluster: { name: 'DescribeCluster', apiKey: 60, minVersion: 0, maxVersion: 2, firstFlexibleVersion: 0, latestVersionUnstable: false, encodeRequest: encodeDescribeClusterRequestBody, decodeRequest: decodeDescribeClusterRequestBody, encodeResponse: encodeDescribeClusterResponseBody, decodeResponse: decodeDescribeClusterResponseBody },
  DescribeProducers: { name: 'DescribeProducers', apiKey: 61, minVersion: 0, maxVersion: 0, firstFlexibleVersion: 0, latestVersionUnstable: false, encodeRequest: encodeDescribeProducersRequestBody, decodeRequest: decodeDescribeProducersRequestBody, encodeResponse: encodeDescribeProducersResponseBody, decodeResponse: decodeDescribeProducersResponseBody },
  ConsumerGroupHeartbeat: { name: 'ConsumerGroupHeartbeat', apiKey: 68, minVersion: 0, maxVersion: 1, firstFlexibleVersion: 0, latestVersionUnstable: false, encodeRequest: encodeConsumerGroupHeartbeatRequestBody, decodeRequest: decodeConsumerGroupHeartbeatRequestBody, encodeResponse: encodeConsumerGroupHeartbeatResponseBody, decodeResponse: decodeConsumerGroupHeartbeatResponseBody },
  ConsumerGroupDescribe: { name: 'ConsumerGroupDescribe', apiKey: 69, minVersion: 0, maxVersion: 1, firstFlexibleVersion: 0, latestVersionUnstable: false, encodeRequest: encodeConsumerGroupDescribeRequestBody, decodeRequest: decodeConsumerGroupDescribeRequestBody, encodeResponse: encodeConsumerGroupDescribeResponseBody, decodeResponse: decodeConsumerGroupDescribeResponseBody },
};
