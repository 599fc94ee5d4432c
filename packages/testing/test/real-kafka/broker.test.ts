// Real-broker suite: starts real Apache Kafka JVMs (Java 17+; Maven on the first run). Not part of
// `pnpm test`; run with KAFKALINE_REAL_KAFKA=1 pnpm --filter @kafkaline/testing test:kafka.
import { connect } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startKafka } from '../../src/real-kafka/index.js';

interface ApiVersionsV0 {
  correlationId: number;
  errorCode: number;
  apis: Array<{ apiKey: number; minVersion: number; maxVersion: number }>;
}

/** One ApiVersions v0 request, bytes built by hand, over a fresh TCP connection. */
function apiVersionsV0(address: string, correlationId: number): Promise<ApiVersionsV0> {
  const [host, port] = address.split(':') as [string, string];
  const clientId = Buffer.from('kafkaline-real-kafka-test');
  const request = Buffer.alloc(4 + 2 + 2 + 4 + 2 + clientId.length);
  let at = 0;
  at = request.writeInt32BE(request.length - 4, at); // size
  at = request.writeInt16BE(18, at); // api key: ApiVersions
  at = request.writeInt16BE(0, at); // api version 0
  at = request.writeInt32BE(correlationId, at);
  at = request.writeInt16BE(clientId.length, at);
  clientId.copy(request, at); // v0 body is empty

  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: Number(port) });
    const timer = setTimeout(() => socket.destroy(new Error(`no ApiVersions response from ${address} within 10 s`)), 10_000);
    let received = Buffer.alloc(0);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < 4 + received.readInt32BE(0)) return;
      clearTimeout(timer);
      socket.destroy();
      // Response header v0 (correlation id), then error_code, then [api_key, min_version, max_version].
      let pos = 4;
      const response: ApiVersionsV0 = { correlationId: received.readInt32BE(pos), errorCode: received.readInt16BE(pos + 4), apis: [] };
      pos += 6;
      const count = received.readInt32BE(pos);
      pos += 4;
      for (let i = 0; i < count; i++, pos += 6) {
        response.apis.push({ apiKey: received.readInt16BE(pos), minVersion: received.readInt16BE(pos + 2), maxVersion: received.readInt16BE(pos + 4) });
      }
      resolve(response);
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

function refusesConnections(address: string): Promise<boolean> {
  const [host, port] = address.split(':') as [string, string];
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

async function assertServes(address: string, correlationId: number): Promise<void> {
  const response = await apiVersionsV0(address, correlationId);
  assert.is(response.correlationId, correlationId, `correlation id echoed by ${address}`);
  assert.is(response.errorCode, 0, `ApiVersions error code from ${address}`);
  assert.ok(
    response.apis.some((api) => api.apiKey === 1),
    `Fetch (key 1) among ${response.apis.length} APIs of ${address}`,
  );
}

if (process.env.KAFKALINE_REAL_KAFKA !== '1') {
  console.log('real-Kafka suite not run: set KAFKALINE_REAL_KAFKA=1 (needs Java 17+, and Maven on the first run)');
} else {
  test('a 1-node Kafka 4 broker answers a hand-made ApiVersions v0 request', async () => {
    const kafka = await startKafka({ version: '4', nodes: 1 });
    try {
      assert.match(kafka.version, /^4\./);
      assert.is(kafka.bootstrap.length, 1);
      assert.match(kafka.bootstrap[0]!, /^127\.0\.0\.1:\d+$/);
      await assertServes(kafka.bootstrap[0]!, 0x2a);
    } finally {
      await kafka.stop();
    }
  });

  test('a 3-node cluster keeps serving while one node is stopped, and the node comes back', async () => {
    const kafka = await startKafka({ version: '4', nodes: 3 });
    try {
      const [first, second, third] = kafka.bootstrap as [string, string, string];
      for (const address of kafka.bootstrap) await assertServes(address, 1);

      await kafka.stopNode(2);
      assert.not.ok(kafka.nodes[1]!.running, 'node 2 stopped');
      assert.ok(await refusesConnections(second), 'node 2 port closed');
      await assertServes(first, 2);
      await assertServes(third, 3);

      await kafka.startNode(2);
      assert.ok(kafka.nodes[1]!.running, 'node 2 running again');
      await assertServes(second, 4);
    } finally {
      await kafka.stop();
    }
  });

  test.run();
}
