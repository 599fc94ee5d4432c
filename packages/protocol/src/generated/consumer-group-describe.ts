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
  let f_topicId: ConsumerGroupDescribeResponseTopicPartitions['topicId'];
  let f_topicName: ConsumerGroupDescribeResponseTopicPartitions['topicName'];
  let f_partitions: ConsumerGroupDescribeResponseTopicPartitions['partitions'];
  f_topicId = r.uuid();
  f_topicName = r.compactString();
  f_partitions = r.int32List(true, false) as never;
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
  const a0 = o.partitions;
  if (a0 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a0.length + 1);
    for (const x1 of a0) {
      w.int32(x1);
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
  let f_topicPartitions: ConsumerGroupDescribeResponseAssignment['topicPartitions'];
  const n2 = r.compactArrayLength(false);
  if (n2 === null) {
    f_topicPartitions = null as never;
  }
  else {
    const a3 = new Array(n2);
    for (let i4 = 0; i4 < n2; i4++) {
      a3[i4] = decodeConsumerGroupDescribeResponseTopicPartitions(r, v);
    }
    f_topicPartitions = a3;
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
  const a5 = o.topicPartitions;
  if (a5 === null) {
    if (!(false)) throw nullNotAllowed('TopicPartitions', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a5.length + 1);
    for (const x6 of a5) {
      const s7 = x6;
      encodeConsumerGroupDescribeResponseTopicPartitions(w, v, s7);
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
  let f_memberId: ConsumerGroupDescribeResponseMember['memberId'];
  let f_instanceId: ConsumerGroupDescribeResponseMember['instanceId'];
  let f_rackId: ConsumerGroupDescribeResponseMember['rackId'];
  let f_memberEpoch: ConsumerGroupDescribeResponseMember['memberEpoch'];
  let f_clientId: ConsumerGroupDescribeResponseMember['clientId'];
  let f_clientHost: ConsumerGroupDescribeResponseMember['clientHost'];
  let f_subscribedTopicNames: ConsumerGroupDescribeResponseMember['subscribedTopicNames'];
  let f_subscribedTopicRegex: ConsumerGroupDescribeResponseMember['subscribedTopicRegex'];
  let f_assignment: ConsumerGroupDescribeResponseMember['assignment'];
  let f_targetAssignment: ConsumerGroupDescribeResponseMember['targetAssignment'];
  let f_memberType: ConsumerGroupDescribeResponseMember['memberType'];
  f_memberId = r.compactString();
  f_instanceId = r.compactNullableString();
  f_rackId = r.compactNullableString();
  f_memberEpoch = r.int32();
  f_clientId = r.compactString();
  f_clientHost = r.compactString();
  const n8 = r.compactArrayLength(false);
  if (n8 === null) {
    f_subscribedTopicNames = null as never;
  }
  else {
    const a9 = new Array(n8);
    for (let i10 = 0; i10 < n8; i10++) {
      a9[i10] = r.compactString();
    }
    f_subscribedTopicNames = a9;
  }
  f_subscribedTopicRegex = r.compactNullableString();
  f_assignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
  f_targetAssignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
  if (v >= 1) {
    f_memberType = r.int8();
  }
  else {
    f_memberType = -1;
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
  const a11 = o.subscribedTopicNames;
  if (a11 === null) {
    if (!(false)) throw nullNotAllowed('SubscribedTopicNames', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a11.length + 1);
    for (const x12 of a11) {
      w.compactString(x12 as string);
    }
  }
  w.compactNullableString((o.subscribedTopicRegex ?? null));
  const s13 = o.assignment;
  encodeConsumerGroupDescribeResponseAssignment(w, v, s13);
  const s14 = o.targetAssignment;
  encodeConsumerGroupDescribeResponseAssignment(w, v, s14);
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
  let f_errorCode: ConsumerGroupDescribeResponseDescribedGroup['errorCode'];
  let f_errorMessage: ConsumerGroupDescribeResponseDescribedGroup['errorMessage'];
  let f_groupId: ConsumerGroupDescribeResponseDescribedGroup['groupId'];
  let f_groupState: ConsumerGroupDescribeResponseDescribedGroup['groupState'];
  let f_groupEpoch: ConsumerGroupDescribeResponseDescribedGroup['groupEpoch'];
  let f_assignmentEpoch: ConsumerGroupDescribeResponseDescribedGroup['assignmentEpoch'];
  let f_assignorName: ConsumerGroupDescribeResponseDescribedGroup['assignorName'];
  let f_members: ConsumerGroupDescribeResponseDescribedGroup['members'];
  let f_authorizedOperations: ConsumerGroupDescribeResponseDescribedGroup['authorizedOperations'];
  f_errorCode = r.int16();
  f_errorMessage = r.compactNullableString();
  f_groupId = r.compactString();
  f_groupState = r.compactString();
  f_groupEpoch = r.int32();
  f_assignmentEpoch = r.int32();
  f_assignorName = r.compactString();
  const n15 = r.compactArrayLength(false);
  if (n15 === null) {
    f_members = null as never;
  }
  else {
    const a16 = new Array(n15);
    for (let i17 = 0; i17 < n15; i17++) {
      a16[i17] = decodeConsumerGroupDescribeResponseMember(r, v);
    }
    f_members = a16;
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
  const a18 = o.members;
  if (a18 === null) {
    if (!(false)) throw nullNotAllowed('Members', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a18.length + 1);
    for (const x19 of a18) {
      const s20 = x19;
      encodeConsumerGroupDescribeResponseMember(w, v, s20);
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
  let f_throttleTimeMs: ConsumerGroupDescribeResponse['throttleTimeMs'];
  let f_groups: ConsumerGroupDescribeResponse['groups'];
  f_throttleTimeMs = r.int32();
  const n21 = r.compactArrayLength(false);
  if (n21 === null) {
    f_groups = null as never;
  }
  else {
    const a22 = new Array(n21);
    for (let i23 = 0; i23 < n21; i23++) {
      a22[i23] = decodeConsumerGroupDescribeResponseDescribedGroup(r, v);
    }
    f_groups = a22;
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
  const a24 = o.groups;
  if (a24 === null) {
    if (!(false)) throw nullNotAllowed('Groups', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a24.length + 1);
    for (const x25 of a24) {
      const s26 = x25;
      encodeConsumerGroupDescribeResponseDescribedGroup(w, v, s26);
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
  let f_groupIds: ConsumerGroupDescribeRequest['groupIds'];
  let f_includeAuthorizedOperations: ConsumerGroupDescribeRequest['includeAuthorizedOperations'];
  const n27 = r.compactArrayLength(false);
  if (n27 === null) {
    f_groupIds = null as never;
  }
  else {
    const a28 = new Array(n27);
    for (let i29 = 0; i29 < n27; i29++) {
      a28[i29] = r.compactString();
    }
    f_groupIds = a28;
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
  const a30 = o.groupIds;
  if (a30 === null) {
    if (!(false)) throw nullNotAllowed('GroupIds', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a30.length + 1);
    for (const x31 of a30) {
      w.compactString(x31 as string);
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

