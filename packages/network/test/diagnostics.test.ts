// node:diagnostics_channel events and the logger hook.
import diagnosticsChannel from 'node:diagnostics_channel';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { channelNames, type LogLevel } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { until } from './helpers/event-loop.js';
import { ScriptedCluster } from './helpers/scripted-cluster.js';

function record(name: string): { events: Array<Record<string, unknown>>; stop: () => void } {
  const events: Array<Record<string, unknown>> = [];
  const listener = (message: unknown) => events.push(message as Record<string, unknown>);
  diagnosticsChannel.subscribe(name, listener);
  return { events, stop: () => diagnosticsChannel.unsubscribe(name, listener) };
}

test('channels report connection open/close, each request and response with latency, and metadata refreshes', async () => {
  const open = record(channelNames.connectionOpen);
  const close = record(channelNames.connectionClose);
  const sent = record(channelNames.requestSent);
  const received = record(channelNames.responseReceived);
  const refreshed = record(channelNames.metadataRefreshed);
  try {
    const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
    const client = clientFor(cluster);
    cluster.hook = (r) => (r.api === 'Fetch' ? 'hold' : undefined);
    const fetching = client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
    await until(() => cluster.heldCount === 1, 'fetch held');
    cluster.clock.advance(35);
    cluster.release();
    await fetching;
    assert.equal(open.events.map((e) => [e['host'], e['port']]), [
      ['broker1.test', 9092],
      ['broker1.test', 9092],
    ]);
    assert.equal(sent.events.map((e) => e['api']), ['ApiVersions', 'Metadata', 'ApiVersions', 'Fetch']);
    const fetchResponse = received.events.find((e) => e['api'] === 'Fetch');
    assert.equal([fetchResponse?.['apiVersion'], fetchResponse?.['latencyMs'], fetchResponse?.['nodeId']], [18, 35, 1]);
    assert.ok((fetchResponse?.['bytes'] as number) > 0);
    assert.equal(refreshed.events.map((e) => [e['reason'], e['topics'], e['brokers']]), [['new topics', ['t'], 1]]);
    cluster.stopBroker(1);
    await until(() => close.events.length === 2, 'close events');
    assert.match(String((close.events[0]?.['error'] as Error | undefined)?.message), /closed by the broker/);
    await client.close();
  } finally {
    for (const r of [open, close, sent, received, refreshed]) r.stop();
  }
});

test('the logger hook receives what the client has to say; nothing is logged without one', async () => {
  const lines: Array<[LogLevel, string]> = [];
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 } });
  const client = clientFor(cluster, { logger: (level, message) => lines.push([level, message]) });
  await client.metadata();
  cluster.stopBroker(1);
  await until(() => lines.some(([, m]) => m.includes('lost')), 'loss logged');
  assert.ok(lines.some(([level, m]) => level === 'debug' && m === 'connected to broker at broker1.test:9092'));
  assert.ok(lines.some(([level, m]) => level === 'info' && m === 'connection to broker 1 at broker1.test:9092 lost'));
  await client.close();
});

test.run();
