import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Apis, decodeResponseFrame, ErrorCode, ZERO_UUID } from '@kafkaline/protocol';
import { type RawClient, settle } from './support/raw-client.js';
import { startHarness } from './support/cluster.js';

function frame(payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(payload.length);
  return Buffer.concat([size, payload]);
}

/** A request header v1 (api key, version, correlation id, client id) followed by `body`. */
function request(apiKey: number, version: number, body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(10);
  header.writeInt16BE(apiKey, 0);
  header.writeInt16BE(version, 2);
  header.writeInt32BE(7, 4);
  header.writeInt16BE(-1, 8);
  return frame(Buffer.concat([header, body]));
}

async function expectClosed(client: RawClient): Promise<void> {
  assert.is(await client.nextFrame(), null, 'the broker closes the connection');
}

test('garbage bytes, a 2 GB frame, a negative size, an unknown API key and an unsupported version each close the connection; the cluster keeps serving', async () => {
  const h = await startHarness({ topics: { t: 1 } });
  const garbage = await h.connect(0);
  garbage.writeRaw(frame(Buffer.from([0xde, 0xad, 0xbe])));
  await expectClosed(garbage);

  const huge = await h.connect(0);
  huge.writeRaw(Buffer.from([0x7f, 0xff, 0xff, 0xff, 0, 0, 0]));
  await expectClosed(huge);

  const negative = await h.connect(0);
  negative.writeRaw(Buffer.from([0xff, 0xff, 0xff, 0xfe]));
  await expectClosed(negative);

  const unknownKey = await h.connect(0);
  unknownKey.writeRaw(request(9999, 0));
  await expectClosed(unknownKey);

  const unsupported = await h.connect(0);
  unsupported.writeRaw(request(Apis.Fetch.apiKey, 99));
  await expectClosed(unsupported);

  const tooOld = await h.connect(0);
  tooOld.writeRaw(request(Apis.Produce.apiKey, 2));
  await expectClosed(tooOld);

  const truncated = await h.connect(0);
  truncated.writeRaw(request(Apis.Metadata.apiKey, 1, Buffer.from([0, 0, 0, 5])));
  await expectClosed(truncated);

  const healthy = await h.connect(0);
  const metadata = await healthy.request('Metadata', 12, { topics: [{ name: 't', topicId: ZERO_UUID }] });
  assert.is(metadata?.topics[0]?.errorCode, ErrorCode.NONE);
  assert.equal(h.cluster.errors, [], 'no handler exception');
  await h.stop();
});

test('ApiVersions at an unknown version gets a v0 answer with UNSUPPORTED_VERSION and the ApiVersions range', async () => {
  const h = await startHarness();
  const client = await h.connect(0);
  client.writeRaw(request(Apis.ApiVersions.apiKey, 127));
  const response = await client.nextFrame();
  assert.ok(response);
  const decoded = decodeResponseFrame(Apis.ApiVersions, 0, response);
  assert.is(decoded.correlationId, 7);
  assert.is(decoded.body.errorCode, ErrorCode.UNSUPPORTED_VERSION);
  assert.equal(decoded.body.apiKeys, [{ apiKey: 18, minVersion: 0, maxVersion: 4 }]);
  const retry = await client.request('ApiVersions', 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
  assert.is(retry?.errorCode, ErrorCode.NONE, 'the connection stays usable');
  const invalid = await client.request('ApiVersions', 3, { clientSoftwareName: '-bad name', clientSoftwareVersion: '1' });
  assert.is(invalid?.errorCode, ErrorCode.INVALID_REQUEST);
  await h.stop();
});

test('a corrupt batch (CRC mismatch) and a legacy-magic batch are refused per partition', async () => {
  const { encodeRecordBatch } = await import('@kafkaline/protocol');
  const h = await startHarness({ topics: { t: 1 } });
  const client = await h.connect(0);
  const good = Buffer.from(await encodeRecordBatch({ records: [{ value: 'x' }] }));
  const corrupt = Buffer.from(good);
  corrupt[corrupt.length - 1] = (corrupt[corrupt.length - 1] as number) ^ 0xff;
  const produce = (records: Uint8Array) => client.request('Produce', 9, { acks: -1, timeoutMs: 100, topicData: [{ name: 't', partitionData: [{ index: 0, records }] }] });
  assert.is((await produce(corrupt))?.responses[0]?.partitionResponses[0]?.errorCode, ErrorCode.CORRUPT_MESSAGE);
  const legacy = Buffer.from(good);
  legacy[16] = 1;
  assert.is((await produce(legacy))?.responses[0]?.partitionResponses[0]?.errorCode, ErrorCode.CORRUPT_MESSAGE);
  assert.is((await produce(Buffer.concat([good, good])))?.responses[0]?.partitionResponses[0]?.errorCode, ErrorCode.INVALID_RECORD);
  assert.is(h.cluster.partition('t', 0).highWatermark, 0);
  await h.stop();
});

test('requests before SASL authentication are refused by closing the connection', async () => {
  const h = await startHarness({ sasl: { users: { alice: 'secret' } } });
  const client = await h.connect(0);
  assert.is(await client.request('Metadata', 12, { topics: null }), null);
  await settle();
  await h.stop();
});

test.run();
