// Golden bytes against an independent implementation: for every (API, version) that kafkajs can
// encode or decode and our Kafka 4.3 schemas still carry, our request frames equal kafkajs's byte
// for byte and decode back to the value, and kafkajs's response decoders read our responses.
//
// kafkajs is a client, so it only has request encoders and response decoders: requests are
// compared kafkajs-encode = ours-encode plus ours-decode(kafkajs bytes); responses go
// ours-encode -> kafkajs decode + parse (with error-free values, since parse throws on errors).
// kafkajs never uses flexible versions, so every frame here has request header v1 / response
// header v0. Record batches (Produce, Fetch) are built with kafkajs's own RecordBatch encoder and
// are opaque bytes to these codecs.
import { createRequire } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type ApiMessages,
  type ApiName,
  Apis,
  apiFor,
  decodeRequestBody,
  decodeRequestFrameHeader,
  encodeRequestFrame,
  encodeResponseFrame,
} from '../src/index.js';

const require = createRequire(import.meta.url);

interface KjsEncoder {
  buffer: Buffer;
}
interface KjsRequest {
  apiKey: number;
  apiVersion: number;
  encode(): Promise<KjsEncoder>;
}
interface KjsResponse {
  decode(payload: Buffer): Promise<unknown>;
  parse(data: unknown): Promise<unknown>;
}
interface KjsDefinition {
  versions: string[];
  protocol(o: { version: number }): (args: unknown) => { request: KjsRequest; response: KjsResponse };
}
interface KjsDecoder {
  readInt32(): number;
  readBytes(length?: number): Buffer;
  readAll(): Buffer;
}

const { requests: kjsRequests } = require('kafkajs/src/protocol/requests') as { requests: Record<string, KjsDefinition> };
const kjsApiKeys = require('kafkajs/src/protocol/requests/apiKeys') as Record<string, number>;
const kjsFrame = require('kafkajs/src/protocol/request') as (o: { correlationId: number; clientId: string; request: KjsRequest }) => Promise<KjsEncoder>;
const KjsDecoderClass = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => KjsDecoder;
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch(options: Record<string, unknown>): Promise<KjsEncoder>;
};
const KjsRecord = require('kafkajs/src/protocol/recordBatch/record/v0') as (options: Record<string, unknown>) => KjsEncoder;
const plainSaslRequest = require('kafkajs/src/protocol/sasl/plain/request') as (o: { username: string; password: string }) => {
  encode(): Promise<Buffer>;
};
const { AssignerProtocol } = require('kafkajs') as {
  AssignerProtocol: {
    MemberMetadata: { encode(o: { version: number; topics: string[]; userData: Buffer }): Buffer };
    MemberAssignment: { encode(o: { version: number; assignment: Record<string, number[]>; userData: Buffer }): Buffer };
  };
};

const CLIENT_ID = 'kafkaline-golden';

// ---------------------------------------------------------------------------------------------
// Shared realistic values

const SUBSCRIPTION = AssignerProtocol.MemberMetadata.encode({ version: 0, topics: ['orders', 'payments'], userData: Buffer.alloc(0) });
const SUBSCRIPTION_B = AssignerProtocol.MemberMetadata.encode({ version: 0, topics: ['orders'], userData: Buffer.from('rack-b') });
const ASSIGNMENT_A = AssignerProtocol.MemberAssignment.encode({ version: 0, assignment: { orders: [0, 1], payments: [0] }, userData: Buffer.alloc(0) });
const ASSIGNMENT_B = AssignerProtocol.MemberAssignment.encode({ version: 0, assignment: { orders: [2] }, userData: Buffer.alloc(0) });
const SCRAM_SERVER_FINAL = Buffer.from('v=rmF9pqV8S7suAoZWja4dJRkFsKQ=');
const MEMBER_A = 'kafkaline-1-6f0d7c1e-9b1a-4c55-8d2e-3a1f0e6c2b7d';
const MEMBER_B = 'kafkaline-2-0c3e5a77-1d2f-4e8b-9a6c-5b4d3c2e1f0a';

const FIRST_TIMESTAMP = 1_700_000_000_000;
const MESSAGES = [
  { key: Buffer.from('order-17'), value: Buffer.from('{"total":42}'), headers: { 'trace-id': Buffer.from('abc123') }, timestamp: FIRST_TIMESTAMP },
  { key: null, value: Buffer.from('{"total":7}'), headers: {}, timestamp: FIRST_TIMESTAMP + 5 },
];

/** A RecordBatch v2 exactly as kafkajs's Produce v3+ encoder builds it for MESSAGES. */
async function kafkajsBatch(options: { firstOffset?: string; producerId: string; producerEpoch: number; transactional: boolean; firstSequence: number }): Promise<Buffer> {
  const records = MESSAGES.map((m, i) => KjsRecord({ ...m, offsetDelta: i, timestampDelta: m.timestamp - FIRST_TIMESTAMP }));
  const batch = await RecordBatch({
    compression: 0,
    firstOffset: options.firstOffset ?? '0',
    records,
    firstTimestamp: FIRST_TIMESTAMP,
    maxTimestamp: FIRST_TIMESTAMP + 5,
    producerId: options.producerId,
    producerEpoch: options.producerEpoch,
    firstSequence: options.firstSequence,
    transactional: options.transactional,
    lastOffsetDelta: MESSAGES.length - 1,
  });
  return batch.buffer;
}

const PRODUCE_BATCH = await kafkajsBatch({ producerId: '4000', producerEpoch: 3, transactional: true, firstSequence: 10 });
const FETCH_BATCH = await kafkajsBatch({ firstOffset: '1234', producerId: '-1', producerEpoch: -1, transactional: false, firstSequence: -1 });
// SaslAuthenticate's request value, built by kafkajs's own PLAIN mechanism.
const SASL_PLAIN_WRAPPED = await plainSaslRequest({ username: 'alice', password: 's3cr3t' }).encode();

// ---------------------------------------------------------------------------------------------
// The table

type Body = Record<string, unknown>;

interface Golden<N extends ApiName> {
  api: N;
  /** kafkajs's name for the API in its request table. */
  kafkajs: string;
  /** Inclusive: kafkajs's versions ∩ our validVersions. Stated so a change on either side fails loudly. */
  versions: [number, number];
  /** The same request as kafkajs arguments and as our body. */
  request(v: number): { kafkajs: unknown; ours: ApiMessages[N]['requestInput'] };
  /** Our response body and what kafkajs's decode + parse make of it (after `plain`). */
  response(v: number): { ours: ApiMessages[N]['responseInput']; kafkajs: unknown; view?: (parsed: Body) => unknown };
}

function golden<N extends ApiName>(c: Golden<N>): Golden<ApiName> {
  return c as unknown as Golden<ApiName>;
}

/** Fields a version has, or nothing: our encoders reject non-default values of fields a version lacks. */
function since<T extends object>(v: number, min: number, fields: T): Partial<T> {
  return v >= min ? fields : {};
}

/**
 * kafkajs's throttle fields: none before `from`; `throttleTime` until `clientSideFrom` (KIP-219),
 * from then on `throttleTime: 0` and the broker's value as `clientSideThrottleTime`.
 */
function kThrottle(v: number, from: number, clientSideFrom: number, ms: number): Body {
  if (v < from) return {};
  return v < clientSideFrom ? { throttleTime: ms } : { throttleTime: 0, clientSideThrottleTime: ms };
}

const CASES: Golden<ApiName>[] = [
  golden({
    api: 'ApiVersions',
    kafkajs: 'ApiVersions',
    versions: [0, 2],
    request: () => ({ kafkajs: {}, ours: {} }),
    response: (v) => {
      const keys = [
        { apiKey: 0, minVersion: 3, maxVersion: 13 },
        { apiKey: 1, minVersion: 4, maxVersion: 18 },
        { apiKey: 18, minVersion: 0, maxVersion: 4 },
      ];
      return {
        ours: { errorCode: 0, apiKeys: keys, ...since(v, 1, { throttleTimeMs: 25 }) },
        kafkajs: { errorCode: 0, apiVersions: keys, ...kThrottle(v, 1, 2, 25) },
      };
    },
  }),

  golden({
    api: 'Metadata',
    kafkajs: 'Metadata',
    versions: [0, 6],
    request: (v) => ({
      kafkajs: { topics: ['orders', 'payments'], allowAutoTopicCreation: false },
      ours: { topics: [{ name: 'orders' }, { name: 'payments' }], ...since(v, 4, { allowAutoTopicCreation: false }) },
    }),
    response: (v) => ({
      ours: {
        ...since(v, 3, { throttleTimeMs: 7 }),
        brokers: [
          { nodeId: 1, host: 'broker-1.kafka.internal', port: 9092, ...since(v, 1, { rack: 'eu-west-1a' }) },
          { nodeId: 2, host: 'broker-2.kafka.internal', port: 9093, ...since(v, 1, { rack: null }) },
        ],
        ...since(v, 2, { clusterId: 'kRaFt-cLuStEr-iD-0001' }),
        ...since(v, 1, { controllerId: 1 }),
        topics: [
          {
            errorCode: 0,
            name: 'orders',
            ...since(v, 1, { isInternal: false }),
            partitions: [
              { errorCode: 0, partitionIndex: 0, leaderId: 1, replicaNodes: [1, 2], isrNodes: [1, 2], ...since(v, 5, { offlineReplicas: [] }) },
              { errorCode: 0, partitionIndex: 1, leaderId: 2, replicaNodes: [2, 1, 3], isrNodes: [2], ...since(v, 5, { offlineReplicas: [3] }) },
            ],
          },
          { errorCode: 0, name: '__consumer_offsets', ...since(v, 1, { isInternal: true }), partitions: [] },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 3, 6, 7),
        brokers: [
          { nodeId: 1, host: 'broker-1.kafka.internal', port: 9092, ...since(v, 1, { rack: 'eu-west-1a' }) },
          { nodeId: 2, host: 'broker-2.kafka.internal', port: 9093, ...since(v, 1, { rack: null }) },
        ],
        ...since(v, 2, { clusterId: 'kRaFt-cLuStEr-iD-0001' }),
        ...since(v, 1, { controllerId: 1 }),
        topicMetadata: [
          {
            topicErrorCode: 0,
            topic: 'orders',
            ...since(v, 1, { isInternal: false }),
            partitionMetadata: [
              { partitionErrorCode: 0, partitionId: 0, leader: 1, replicas: [1, 2], isr: [1, 2], ...since(v, 5, { offlineReplicas: [] }) },
              { partitionErrorCode: 0, partitionId: 1, leader: 2, replicas: [2, 1, 3], isr: [2], ...since(v, 5, { offlineReplicas: [3] }) },
            ],
          },
          { topicErrorCode: 0, topic: '__consumer_offsets', ...since(v, 1, { isInternal: true }), partitionMetadata: [] },
        ],
      },
    }),
  }),

  golden({
    api: 'Fetch',
    kafkajs: 'Fetch',
    versions: [4, 11],
    request: (v) => ({
      kafkajs: {
        replicaId: -1,
        maxWaitTime: 500,
        minBytes: 1,
        maxBytes: 52_428_800,
        isolationLevel: 1,
        sessionId: 918_273,
        sessionEpoch: 4,
        forgottenTopics: [{ topic: 'old-topic', partitions: [0, 2] }],
        rackId: 'eu-west-1a',
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, currentLeaderEpoch: 5, fetchOffset: '1234', logStartOffset: '-1', maxBytes: 1_048_576 },
              { partition: 3, currentLeaderEpoch: 6, fetchOffset: '1099511627776', logStartOffset: '17', maxBytes: 1_048_576 },
            ],
          },
        ],
      },
      ours: {
        replicaId: -1,
        maxWaitMs: 500,
        minBytes: 1,
        maxBytes: 52_428_800,
        isolationLevel: 1,
        ...since(v, 7, { sessionId: 918_273, sessionEpoch: 4 }),
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, ...since(v, 9, { currentLeaderEpoch: 5 }), fetchOffset: 1234n, ...since(v, 5, { logStartOffset: -1n }), partitionMaxBytes: 1_048_576 },
              { partition: 3, ...since(v, 9, { currentLeaderEpoch: 6 }), fetchOffset: 2n ** 40n, ...since(v, 5, { logStartOffset: 17n }), partitionMaxBytes: 1_048_576 },
            ],
          },
        ],
        ...since(v, 7, { forgottenTopicsData: [{ topic: 'old-topic', partitions: [0, 2] }] }),
        ...since(v, 11, { rackId: 'eu-west-1a' }),
      },
    }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 3,
        ...since(v, 7, { errorCode: 0, sessionId: 918_273 }),
        responses: [
          {
            topic: 'orders',
            partitions: [
              {
                partitionIndex: 0,
                errorCode: 0,
                highWatermark: 1300n,
                lastStableOffset: 1290n,
                ...since(v, 5, { logStartOffset: 100n }),
                abortedTransactions: [{ producerId: 7n, firstOffset: 1200n }],
                ...since(v, 11, { preferredReadReplica: -1 }),
                records: FETCH_BATCH,
              },
              {
                partitionIndex: 3,
                errorCode: 0,
                highWatermark: 2n ** 40n,
                lastStableOffset: 2n ** 40n,
                ...since(v, 5, { logStartOffset: 0n }),
                abortedTransactions: null,
                ...since(v, 11, { preferredReadReplica: 2 }),
                records: null,
              },
            ],
          },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 1, 8, 3),
        ...since(v, 7, { errorCode: 0, sessionId: 918_273 }),
        responses: [
          {
            topicName: 'orders',
            partitions: [
              {
                partition: 0,
                errorCode: 0,
                highWatermark: '1300',
                lastStableOffset: '1290',
                // kafkajs calls LogStartOffset `lastStartOffset`.
                ...since(v, 5, { lastStartOffset: '100' }),
                abortedTransactions: [{ producerId: '7', firstOffset: '1200' }],
                ...since(v, 11, { preferredReadReplica: -1 }),
                messages: MESSAGES.map((m, i) => ({ offset: String(1234 + i), timestamp: String(m.timestamp), key: m.key, value: m.value, headers: m.headers })),
              },
              {
                partition: 3,
                errorCode: 0,
                highWatermark: '1099511627776',
                lastStableOffset: '1099511627776',
                ...since(v, 5, { lastStartOffset: '0' }),
                // kafkajs reads a null AbortedTransactions array (-1) as [] ...
                abortedTransactions: [],
                ...since(v, 11, { preferredReadReplica: 2 }),
                // ... and null records (-1) as no messages.
                messages: [],
              },
            ],
          },
        ],
      },
      // kafkajs messages carry batch context too; compare what a consumer reads.
      view: (parsed) => ({
        ...parsed,
        responses: (parsed['responses'] as Body[]).map((t) => ({
          ...t,
          partitions: (t['partitions'] as Body[]).map((p) => ({
            ...p,
            messages: (p['messages'] as Body[]).map(({ offset, timestamp, key, value, headers }) => ({ offset, timestamp, key, value, headers })),
          })),
        })),
      }),
    }),
  }),

  golden({
    api: 'ListOffsets',
    kafkajs: 'ListOffsets',
    versions: [1, 3],
    request: (v) => ({
      kafkajs: {
        replicaId: -1,
        isolationLevel: 1,
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, timestamp: -1 },
              { partition: 1, timestamp: -2 },
              { partition: 2, timestamp: FIRST_TIMESTAMP },
            ],
          },
        ],
      },
      ours: {
        replicaId: -1,
        ...since(v, 2, { isolationLevel: 1 }),
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, timestamp: -1n },
              { partitionIndex: 1, timestamp: -2n },
              { partitionIndex: 2, timestamp: BigInt(FIRST_TIMESTAMP) },
            ],
          },
        ],
      },
    }),
    response: (v) => ({
      ours: {
        ...since(v, 2, { throttleTimeMs: 9 }),
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, errorCode: 0, timestamp: -1n, offset: 5000n },
              { partitionIndex: 1, errorCode: 0, timestamp: -1n, offset: 0n },
              { partitionIndex: 2, errorCode: 0, timestamp: BigInt(FIRST_TIMESTAMP + 12), offset: 4321n },
            ],
          },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 2, 3, 9),
        responses: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, errorCode: 0, timestamp: '-1', offset: '5000' },
              { partition: 1, errorCode: 0, timestamp: '-1', offset: '0' },
              { partition: 2, errorCode: 0, timestamp: String(FIRST_TIMESTAMP + 12), offset: '4321' },
            ],
          },
        ],
      },
    }),
  }),

  golden({
    api: 'OffsetCommit',
    kafkajs: 'OffsetCommit',
    versions: [2, 5],
    request: (v) => {
      // -1 = the broker's offsets.retention.minutes; v3 sends an explicit day instead.
      const retention = v === 3 ? 86_400_000 : -1;
      return {
        kafkajs: {
          groupId: 'billing-service',
          groupGenerationId: 42,
          memberId: MEMBER_A,
          retentionTime: retention,
          topics: [
            {
              topic: 'orders',
              partitions: [
                { partition: 0, offset: '1234' },
                { partition: 1, offset: '99', metadata: '{"host":"worker-3"}' },
              ],
            },
          ],
        },
        ours: {
          groupId: 'billing-service',
          generationIdOrMemberEpoch: 42,
          memberId: MEMBER_A,
          // RetentionTimeMs exists in v2-4 only.
          ...(v <= 4 ? { retentionTimeMs: BigInt(retention) } : {}),
          topics: [
            {
              name: 'orders',
              partitions: [
                { partitionIndex: 0, committedOffset: 1234n, committedMetadata: null },
                { partitionIndex: 1, committedOffset: 99n, committedMetadata: '{"host":"worker-3"}' },
              ],
            },
          ],
        },
      };
    },
    response: (v) => ({
      ours: {
        ...since(v, 3, { throttleTimeMs: 4 }),
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, errorCode: 0 },
              { partitionIndex: 1, errorCode: 0 },
            ],
          },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 3, 4, 4),
        responses: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, errorCode: 0 },
              { partition: 1, errorCode: 0 },
            ],
          },
        ],
      },
    }),
  }),

  golden({
    api: 'OffsetFetch',
    kafkajs: 'OffsetFetch',
    versions: [1, 4],
    request: () => ({
      kafkajs: {
        groupId: 'billing-service',
        topics: [
          { topic: 'orders', partitions: [{ partition: 0 }, { partition: 1 }, { partition: 2 }] },
          { topic: 'payments', partitions: [{ partition: 5 }] },
        ],
      },
      ours: {
        groupId: 'billing-service',
        topics: [
          { name: 'orders', partitionIndexes: [0, 1, 2] },
          { name: 'payments', partitionIndexes: [5] },
        ],
      },
    }),
    response: (v) => ({
      ours: {
        ...since(v, 3, { throttleTimeMs: 2 }),
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, committedOffset: 1234n, metadata: '', errorCode: 0 },
              { partitionIndex: 1, committedOffset: -1n, metadata: null, errorCode: 0 },
            ],
          },
        ],
        ...since(v, 2, { errorCode: 0 }),
      },
      kafkajs: {
        ...kThrottle(v, 3, 4, 2),
        responses: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, offset: '1234', metadata: '', errorCode: 0 },
              { partition: 1, offset: '-1', metadata: null, errorCode: 0 },
            ],
          },
        ],
        ...since(v, 2, { errorCode: 0 }),
      },
    }),
  }),

  golden({
    api: 'FindCoordinator',
    kafkajs: 'GroupCoordinator',
    versions: [0, 2],
    request: (v) =>
      v === 0
        ? { kafkajs: { groupId: 'billing-service' }, ours: { key: 'billing-service' } }
        : // kafkajs takes the key as `groupId` at every version; 1 = transaction coordinator.
          { kafkajs: { groupId: 'txn-42', coordinatorType: 1 }, ours: { key: 'txn-42', keyType: 1 } },
    response: (v) => ({
      ours: { ...since(v, 1, { throttleTimeMs: 5, errorMessage: null }), errorCode: 0, nodeId: 2, host: 'broker-2.kafka.internal', port: 9093 },
      kafkajs: {
        ...kThrottle(v, 1, 2, 5),
        errorCode: 0,
        ...since(v, 1, { errorMessage: null }),
        coordinator: { nodeId: 2, host: 'broker-2.kafka.internal', port: 9093 },
      },
    }),
  }),

  golden({
    api: 'JoinGroup',
    kafkajs: 'JoinGroup',
    versions: [0, 5],
    request: (v) => ({
      kafkajs: {
        groupId: 'billing-service',
        sessionTimeout: 30_000,
        rebalanceTimeout: 60_000,
        memberId: MEMBER_A,
        groupInstanceId: 'billing-0',
        protocolType: 'consumer',
        groupProtocols: [
          { name: 'cooperative-sticky', metadata: SUBSCRIPTION },
          { name: 'range', metadata: SUBSCRIPTION },
        ],
      },
      ours: {
        groupId: 'billing-service',
        sessionTimeoutMs: 30_000,
        ...since(v, 1, { rebalanceTimeoutMs: 60_000 }),
        memberId: MEMBER_A,
        ...since(v, 5, { groupInstanceId: 'billing-0' }),
        protocolType: 'consumer',
        protocols: [
          { name: 'cooperative-sticky', metadata: SUBSCRIPTION },
          { name: 'range', metadata: SUBSCRIPTION },
        ],
      },
    }),
    response: (v) => ({
      ours: {
        ...since(v, 2, { throttleTimeMs: 1 }),
        errorCode: 0,
        generationId: 7,
        protocolName: 'range',
        leader: MEMBER_A,
        memberId: MEMBER_B,
        members: [
          { memberId: MEMBER_A, ...since(v, 5, { groupInstanceId: 'billing-0' }), metadata: SUBSCRIPTION },
          { memberId: MEMBER_B, ...since(v, 5, { groupInstanceId: null }), metadata: SUBSCRIPTION_B },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 2, 3, 1),
        errorCode: 0,
        generationId: 7,
        groupProtocol: 'range',
        leaderId: MEMBER_A,
        memberId: MEMBER_B,
        members: [
          { memberId: MEMBER_A, ...since(v, 5, { groupInstanceId: 'billing-0' }), memberMetadata: SUBSCRIPTION },
          { memberId: MEMBER_B, ...since(v, 5, { groupInstanceId: null }), memberMetadata: SUBSCRIPTION_B },
        ],
      },
    }),
  }),

  golden({
    api: 'SyncGroup',
    kafkajs: 'SyncGroup',
    versions: [0, 3],
    request: (v) => ({
      kafkajs: {
        groupId: 'billing-service',
        generationId: 7,
        memberId: MEMBER_A,
        groupInstanceId: 'billing-0',
        groupAssignment: [
          { memberId: MEMBER_A, memberAssignment: ASSIGNMENT_A },
          { memberId: MEMBER_B, memberAssignment: ASSIGNMENT_B },
        ],
      },
      ours: {
        groupId: 'billing-service',
        generationId: 7,
        memberId: MEMBER_A,
        ...since(v, 3, { groupInstanceId: 'billing-0' }),
        assignments: [
          { memberId: MEMBER_A, assignment: ASSIGNMENT_A },
          { memberId: MEMBER_B, assignment: ASSIGNMENT_B },
        ],
      },
    }),
    response: (v) => ({
      ours: { ...since(v, 1, { throttleTimeMs: 6 }), errorCode: 0, assignment: ASSIGNMENT_A },
      kafkajs: { ...kThrottle(v, 1, 2, 6), errorCode: 0, memberAssignment: ASSIGNMENT_A },
    }),
  }),

  golden({
    api: 'Heartbeat',
    kafkajs: 'Heartbeat',
    versions: [0, 3],
    request: (v) => ({
      kafkajs: { groupId: 'billing-service', groupGenerationId: 7, memberId: MEMBER_A, groupInstanceId: 'billing-0' },
      ours: { groupId: 'billing-service', generationId: 7, memberId: MEMBER_A, ...since(v, 3, { groupInstanceId: 'billing-0' }) },
    }),
    response: (v) => ({
      ours: { ...since(v, 1, { throttleTimeMs: 8 }), errorCode: 0 },
      kafkajs: { ...kThrottle(v, 1, 2, 8), errorCode: 0 },
    }),
  }),

  golden({
    api: 'LeaveGroup',
    kafkajs: 'LeaveGroup',
    versions: [0, 3],
    request: (v) => ({
      // kafkajs's v3 wraps its single member into the Members batch.
      kafkajs: { groupId: 'billing-service', memberId: MEMBER_A, groupInstanceId: 'billing-0' },
      ours: v < 3 ? { groupId: 'billing-service', memberId: MEMBER_A } : { groupId: 'billing-service', members: [{ memberId: MEMBER_A, groupInstanceId: 'billing-0' }] },
    }),
    response: (v) => ({
      ours: {
        ...since(v, 1, { throttleTimeMs: 10 }),
        errorCode: 0,
        ...since(v, 3, { members: [{ memberId: MEMBER_A, groupInstanceId: 'billing-0', errorCode: 0 }] }),
      },
      kafkajs: {
        ...kThrottle(v, 1, 2, 10),
        errorCode: 0,
        ...since(v, 3, { members: [{ memberId: MEMBER_A, groupInstanceId: 'billing-0', errorCode: 0 }] }),
      },
    }),
  }),

  golden({
    api: 'DescribeGroups',
    kafkajs: 'DescribeGroups',
    versions: [0, 2],
    request: () => ({ kafkajs: { groupIds: ['billing-service', 'audit'] }, ours: { groups: ['billing-service', 'audit'] } }),
    response: (v) => {
      const member = { memberId: MEMBER_A, clientId: 'billing-app', clientHost: '/10.0.3.17', memberMetadata: SUBSCRIPTION, memberAssignment: ASSIGNMENT_A };
      return {
        ours: {
          ...since(v, 1, { throttleTimeMs: 12 }),
          groups: [
            { errorCode: 0, groupId: 'billing-service', groupState: 'Stable', protocolType: 'consumer', protocolData: 'range', members: [member] },
            { errorCode: 0, groupId: 'audit', groupState: 'Empty', protocolType: 'consumer', protocolData: '', members: [] },
          ],
        },
        kafkajs: {
          ...kThrottle(v, 1, 2, 12),
          groups: [
            { errorCode: 0, groupId: 'billing-service', state: 'Stable', protocolType: 'consumer', protocol: 'range', members: [member] },
            { errorCode: 0, groupId: 'audit', state: 'Empty', protocolType: 'consumer', protocol: '', members: [] },
          ],
        },
      };
    },
  }),

  golden({
    api: 'ListGroups',
    kafkajs: 'ListGroups',
    versions: [0, 2],
    request: () => ({ kafkajs: {}, ours: {} }),
    response: (v) => {
      const groups = [
        { groupId: 'billing-service', protocolType: 'consumer' },
        { groupId: 'connect-cluster', protocolType: 'connect' },
      ];
      return {
        ours: { ...since(v, 1, { throttleTimeMs: 13 }), errorCode: 0, groups },
        kafkajs: { ...kThrottle(v, 1, 2, 13), errorCode: 0, groups },
      };
    },
  }),

  golden({
    api: 'SaslHandshake',
    kafkajs: 'SaslHandshake',
    versions: [0, 1],
    request: () => ({ kafkajs: { mechanism: 'SCRAM-SHA-512' }, ours: { mechanism: 'SCRAM-SHA-512' } }),
    response: () => ({
      ours: { errorCode: 0, mechanisms: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] },
      kafkajs: { errorCode: 0, enabledMechanisms: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] },
    }),
  }),

  golden({
    api: 'SaslAuthenticate',
    kafkajs: 'SaslAuthenticate',
    versions: [0, 1],
    request: () => ({
      // kafkajs's `authBytes` argument is what its SASL mechanism encoders produce: the token
      // already wrapped in an int32 length (PLAIN's `writeBytes`), which SaslAuthenticate then
      // writes raw. Ours takes the bare token and writes the length itself: same bytes.
      kafkajs: { authBytes: SASL_PLAIN_WRAPPED },
      ours: { authBytes: Buffer.from('\u0000alice\u0000s3cr3t') },
    }),
    response: (v) => ({
      ours: { errorCode: 0, errorMessage: null, authBytes: SCRAM_SERVER_FINAL, ...since(v, 1, { sessionLifetimeMs: 3_600_000n }) },
      kafkajs: {
        errorCode: 0,
        errorMessage: null,
        // kafkajs re-wraps the server token in an int32 length for its mechanism decoders.
        authBytes: Buffer.concat([Buffer.from([0, 0, 0, SCRAM_SERVER_FINAL.length]), SCRAM_SERVER_FINAL]),
        ...since(v, 1, { sessionLifetimeMs: '3600000' }),
      },
    }),
  }),

  golden({
    api: 'Produce',
    kafkajs: 'Produce',
    versions: [3, 7],
    request: () => ({
      kafkajs: {
        acks: -1,
        timeout: 30_000,
        compression: 0,
        transactionalId: 'txn-42',
        producerId: '4000',
        producerEpoch: 3,
        topicData: [{ topic: 'orders', partitions: [{ partition: 0, firstSequence: 10, messages: MESSAGES }] }],
      },
      ours: {
        transactionalId: 'txn-42',
        acks: -1,
        timeoutMs: 30_000,
        topicData: [{ name: 'orders', partitionData: [{ index: 0, records: PRODUCE_BATCH }] }],
      },
    }),
    response: (v) => ({
      ours: {
        responses: [
          {
            name: 'orders',
            partitionResponses: [
              { index: 0, errorCode: 0, baseOffset: 1000n, logAppendTimeMs: -1n, ...since(v, 5, { logStartOffset: 0n }) },
              { index: 1, errorCode: 0, baseOffset: 77n, logAppendTimeMs: BigInt(FIRST_TIMESTAMP), ...since(v, 5, { logStartOffset: 12n }) },
            ],
          },
        ],
        throttleTimeMs: 14,
      },
      kafkajs: {
        topics: [
          {
            topicName: 'orders',
            partitions: [
              { partition: 0, errorCode: 0, baseOffset: '1000', logAppendTime: '-1', ...since(v, 5, { logStartOffset: '0' }) },
              { partition: 1, errorCode: 0, baseOffset: '77', logAppendTime: String(FIRST_TIMESTAMP), ...since(v, 5, { logStartOffset: '12' }) },
            ],
          },
        ],
        ...kThrottle(v, 1, 6, 14),
      },
    }),
  }),

  golden({
    api: 'CreateTopics',
    kafkajs: 'CreateTopics',
    versions: [2, 3],
    request: () => ({
      kafkajs: {
        topics: [
          {
            topic: 'orders',
            numPartitions: 6,
            replicationFactor: 3,
            configEntries: [
              { name: 'cleanup.policy', value: 'compact' },
              { name: 'retention.ms', value: '604800000' },
            ],
          },
          {
            topic: 'manual',
            replicaAssignment: [
              { partition: 0, replicas: [1, 2] },
              { partition: 1, replicas: [2, 3] },
            ],
          },
        ],
        timeout: 5000,
        validateOnly: true,
      },
      ours: {
        topics: [
          {
            name: 'orders',
            numPartitions: 6,
            replicationFactor: 3,
            assignments: [],
            configs: [
              { name: 'cleanup.policy', value: 'compact' },
              { name: 'retention.ms', value: '604800000' },
            ],
          },
          {
            // kafkajs's defaults for an explicit assignment: -1 partitions, -1 replication factor.
            name: 'manual',
            numPartitions: -1,
            replicationFactor: -1,
            assignments: [
              { partitionIndex: 0, brokerIds: [1, 2] },
              { partitionIndex: 1, brokerIds: [2, 3] },
            ],
            configs: [],
          },
        ],
        timeoutMs: 5000,
        validateOnly: true,
      },
    }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 15,
        topics: [
          { name: 'orders', errorCode: 0, errorMessage: null },
          { name: 'manual', errorCode: 0, errorMessage: null },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 2, 3, 15),
        // kafkajs sorts the results by topic name.
        topicErrors: [
          { topic: 'manual', errorCode: 0, errorMessage: null },
          { topic: 'orders', errorCode: 0, errorMessage: null },
        ],
      },
    }),
  }),

  golden({
    api: 'DeleteTopics',
    kafkajs: 'DeleteTopics',
    versions: [1, 1],
    request: () => ({
      kafkajs: { topics: ['orders', 'payments'], timeout: 5000 },
      ours: { topicNames: ['orders', 'payments'], timeoutMs: 5000 },
    }),
    response: () => ({
      ours: {
        throttleTimeMs: 16,
        responses: [
          { name: 'payments', errorCode: 0 },
          { name: 'orders', errorCode: 0 },
        ],
      },
      kafkajs: {
        throttleTime: 0,
        clientSideThrottleTime: 16,
        topicErrors: [
          { topic: 'orders', errorCode: 0 },
          { topic: 'payments', errorCode: 0 },
        ],
      },
    }),
  }),

  golden({
    api: 'CreatePartitions',
    kafkajs: 'CreatePartitions',
    versions: [0, 1],
    request: () => ({
      kafkajs: {
        topicPartitions: [
          { topic: 'orders', count: 12 },
          { topic: 'payments', count: 4, assignments: [[1, 2], [2, 3]] },
        ],
        timeout: 5000,
        validateOnly: false,
      },
      ours: {
        topics: [
          // kafkajs's default `assignments = []` goes out as a null array (see the test below).
          { name: 'orders', count: 12, assignments: null },
          { name: 'payments', count: 4, assignments: [{ brokerIds: [1, 2] }, { brokerIds: [2, 3] }] },
        ],
        timeoutMs: 5000,
        validateOnly: false,
      },
    }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 17,
        results: [
          { name: 'payments', errorCode: 0, errorMessage: null },
          { name: 'orders', errorCode: 0, errorMessage: null },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 0, 1, 17),
        topicErrors: [
          { topic: 'orders', errorCode: 0, errorMessage: null },
          { topic: 'payments', errorCode: 0, errorMessage: null },
        ],
      },
    }),
  }),

  golden({
    api: 'DeleteRecords',
    kafkajs: 'DeleteRecords',
    versions: [0, 1],
    request: () => ({
      kafkajs: {
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, offset: '1000' },
              { partition: 1, offset: '-1' },
            ],
          },
        ],
        timeout: 5000,
      },
      ours: {
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, offset: 1000n },
              { partitionIndex: 1, offset: -1n },
            ],
          },
        ],
        timeoutMs: 5000,
      },
    }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 18,
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, lowWatermark: 1000n, errorCode: 0 },
              { partitionIndex: 1, lowWatermark: 2048n, errorCode: 0 },
            ],
          },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 0, 1, 18),
        // Not stringified by kafkajs: a Long, which `plain` turns into a bigint.
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, lowWatermark: 1000n, errorCode: 0 },
              { partition: 1, lowWatermark: 2048n, errorCode: 0 },
            ],
          },
        ],
      },
    }),
  }),

  golden({
    api: 'InitProducerId',
    kafkajs: 'InitProducerId',
    versions: [0, 1],
    request: (v) => {
      // v0 as an idempotent (non-transactional) producer: null transactional id.
      const transactionalId = v === 0 ? null : 'txn-42';
      return {
        kafkajs: { transactionalId, transactionTimeout: 60_000 },
        ours: { transactionalId, transactionTimeoutMs: 60_000 },
      };
    },
    response: (v) => ({
      ours: { throttleTimeMs: 19, errorCode: 0, producerId: 4000n, producerEpoch: 3 },
      kafkajs: { ...kThrottle(v, 0, 1, 19), errorCode: 0, producerId: '4000', producerEpoch: 3 },
    }),
  }),

  golden({
    api: 'AddPartitionsToTxn',
    kafkajs: 'AddPartitionsToTxn',
    versions: [0, 1],
    request: () => ({
      kafkajs: { transactionalId: 'txn-42', producerId: '4000', producerEpoch: 3, topics: [{ topic: 'orders', partitions: [0, 1] }] },
      ours: {
        v3AndBelowTransactionalId: 'txn-42',
        v3AndBelowProducerId: 4000n,
        v3AndBelowProducerEpoch: 3,
        v3AndBelowTopics: [{ name: 'orders', partitions: [0, 1] }],
      },
    }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 20,
        resultsByTopicV3AndBelow: [
          {
            name: 'orders',
            resultsByPartition: [
              { partitionIndex: 0, partitionErrorCode: 0 },
              { partitionIndex: 1, partitionErrorCode: 0 },
            ],
          },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 0, 1, 20),
        errors: [
          {
            topic: 'orders',
            partitionErrors: [
              { partition: 0, errorCode: 0 },
              { partition: 1, errorCode: 0 },
            ],
          },
        ],
      },
    }),
  }),

  golden({
    api: 'AddOffsetsToTxn',
    kafkajs: 'AddOffsetsToTxn',
    versions: [0, 1],
    request: () => ({
      kafkajs: { transactionalId: 'txn-42', producerId: '4000', producerEpoch: 3, groupId: 'billing-service' },
      ours: { transactionalId: 'txn-42', producerId: 4000n, producerEpoch: 3, groupId: 'billing-service' },
    }),
    response: (v) => ({
      ours: { throttleTimeMs: 21, errorCode: 0 },
      kafkajs: { ...kThrottle(v, 0, 1, 21), errorCode: 0 },
    }),
  }),

  golden({
    api: 'TxnOffsetCommit',
    kafkajs: 'TxnOffsetCommit',
    versions: [0, 1],
    request: () => ({
      kafkajs: {
        transactionalId: 'txn-42',
        groupId: 'billing-service',
        producerId: '4000',
        producerEpoch: 3,
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, offset: '1236', metadata: null },
              { partition: 1, offset: '100', metadata: 'batch-9' },
            ],
          },
        ],
      },
      ours: {
        transactionalId: 'txn-42',
        groupId: 'billing-service',
        producerId: 4000n,
        producerEpoch: 3,
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, committedOffset: 1236n, committedMetadata: null },
              { partitionIndex: 1, committedOffset: 100n, committedMetadata: 'batch-9' },
            ],
          },
        ],
      },
    }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 22,
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, errorCode: 0 },
              { partitionIndex: 1, errorCode: 0 },
            ],
          },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 0, 1, 22),
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, errorCode: 0 },
              { partition: 1, errorCode: 0 },
            ],
          },
        ],
      },
    }),
  }),

  golden({
    api: 'EndTxn',
    kafkajs: 'EndTxn',
    versions: [0, 1],
    request: (v) => {
      // v0 commits, v1 aborts.
      const committed = v === 0;
      return {
        kafkajs: { transactionalId: 'txn-42', producerId: '4000', producerEpoch: 3, transactionResult: committed },
        ours: { transactionalId: 'txn-42', producerId: 4000n, producerEpoch: 3, committed },
      };
    },
    response: (v) => ({
      ours: { throttleTimeMs: 23, errorCode: 0 },
      kafkajs: { ...kThrottle(v, 0, 1, 23), errorCode: 0 },
    }),
  }),

  golden({
    api: 'DescribeConfigs',
    kafkajs: 'DescribeConfigs',
    versions: [1, 2],
    request: () => ({
      kafkajs: {
        resources: [
          { type: 2, name: 'orders', configNames: ['cleanup.policy', 'retention.ms'] },
          // kafkajs's default `configNames = []` goes out as null = every config (see below).
          { type: 4, name: '1' },
        ],
        includeSynonyms: true,
      },
      ours: {
        resources: [
          { resourceType: 2, resourceName: 'orders', configurationKeys: ['cleanup.policy', 'retention.ms'] },
          { resourceType: 4, resourceName: '1', configurationKeys: null },
        ],
        includeSynonyms: true,
      },
    }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 24,
        results: [
          {
            errorCode: 0,
            errorMessage: null,
            resourceType: 2,
            resourceName: 'orders',
            configs: [
              {
                name: 'cleanup.policy',
                value: 'compact',
                readOnly: false,
                configSource: 1,
                isSensitive: false,
                synonyms: [
                  { name: 'cleanup.policy', value: 'compact', source: 1 },
                  { name: 'log.cleanup.policy', value: 'delete', source: 5 },
                ],
              },
              { name: 'sasl.jaas.config', value: null, readOnly: true, configSource: 5, isSensitive: true, synonyms: [] },
            ],
          },
        ],
      },
      kafkajs: {
        ...kThrottle(v, 0, 2, 24),
        resources: [
          {
            errorCode: 0,
            errorMessage: null,
            resourceType: 2,
            resourceName: 'orders',
            configEntries: [
              {
                configName: 'cleanup.policy',
                configValue: 'compact',
                readOnly: false,
                // kafkajs derives isDefault from ConfigSource = DEFAULT_CONFIG (5).
                isDefault: false,
                configSource: 1,
                isSensitive: false,
                configSynonyms: [
                  { configName: 'cleanup.policy', configValue: 'compact', configSource: 1 },
                  { configName: 'log.cleanup.policy', configValue: 'delete', configSource: 5 },
                ],
              },
              { configName: 'sasl.jaas.config', configValue: null, readOnly: true, isDefault: true, configSource: 5, isSensitive: true, configSynonyms: [] },
            ],
          },
        ],
      },
    }),
  }),

  golden({
    api: 'DeleteGroups',
    kafkajs: 'DeleteGroups',
    versions: [0, 1],
    // kafkajs takes the group ids as the bare argument.
    request: () => ({ kafkajs: ['billing-service', 'audit'], ours: { groupsNames: ['billing-service', 'audit'] } }),
    response: (v) => ({
      ours: {
        throttleTimeMs: 11,
        results: [
          { groupId: 'billing-service', errorCode: 0 },
          { groupId: 'audit', errorCode: 0 },
        ],
      },
      kafkajs: {
        throttleTimeMs: 11,
        results: [
          { groupId: 'billing-service', errorCode: 0 },
          { groupId: 'audit', errorCode: 0 },
        ],
        // kafkajs bug: v1's decode reads `throttleTime` from v0's result, which names the field
        // `throttleTimeMs`, so the broker's throttle ends up undefined. The bytes are read right.
        ...(v >= 1 ? { throttleTime: 0, clientSideThrottleTime: undefined } : {}),
      },
    }),
  }),
];

// ---------------------------------------------------------------------------------------------
// Helpers

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

/** kafkajs values made comparable: bytes as hex, kafkajs Longs as bigint. */
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return `hex:${hex(value)}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    if (value.constructor?.name === 'Long' && typeof (value as { value?: unknown }).value === 'bigint') return (value as { value: bigint }).value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** Every field the input sets has that value in the decoded message (unset fields decode to defaults). */
function assertDecodedMatches(actual: unknown, expected: unknown, path: string): void {
  if (expected instanceof Uint8Array) {
    assert.ok(actual instanceof Uint8Array, `${path} is bytes`);
    assert.is(hex(actual as Uint8Array), hex(expected), path);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} is an array`);
    assert.is((actual as unknown[]).length, expected.length, `${path}.length`);
    for (const [i, item] of expected.entries()) assertDecodedMatches((actual as unknown[])[i], item, `${path}[${i}]`);
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path} is a struct`);
    for (const [key, item] of Object.entries(expected)) assertDecodedMatches((actual as Body)[key], item, `${path}.${key}`);
  } else {
    assert.is(actual, expected, path);
  }
}

function versionsIn(c: Golden<ApiName>): number[] {
  const ours = Apis[c.api];
  return kjsRequests[c.kafkajs]!.versions.map(Number)
    .filter((v) => v >= ours.minVersion && v <= ours.maxVersion)
    .sort((a, b) => a - b);
}

async function kafkajsRequestFrame(c: Golden<ApiName>, v: number, args: unknown, correlationId: number): Promise<Buffer> {
  const { request } = kjsRequests[c.kafkajs]!.protocol({ version: v })(args);
  assert.is(request.apiKey, Apis[c.api].apiKey, `${c.api} v${v} kafkajs api key`);
  assert.is(request.apiVersion, v, `${c.api} v${v} kafkajs api version`);
  return (await kjsFrame({ correlationId, clientId: CLIENT_ID, request })).buffer;
}

/** What kafkajs's Connection does with a response frame: size, correlation id, then decode + parse. */
async function kafkajsReadResponse(response: KjsResponse, frame: Buffer, correlationId: number): Promise<unknown> {
  const outer = new KjsDecoderClass(frame);
  const size = outer.readInt32();
  assert.is(size, frame.length - 4, 'size prefix');
  const inner = new KjsDecoderClass(outer.readBytes(size));
  assert.is(inner.readInt32(), correlationId, 'correlation id');
  return response.parse(await response.decode(inner.readAll()));
}

// ---------------------------------------------------------------------------------------------
// Tests

let covered = 0;

for (const c of CASES) {
  test(`${c.api} v${c.versions[0]}-${c.versions[1]}: same request bytes as kafkajs, kafkajs reads our responses`, async () => {
    const versions = versionsIn(c);
    assert.equal(versions, Array.from({ length: c.versions[1] - c.versions[0] + 1 }, (_, i) => c.versions[0] + i), `${c.api} version intersection`);
    for (const v of versions) {
      const correlationId = 0x2a00 + v;
      const { kafkajs: args, ours } = c.request(v);

      const theirs = await kafkajsRequestFrame(c, v, args, correlationId);
      const mine = encodeRequestFrame({ apiKey: Apis[c.api].apiKey, apiVersion: v, correlationId, clientId: CLIENT_ID }, ours as never);
      assert.is(hex(mine), hex(theirs), `${c.api} v${v} request frame`);

      const { header, reader, api } = decodeRequestFrameHeader(theirs.subarray(4));
      assert.equal(header, { requestApiKey: Apis[c.api].apiKey, requestApiVersion: v, correlationId, clientId: CLIENT_ID });
      const decoded = decodeRequestBody(api!, v, reader);
      assert.is(reader.remaining, 0, `${c.api} v${v} request fully read`);
      assertDecodedMatches(decoded, ours, `${c.api} v${v} request`);

      const { ours: body, kafkajs: expected, view } = c.response(v);
      const frame = encodeResponseFrame(Apis[c.api].apiKey, v, correlationId, body as never);
      const { response } = kjsRequests[c.kafkajs]!.protocol({ version: v })(args);
      const parsed = (await kafkajsReadResponse(response, frame, correlationId)) as Body;
      assert.equal(plain(view ? view(parsed) : parsed), plain(expected), `${c.api} v${v} response as kafkajs reads it`);
      covered++;
    }
  });
}

test('the table covers every API kafkajs implements that our schemas still carry', () => {
  const inTable = new Set(CASES.map((c) => c.kafkajs));
  const missing: string[] = [];
  for (const [name, definition] of Object.entries(kjsRequests)) {
    const ours = (() => {
      try {
        return apiFor(kjsApiKeys[name]!);
      } catch {
        return undefined;
      }
    })();
    if (!ours) continue;
    const common = definition.versions.map(Number).filter((v) => v >= ours.minVersion && v <= ours.maxVersion);
    if (common.length > 0 && !inTable.has(name)) missing.push(`${name} (${ours.name})`);
  }
  assert.equal(missing, []);
  // kafkajs never implemented OffsetForLeaderEpoch, so there is nothing to compare it with.
  assert.equal(kjsRequests['OffsetForLeaderEpoch']!.versions, []);
});

test('kafkajs writes an empty "nullable" array as null (-1); ours keeps [] and null apart', async () => {
  // kafkajs's writeNullableArray treats [] and null as the same thing and writes -1, so what it
  // sends for [] is our null. For Metadata v1+ and OffsetFetch v2+ that is "all topics", for
  // DescribeConfigs "all configs", for CreatePartitions "broker chooses the assignment".
  const cases: Array<{ c: Golden<ApiName>; v: number; args: unknown; asNull: Body; asEmpty: Body }> = [
    { c: CASES.find((x) => x.api === 'Metadata')!, v: 1, args: { topics: [] }, asNull: { topics: null }, asEmpty: { topics: [] } },
    { c: CASES.find((x) => x.api === 'Metadata')!, v: 4, args: { topics: [], allowAutoTopicCreation: true }, asNull: { topics: null }, asEmpty: { topics: [] } },
    { c: CASES.find((x) => x.api === 'OffsetFetch')!, v: 3, args: { groupId: 'g', topics: [] }, asNull: { groupId: 'g', topics: null }, asEmpty: { groupId: 'g', topics: [] } },
    {
      c: CASES.find((x) => x.api === 'DescribeConfigs')!,
      v: 1,
      args: { resources: [{ type: 2, name: 't', configNames: [] }] },
      asNull: { resources: [{ resourceType: 2, resourceName: 't', configurationKeys: null }] },
      asEmpty: { resources: [{ resourceType: 2, resourceName: 't', configurationKeys: [] }] },
    },
    {
      c: CASES.find((x) => x.api === 'CreatePartitions')!,
      v: 0,
      args: { topicPartitions: [{ topic: 't', count: 3, assignments: [] }], timeout: 1, validateOnly: true },
      asNull: { topics: [{ name: 't', count: 3, assignments: null }], timeoutMs: 1, validateOnly: true },
      asEmpty: { topics: [{ name: 't', count: 3, assignments: [] }], timeoutMs: 1, validateOnly: true },
    },
  ];
  for (const { c, v, args, asNull, asEmpty } of cases) {
    const header = { apiKey: Apis[c.api].apiKey, apiVersion: v, correlationId: 1, clientId: CLIENT_ID };
    const theirs = hex(await kafkajsRequestFrame(c, v, args, 1));
    assert.is(hex(encodeRequestFrame(header, asNull as never)), theirs, `${c.api} v${v}: kafkajs [] = our null`);
    assert.is.not(hex(encodeRequestFrame(header, asEmpty as never)), theirs, `${c.api} v${v}: our [] is a real empty array`);
    // The two differ exactly in the int32 count: ff ff ff ff versus 00 00 00 00.
    assert.is(theirs.replace('ffffffff', '00000000'), hex(encodeRequestFrame(header, asEmpty as never)), `${c.api} v${v}: only the count differs`);
  }
});

test('kafkajs defaults that differ from the schema defaults change the bytes', async () => {
  // Fetch: kafkajs defaults IsolationLevel to READ_COMMITTED (1), the schema to 0.
  const fetch = CASES.find((x) => x.api === 'Fetch')!;
  const topics = [{ topic: 'orders', partitions: [{ partition: 0, fetchOffset: '0', maxBytes: 1024 }] }];
  const theirs = hex(await kafkajsRequestFrame(fetch, 4, { maxWaitTime: 100, minBytes: 1, maxBytes: 2048, topics }, 1));
  const body = (isolationLevel?: number) => ({
    replicaId: -1,
    maxWaitMs: 100,
    minBytes: 1,
    maxBytes: 2048,
    ...(isolationLevel === undefined ? {} : { isolationLevel }),
    topics: [{ topic: 'orders', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1024 }] }],
  });
  const header = { apiKey: 1, apiVersion: 4, correlationId: 1, clientId: CLIENT_ID };
  assert.is.not(hex(encodeRequestFrame(header, body() as never)), theirs, 'schema default isolation level 0 differs');
  assert.is(hex(encodeRequestFrame(header, body(1) as never)), theirs, 'explicit read_committed matches');

  // CreateTopics: kafkajs's TimeoutMs default is 5000, the schema's 60000.
  const create = CASES.find((x) => x.api === 'CreateTopics')!;
  const kjs = hex(await kafkajsRequestFrame(create, 2, { topics: [{ topic: 't' }] }, 1));
  const ours = (timeoutMs?: number) =>
    hex(
      encodeRequestFrame(
        { apiKey: 19, apiVersion: 2, correlationId: 1, clientId: CLIENT_ID },
        { topics: [{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [], configs: [] }], ...(timeoutMs === undefined ? {} : { timeoutMs }) } as never,
      ),
    );
  assert.is.not(ours(), kjs, 'schema default timeout 60000 differs');
  assert.is(ours(5000), kjs, 'explicit 5000 matches');
});

test('coverage: every table row ran at every version of its intersection', () => {
  const expected = CASES.reduce((n, c) => n + c.versions[1] - c.versions[0] + 1, 0);
  assert.is(covered, expected);
  assert.ok(covered >= 80, `${covered} API×version pairs`);
});

test.run();
