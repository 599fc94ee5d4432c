// One broker connection: set-up, pipelining, framing on a real byte stream, timeouts, resets,
// hostile frames and close(), against the scripted cluster's in-memory transport.
import { encodeResponseFrame, KafkaProtocolError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaClientClosedError, KafkaConnectionError, KafkaRequestTimeoutError } from '../src/index.js';
import { clientFor } from './helpers/client.js';
import { flush, settle, until } from './helpers/event-loop.js';
import { ScriptedCluster } from './helpers/scripted-cluster.js';

const B1 = 'broker1.test:9092';
const B2 = 'broker2.test:9092';
const metadataAll = { topics: null };

test('a new connection sends ApiVersions v3 first, then the request at the version asked for', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 2 } });
  const client = clientFor(cluster);
  const response = await client.send(B1, 'Metadata', 12, metadataAll);
  assert.equal(response.topics.map((t) => t.name), ['t']);
  assert.equal(cluster.requests.map((r) => `${r.api} v${r.version}`), ['ApiVersions v3', 'Metadata v12']);
  assert.is(cluster.requests[0]?.body.clientSoftwareName, 'kafkaline');
  await client.close();
});

test('requests are pipelined on one connection, never more than maxInFlightRequests at once', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  const client = clientFor(cluster, { maxInFlightRequests: 2 });
  cluster.hook = (r) => (r.api === 'Metadata' ? 'hold' : undefined);
  const calls = Array.from({ length: 5 }, () => settle(client.send(B1, 'Metadata', 12, metadataAll)));
  await until(() => cluster.heldCount === 2, 'two requests at the broker');
  await flush();
  assert.is(cluster.requestsTo('Metadata').length, 2, 'the third waits for a free slot');
  assert.is(cluster.connections.length, 1, 'all on one connection');
  cluster.release();
  await until(() => cluster.requestsTo('Metadata').length === 3, 'the third request written');
  while (cluster.requestsTo('Metadata').length < 5 || cluster.heldCount > 0) {
    if (cluster.heldCount > 0) cluster.release();
    await flush(2);
  }
  await Promise.all(calls.map((c) => c.promise));
  assert.ok(calls.every((c) => c.value !== undefined));
  await client.close();
});

test('responses answered out of order reach the right callers (matched by correlation id)', async () => {
  const cluster = new ScriptedCluster({ topics: { a: 1, b: 1 } });
  const client = clientFor(cluster);
  cluster.hook = (r) => (r.api === 'Metadata' ? 'hold' : undefined);
  const first = client.send(B1, 'Metadata', 12, { topics: [{ name: 'a' }] });
  const second = client.send(B1, 'Metadata', 12, { topics: [{ name: 'b' }] });
  await until(() => cluster.heldCount === 2, 'both held');
  cluster.releaseNewest();
  cluster.releaseNewest();
  assert.equal((await first).topics.map((t) => t.name), ['a']);
  assert.equal((await second).topics.map((t) => t.name), ['b']);
  await client.close();
});

test('a response written one byte at a time, and two responses in one chunk, are both read', async () => {
  const cluster = new ScriptedCluster({ topics: { a: 1, b: 1 } });
  const client = clientFor(cluster);
  cluster.hook = (r) => {
    if (r.api !== 'Metadata') return undefined;
    const frame = cluster.frameFor(r);
    return { raw: Array.from(frame, (byte) => Buffer.from([byte])) };
  };
  assert.equal((await client.send(B1, 'Metadata', 12, { topics: [{ name: 'a' }] })).topics[0]?.name, 'a');

  const held: Array<Parameters<NonNullable<typeof cluster.hook>>[0]> = [];
  cluster.hook = (r) => {
    held.push(r);
    if (held.length < 2) return 'drop';
    const both = Buffer.concat(held.map((h) => cluster.frameFor(h)));
    return { raw: [both] };
  };
  const [x, y] = await Promise.all([
    client.send(B1, 'Metadata', 12, { topics: [{ name: 'a' }] }),
    client.send(B1, 'Metadata', 12, { topics: [{ name: 'b' }] }),
  ]);
  assert.is(x.topics[0]?.name, 'a');
  assert.is(y.topics[0]?.name, 'b');
  await client.close();
});

test('a slow broker: only the request that timed out fails, its connection is recycled, others carry on', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  const client = clientFor(cluster, { requestTimeoutMs: 1000 });
  await client.send(B1, 'Metadata', 12, metadataAll);
  await client.send(B2, 'Metadata', 12, metadataAll);
  cluster.hook = (r) => (r.api === 'Metadata' && r.nodeId === 1 ? 'drop' : r.api === 'Metadata' ? 'hold' : undefined);
  const slow = settle(client.send(B1, 'Metadata', 12, metadataAll));
  await until(() => cluster.requestsTo('Metadata', 1).length === 2, 'the slow request at broker 1');
  cluster.clock.advance(500);
  const other = settle(client.send(B2, 'Metadata', 12, metadataAll));
  await until(() => cluster.heldCount === 1, 'the other request at broker 2');
  cluster.clock.advance(499);
  await flush();
  assert.not.ok(slow.done, 'not before the timeout');
  cluster.clock.advance(1);
  await slow.promise;
  assert.instance(slow.error, KafkaRequestTimeoutError);
  const timeout = slow.error as KafkaRequestTimeoutError;
  assert.ok(timeout.retriable);
  assert.is(timeout.code, 'REQUEST_TIMEOUT');
  assert.match(timeout.message, /Metadata v12 request to broker at broker1\.test:9092 got no response within 1000 ms/);
  cluster.release();
  await other.promise;
  assert.ok(other.value, 'the request to the other broker is unaffected');
  const stuck = cluster.requestsTo('Metadata', 1)[1]?.connection;
  await until(() => stuck?.closed === true, 'the stuck connection closed');
  cluster.hook = null;
  await client.send(B1, 'Metadata', 12, metadataAll);
  const served = cluster.requestsTo('Metadata', 1).filter((r) => r.version === 12).at(-1)?.connection;
  assert.ok(served && served !== stuck && !served.closed, 'a fresh connection served the next request');
  await client.close();
});

test('requests queued behind a timed-out one are not lost: they go out on the new connection', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  const client = clientFor(cluster, { requestTimeoutMs: 1000, maxInFlightRequests: 1 });
  await client.send(B1, 'Metadata', 12, metadataAll);
  let dropped = false;
  cluster.hook = (r) => {
    if (r.api === 'Metadata' && !dropped) {
      dropped = true;
      return 'drop';
    }
    return undefined;
  };
  const stuck = settle(client.send(B1, 'Metadata', 12, metadataAll));
  await until(() => dropped, 'the first request at the broker');
  cluster.clock.advance(500);
  const queued = settle(client.send(B1, 'Metadata', 12, { topics: [{ name: 't' }] }));
  await flush();
  assert.is(cluster.requestsTo('Metadata').length, 2, 'the second waits: one request in flight at most');
  cluster.clock.advance(500);
  await Promise.all([stuck.promise, queued.promise]);
  assert.instance(stuck.error, KafkaRequestTimeoutError);
  assert.is(queued.error, undefined);
  assert.equal(queued.value?.topics.map((t) => t.name), ['t']);
  await client.close();
});

test('a connection reset in the middle of a response fails the request with a retriable connection error; the next request reconnects', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  const client = clientFor(cluster);
  cluster.hook = (r) => {
    if (r.api !== 'Metadata') return undefined;
    cluster.hook = null;
    const frame = cluster.frameFor(r);
    return { raw: [frame.subarray(0, Math.floor(frame.length / 2))], thenClose: true };
  };
  const error = await client.send(B1, 'Metadata', 12, metadataAll).catch((e: unknown) => e);
  assert.instance(error, KafkaConnectionError);
  const lost = error as KafkaConnectionError;
  assert.ok(lost.retriable);
  assert.is(lost.code, 'CONNECTION_CLOSED');
  assert.match(lost.message, /Metadata v12 request to broker at broker1\.test:9092 failed because the connection was lost/);
  assert.is((await client.send(B1, 'Metadata', 12, metadataAll)).topics.length, 1);
  const [cut, fresh] = cluster.requestsTo('Metadata').filter((r) => r.version === 12);
  assert.ok(cut?.connection.closed && fresh && fresh.connection !== cut.connection);
  await client.close();
});

test('a response frame claiming 2 GB is a protocol error, not an allocation; the connection is replaced', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  const client = clientFor(cluster);
  cluster.hook = (r) => {
    if (r.api !== 'Metadata') return undefined;
    cluster.hook = null;
    return { raw: [Buffer.from([0x7f, 0xff, 0xff, 0xf0, 0, 0, 0, 1, 2, 3])] };
  };
  const before = process.memoryUsage().arrayBuffers;
  const error = await client.send(B1, 'Metadata', 12, metadataAll).catch((e: unknown) => e);
  assert.ok(process.memoryUsage().arrayBuffers - before < 256 * 1024 * 1024, 'nothing near 2 GB was allocated');
  assert.instance(error, KafkaProtocolError);
  assert.is((error as KafkaProtocolError).code, 'FRAME_TOO_LARGE');
  assert.match((error as Error).message, /broker at broker1\.test:9092 sent bytes that are not a valid Kafka response: Response frame declares 2147483632 bytes, more than maxResponseBytes/);
  await until(() => cluster.connections[0]?.closed === true, 'the connection closed');
  assert.is((await client.send(B1, 'Metadata', 12, metadataAll)).topics.length, 1);
  await client.close();
});

test('garbage bytes from the server (an HTTP answer, a bogus correlation id) fail the request and replace the connection', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  const client = clientFor(cluster);
  cluster.hook = (r) => (r.api === 'Metadata' ? { raw: [Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')] } : undefined);
  const http = await client.send(B1, 'Metadata', 12, metadataAll).catch((e: unknown) => e);
  assert.instance(http, KafkaProtocolError);
  assert.match((http as Error).message, /not a valid Kafka response/);

  cluster.hook = (r) => (r.api === 'Metadata' ? { raw: [Buffer.from([0, 0, 0, 8, 0x12, 0x34, 0x56, 0x78, 1, 2, 3, 4])] } : undefined);
  const bogus = await client.send(B1, 'Metadata', 12, metadataAll).catch((e: unknown) => e);
  assert.instance(bogus, KafkaProtocolError);
  assert.match((bogus as Error).message, /correlation id 305419896 matches no request in flight/);

  cluster.hook = (r) =>
    r.api === 'Metadata' ? { raw: [encodeResponseFrame(18, 0, r.correlationId, { errorCode: 0, apiKeys: [] }).subarray(0, 10), Buffer.from([1, 2, 3, 4])] } : undefined;
  const mangled = await client.send(B1, 'Metadata', 12, metadataAll).catch((e: unknown) => e);
  assert.instance(mangled, KafkaProtocolError);
  assert.match((mangled as Error).message, /Could not decode the Metadata v12 response from broker at broker1\.test:9092/);

  cluster.hook = null;
  assert.is((await client.send(B1, 'Metadata', 12, metadataAll)).topics.length, 1);
  await client.close();
});

test('close() with requests in flight fails each with a clear error and leaves no timer or socket behind', async () => {
  const cluster = new ScriptedCluster({ brokers: 3, topics: { t: 1 } });
  let connecting: ((value: never) => void) | null = null;
  const client = clientFor(cluster, {
    socketFactory: (target) => (target.host === 'broker3.test' ? new Promise((resolve) => (connecting = resolve)) : cluster.socketFactory(target)),
  });
  cluster.hook = (r) => (r.api === 'Metadata' ? 'hold' : undefined);
  const inFlight = [
    settle(client.send(B1, 'Metadata', 12, metadataAll)),
    settle(client.send(B1, 'Metadata', 12, metadataAll)),
    settle(client.send(B2, 'Metadata', 12, metadataAll)),
    settle(client.send('broker3.test:9092', 'Metadata', 12, metadataAll)),
  ];
  await until(() => cluster.heldCount === 3 && connecting !== null, 'requests at the brokers and a connect under way');
  assert.ok(cluster.clock.pending > 0);
  await client.close();
  await Promise.all(inFlight.map((c) => c.promise));
  for (const call of inFlight) {
    assert.instance(call.error, KafkaClientClosedError);
    assert.is((call.error as KafkaClientClosedError).retriable, false);
  }
  assert.match(String((inFlight[0]?.error as Error | undefined)?.message), /Metadata v12 request to broker at broker1\.test:9092 was still pending: the KafkaClient was closed/);
  assert.is(cluster.clock.pending, 0, 'no timer left');
  await until(() => cluster.connections.every((c) => c.closed), 'every socket closed');
  const after = await client.send(B1, 'Metadata', 12, metadataAll).catch((e: unknown) => e);
  assert.instance(after, KafkaClientClosedError);
});

test('a broker that never completes the connect fails after connectTimeoutMs', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  const client = clientFor(cluster, { connectTimeoutMs: 500, socketFactory: () => new Promise(() => {}) });
  const call = settle(client.send(B1, 'Metadata', 12, metadataAll));
  await flush();
  cluster.clock.advance(499);
  await flush();
  assert.not.ok(call.done);
  cluster.clock.advance(1);
  await call.promise;
  assert.instance(call.error, KafkaConnectionError);
  assert.is((call.error as KafkaConnectionError).code, 'CONNECTION_TIMEOUT');
  assert.match((call.error as Error).message, /Could not connect to broker at broker1\.test:9092 within connectTimeoutMs \(500 ms\)/);
  await client.close();
});

test('reconnecting after a refused connect waits the backoff, growing with each failure', async () => {
  const cluster = new ScriptedCluster({ topics: { t: 1 } });
  cluster.stopBroker(1);
  const client = clientFor(cluster, { retry: { initialBackoffMs: 100, maxBackoffMs: 1000 } });
  const first = await client.send(B1, 'Metadata', 12, metadataAll).catch((e: unknown) => e);
  assert.instance(first, KafkaConnectionError);
  assert.is((first as KafkaConnectionError).code, 'CONNECTION_FAILED');
  assert.match((first as Error).message, /Could not connect to broker at broker1\.test:9092: connect ECONNREFUSED/);
  assert.is(cluster.connectAttempts.length, 1);
  const second = settle(client.send(B1, 'Metadata', 12, metadataAll));
  await flush();
  assert.is(cluster.connectAttempts.length, 1, 'no attempt before the backoff');
  cluster.clock.advance(100);
  await second.promise;
  assert.is(cluster.connectAttempts.length, 2);
  const third = settle(client.send(B1, 'Metadata', 12, metadataAll));
  cluster.clock.advance(199);
  await flush();
  assert.is(cluster.connectAttempts.length, 2, 'the second backoff is longer');
  cluster.startBroker(1);
  cluster.clock.advance(1);
  await third.promise;
  assert.is(cluster.connectAttempts.length, 3);
  assert.ok(third.value, 'connected once the broker is back');
  await client.close();
});

test.run();
