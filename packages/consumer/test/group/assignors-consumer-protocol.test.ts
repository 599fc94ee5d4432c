import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaProtocolError } from '@kafkaline/protocol';
import {
  decodeAssignment,
  decodeSubscription,
  encodeAssignment,
  encodeSubscription,
  memberSubscriptionFromMetadata,
} from '../../src/group/assignors/consumer-protocol.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'hex'));

// Written by hand from the layout table (ConsumerProtocolSubscription v3): version 3,
// topics ["a","bc"], user_data null, owned [{a,[0,2]}], generation 7, rack "r1".
const SUBSCRIPTION_V3 = `
  0003
  00000002 0001 61 0002 6263
  ffffffff
  00000001 0001 61 00000002 00000000 00000002
  00000007
  0002 7231`;

// ConsumerProtocolAssignment v0: [{t,[1]}], user_data 2 bytes 0xbeef.
const ASSIGNMENT_V0 = `
  0000
  00000001 0001 74 00000001 00000001
  00000002 beef`;

test('subscription v3 encodes to the hand-made bytes, topics and owned partitions sorted', () => {
  const bytes = encodeSubscription({
    topics: ['bc', 'a'],
    ownedPartitions: [{ topic: 'a', partitions: [2, 0] }],
    generationId: 7,
    rackId: 'r1',
  });
  assert.is(hex(bytes), hex(fromHex(SUBSCRIPTION_V3)));
  const decoded = decodeSubscription(bytes);
  assert.is(decoded.version, 3);
  assert.equal(decoded.value, { topics: ['a', 'bc'], userData: null, ownedPartitions: [{ topic: 'a', partitions: [0, 2] }], generationId: 7, rackId: 'r1' });
});

test('subscription round-trips at every version 0-3, dropping the fields a version does not carry', () => {
  const input = {
    topics: ['orders', 'payments'],
    userData: new Uint8Array([1, 2, 3]),
    ownedPartitions: [{ topic: 'orders', partitions: [0, 5] }],
    generationId: 12,
    rackId: 'rack-a',
  };
  const expectations = [
    { version: 0, ownedPartitions: [], generationId: -1, rackId: null },
    { version: 1, ownedPartitions: input.ownedPartitions, generationId: -1, rackId: null },
    { version: 2, ownedPartitions: input.ownedPartitions, generationId: 12, rackId: null },
    { version: 3, ownedPartitions: input.ownedPartitions, generationId: 12, rackId: 'rack-a' },
  ];
  for (const expected of expectations) {
    const decoded = decodeSubscription(encodeSubscription(input, expected.version));
    assert.is(decoded.version, expected.version);
    assert.equal(decoded.value.topics, input.topics);
    assert.equal([...(decoded.value.userData ?? [])], [1, 2, 3]);
    assert.equal(decoded.value.ownedPartitions, expected.ownedPartitions, `v${expected.version} owned partitions`);
    assert.is(decoded.value.generationId, expected.generationId);
    assert.is(decoded.value.rackId, expected.rackId);
  }
});

test('subscription of a newer version (v4 with an appended field) is read with the v3 layout, like Java does', () => {
  const v3 = fromHex(SUBSCRIPTION_V3);
  const v4 = new Uint8Array([...v3, 0x00, 0x00, 0x00, 0x2a]);
  v4[1] = 4;
  const decoded = decodeSubscription(v4);
  assert.is(decoded.version, 4);
  assert.equal(decoded.value.topics, ['a', 'bc']);
  assert.is(decoded.value.generationId, 7);
  assert.is(decoded.value.rackId, 'r1');
});

test('negative versions and truncated bytes are protocol errors', () => {
  assert.throws(() => decodeSubscription(fromHex('ffff 00000000 ffffffff')), (error: unknown) => error instanceof KafkaProtocolError && /version -1/.test((error as Error).message));
  assert.throws(() => decodeSubscription(fromHex('0003 00000002 0001 61')), (error: unknown) => error instanceof KafkaProtocolError);
  assert.throws(() => decodeAssignment(fromHex('fffe 00000000 ffffffff')), (error: unknown) => error instanceof KafkaProtocolError);
});

test('assignment v0 decodes from the hand-made bytes and re-encodes to them', () => {
  const decoded = decodeAssignment(fromHex(ASSIGNMENT_V0));
  assert.is(decoded.version, 0);
  assert.equal(decoded.value.assignedPartitions, [{ topic: 't', partitions: [1] }]);
  assert.equal([...(decoded.value.userData ?? [])], [0xbe, 0xef]);
  assert.is(hex(encodeAssignment(decoded.value, 0)), hex(fromHex(ASSIGNMENT_V0)));
});

test('assignment round-trips at v0-v3 (same layout), merges duplicates and sorts topics and partitions', () => {
  for (let version = 0; version <= 3; version++) {
    const bytes = encodeAssignment(
      {
        assignedPartitions: [
          { topic: 'b', partitions: [3, 1] },
          { topic: 'a', partitions: [0] },
          { topic: 'b', partitions: [1, 2] },
        ],
      },
      version,
    );
    const decoded = decodeAssignment(bytes);
    assert.is(decoded.version, version);
    assert.equal(decoded.value.assignedPartitions, [
      { topic: 'a', partitions: [0] },
      { topic: 'b', partitions: [1, 2, 3] },
    ]);
    assert.is(decoded.value.userData, null);
  }
});

test('an empty assignment still carries its version and an empty array; zero bytes read as empty', () => {
  assert.is(hex(encodeAssignment({ assignedPartitions: [] })), '0003' + '00000000' + 'ffffffff');
  assert.equal(decodeAssignment(new Uint8Array(0)).value, { assignedPartitions: [], userData: null });
});

test('assignment of a newer version (v5 with trailing bytes) is read with the known layout', () => {
  const bytes = new Uint8Array([...encodeAssignment({ assignedPartitions: [{ topic: 'x', partitions: [4] }] }), 9, 9, 9]);
  bytes[1] = 5;
  const decoded = decodeAssignment(bytes);
  assert.is(decoded.version, 5);
  assert.equal(decoded.value.assignedPartitions, [{ topic: 'x', partitions: [4] }]);
});

test('memberSubscriptionFromMetadata gives the assignor its MemberSubscription', () => {
  const metadata = encodeSubscription({ topics: ['t'], ownedPartitions: [{ topic: 't', partitions: [1] }], generationId: 3 });
  assert.equal(memberSubscriptionFromMetadata('m-1', 'static-1', metadata), {
    memberId: 'm-1',
    groupInstanceId: 'static-1',
    topics: ['t'],
    userData: null,
    ownedPartitions: [{ topic: 't', partitions: [1] }],
    generationId: 3,
    rackId: null,
  });
});

test.run();
