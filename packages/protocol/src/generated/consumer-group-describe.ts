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
  const n0 = r.compactArrayLength(false);
  if (n0 === null) {
    f_partitions = null as never;
  }
  else {
    f_partitions = r.int32Array(n0);
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
  const a2 = o.partitions;
  if (a2 === null) {
    if (!(false)) throw nullNotAllowed('Partitions', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a2.length + 1);
    for (const x3 of a2) {
      w.int32(x3);
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
  const n4 = r.compactArrayLength(false);
  if (n4 === null) {
    f_topicPartitions = null as never;
  }
  else {
    const a5 = new Array(n4);
    for (let i6 = 0; i6 < n4; i6++) {
      a5[i6] = decodeConsumerGroupDescribeResponseTopicPartitions(r, v);
    }
    f_topicPartitions = a5;
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
  const a7 = o.topicPartitions;
  if (a7 === null) {
    if (!(false)) throw nullNotAllowed('TopicPartitions', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a7.length + 1);
    for (const x8 of a7) {
      const s9 = x8;
      encodeConsumerGroupDescribeResponseTopicPartitions(w, v, s9);
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
  let f_memberType: ConsumerGroupDescribeResponseMember['memberType'] = -1;
  f_memberId = r.compactString();
  f_instanceId = r.compactNullableString();
  f_rackId = r.compactNullableString();
  f_memberEpoch = r.int32();
  f_clientId = r.compactString();
  f_clientHost = r.compactString();
  const n10 = r.compactArrayLength(false);
  if (n10 === null) {
    f_subscribedTopicNames = null as never;
  }
  else {
    const a11 = new Array(n10);
    for (let i12 = 0; i12 < n10; i12++) {
      a11[i12] = r.compactString();
    }
    f_subscribedTopicNames = a11;
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
  const a13 = o.subscribedTopicNames;
  if (a13 === null) {
    if (!(false)) throw nullNotAllowed('SubscribedTopicNames', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a13.length + 1);
    for (const x14 of a13) {
      w.compactString(x14 as string);
    }
  }
  w.compactNullableString((o.subscribedTopicRegex ?? null));
  const s15 = o.assignment;
  encodeConsumerGroupDescribeResponseAssignment(w, v, s15);
  const s16 = o.targetAssignment;
  encodeConsumerGroupDescribeResponseAssignment(w, v, s16);
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
  const n17 = r.compactArrayLength(false);
  if (n17 === null) {
    f_members = null as never;
  }
  else {
    const a18 = new Array(n17);
    for (let i19 = 0; i19 < n17; i19++) {
      a18[i19] = decodeConsumerGroupDescribeResponseMember(r, v);
    }
    f_members = a18;
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
  const a20 = o.members;
  if (a20 === null) {
    if (!(false)) throw nullNotAllowed('Members', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a20.length + 1);
    for (const x21 of a20) {
      const s22 = x21;
      encodeConsumerGroupDescribeResponseMember(w, v, s22);
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
  const n23 = r.compactArrayLength(false);
  if (n23 === null) {
    f_groups = null as never;
  }
  else {
    const a24 = new Array(n23);
    for (let i25 = 0; i25 < n23; i25++) {
      a24[i25] = decodeConsumerGroupDescribeResponseDescribedGroup(r, v);
    }
    f_groups = a24;
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
  const a26 = o.groups;
  if (a26 === null) {
    if (!(false)) throw nullNotAllowed('Groups', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a26.length + 1);
    for (const x27 of a26) {
      const s28 = x27;
      encodeConsumerGroupDescribeResponseDescribedGroup(w, v, s28);
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
  const n29 = r.compactArrayLength(false);
  if (n29 === null) {
    f_groupIds = null as never;
  }
  else {
    const a30 = new Array(n29);
    for (let i31 = 0; i31 < n29; i31++) {
      a30[i31] = r.compactString();
    }
    f_groupIds = a30;
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
  const a32 = o.groupIds;
  if (a32 === null) {
    if (!(false)) throw nullNotAllowed('GroupIds', v);
    w.uvarint(0);
  }
  else {
    w.uvarint(a32.length + 1);
    for (const x33 of a32) {
      w.compactString(x33 as string);
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

