// The default transport over real sockets: TCP, TLS with a self-signed certificate, and SASL
// over TLS. Servers listen on 127.0.0.1 with an OS-assigned port.
import { readFileSync } from 'node:fs';
import { createServer as createTcpServer, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaClient, type KafkaClientOptions, KafkaConnectionError } from '../src/index.js';
import { ScriptedCluster, type ScriptedClusterOptions } from './helpers/scripted-cluster.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const cert = fixture('tls-cert.pem');
const key = fixture('tls-key.pem');

async function serve(kind: 'tcp' | 'tls', options: ScriptedClusterOptions = {}): Promise<{ cluster: ScriptedCluster; server: Server; address: string }> {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, ...options });
  const server = kind === 'tls' ? createTlsServer({ key, cert }, (socket) => cluster.serve(socket, 1)) : createTcpServer((socket) => cluster.serve(socket, 1));
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  Object.assign(cluster.broker(1), { host: '127.0.0.1', port });
  return { cluster, server, address: `127.0.0.1:${port}` };
}

async function shutdown(client: KafkaClient, server: Server): Promise<void> {
  await client.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function client(address: string, cluster: ScriptedCluster, options: Partial<KafkaClientOptions>): KafkaClient {
  return new KafkaClient({ brokers: address, clock: cluster.clock, retry: { retries: 0 }, ...options });
}

test('plain TCP through the default transport', async () => {
  const { cluster, server, address } = await serve('tcp');
  const c = client(address, cluster, {});
  const [result] = await c.fetch({ partitions: [{ topic: 't', partition: 0, offset: 9 }] });
  assert.is(Buffer.from(result?.records ?? []).toString(), 't/0@9 from 1');
  await shutdown(c, server);
  assert.ok(cluster.connections.length > 0);
});

test('TLS with a self-signed certificate, trusted through tls.ca', async () => {
  const { cluster, server, address } = await serve('tls');
  const c = client(address, cluster, { tls: { ca: cert } });
  const meta = await c.metadata({ topics: ['t'] });
  assert.is(meta.topics[0]?.partitions.length, 1);
  await shutdown(c, server);
});

test('TLS with a self-signed certificate that is not trusted fails with a clear connection error', async () => {
  const { cluster, server, address } = await serve('tls');
  const c = client(address, cluster, { tls: true });
  const error = await c.send(address, 'Metadata', 12, { topics: null }).catch((e: unknown) => e);
  assert.instance(error, KafkaConnectionError);
  assert.is((error as KafkaConnectionError).code, 'CONNECTION_FAILED');
  assert.match((error as Error).message, new RegExp(`Could not connect to broker at ${address.replace('.', '\\.')}: self.signed certificate`));
  await shutdown(c, server);
});

test('SASL SCRAM-SHA-512 over TLS', async () => {
  const { cluster, server, address } = await serve('tls', { sasl: { mechanism: 'SCRAM-SHA-512', username: 'bob', password: 'pw' } });
  const c = client(address, cluster, { tls: { ca: cert }, sasl: { mechanism: 'scram-sha-512', username: 'bob', password: 'pw' } });
  const meta = await c.metadata({ topics: ['t'] });
  assert.is(meta.topics[0]?.name, 't');
  assert.equal(
    cluster.requests.map((r) => r.api),
    ['ApiVersions', 'SaslHandshake', 'SaslAuthenticate', 'SaslAuthenticate', 'Metadata'],
  );
  await shutdown(c, server);
});

test('a refused TCP connect is a retriable connection error naming the address', async () => {
  const { cluster, server, address } = await serve('tcp');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const c = client(address, cluster, {});
  const error = await c.send(address, 'Metadata', 12, { topics: null }).catch((e: unknown) => e);
  assert.instance(error, KafkaConnectionError);
  assert.ok((error as KafkaConnectionError).retriable);
  assert.match((error as Error).message, /ECONNREFUSED/);
  await c.close();
});

test.run();
