// stopBroker() and stop() with TCP clients still connected: a listener reports closed only after
// its sockets are gone, so the broker must destroy them before waiting. Found by the integration
// suite's failover scenario, which hung in stopBroker().
import { connect, type Socket } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FakeCluster } from '../src/index.js';

function openSocket(address: string): Promise<{ socket: Socket; closed: Promise<void> }> {
  const [host, port] = address.split(':') as [string, string];
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: Number(port) });
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

test('stopBroker resolves while a TCP client is connected, and that client is disconnected', async () => {
  const cluster = await FakeCluster.start({ brokers: 2, topics: { t: 1 } });
  try {
    const { closed } = await openSocket(cluster.bootstrap[0] as string);
    await cluster.stopBroker(0);
    await closed;
    assert.is(cluster.brokers[0]?.up, false);
    assert.is(cluster.brokers[0]?.connections, 0);
  } finally {
    await cluster.stop();
  }
});

test('stop resolves while TCP clients are connected to every broker', async () => {
  const cluster = await FakeCluster.start({ brokers: 2 });
  const sockets = await Promise.all(cluster.bootstrap.map(openSocket));
  await cluster.stop();
  await Promise.all(sockets.map((s) => s.closed));
  assert.ok(cluster.brokers.every((b) => !b.up && b.connections === 0));
});

test.run();
