// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with `pnpm --filter @kafkaline/protocol generate`.
/* eslint-disable */
import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
import { checkVersion, nullNotAllowed } from '../primitives/codec-support.js';
import { ZERO_UUID } from '../primitives/uuid.js';

// ---- ConsumerGroupDescribeResponse: versions 0-1, flexible 0+

export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. (versions 0+) */
  topicId: string;
  /** The topic name. (versions 0+) */
  topicName: string;
  /** The partitions. (versions 0+) */
  partitions: Array<number>;
}

export interface ConsumerGroupDescribeResponseTopicPartitionsInput {
  topicId: string;
  topicName: string;
  partitions: Array<number>;
}

export function defaultConsumerGroupDescribeResponseTopicPartitions(): ConsumerGroupDescribeResponseTopicPartitions {
  return { topicId: ZERO_UUID, topicName: "", partitions: [] };
}

export function decodeConsumerGroupDescribeResponseTopicPartitions(r: Reader, v: number): ConsumerGroupDescribeResponseTopicPartitions {
  let f_topicId: ConsumerGroupDescribeResponseTopicPartitions['topicId'] = ZERO_UUID;
  let f_topicName: ConsumerGroupDescribeResponseTopicPartitions['topicName'] = "";
  let f_partitions: ConsumerGroupDescribeResponseTopicPartitions['partitions'] = [];
  f_topicId = r.uuid();
  f_topicName = r.compactString();
  const n0 = r.compactArrayLength(false);
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    const a1 = new Array(n0);
    for (let i2 = 0; i2 < n0; i2++) {
      a1[i2] = r.int32();
    }
    f_partitions = a1;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topicId: f_topicId, topicName: f_topicName, partitions: f_partitions };
}

export function encodeConsumerGroupDescribeResponseTopicPartitions(w: Writer, v: number, o: ConsumerGroupDescribeResponseTopicPartitionsInput): void {
  w.uuid(o.topicId);
  w.compactString(o.topicName as string);
  const a3 = o.partitions;
  if (a3 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a3.length + 1);
    for (const x4 of a3) {
      w.int32(x4);
    }
  }
  {
    w.uvarint(0);
  }
}

export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (versions 0+) */
  topicPartitions: Array<ConsumerGroupDescribeResponseTopicPartitions>;
}

export interface ConsumerGroupDescribeResponseAssignmentInput {
  topicPartitions: Array<ConsumerGroupDescribeResponseTopicPartitionsInput>;
}

export function defaultConsumerGroupDescribeResponseAssignment(): ConsumerGroupDescribeResponseAssignment {
  return { topicPartitions: [] };
}

export function decodeConsumerGroupDescribeResponseAssignment(r: Reader, v: number): ConsumerGroupDescribeResponseAssignment {
  let f_topicPartitions: ConsumerGroupDescribeResponseAssignment['topicPartitions'] = [];
  const n5 = r.compactArrayLength(false);
  if (n5 === null) {
    f_topicPartitions = null as never;
  }
  else {
    const a6 = new Array(n5);
    for (let i7 = 0; i7 < n5; i7++) {
      a6[i7] = decodeConsumerGroupDescribeResponseTopicPartitions(r, v);
    }
    f_topicPartitions = a6;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { topicPartitions: f_topicPartitions };
}

export function encodeConsumerGroupDescribeResponseAssignment(w: Writer, v: number, o: ConsumerGroupDescribeResponseAssignmentInput): void {
  const a8 = o.topicPartitions;
  if (a8 === null) {
    if (!(false)) throw nullNotAllowed('TopicPartitions', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a8.length + 1);
    for (const x9 of a8) {
      const s10 = x9;
      encodeConsumerGroupDescribeResponseTopicPartitions(w, v, s10);
    }
  }
  {
    w.uvarint(0);
  }
}

export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. (versions 0+) */
  memberId: string;
  /** The member instance ID. (versions 0+) */
  instanceId: string | null;
  /** The member rack ID. (versions 0+) */
  rackId: string | null;
  /** The current member epoch. (versions 0+) */
  memberEpoch: number;
  /** The client ID. (versions 0+) */
  clientId: string;
  /** The client host. (versions 0+) */
  clientHost: string;
  /** The subscribed topic names. (versions 0+) */
  subscribedTopicNames: Array<string>;
  /** the subscribed topic regex otherwise or null of not provided. (versions 0+) */
  subscribedTopicRegex: string | null;
  /** The current assignment. (versions 0+) */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. (versions 0+) */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  /** -1 for unknown. 0 for classic member. +1 for consumer member. (versions 1+) */
  memberType: number;
}

export interface ConsumerGroupDescribeResponseMemberInput {
  memberId: string;
  instanceId?: string | null;
  rackId?: string | null;
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: Array<string>;
  subscribedTopicRegex?: string | null;
  assignment: ConsumerGroupDescribeResponseAssignmentInput;
  targetAssignment: ConsumerGroupDescribeResponseAssignmentInput;
  memberType?: number;
}

export function defaultConsumerGroupDescribeResponseMember(): ConsumerGroupDescribeResponseMember {
  return { memberId: "", instanceId: null, rackId: null, memberEpoch: 0, clientId: "", clientHost: "", subscribedTopicNames: [], subscribedTopicRegex: null, assignment: defaultConsumerGroupDescribeResponseAssignment(), targetAssignment: defaultConsumerGroupDescribeResponseAssignment(), memberType: -1 };
}

export function decodeConsumerGroupDescribeResponseMember(r: Reader, v: number): ConsumerGroupDescribeResponseMember {
  let f_memberId: ConsumerGroupDescribeResponseMember['memberId'] = "";
  let f_instanceId: ConsumerGroupDescribeResponseMember['instanceId'] = null;
  let f_rackId: ConsumerGroupDescribeResponseMember['rackId'] = null;
  let f_memberEpoch: ConsumerGroupDescribeResponseMember['memberEpoch'] = 0;
  let f_clientId: ConsumerGroupDescribeResponseMember['clientId'] = "";
  let f_clientHost: ConsumerGroupDescribeResponseMember['clientHost'] = "";
  let f_subscribedTopicNames: ConsumerGroupDescribeResponseMember['subscribedTopicNames'] = [];
  let f_subscribedTopicRegex: ConsumerGroupDescribeResponseMember['subscribedTopicRegex'] = null;
  let f_assignment: ConsumerGroupDescribeResponseMember['assignment'] = defaultConsumerGroupDescribeResponseAssignment();
  let f_targetAssignment: ConsumerGroupDescribeResponseMember['targetAssignment'] = defaultConsumerGroupDescribeResponseAssignment();
  let f_memberType: ConsumerGroupDescribeResponseMember['memberType'] = -1;
  f_memberId = r.compactString();
  f_instanceId = r.compactNullableString();
  f_rackId = r.compactNullableString();
  f_memberEpoch = r.int32();
  f_clientId = r.compactString();
  f_clientHost = r.compactString();
  const n11 = r.compactArrayLength(false);
  if (n11 === null) {
    f_subscribedTopicNames = null as never;
  }
  else {
    const a12 = new Array(n11);
    for (let i13 = 0; i13 < n11; i13++) {
      a12[i13] = r.compactString();
    }
    f_subscribedTopicNames = a12;
  }
  f_subscribedTopicRegex = r.compactNullableString();
  f_assignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
  f_targetAssignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
  if (v >= 1) {
    f_memberType = r.int8();
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { memberId: f_memberId, instanceId: f_instanceId, rackId: f_rackId, memberEpoch: f_memberEpoch, clientId: f_clientId, clientHost: f_clientHost, subscribedTopicNames: f_subscribedTopicNames, subscribedTopicRegex: f_subscribedTopicRegex, assignment: f_assignment, targetAssignment: f_targetAssignment, memberType: f_memberType };
}

export function encodeConsumerGroupDescribeResponseMember(w: Writer, v: number, o: ConsumerGroupDescribeResponseMemberInput): void {
  w.compactString(o.memberId as string);
  w.compactNullableString((o.instanceId ?? null));
  w.compactNullableString((o.rackId ?? null));
  w.int32(o.memberEpoch);
  w.compactString(o.clientId as string);
  w.compactString(o.clientHost as string);
  const a14 = o.subscribedTopicNames;
  if (a14 === null) {
    if (!(false)) throw nullNotAllowed('SubscribedTopicNames', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a14.length + 1);
    for (const x15 of a14) {
      w.compactString(x15 as string);
    }
  }
  w.compactNullableString((o.subscribedTopicRegex ?? null));
  const s16 = o.assignment;
  encodeConsumerGroupDescribeResponseAssignment(w, v, s16);
  const s17 = o.targetAssignment;
  encodeConsumerGroupDescribeResponseAssignment(w, v, s17);
  if (v >= 1) {
    w.int8((o.memberType ?? -1));
  }
  {
    w.uvarint(0);
  }
}

export interface ConsumerGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0+) */
  errorMessage: string | null;
  /** The group ID string. (versions 0+) */
  groupId: string;
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string;
  /** The group epoch. (versions 0+) */
  groupEpoch: number;
  /** The assignment epoch. (versions 0+) */
  assignmentEpoch: number;
  /** The selected assignor. (versions 0+) */
  assignorName: string;
  /** The members. (versions 0+) */
  members: Array<ConsumerGroupDescribeResponseMember>;
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0+) */
  authorizedOperations: number;
}

export interface ConsumerGroupDescribeResponseDescribedGroupInput {
  errorCode: number;
  errorMessage?: string | null;
  groupId: string;
  groupState: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignorName: string;
  members: Array<ConsumerGroupDescribeResponseMemberInput>;
  authorizedOperations?: number;
}

export function defaultConsumerGroupDescribeResponseDescribedGroup(): ConsumerGroupDescribeResponseDescribedGroup {
  return { errorCode: 0, errorMessage: null, groupId: "", groupState: "", groupEpoch: 0, assignmentEpoch: 0, assignorName: "", members: [], authorizedOperations: -2147483648 };
}

export function decodeConsumerGroupDescribeResponseDescribedGroup(r: Reader, v: number): ConsumerGroupDescribeResponseDescribedGroup {
  let f_errorCode: ConsumerGroupDescribeResponseDescribedGroup['errorCode'] = 0;
  let f_errorMessage: ConsumerGroupDescribeResponseDescribedGroup['errorMessage'] = null;
  let f_groupId: ConsumerGroupDescribeResponseDescribedGroup['groupId'] = "";
  let f_groupState: ConsumerGroupDescribeResponseDescribedGroup['groupState'] = "";
  let f_groupEpoch: ConsumerGroupDescribeResponseDescribedGroup['groupEpoch'] = 0;
  let f_assignmentEpoch: ConsumerGroupDescribeResponseDescribedGroup['assignmentEpoch'] = 0;
  let f_assignorName: ConsumerGroupDescribeResponseDescribedGroup['assignorName'] = "";
  let f_members: ConsumerGroupDescribeResponseDescribedGroup['members'] = [];
  let f_authorizedOperations: ConsumerGroupDescribeResponseDescribedGroup['authorizedOperations'] = -2147483648;
  f_errorCode = r.int16();
  f_errorMessage = r.compactNullableString();
  f_groupId = r.compactString();
  f_groupState = r.compactString();
  f_groupEpoch = r.int32();
  f_assignmentEpoch = r.int32();
  f_assignorName = r.compactString();
  const n18 = r.compactArrayLength(false);
  if (n18 === null) {
    f_members = null as never;
  }
  else {
    const a19 = new Array(n18);
    for (let i20 = 0; i20 < n18; i20++) {
      a19[i20] = decodeConsumerGroupDescribeResponseMember(r, v);
    }
    f_members = a19;
  }
  f_authorizedOperations = r.int32();
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { errorCode: f_errorCode, errorMessage: f_errorMessage, groupId: f_groupId, groupState: f_groupState, groupEpoch: f_groupEpoch, assignmentEpoch: f_assignmentEpoch, assignorName: f_assignorName, members: f_members, authorizedOperations: f_authorizedOperations };
}

export function encodeConsumerGroupDescribeResponseDescribedGroup(w: Writer, v: number, o: ConsumerGroupDescribeResponseDescribedGroupInput): void {
  w.int16(o.errorCode);
  w.compactNullableString((o.errorMessage ?? null));
  w.compactString(o.groupId as string);
  w.compactString(o.groupState as string);
  w.int32(o.groupEpoch);
  w.int32(o.assignmentEpoch);
  w.compactString(o.assignorName as string);
  const a21 = o.members;
  if (a21 === null) {
    if (!(false)) throw nullNotAllowed('Members', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a21.length + 1);
    for (const x22 of a21) {
      const s23 = x22;
      encodeConsumerGroupDescribeResponseMember(w, v, s23);
    }
  }
  w.int32((o.authorizedOperations ?? -2147483648));
  {
    w.uvarint(0);
  }
}

export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number;
  /** Each described group. (versions 0+) */
  groups: Array<ConsumerGroupDescribeResponseDescribedGroup>;
}

export interface ConsumerGroupDescribeResponseInput {
  throttleTimeMs: number;
  groups: Array<ConsumerGroupDescribeResponseDescribedGroupInput>;
}

export function defaultConsumerGroupDescribeResponse(): ConsumerGroupDescribeResponse {
  return { throttleTimeMs: 0, groups: [] };
}

export function decodeConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  let f_throttleTimeMs: ConsumerGroupDescribeResponse['throttleTimeMs'] = 0;
  let f_groups: ConsumerGroupDescribeResponse['groups'] = [];
  f_throttleTimeMs = r.int32();
  const n24 = r.compactArrayLength(false);
  if (n24 === null) {
    f_groups = null as never;
  }
  else {
    const a25 = new Array(n24);
    for (let i26 = 0; i26 < n24; i26++) {
      a25[i26] = decodeConsumerGroupDescribeResponseDescribedGroup(r, v);
    }
    f_groups = a25;
  }
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { throttleTimeMs: f_throttleTimeMs, groups: f_groups };
}

export function encodeConsumerGroupDescribeResponse(w: Writer, v: number, o: ConsumerGroupDescribeResponseInput): void {
  w.int32(o.throttleTimeMs);
  const a27 = o.groups;
  if (a27 === null) {
    if (!(false)) throw nullNotAllowed('Groups', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a27.length + 1);
    for (const x28 of a27) {
      const s29 = x28;
      encodeConsumerGroupDescribeResponseDescribedGroup(w, v, s29);
    }
  }
  {
    w.uvarint(0);
  }
}

/** Encodes a ConsumerGroupDescribeResponse body at version `version` (0-1). */
export function encodeConsumerGroupDescribeResponseBody(w: Writer, version: number, body: ConsumerGroupDescribeResponseInput): void {
  checkVersion('ConsumerGroupDescribeResponse', version, 0, 1);
  encodeConsumerGroupDescribeResponse(w, version, body);
}

/** Decodes a ConsumerGroupDescribeResponse body at version `version` (0-1). */
export function decodeConsumerGroupDescribeResponseBody(r: Reader, version: number): ConsumerGroupDescribeResponse {
  checkVersion('ConsumerGroupDescribeResponse', version, 0, 1);
  return decodeConsumerGroupDescribeResponse(r, version);
}

// ---- ConsumerGroupDescribeRequest: versions 0-1, flexible 0+

export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe. (versions 0+) */
  groupIds: Array<string>;
  /** Whether to include authorized operations. (versions 0+) */
  includeAuthorizedOperations: boolean;
}

export interface ConsumerGroupDescribeRequestInput {
  groupIds: Array<string>;
  includeAuthorizedOperations: boolean;
}

export function defaultConsumerGroupDescribeRequest(): ConsumerGroupDescribeRequest {
  return { groupIds: [], includeAuthorizedOperations: false };
}

export function decodeConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  let f_groupIds: ConsumerGroupDescribeRequest['groupIds'] = [];
  let f_includeAuthorizedOperations: ConsumerGroupDescribeRequest['includeAuthorizedOperations'] = false;
  const n30 = r.compactArrayLength(false);
  if (n30 === null) {
    f_groupIds = null as never;
  }
  else {
    const a31 = new Array(n30);
    for (let i32 = 0; i32 < n30; i32++) {
      a31[i32] = r.compactString();
    }
    f_groupIds = a31;
  }
  f_includeAuthorizedOperations = r.bool();
  {
    const tagCount = r.uvarint();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.uvarint();
      const end = r.taggedFieldEnd(r.uvarint());
      r.finishTaggedField(end);
    }
  }
  return { groupIds: f_groupIds, includeAuthorizedOperations: f_includeAuthorizedOperations };
}

export function encodeConsumerGroupDescribeRequest(w: Writer, v: number, o: ConsumerGroupDescribeRequestInput): void {
  const a33 = o.groupIds;
  if (a33 === null) {
    if (!(false)) throw nullNotAllowed('GroupIds', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a33.length + 1);
    for (const x34 of a33) {
      w.compactString(x34 as string);
    }
  }
  w.bool(o.includeAuthorizedOperations);
  {
    w.uvarint(0);
  }
}

/** Encodes a ConsumerGroupDescribeRequest body at version `version` (0-1). */
export function encodeConsumerGroupDescribeRequestBody(w: Writer, version: number, body: ConsumerGroupDescribeRequestInput): void {
  checkVersion('ConsumerGroupDescribeRequest', version, 0, 1);
  encodeConsumerGroupDescribeRequest(w, version, body);
}

/** Decodes a ConsumerGroupDescribeRequest body at version `version` (0-1). */
export function decodeConsumerGroupDescribeRequestBody(r: Reader, version: number): ConsumerGroupDescribeRequest {
  checkVersion('ConsumerGroupDescribeRequest', version, 0, 1);
  return decodeConsumerGroupDescribeRequest(r, version);
}

