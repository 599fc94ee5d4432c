import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeRecordBatch, ZERO_UUID } from '@kafkaline/protocol';
import type { RawClient } from './support/raw-client.js';
import { settle } from './support/raw-client.js';
import { startHarness } from './support/cluster.js';

/**
 * One scripted session: the same requests in the same order, with a seeded random fault
 * schedule. Returns every response (hex) with the clock time it arrived, and the faults applied.
 */
async function session(): Promise<{ responses: string[]; faults: string }> {
  const h = await startHarness({ seed: 42, brokers: 1, faults: { seed: 9, rate: 0.35, kinds: ['error', 'delay', 'disconnect'], maxDelayMs: 300 } });
  const responses: string[] = [];
  let client: RawClient = await h.connect(0);
  const call = async (send: (c: RawClient) => number) => {
    send(client);
    const frame = client.nextFrame();
    let result: Buffer | null | undefined;
    void frame.then((f) => {
      result = f;
    });
    // Step the clock until the answer (or the disconnect) arrives, so delays land at clock times.
    for (let step = 0; result === undefined && step < 100; step++) {
      await settle();
      if (result === undefined) h.clock.advance(50);
    }
    await frame;
    responses.push(`${h.clock.now()} ${result ? result.toString('hex') : 'closed'}`);
    if (result === null) client = await h.connect(0);
  };
  const batch = await encodeRecordBatch({ records: [{ key: 'k', value: 'v', timestamp: 1 }] });
  await call((c) => c.send('ApiVersions', 3, { clientSoftwareName: 'det', clientSoftwareVersion: '1' }));
  for (let i = 0; i < 4; i++) await call((c) => c.send('Metadata', 12, { topics: [{ name: 'auto', topicId: ZERO_UUID }], allowAutoTopicCreation: true }));
  for (let i = 0; i < 6; i++) await call((c) => c.send('Produce', 9, { acks: -1, timeoutMs: 100, topicData: [{ name: 'auto', partitionData: [{ index: 0, records: batch }] }] }));
  await call((c) => c.send('FindCoordinator', 3, { key: 'group', keyType: 0 }));
  await call((c) => c.send('JoinGroup', 7, { groupId: 'group', sessionTimeoutMs: 10000, rebalanceTimeoutMs: 10000, memberId: '', protocolType: 'consumer', protocols: [{ name: 'range', metadata: new Uint8Array([0, 1]) }] }));
  for (let i = 0; i < 4; i++) {
    await call((c) => c.send('Fetch', 12, { replicaId: -1, maxWaitMs: 200, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [{ topic: 'auto', topicId: ZERO_UUID, partitions: [{ partition: 0, fetchOffset: BigInt(i), partitionMaxBytes: 1 << 20 }] }] }));
  }
  const faults = JSON.stringify(h.cluster.faults.applied);
  await h.stop();
  return { responses, faults };
}

test('the same seed and the same requests give byte-identical responses and the same fault timings, twice in a row', async () => {
  const first = await session();
  const second = await session();
  assert.ok(first.faults.length > 2, 'the schedule injected faults');
  assert.ok(first.responses.some((r) => r.endsWith('closed')) || first.faults.includes('disconnect') === false, 'disconnects show as closed connections');
  assert.equal(second.faults, first.faults);
  assert.equal(second.responses, first.responses);
});

test.run();
