// `kafkaline fake-broker`: the demo's first line, served by the same binary as `tail`.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CliProcess, runCli } from './support/cli-process.js';

test('fake-broker --topic demo:2 --records 3 prints where it listens, tail reads the 6 records, SIGINT stops it with exit 0', async () => {
  const broker = new CliProcess(['fake-broker', '--topic', 'demo:2', '--records', '3']);
  try {
    const [listening] = await broker.waitForLines(1);
    const match = /^listening on (127\.0\.0\.1:\d+)$/.exec(listening as string);
    assert.ok(match, `first line: ${listening}`);
    const tailed = await runCli(['tail', 'demo', '--brokers', match[1] as string, '--key']);
    assert.is(tailed.code, 0, tailed.stderr);
    assert.equal(
      tailed.stdout.trimEnd().split('\n').sort(),
      [0, 1].flatMap((p) => [0, 1, 2].map((i) => `key-${i}\tmessage ${i} of demo/${p}`)).sort(),
    );
  } finally {
    broker.child.kill('SIGINT');
  }
  const stopped = await broker.exited;
  assert.is(stopped.code, 0, stopped.stderr);
  assert.is(stopped.stdout.trimEnd().split('\n').length, 1, 'exactly one line on stdout');
});

test('fake-broker with a bad argument exits 2 with the usage text and no stack', async () => {
  const result = await runCli(['fake-broker', '--ports', '9092']);
  assert.is(result.code, 2);
  assert.match(result.stderr, "kafkaline fake-broker: unknown argument '--ports'");
  assert.match(result.stderr, 'usage: kafkaline fake-broker');
  assert.not.match(result.stderr, /\n\s+at /);
});

test('fake-broker --records without a --topic is a usage error, exit 2', async () => {
  const result = await runCli(['fake-broker', '--records', '3']);
  assert.is(result.code, 2);
  assert.match(result.stderr, '--records needs at least one --topic to fill');
});

test.run();
