import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFakeBrokerArguments } from '../src/index.js';
import { run } from './support/peers.js';

const cli = join(import.meta.dirname, '..', 'src', 'cli.ts');
const node = (args: string[]) => ['--conditions=source', '--import', 'tsx', cli, ...args];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

test('kafkaline-fake-broker prints one "listening on" line with every broker, serves Kafka, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, node(['--port', String(port), '--brokers', '2', '--topic', 'demo:3']), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  while (!stdout.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.is(stdout, `listening on 127.0.0.1:${port},127.0.0.1:${port + 1}\n`);
  const { FakeCluster } = await import('../src/index.js');
  void FakeCluster;
  const { RawClient } = await import('./support/raw-client.js');
  const { connect } = await import('node:net');
  const socket = connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  const client = new RawClient(socket);
  const metadata = await client.request('Metadata', 1, { topics: null });
  assert.equal(metadata?.brokers.map((b) => b.port), [port, port + 1]);
  assert.is(metadata?.topics[0]?.partitions.length, 3);
  client.close();
  child.kill('SIGTERM');
  assert.is(await exited, 0);
  assert.is(stdout.split('\n').filter(Boolean).length, 1, 'exactly one line');
});

test('kafkaline-fake-broker rejects bad arguments with a clear message and exit code 2', async () => {
  for (const args of [['--port', 'abc'], ['--brokers', '0'], ['--topic', 'bad name:x'], ['--what']]) {
    const result = await run(process.execPath, node(args));
    assert.is(result.code, 2, args.join(' '));
    assert.match(result.stderr, /^kafkaline-fake-broker: /);
    assert.is(result.stdout, '');
  }
});

test('--port 0 asks for ephemeral ports (each broker its own), like listen(0); a negative or too large port is refused', () => {
  assert.is(parseFakeBrokerArguments(['--port', '0', '--brokers', '3']).port, undefined);
  assert.is(parseFakeBrokerArguments(['--port=9092']).port, 9092);
  assert.throws(() => parseFakeBrokerArguments(['--port', '-1']), /--port needs an integer/);
  assert.throws(() => parseFakeBrokerArguments(['--port', '65536']), /--port must be between 0 and 65535/);
});

test.run();
