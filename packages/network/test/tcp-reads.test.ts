// Plain TCP reads into the frame decoder's one read buffer (node:net's onread): frames of every
// size across real socket reads, many same-sized responses in a row (where a frame that kept stale
// bytes would show), a connection lost in the middle of a frame, a hostile size prefix.
// Servers listen on 127.0.0.1 with an OS-assigned port.
import { createServer, type Server, type Socket } from 'node:net';
import { KafkaProtocolError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTcpSocketFactory, FrameDecoder, KafkaClient, KafkaConnectionError } from '../src/index.js';
import type { ReadSink } from '../src/transport.js';
import { ScriptedCluster } from './helpers/scripted-cluster.js';

async function listen(onSocket: (socket: Socket) => void): Promise<{ server: Server; port: number }> {
  const server = createServer(onSocket);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

function frame(payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(payload.length);
  return Buffer.concat([size, payload]);
}

/** A scripted cluster served over TCP on 127.0.0.1, with `topicCount` topics to make Metadata responses large. */
async function serveCluster(topicCount: number): Promise<{ cluster: ScriptedCluster; server: Server; client: KafkaClient }> {
  const topics = Object.fromEntries(Array.from({ length: topicCount }, (_, i) => [`topic-${String(i).padStart(5, '0')}-${'x'.repeat(80)}`, 3]));
  const cluster = new ScriptedCluster({ brokers: 1, topics });
  const { server, port } = await listen((socket) => cluster.serve(socket, 1));
  Object.assign(cluster.broker(1), { host: '127.0.0.1', port });
  const client = new KafkaClient({ brokers: `127.0.0.1:${port}`, clock: cluster.clock, retry: { retries: 0 } });
  return { cluster, server, client };
}

test('the default transport reads plain TCP through the sink, into the decoder\'s buffer: no \'data\' events, every frame intact', async () => {
  const payloads = [4, 10, 65_532, 65_536, 70_000, 3_000_000, 5, 1_000_000].map((size, i) => Buffer.alloc(size, i + 1));
  const bytes = Buffer.concat(payloads.map(frame));
  const { server, port } = await listen((socket) => {
    // Uneven writes, so frames and size prefixes straddle the socket's reads.
    let at = 0;
    let size = 1;
    while (at < bytes.length) {
      socket.write(bytes.subarray(at, at + size));
      at += size;
      size = (size * 7 + 3) % 200_003;
    }
    socket.end();
  });
  const decoder = new FrameDecoder(8 << 20);
  const frames: Buffer[] = [];
  let reads = 0;
  const sink: ReadSink = {
    buffer: decoder.readBuffer,
    received: (count) => {
      reads++;
      const completed = decoder.received(count);
      for (const f of completed) assert.is.not(f.buffer, decoder.readBuffer.buffer, 'no frame is a view of the read buffer');
      frames.push(...completed);
    },
  };
  const socket = await createTcpSocketFactory({ tls: null, connectTimeoutMs: 5_000 })({ host: '127.0.0.1', port }, sink);
  let dataEvents = 0;
  socket.on('data', () => dataEvents++);
  await new Promise<void>((resolve) => socket.once('end', resolve));
  socket.destroy();
  await closeServer(server);
  assert.is(dataEvents, 0);
  assert.ok(reads > 1);
  assert.is(frames.length, payloads.length);
  assert.ok(frames.every((f, i) => f.equals(payloads[i] as Buffer)), 'every frame intact after all reads');
});

test('200 same-sized responses in a row over plain TCP, each checked and then dropped: no frame holds another frame\'s bytes', async () => {
  // The shape of a consumer's fetches: frames of one size, one after another, the old ones freed
  // while new ones are read. Each frame carries its own number in every 4-byte word, so a frame
  // that kept stale (reused) memory anywhere shows.
  const FRAMES = 200;
  const SIZE = 150_000;
  const payload = (n: number): Buffer => {
    const bytes = Buffer.allocUnsafe(SIZE);
    for (let at = 0; at + 4 <= SIZE; at += 4) bytes.writeInt32BE(n * 1_000_003 + at, at);
    return bytes;
  };
  const { server, port } = await listen((socket) => {
    let n = 0;
    let size = 1;
    const writeNext = (): void => {
      while (n < FRAMES) {
        const bytes = frame(payload(n++));
        // Uneven writes, so frames and their size prefixes straddle the reads.
        let ok = true;
        for (let at = 0; at < bytes.length; at += size, size = (size * 7 + 3) % 90_001 || 1) ok = socket.write(bytes.subarray(at, at + size));
        if (!ok) {
          socket.once('drain', writeNext);
          return;
        }
      }
      socket.end();
    };
    writeNext();
  });
  const decoder = new FrameDecoder(1 << 20);
  let checked = 0;
  let corrupt = 0;
  const sink: ReadSink = {
    buffer: decoder.readBuffer,
    received: (count) => {
      for (const f of decoder.received(count)) {
        if (!f.equals(payload(checked))) corrupt++;
        checked++;
      }
    },
  };
  const socket = await createTcpSocketFactory({ tls: null, connectTimeoutMs: 5_000 })({ host: '127.0.0.1', port }, sink);
  await new Promise<void>((resolve) => socket.once('end', resolve));
  socket.destroy();
  await closeServer(server);
  assert.is(checked, FRAMES);
  assert.is(corrupt, 0);
});

test('a large response over plain TCP, in chunks that cut its size prefix and body anywhere, is read whole', async () => {
  const { cluster, server, client } = await serveCluster(3_000);
  const all = await client.send('127.0.0.1:' + cluster.broker(1).port, 'Metadata', 12, { topics: null });
  assert.is(all.topics.length, 3_000);
  cluster.hook = (r) => {
    if (r.api !== 'Metadata') return undefined;
    cluster.hook = null;
    const bytes = cluster.frameFor(r);
    assert.ok(bytes.length > 256 * 1024, 'larger than several socket reads');
    const chunks: Buffer[] = [bytes.subarray(0, 1), bytes.subarray(1, 3)];
    for (let at = 3, size = 1; at < bytes.length; at += size, size = (size * 13 + 5) % 100_000) chunks.push(bytes.subarray(at, at + size));
    return { raw: chunks };
  };
  const again = await client.send('127.0.0.1:' + cluster.broker(1).port, 'Metadata', 12, { topics: null });
  assert.equal(again.topics.map((t) => t.name), all.topics.map((t) => t.name));
  await client.close();
  await closeServer(server);
});

test('a TCP connection lost in the middle of a large response fails the request with a retriable connection error; the next request reads a whole response', async () => {
  const { cluster, server, client } = await serveCluster(3_000);
  const address = `127.0.0.1:${cluster.broker(1).port}`;
  await client.send(address, 'Metadata', 12, { topics: null });
  cluster.hook = (r) => {
    if (r.api !== 'Metadata') return undefined;
    cluster.hook = null;
    const bytes = cluster.frameFor(r);
    return { raw: [bytes.subarray(0, 200_000)], thenClose: true };
  };
  const error = await client.send(address, 'Metadata', 12, { topics: null }).catch((e: unknown) => e);
  assert.instance(error, KafkaConnectionError);
  assert.ok((error as KafkaConnectionError).retriable);
  assert.is((error as KafkaConnectionError).code, 'CONNECTION_CLOSED');
  assert.is((await client.send(address, 'Metadata', 12, { topics: null })).topics.length, 3_000);
  await client.close();
  await closeServer(server);
});

test('a size prefix of 2 GB over plain TCP is a protocol error before any allocation; the next request reconnects', async () => {
  const { cluster, server, client } = await serveCluster(1);
  const address = `127.0.0.1:${cluster.broker(1).port}`;
  await client.send(address, 'Metadata', 12, { topics: null });
  cluster.hook = (r) => {
    if (r.api !== 'Metadata') return undefined;
    cluster.hook = null;
    return { raw: [Buffer.from([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 1])] };
  };
  const before = process.memoryUsage().arrayBuffers;
  const error = await client.send(address, 'Metadata', 12, { topics: null }).catch((e: unknown) => e);
  assert.ok(process.memoryUsage().arrayBuffers - before < 256 * 1024 * 1024, 'nothing near 2 GB was allocated');
  assert.instance(error, KafkaProtocolError);
  assert.is((error as KafkaProtocolError).code, 'FRAME_TOO_LARGE');
  assert.is((await client.send(address, 'Metadata', 12, { topics: null })).topics.length, 1);
  await client.close();
  await closeServer(server);
});

test.run();
