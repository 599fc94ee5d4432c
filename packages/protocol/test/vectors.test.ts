// Hand-derived byte vectors. Each one was written out from the schema field by field (the comment
// beside every line says which field and why those bytes), not produced by running the encoder.
// Each vector is checked in both directions: our frame encoder must produce exactly these bytes,
// and decoding these bytes must give back the value.
//
// Strings used below, spelled out once:
//   'kafkaline'        = 6b 61 66 6b 61 6c 69 6e 65                   (9 bytes)
//   'billing'          = 62 69 6c 6c 69 6e 67                         (7 bytes)
//   'billing-0'        = 62 69 6c 6c 69 6e 67 2d 30                   (9 bytes)
//   'orders'           = 6f 72 64 65 72 73                            (6 bytes)
//   'consumer'         = 63 6f 6e 73 75 6d 65 72                      (8 bytes)
//   'range'            = 72 61 6e 67 65                               (5 bytes)
//   'm-1'              = 6d 2d 31                                     (3 bytes)
//   '0.1.0'            = 30 2e 31 2e 30                               (5 bytes)
//   'metadata.version' = 6d 65 74 61 64 61 74 61 2e 76 65 72 73 69 6f 6e (16 bytes)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type ApiName,
  Apis,
  decodeConsumerProtocolSubscriptionBody,
  decodeRequestBody,
  decodeRequestFrameHeader,
  decodeResponseFrame,
  encodeRequestFrame,
  encodeResponseFrame,
  Reader,
} from '../src/index.js';

type Body = Record<string, unknown>;

/** Consumer subscription bytes: int16 version 0, Topics ['orders'], UserData null. */
const SUBSCRIPTION_V0 = Buffer.from('0000' + '00000001' + '00066f7264657273' + 'ffffffff', 'hex');

interface Vector {
  name: string;
  kind: 'request' | 'response';
  api: ApiName;
  version: number;
  correlationId: number;
  /** Requests only. */
  clientId?: string | null;
  /** The value encoded; decoding the bytes must give back every field of it. */
  value: Body;
  /** Fields the version does not carry: the decoder must fill in their schema defaults. */
  defaults?: Body;
  /** The whole frame, size prefix included, one field per line. */
  bytes: string[];
}

const VECTORS: Vector[] = [
  {
    name: 'request header v1 + nullable array: Metadata v1 with null topics (= all topics)',
    kind: 'request',
    api: 'Metadata',
    version: 1,
    correlationId: 1,
    clientId: 'kafkaline',
    value: { topics: null },
    // AllowAutoTopicCreation only exists from v4 on; its default is true.
    defaults: { allowAutoTopicCreation: true },
    bytes: [
      '00 00 00 17', // size: header 2+2+4+(2+9) = 19, body 4 -> 23
      '00 03', // RequestApiKey int16 = 3 Metadata
      '00 01', // RequestApiVersion int16 = 1 (not flexible -> request header v1)
      '00 00 00 01', // CorrelationId int32 = 1
      '00 09 6b 61 66 6b 61 6c 69 6e 65', // ClientId: int16 length 9, 'kafkaline'
      'ff ff ff ff', // Topics: nullable array (v1+), int32 count -1 = null = every topic
    ],
  },
  {
    name: 'request header v1 with null client id: FindCoordinator v0',
    kind: 'request',
    api: 'FindCoordinator',
    version: 0,
    correlationId: 2,
    clientId: null,
    value: { key: 'billing' },
    defaults: { keyType: 0, coordinatorKeys: [] },
    bytes: [
      '00 00 00 13', // size: header 2+2+4+2 = 10, body 2+7 = 9 -> 19
      '00 0a', // RequestApiKey = 10 FindCoordinator
      '00 00', // RequestApiVersion = 0
      '00 00 00 02', // CorrelationId = 2
      'ff ff', // ClientId: nullable string, int16 length -1 = null
      '00 07 62 69 6c 6c 69 6e 67', // Key: string, int16 length 7, 'billing' (KeyType arrives in v1)
    ],
  },
  {
    name: 'request header v2 + compact strings: ApiVersions v3 with ClientSoftwareName/Version',
    kind: 'request',
    api: 'ApiVersions',
    version: 3,
    correlationId: 3,
    clientId: 'kafkaline',
    value: { clientSoftwareName: 'kafkaline', clientSoftwareVersion: '0.1.0' },
    bytes: [
      '00 00 00 25', // size: header 2+2+4+(2+9)+1 = 20, body (1+9)+(1+5)+1 = 17 -> 37
      '00 12', // RequestApiKey = 18 ApiVersions
      '00 03', // RequestApiVersion = 3 (flexible 3+ -> request header v2)
      '00 00 00 03', // CorrelationId = 3
      '00 09 6b 61 66 6b 61 6c 69 6e 65', // ClientId: still int16 length 9 (flexibleVersions "none"), 'kafkaline'
      '00', // header v2 tagged fields: count 0
      '0a 6b 61 66 6b 61 6c 69 6e 65', // ClientSoftwareName: compact string, uvarint 9+1 = 0x0a, 'kafkaline'
      '06 30 2e 31 2e 30', // ClientSoftwareVersion: compact string, uvarint 5+1 = 6, '0.1.0'
      '00', // body tagged fields: count 0
    ],
  },
  {
    name: 'ApiVersions v3 response: header v0 although flexible, SupportedFeatures in tag 0',
    kind: 'response',
    api: 'ApiVersions',
    version: 3,
    correlationId: 3,
    value: {
      errorCode: 0,
      apiKeys: [
        { apiKey: 18, minVersion: 0, maxVersion: 4 },
        { apiKey: 1, minVersion: 4, maxVersion: 18 },
      ],
      throttleTimeMs: 0,
      supportedFeatures: [{ name: 'metadata.version', minVersion: 7, maxVersion: 27 }],
    },
    // The other tagged fields stay at their defaults and are therefore not on the wire.
    defaults: { finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false },
    bytes: [
      '00 00 00 33', // size: header 4 + body 2+1+7+7+4+(1+1+1+23) = 47 -> 51
      '00 00 00 03', // response header v0: CorrelationId = 3 only, no tagged-field byte (ApiVersions rule)
      '00 00', // ErrorCode int16 = 0
      '03', // ApiKeys: compact array, uvarint 2+1 = 3
      '00 12 00 00 00 04 00', //   ApiKey 18, MinVersion 0, MaxVersion 4, element tagged fields 0
      '00 01 00 04 00 12 00', //   ApiKey 1, MinVersion 4, MaxVersion 18, element tagged fields 0
      '00 00 00 00', // ThrottleTimeMs int32 = 0
      '01', // tagged fields: count 1
      '00 17', //   tag 0 (SupportedFeatures), size 23 = 1 + (1+16) + 2 + 2 + 1
      '02', //   compact array, uvarint 1+1 = 2
      '11 6d 65 74 61 64 61 74 61 2e 76 65 72 73 69 6f 6e', //   Name: compact string 16+1 = 0x11, 'metadata.version'
      '00 07 00 1b', //   MinVersion 7, MaxVersion 27
      '00', //   element tagged fields 0
    ],
  },
  {
    name: 'ApiVersions v0 response to an unsupported version: error 35 and just its own range',
    kind: 'response',
    api: 'ApiVersions',
    version: 0,
    correlationId: 4,
    value: { errorCode: 35, apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 4 }] },
    bytes: [
      '00 00 00 10', // size: 4 + 2 + 4 + 6 = 16
      '00 00 00 04', // response header v0: CorrelationId = 4
      '00 23', // ErrorCode = 35 UNSUPPORTED_VERSION
      '00 00 00 01', // ApiKeys: classic array, int32 count 1
      '00 12 00 00 00 04', //   ApiKey 18, MinVersion 0, MaxVersion 4 (no ThrottleTimeMs before v1)
    ],
  },
  {
    name: 'response header v1 for every other flexible response: Heartbeat v4',
    kind: 'response',
    api: 'Heartbeat',
    version: 4,
    correlationId: 5,
    value: { throttleTimeMs: 0, errorCode: 0 },
    bytes: [
      '00 00 00 0c', // size: 4 + 1 + 4 + 2 + 1 = 12
      '00 00 00 05', // CorrelationId = 5
      '00', // response header v1 tagged fields: count 0 (this byte is what ApiVersions omits)
      '00 00 00 00', // ThrottleTimeMs = 0
      '00 00', // ErrorCode = 0
      '00', // body tagged fields: count 0
    ],
  },
  {
    name: 'flexible response with a tagged struct: Fetch v12 partition with CurrentLeader (tag 1)',
    kind: 'response',
    api: 'Fetch',
    version: 12,
    correlationId: 6,
    value: {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [
        {
          topic: 'orders',
          partitions: [
            {
              partitionIndex: 0,
              errorCode: 6,
              highWatermark: -1n,
              lastStableOffset: -1n,
              logStartOffset: -1n,
              currentLeader: { leaderId: 2, leaderEpoch: 7 },
              abortedTransactions: null,
              preferredReadReplica: -1,
              records: new Uint8Array(0),
            },
          ],
        },
      ],
    },
    bytes: [
      '00 00 00 4a', // size: header 4+1 = 5, body 10+1+7+1+36+12+1+1 = 69 -> 74
      '00 00 00 06', // CorrelationId = 6
      '00', // response header v1 tagged fields: 0
      '00 00 00 00', // ThrottleTimeMs = 0
      '00 00', // ErrorCode = 0
      '00 00 00 00', // SessionId = 0
      '02', // Responses: compact array of 1
      '07 6f 72 64 65 72 73', //   Topic: compact string 6+1, 'orders' (names until v12, ids from v13)
      '02', //   Partitions: compact array of 1
      '00 00 00 00', //     PartitionIndex = 0
      '00 06', //     ErrorCode = 6 NOT_LEADER_OR_FOLLOWER
      'ff ff ff ff ff ff ff ff', //     HighWatermark int64 = -1
      'ff ff ff ff ff ff ff ff', //     LastStableOffset int64 = -1
      'ff ff ff ff ff ff ff ff', //     LogStartOffset int64 = -1
      '00', //     AbortedTransactions: compact nullable array, 0 = null
      'ff ff ff ff', //     PreferredReadReplica int32 = -1
      '01', //     Records: compact records, uvarint 0+1 = empty
      '01', //     partition tagged fields: count 1
      '01 09', //       tag 1 CurrentLeader, size 9
      '00 00 00 02', //       LeaderId = 2
      '00 00 00 07', //       LeaderEpoch = 7
      '00', //       the struct's own tagged fields: 0
      '00', //   topic tagged fields: 0
      '00', // body tagged fields: 0
    ],
  },
  {
    name: 'compact nullable string null (0x00): Heartbeat v4 request without group instance id',
    kind: 'request',
    api: 'Heartbeat',
    version: 4,
    correlationId: 7,
    clientId: 'kafkaline',
    value: { groupId: 'billing', generationId: 42, memberId: 'm-1', groupInstanceId: null },
    bytes: [
      '00 00 00 26', // size: header 20, body 8+4+4+1+1 = 18 -> 38
      '00 0c', // RequestApiKey = 12 Heartbeat
      '00 04', // RequestApiVersion = 4 (flexible -> header v2)
      '00 00 00 07', // CorrelationId = 7
      '00 09 6b 61 66 6b 61 6c 69 6e 65', // ClientId: int16 length 9, 'kafkaline'
      '00', // header tagged fields: 0
      '08 62 69 6c 6c 69 6e 67', // GroupId: compact string 7+1, 'billing'
      '00 00 00 2a', // GenerationId = 42
      '04 6d 2d 31', // MemberId: compact string 3+1, 'm-1'
      '00', // GroupInstanceId: compact nullable string, 0 = null
      '00', // body tagged fields: 0
    ],
  },
  {
    name: 'Fetch v4 request: isolation level, no leader epoch or log start offset yet',
    kind: 'request',
    api: 'Fetch',
    version: 4,
    correlationId: 8,
    clientId: 'kafkaline',
    value: {
      replicaId: -1,
      maxWaitMs: 500,
      minBytes: 1,
      maxBytes: 52_428_800,
      isolationLevel: 1,
      topics: [{ topic: 'orders', partitions: [{ partition: 2, fetchOffset: 1234n, partitionMaxBytes: 1_048_576 }] }],
    },
    defaults: { sessionId: 0, sessionEpoch: -1, forgottenTopicsData: [], rackId: '' },
    bytes: [
      '00 00 00 44', // size: header 19, body 4+4+4+4+1+4+8+4+4+8+4 = 49 -> 68
      '00 01', // RequestApiKey = 1 Fetch
      '00 04', // RequestApiVersion = 4
      '00 00 00 08', // CorrelationId = 8
      '00 09 6b 61 66 6b 61 6c 69 6e 65', // ClientId 'kafkaline'
      'ff ff ff ff', // ReplicaId = -1 (consumer)
      '00 00 01 f4', // MaxWaitMs = 500
      '00 00 00 01', // MinBytes = 1
      '03 20 00 00', // MaxBytes (v3+) = 52428800 = 0x03200000
      '01', // IsolationLevel (v4+) int8 = 1 read_committed
      '00 00 00 01', // Topics: int32 count 1
      '00 06 6f 72 64 65 72 73', //   Topic: int16 length 6, 'orders'
      '00 00 00 01', //   Partitions: count 1
      '00 00 00 02', //     Partition = 2
      '00 00 00 00 00 00 04 d2', //     FetchOffset int64 = 1234
      '00 10 00 00', //     PartitionMaxBytes = 1048576
    ],
  },
  {
    name: 'ListOffsets v1 request: latest and earliest',
    kind: 'request',
    api: 'ListOffsets',
    version: 1,
    correlationId: 9,
    clientId: 'kafkaline',
    value: {
      replicaId: -1,
      topics: [
        {
          name: 'orders',
          partitions: [
            { partitionIndex: 0, timestamp: -1n },
            { partitionIndex: 1, timestamp: -2n },
          ],
        },
      ],
    },
    defaults: { isolationLevel: 0 },
    bytes: [
      '00 00 00 3f', // size: header 19, body 4+4+8+4+(4+8)*2 = 44 -> 63
      '00 02', // RequestApiKey = 2 ListOffsets
      '00 01', // RequestApiVersion = 1
      '00 00 00 09', // CorrelationId = 9
      '00 09 6b 61 66 6b 61 6c 69 6e 65', // ClientId 'kafkaline'
      'ff ff ff ff', // ReplicaId = -1 (IsolationLevel only from v2)
      '00 00 00 01', // Topics: count 1
      '00 06 6f 72 64 65 72 73', //   Name 'orders'
      '00 00 00 02', //   Partitions: count 2
      '00 00 00 00', //     PartitionIndex = 0 (CurrentLeaderEpoch only from v4)
      'ff ff ff ff ff ff ff ff', //     Timestamp = -1 latest
      '00 00 00 01', //     PartitionIndex = 1
      'ff ff ff ff ff ff ff fe', //     Timestamp = -2 earliest
    ],
  },
  {
    name: 'OffsetCommit v2 request with RetentionTimeMs -1 (broker default)',
    kind: 'request',
    api: 'OffsetCommit',
    version: 2,
    correlationId: 10,
    clientId: 'kafkaline',
    value: {
      groupId: 'billing',
      generationIdOrMemberEpoch: 42,
      memberId: 'm-1',
      retentionTimeMs: -1n,
      topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, committedOffset: 1234n, committedMetadata: null }] }],
    },
    defaults: { groupInstanceId: null },
    bytes: [
      '00 00 00 4b', // size: header 19, body 9+4+5+8+4+8+4+4+8+2 = 56 -> 75
      '00 08', // RequestApiKey = 8 OffsetCommit
      '00 02', // RequestApiVersion = 2
      '00 00 00 0a', // CorrelationId = 10
      '00 09 6b 61 66 6b 61 6c 69 6e 65', // ClientId 'kafkaline'
      '00 07 62 69 6c 6c 69 6e 67', // GroupId 'billing'
      '00 00 00 2a', // GenerationIdOrMemberEpoch = 42
      '00 03 6d 2d 31', // MemberId 'm-1'
      'ff ff ff ff ff ff ff ff', // RetentionTimeMs (v2-4) int64 = -1
      '00 00 00 01', // Topics: count 1
      '00 06 6f 72 64 65 72 73', //   Name 'orders'
      '00 00 00 01', //   Partitions: count 1
      '00 00 00 00', //     PartitionIndex = 0 (CommittedLeaderEpoch only from v6)
      '00 00 00 00 00 00 04 d2', //     CommittedOffset = 1234
      'ff ff', //     CommittedMetadata: nullable string, -1 = null
    ],
  },
  {
    name: 'JoinGroup v5 request with GroupInstanceId (static membership)',
    kind: 'request',
    api: 'JoinGroup',
    version: 5,
    correlationId: 11,
    clientId: 'kafkaline',
    value: {
      groupId: 'billing',
      sessionTimeoutMs: 30_000,
      rebalanceTimeoutMs: 60_000,
      memberId: '',
      groupInstanceId: 'billing-0',
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: SUBSCRIPTION_V0 }],
    },
    defaults: { reason: null },
    bytes: [
      '00 00 00 5c', // size: header 19, body 9+4+4+2+11+10+4+7+4+18 = 73 -> 92
      '00 0b', // RequestApiKey = 11 JoinGroup
      '00 05', // RequestApiVersion = 5
      '00 00 00 0b', // CorrelationId = 11
      '00 09 6b 61 66 6b 61 6c 69 6e 65', // ClientId 'kafkaline'
      '00 07 62 69 6c 6c 69 6e 67', // GroupId 'billing'
      '00 00 75 30', // SessionTimeoutMs = 30000
      '00 00 ea 60', // RebalanceTimeoutMs (v1+) = 60000
      '00 00', // MemberId: '' (first join)
      '00 09 62 69 6c 6c 69 6e 67 2d 30', // GroupInstanceId (v5+): nullable string 'billing-0'
      '00 08 63 6f 6e 73 75 6d 65 72', // ProtocolType 'consumer'
      '00 00 00 01', // Protocols: count 1
      '00 05 72 61 6e 67 65', //   Name 'range'
      '00 00 00 12', //   Metadata: bytes, int32 length 18 = 2+4+8+4, holding a consumer subscription:
      '00 00', //     its version int16 = 0, then ConsumerProtocolSubscription v0:
      '00 00 00 01 00 06 6f 72 64 65 72 73', //     Topics: count 1, 'orders'
      'ff ff ff ff', //     UserData: nullable bytes, -1 = null
    ],
  },
];

// ---------------------------------------------------------------------------------------------

const fromHex = (lines: string[]) => Buffer.from(lines.join(' ').replace(/\s+/g, ''), 'hex');
const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

/** Every field of `expected` is in `actual` with that value (bytes compared as hex). */
function assertHas(actual: unknown, expected: unknown, path: string): void {
  if (expected instanceof Uint8Array) {
    assert.ok(actual instanceof Uint8Array, `${path} is bytes`);
    assert.is(hex(actual as Uint8Array), hex(expected), path);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} is an array`);
    assert.is((actual as unknown[]).length, expected.length, `${path}.length`);
    for (const [i, item] of expected.entries()) assertHas((actual as unknown[])[i], item, `${path}[${i}]`);
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path} is a struct`);
    for (const [key, item] of Object.entries(expected)) assertHas((actual as Body)[key], item, `${path}.${key}`);
  } else {
    assert.is(actual, expected, path);
  }
}

for (const vector of VECTORS) {
  test(vector.name, () => {
    const bytes = fromHex(vector.bytes);
    const api = Apis[vector.api];
    assert.is(bytes.readInt32BE(0), bytes.length - 4, 'the hand-computed size prefix matches the bytes written out');

    if (vector.kind === 'request') {
      const header = { apiKey: api.apiKey, apiVersion: vector.version, correlationId: vector.correlationId, clientId: vector.clientId ?? null };
      assert.is(hex(encodeRequestFrame(header, vector.value as never)), hex(bytes), 'encoded frame');

      const { header: decodedHeader, reader, api: found } = decodeRequestFrameHeader(bytes.subarray(4));
      assert.equal(decodedHeader, { requestApiKey: api.apiKey, requestApiVersion: vector.version, correlationId: vector.correlationId, clientId: header.clientId });
      assert.is(found?.name, vector.api);
      const body = decodeRequestBody(api, vector.version, reader);
      assert.is(reader.remaining, 0, 'every byte read');
      assertHas(body, vector.value, 'request');
      assertHas(body, vector.defaults ?? {}, 'request defaults');
    } else {
      assert.is(hex(encodeResponseFrame(api.apiKey, vector.version, vector.correlationId, vector.value as never)), hex(bytes), 'encoded frame');

      const { correlationId, body } = decodeResponseFrame(api, vector.version, bytes.subarray(4));
      assert.is(correlationId, vector.correlationId);
      assertHas(body, vector.value, 'response');
      assertHas(body, vector.defaults ?? {}, 'response defaults');
    }
  });
}

test('the JoinGroup v5 metadata vector is a ConsumerProtocolSubscription v0 our codec reads', () => {
  const reader = new Reader(SUBSCRIPTION_V0);
  assert.is(reader.int16(), 0, 'subscription version');
  assert.equal(decodeConsumerProtocolSubscriptionBody(reader, 0), {
    topics: ['orders'],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
  });
  assert.is(reader.remaining, 0);
});

test.run();
