// KIP-848: the heartbeat that acknowledges a revocation is lost (the coordinator never hears it, or
// hears it and the answer is lost) and the coordinator moves to another broker right then, as when
// a real coordinator dies mid-rebalance. The revoked partition must still reach its new owner.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { DisconnectPoint } from '@kafkaline/testing';
import { allPartitions, closeAll, GROUP, groupCluster, newMember, owned, type Processed, reconciled, runUntil, work } from './harness.js';

for (const when of ['before-request', 'before-response'] as DisconnectPoint[]) {
  test(`KIP-848: the revocation acknowledgement lost (${when}) while the coordinator moves: the partition still reaches the new member`, async () => {
    const t = await groupCluster({ t: 4 }, 5, 3);
    const processed: Processed[] = [];
    const config = { groupProtocol: 'consumer' as const };
    const coordinatorBefore = t.cluster.coordinatorOf(GROUP);
    let cut = false;
    const a = newMember(t, 'a', ['t'], config, {
      onPartitionsRevoked: () => {
        if (cut) return;
        cut = true;
        // The next heartbeat is the acknowledgement: lose it, and move the coordinator.
        t.cluster.faults.disconnectNext({ api: 'ConsumerGroupHeartbeat', when });
        t.cluster.moveCoordinator(GROUP, (coordinatorBefore + 1) % 3);
      },
    });
    const workers = [work(a, processed)];
    await runUntil(t, () => reconciled([a], allPartitions('t', 4)), 'a owns every partition');
    const b = newMember(t, 'b', ['t'], config);
    workers.push(work(b, processed));
    await runUntil(t, () => reconciled([a, b], allPartitions('t', 4)), 'a and b share the partitions');
    assert.ok(cut, 'a revoked a partition, and its acknowledgement was lost');
    assert.is.not(t.cluster.coordinatorOf(GROUP), coordinatorBefore);
    assert.equal([owned(a).length, owned(b).length], [2, 2]);
    await runUntil(t, () => new Set(processed.map((p) => `${p.partition}/${p.offset}`)).size === 20, 'every message processed');
    await closeAll(t, [a, b], workers);
  });
}

test.run();
