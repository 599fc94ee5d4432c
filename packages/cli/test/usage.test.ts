// Help, bad arguments and an unreachable cluster: what a user sees when something is off.
import { createServer } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isOneLineError, runCli } from './support/cli-process.js';

const COMMANDS = ['tail', 'lag', 'offsets', 'decode', 'fake-broker'];

for (const command of COMMANDS) {
  test(`${command} --help prints its usage, options and examples on stdout and exits 0`, async () => {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const result = await runCli(args);
      assert.is(result.code, 0, result.stderr);
      assert.is(result.stderr, '');
      assert.ok(result.stdout.startsWith(`usage: kafkaline ${command} `), result.stdout);
      assert.match(result.stdout, `\nExamples:\n  kafkaline ${command} `);
    }
  });
}

test('--help lists every command; no command at all prints it on stderr and exits 2', async () => {
  const help = await runCli(['--help']);
  assert.is(help.code, 0);
  for (const command of COMMANDS) assert.match(help.stdout, new RegExp(`^  ${command} +\\S`, 'm'));
  const bare = await runCli([]);
  assert.is(bare.code, 2);
  assert.is(bare.stdout, '');
  assert.is(bare.stderr, help.stdout);
});

test('--version prints the package version', async () => {
  const result = await runCli(['--version']);
  assert.is(result.code, 0);
  assert.match(result.stdout, /^kafkaline \d+\.\d+\.\d+\n$/);
});

const BAD_ARGUMENTS: Array<[string[], string]> = [
  [['tial', 'orders'], "kafkaline: unknown command 'tial' (did you mean 'tail'?)"],
  [['tail'], "kafkaline tail: missing <topic> (see 'kafkaline tail --help')"],
  [['tail', 'a', 'b'], "kafkaline tail: unexpected argument 'b' (expected <topic>)"],
  [['tail', 'orders', '--form', 'earliest'], "kafkaline tail: unknown option '--form' (did you mean --from?)"],
  [['tail', 'orders', '--from', 'yesterday'], 'kafkaline tail: --from needs earliest, latest, an offset, -N'],
  [['tail', 'orders', '--max', '0'], 'kafkaline tail: --max must be at least 1, got 0'],
  [['tail', 'orders', '--max'], 'kafkaline tail: --max needs a value'],
  [['tail', 'orders', '--format', 'xml'], 'kafkaline tail: --format must be one of text, json, raw'],
  [['tail', 'orders', '--format', 'json', '--key'], 'kafkaline tail: --key and --headers apply to --format text and raw'],
  [['tail', 'orders', '--partitions', '3-1'], "kafkaline tail: --partitions: range '3-1' runs backwards"],
  [['tail', 'orders', '--follow', '--no-follow'], 'kafkaline tail: --follow and --no-follow exclude each other'],
  [['tail', 'bad/topic'], "kafkaline tail: topic 'bad/topic' is not a valid topic name"],
  [['offsets', 'orders', '--timeout', 'soon'], 'kafkaline offsets: --timeout needs a duration such as 500ms, 5s or 1m'],
  [['offsets', 'orders', '--brokers', ','], "kafkaline offsets: --brokers needs at least one host:port, got ','"],
  [['offsets', 'orders', '--json=yes'], 'kafkaline offsets: --json takes no value'],
  [['lag', '--group', 'g', '--interval', '1s'], 'kafkaline lag: --interval and --count only apply with --watch'],
];

test('bad arguments exit 2 with one line on stderr naming the problem, and no stack trace', async () => {
  for (const [args, message] of BAD_ARGUMENTS) {
    const result = await runCli(args);
    assert.is(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.is(result.stdout, '');
    assert.ok(isOneLineError(result.stderr), `${args.join(' ')}: ${result.stderr}`);
    assert.ok(result.stderr.startsWith(message), `${args.join(' ')}: ${result.stderr}`);
  }
});

test("regression: a missing value of a flag with a short form names the flag ('--max'), not parseArgs's '-n,'", async () => {
  for (const flag of ['--max', '-n']) {
    const result = await runCli(['tail', 'orders', flag]);
    assert.is(result.code, 2);
    assert.is(result.stderr, "kafkaline tail: --max needs a value (see 'kafkaline tail --help')\n");
  }
});

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('an unreachable broker fails with a clear one-line error within --timeout, exit 1', async () => {
  const port = await closedPort();
  for (const args of [['offsets', 'orders'], ['tail', 'orders'], ['lag', '--group', 'g']]) {
    const result = await runCli([...args, '--brokers', `127.0.0.1:${port}`, '--timeout', '1s']);
    assert.is(result.code, 1, `${args[0]}: ${result.stderr}`);
    assert.ok(isOneLineError(result.stderr), result.stderr);
    assert.match(result.stderr, `(brokers 127.0.0.1:${port}) got no answer within 1000 ms (--timeout)`);
    assert.match(result.stderr, `last problem: cannot connect to 127.0.0.1:${port}: connect ECONNREFUSED`);
  }
});

test('--debug adds the stack trace of a runtime error', async () => {
  const port = await closedPort();
  const result = await runCli(['offsets', 'orders', '--brokers', `127.0.0.1:${port}`, '--timeout', '200ms', '--debug']);
  assert.is(result.code, 1);
  assert.match(result.stderr, /CliTimeoutError: offsets of topic 'orders'/);
  assert.match(result.stderr, /\n\s+at /);
});

test('the broker list comes from $KAFKALINE_BROKERS when --brokers is not given', async () => {
  const port = await closedPort();
  const result = await runCli(['offsets', 'orders', '--timeout', '200ms'], { env: { KAFKALINE_BROKERS: `127.0.0.1:${port}` } });
  assert.is(result.code, 1);
  assert.match(result.stderr, `(brokers 127.0.0.1:${port})`);
});

test.run();
