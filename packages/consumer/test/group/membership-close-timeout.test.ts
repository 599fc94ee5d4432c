// close() of a subscribed consumer is bounded by closeTimeoutMs: against a coordinator that does
// not answer, it gives up with GroupCloseTimeoutError instead of waiting out request timeouts
// and retries, and the coordinator removes the member after its session timeout.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GroupCloseTimeoutError } from '../../src/index.js';
import { allPartitions, GROUP, groupCluster, newMember, type Processed, runUntil, settledGeneration, settleOn, work } from './harness.js';

for (const protocol of ['classic', 'consumer'] as const) {
  test(`${protocol}: close() gives up after closeTimeoutMs when the coordinator does not answer the commit`, async () => {
    const t = await groupCluster({ t: 2 }, 5);
    const processed: Processed[] = [];
    const a = newMember(t, 'a', ['t'], { groupProtocol: protocol, closeTimeoutMs: 2_000 });
    const worker = work(a, processed);
    await runUntil(t, () => a.consumer.assignedPartitions().length === 2 && processed.filter((p) => p.done).length === 10, 'a processed everything');
    if (protocol === 'classic') assert.ok(settledGeneration(t, [a], allPartitions('t', 2)));
    // The coordinator does not answer the commits: each answer is held for ten minutes.
    t.cluster.faults.delayNext({ api: 'OffsetCommit', ms: 600_000, count: 20 });
    const closingAt = t.clock.now();
    let error: unknown = null;
    await settleOn(t, a.consumer.close(), 'close').catch((e: unknown) => {
      error = e;
    });
    assert.instance(error, GroupCloseTimeoutError);
    assert.match(String((error as Error).message), /2000 ms/);
    assert.ok(t.clock.now() - closingAt <= 2_100, `close() ended after ${t.clock.now() - closingAt} ms`);
    await worker;
    await t.stop();
  });
}

test('close() within closeTimeoutMs commits and leaves as usual', async () => {
  const t = await groupCluster({ t: 2 }, 5);
  const processed: Processed[] = [];
  const a = newMember(t, 'a', ['t'], { closeTimeoutMs: 2_000 });
  const worker = work(a, processed);
  await runUntil(t, () => settledGeneration(t, [a], allPartitions('t', 2)) && processed.filter((p) => p.done).length === 10, 'a processed everything');
  await settleOn(t, a.consumer.close(), 'close');
  for (const p of [0, 1]) assert.is(t.cluster.committedOffset(GROUP, 't', p), 5, `partition ${p} committed`);
  assert.is(t.cluster.group(GROUP)?.members.length ?? 0, 0, 'a left the group');
  await worker;
  await t.stop();
});

test.run();
