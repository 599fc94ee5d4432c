// `kafkaline decode` on real clients' bytes: kcat's, recorded live through a TCP front to the
// fake cluster, and kafkajs's, recorded once into test/fixtures/kafkajs (see its README).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isOneLineError, runCli } from './support/cli-process.js';
import { type RecordedConnection, type RecordingCluster, startRecordingCluster } from './support/recording-proxy.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'kafkajs');

// biome-ignore lint/suspicious/noExplicitAny: decoded documents are checked field by field.
type Json = any;

function documents(stdout: string): Json[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

function kcat(args: string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('kcat', args, { timeout: 30_000 }, (error, stdout, stderr) => (error ? reject(new Error(`kcat ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout)));
    child.stdin?.end(input);
  });
}

interface KcatCapture {
  dir: string;
  producerRequests: string;
  producerResponses: string;
  consumerRequests: string;
  consumerResponses: string;
  storedRecords: string;
}

const fromKcat = suite<{ capture: KcatCapture; recording: RecordingCluster }>('decode on frames kcat sent and received');

fromKcat.before(async (context) => {
  const recording = await startRecordingCluster({ topics: { frames: 1 } });
  context.recording = recording;
  await kcat(['-b', recording.bootstrap, '-P', '-t', 'frames', '-p', '0', '-k', 'k1', '-H', 'source=kcat'], 'hello\nworld\n');
  const producedOver = recording.connections.length;
  const consumed = await kcat(['-b', recording.bootstrap, '-C', '-t', 'frames', '-p', '0', '-o', 'beginning', '-e']);
  assert.is(consumed, 'hello\nworld\n');
  const dir = mkdtempSync(join(tmpdir(), 'kafkaline-kcat-frames-'));
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  // librdkafka may open more than one connection per run: take the one that carried the records.
  const carrying = (connections: RecordedConnection[], direction: keyof RecordedConnection) => connections.find((c) => Buffer.concat(c[direction]).includes('hello'));
  const producer = carrying(recording.connections.slice(0, producedOver), 'clientToBroker');
  const consumer = carrying(recording.connections.slice(producedOver), 'brokerToClient');
  assert.ok(producer && consumer, 'one connection carried the Produce request and one the Fetch response');
  context.capture = {
    dir,
    producerRequests: write('producer.requests.bin', Buffer.concat(producer.clientToBroker)),
    producerResponses: write('producer.responses.bin', Buffer.concat(producer.brokerToClient)),
    consumerRequests: write('consumer.requests.bin', Buffer.concat(consumer.clientToBroker)),
    consumerResponses: write('consumer.responses.bin', Buffer.concat(consumer.brokerToClient)),
    storedRecords: write('stored.records.bin', Buffer.concat(recording.cluster.records('frames', 0))),
  };
});

fromKcat.after(async ({ recording, capture }) => {
  await recording.stop();
  rmSync(capture.dir, { recursive: true, force: true });
});

fromKcat('request frames: every one decodes, and the Produce request shows its batch with kcat records', async ({ capture }) => {
  const result = await runCli(['decode', '--compact', capture.producerRequests]);
  assert.is(result.code, 0, result.stderr);
  const frames = documents(result.stdout);
  assert.ok(frames.every((f) => f.direction === 'request' && f.clientId === 'rdkafka' && f.error === undefined));
  assert.is(frames[0].api, 'ApiVersions');
  const produce = frames.find((f) => f.api === 'Produce');
  assert.ok(produce, `a Produce request among ${frames.map((f) => f.api).join(', ')}`);
  const partition = produce.body.topicData[0].partitionData[0];
  const records = partition.records.batches.flatMap((b: Json) => b.records);
  assert.equal(
    records.map((r: Json) => [r.key, r.value, r.headers]),
    [
      ['k1', 'hello', [{ key: 'source', value: 'kcat' }]],
      ['k1', 'world', [{ key: 'source', value: 'kcat' }]],
    ],
  );
});

fromKcat('response frames paired with their requests by correlation id (--requests) all decode', async ({ capture }) => {
  const result = await runCli(['decode', '--response', '--requests', capture.consumerRequests, '--compact', capture.consumerResponses]);
  assert.is(result.code, 0, result.stderr);
  const frames = documents(result.stdout);
  assert.ok(frames.every((f) => f.direction === 'response' && f.error === undefined));
  const fetches = frames.filter((f) => f.api === 'Fetch');
  assert.ok(fetches.length > 0, `a Fetch response among ${frames.map((f) => f.api).join(', ')}`);
  const values = fetches.flatMap((f) => f.body.responses.flatMap((t: Json) => t.partitions.flatMap((p: Json) => (p.records.batches ?? []).flatMap((b: Json) => b.records.map((r: Json) => r.value)))));
  assert.equal(values, ['hello', 'world']);
});

fromKcat('one response frame with --api and --version names the API it answers', async ({ capture }) => {
  const requests = documents((await runCli(['decode', '--compact', capture.producerRequests])).stdout);
  const produce = requests.find((f) => f.api === 'Produce');
  const result = await runCli(['decode', '--response', '--api', 'produce', '--version', String(produce.apiVersion), '--compact', capture.producerResponses]);
  // The other frames (ApiVersions, Metadata) do not decode as Produce: reported, exit 1.
  assert.is(result.code, 1);
  const decoded = documents(result.stdout).find((f) => f.correlationId === produce.correlationId);
  assert.is(decoded.error, undefined);
  assert.is(decoded.body.responses[0].partitionResponses[0].errorCode, 0);
  assert.match(result.stderr, 'response does not decode');
});

fromKcat('a record set (as the broker stored what kcat produced) decodes with --records and by detection', async ({ capture }) => {
  for (const args of [['--records'], []]) {
    const result = await runCli(['decode', ...args, '--compact', capture.storedRecords]);
    assert.is(result.code, 0, result.stderr);
    const [document] = documents(result.stdout);
    const records = document.recordSet.batches.flatMap((b: Json) => b.records);
    assert.equal(
      records.map((r: Json) => [r.offset, r.value]),
      [
        [0, 'hello'],
        [1, 'world'],
      ],
    );
  }
});

fromKcat.run();

const fromKafkajs = suite('decode on frames kafkajs sent and received (fixtures)');

const CONNECTIONS = [0, 1, 2].map((i) => ({ requests: join(FIXTURES, `connection-${i}.requests.bin`), responses: join(FIXTURES, `connection-${i}.responses.bin`) }));

fromKafkajs('every request frame of every connection decodes', async () => {
  const apis: string[] = [];
  for (const connection of CONNECTIONS) {
    const result = await runCli(['decode', '--request', '--compact', connection.requests]);
    assert.is(result.code, 0, result.stderr);
    for (const frame of documents(result.stdout)) {
      assert.is(frame.error, undefined);
      assert.is(frame.clientId, 'kafkajs-capture');
      apis.push(frame.api);
    }
  }
  for (const api of ['ApiVersions', 'Metadata', 'Produce', 'FindCoordinator', 'JoinGroup', 'SyncGroup', 'OffsetFetch', 'OffsetCommit', 'Fetch']) {
    assert.ok(apis.includes(api), `kafkajs sent ${api}`);
  }
});

fromKafkajs('the gzip Produce request shows kafkajs records, headers and a binary value as base64', async () => {
  const result = await runCli(['decode', '--compact', CONNECTIONS[0]?.requests as string]);
  assert.is(result.code, 0, result.stderr);
  const produce = documents(result.stdout).find((f) => f.api === 'Produce');
  const [batch] = produce.body.topicData[0].partitionData[0].records.batches;
  assert.is(batch.compression, 'gzip');
  assert.equal(
    batch.records.map((r: Json) => ({ key: r.key, value: r.value, valueEncoding: r.valueEncoding, headers: r.headers })),
    [
      { key: 'k0', value: 'first', valueEncoding: undefined, headers: [{ key: 'source', value: 'kafkajs' }] },
      { key: 'k1', value: 'second', valueEncoding: undefined, headers: [{ key: 'source', value: 'kafkajs' }] },
      { key: null, value: Buffer.from([0x00, 0xff, 0x10, 0x80]).toString('base64'), valueEncoding: 'base64', headers: [] },
    ],
  );
});

fromKafkajs('every response frame decodes when paired with its connection’s requests', async () => {
  for (const connection of CONNECTIONS) {
    const result = await runCli(['decode', '--response', '--requests', connection.requests, '--compact', connection.responses]);
    assert.is(result.code, 0, result.stderr);
    assert.ok(documents(result.stdout).every((f) => f.error === undefined));
  }
});

fromKafkajs('a Fetch response frame given by --api Fetch --version 11 shows the records kafkajs consumed', async () => {
  const result = await runCli(['decode', '--response', '--api', 'Fetch', '--version', '11', '--compact', CONNECTIONS[2]?.responses as string]);
  assert.is(result.code, 0, result.stderr);
  const [fetch] = documents(result.stdout);
  assert.is(fetch.api, 'Fetch');
  const values = fetch.body.responses[0].partitions[0].records.batches[0].records.map((r: Json) => r.value);
  assert.equal(values, ['first', 'second', Buffer.from([0x00, 0xff, 0x10, 0x80]).toString('base64')]);
});

fromKafkajs('the stored record set decodes with its gzip batch', async () => {
  const result = await runCli(['decode', '--records', join(FIXTURES, 'produced-gzip.records.bin')]);
  assert.is(result.code, 0, result.stderr);
  const document = JSON.parse(result.stdout);
  assert.is(document.recordSet.batches.length, 1);
  assert.is(document.recordSet.batches[0].recordCount, 3);
});

fromKafkajs("regression: only the fields of the frame's version are shown, not the decoder's defaults for later versions", async () => {
  const producer = documents((await runCli(['decode', '--compact', CONNECTIONS[0]?.requests as string])).stdout);
  const metadata = producer.find((f) => f.api === 'Metadata');
  assert.is(metadata.apiVersion, 6);
  // TopicId arrived in Metadata v10, the client software fields in ApiVersions v3.
  assert.equal(metadata.body.topics, [{ name: 'captured' }]);
  assert.equal(producer.find((f) => f.api === 'ApiVersions').body, {});
  const [fetch] = documents((await runCli(['decode', '--compact', CONNECTIONS[2]?.requests as string])).stdout);
  assert.is(fetch.apiVersion, 11);
  assert.ok('rackId' in fetch.body, 'RackId is a v11 field');
  for (const later of ['clusterId', 'replicaState']) assert.not.ok(later in fetch.body, `${later} is not in Fetch v11`);
});

fromKafkajs.run();

const inputs = suite('decode inputs and bad input');

inputs('hex text on standard input (-) decodes, with whitespace and 0x prefixes ignored', async () => {
  // An ApiVersions v0 request: size 14, key 18, version 0, correlation id 7, client id "cli".
  const hex = '0x00 0x00 0x00 0x0d  00 12 00 00 00 00 00 07 00 03 63 6c 69';
  const result = await runCli(['decode', '--hex', '--compact', '-'], { input: hex });
  assert.is(result.code, 0, result.stderr);
  const [frame] = documents(result.stdout);
  assert.equal({ api: frame.api, apiVersion: frame.apiVersion, correlationId: frame.correlationId, clientId: frame.clientId }, { api: 'ApiVersions', apiVersion: 0, correlationId: 7, clientId: 'cli' });
});

inputs('a capture that stops mid-frame prints the whole frames and reports the rest, exit 1', async () => {
  const bytes = Buffer.concat([Buffer.from('0000000d001200000000000700036' + '36c69', 'hex'), Buffer.from([0, 0, 0, 50, 1, 2])]);
  const result = await runCli(['decode', '--request', '--compact', '-'], { input: bytes });
  assert.is(result.code, 1);
  assert.is(documents(result.stdout).length, 1);
  assert.match(result.stderr, 'the capture ends with an incomplete frame: the frame at byte 17 declares 50 bytes but only 2 follow');
});

inputs('bytes that are neither requests nor a record set: one-line error, exit 1', async () => {
  const result = await runCli(['decode', '-'], { input: 'this is not kafka' });
  assert.is(result.code, 1);
  assert.ok(isOneLineError(result.stderr), result.stderr);
  assert.match(result.stderr, 'neither request frames of a known API nor a record set');
});

inputs('usage errors exit 2: --response without --api, --api without --version, a missing file', async () => {
  const cases: Array<[string[], string]> = [
    [['decode', '--response', 'x.bin'], '--response needs --api and --version'],
    [['decode', '--api', 'Fetch', 'x.bin'], '--api and --version go together'],
    [['decode', '--response', '--api', 'NoSuchApi', '--version', '1', join(FIXTURES, 'connection-0.responses.bin')], "--api 'NoSuchApi' is not an API name"],
    [['decode', join(FIXTURES, 'no-such-file.bin')], 'ENOENT'],
    [['decode'], 'missing <file|->'],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(args);
    assert.is(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.ok(isOneLineError(result.stderr), result.stderr);
    assert.match(result.stderr, message);
  }
});

inputs.run();
