// `kafkaline lag` and `kafkaline offsets` spawned against the fake cluster over TCP.
import type { FakeCluster } from '@kafkaline/testing';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isOneLineError, runCli } from './support/cli-process.js';
import { startOrdersCluster } from './support/cluster.js';

const lag = suite<{ cluster: FakeCluster; brokers: string }>('lag');

lag.before(async (context) => {
  Object.assign(context, await startOrdersCluster());
  // The group commits through the CLI itself: 3 records of partition 0, all 4 of partition 1.
  for (const [partition, max] of [
    ['0', '3'],
    ['1', '4'],
  ] as const) {
    const committed = await runCli(['tail', 'orders', '--brokers', context.brokers, '--group', 'billing', '--partitions', partition, '--max', max]);
    assert.is(committed.code, 0, committed.stderr);
  }
});

lag.after(async ({ cluster }) => {
  await cluster.stop();
});

lag('prints committed offset, end offset and lag per partition as an aligned table with a total', async ({ brokers }) => {
  const result = await runCli(['lag', '--group', 'billing', '--brokers', brokers]);
  assert.is(result.code, 0, result.stderr);
  assert.is(
    result.stdout,
    [
      'TOPIC   PARTITION  COMMITTED  END  LAG',
      'orders          0          3    4    1',
      'orders          1          4    4    0',
      'orders          2          -    4    -',
      'TOTAL                                1',
      '',
    ].join('\n'),
  );
});

lag('--json prints the same figures as one document with the total lag', async ({ brokers }) => {
  const result = await runCli(['lag', '--group', 'billing', '--brokers', brokers, '--json']);
  assert.is(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.is(report.group, 'billing');
  assert.equal(report.partitions, [
    { topic: 'orders', partition: 0, committed: 3, end: 4, lag: 1 },
    { topic: 'orders', partition: 1, committed: 4, end: 4, lag: 0 },
    { topic: 'orders', partition: 2, committed: null, end: 4, lag: null },
  ]);
  assert.is(report.totalLag, 1);
});

lag('--watch --count 2 prints two refreshes with a rate column: unknown at first, 0 when nothing was consumed', async ({ brokers }) => {
  const result = await runCli(['lag', '--group', 'billing', '--brokers', brokers, '--watch', '--count', '2', '--interval', '10ms', '--json']);
  assert.is(result.code, 0, result.stderr);
  const [first, second, extra] = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.is(extra, undefined, 'exactly two refreshes');
  assert.is(first.totalRatePerSecond, null);
  assert.equal(
    first.partitions.map((p: { ratePerSecond: unknown }) => p.ratePerSecond),
    [null, null, null],
  );
  assert.is(second.totalRatePerSecond, 0);
  assert.is(second.totalLag, 1);
});

lag('--watch as a table on a pipe prints a heading and a RATE/S column per refresh, no screen clearing', async ({ brokers }) => {
  const result = await runCli(['lag', '--group', 'billing', '--brokers', brokers, '--watch', '--count', '2', '--interval', '10ms']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stdout.match(/^group billing at .+, every 0\.01s$/gm)?.length, 2);
  assert.is(result.stdout.match(/^TOPIC +PARTITION +COMMITTED +END +LAG +RATE\/S$/gm)?.length, 2);
  assert.not.match(result.stdout, '\u001b', 'no escape sequences when stdout is not a terminal');
  assert.is(result.stderr, '', 'no status line when stderr is not a terminal');
});

lag('--topic lists every partition of that topic, including ones the group never committed', async ({ brokers }) => {
  const result = await runCli(['lag', '--group', 'billing', '--topic', 'orders', '--brokers', brokers, '--json']);
  assert.is(result.code, 0, result.stderr);
  assert.is(JSON.parse(result.stdout).partitions.length, 3);
});

lag('a group without committed offsets is a one-line error, exit 1', async ({ brokers }) => {
  const result = await runCli(['lag', '--group', 'nobody', '--brokers', brokers]);
  assert.is(result.code, 1);
  assert.is(result.stderr, "kafkaline lag: group 'nobody' has no committed offsets (it does not exist, or has never committed)\n");
});

lag('without --group it is a usage error, exit 2', async ({ brokers }) => {
  const result = await runCli(['lag', '--brokers', brokers]);
  assert.is(result.code, 2);
  assert.ok(isOneLineError(result.stderr), result.stderr);
  assert.match(result.stderr, '--group is required');
});

lag('--count without --watch is a usage error, exit 2', async ({ brokers }) => {
  const result = await runCli(['lag', '--group', 'billing', '--count', '2', '--brokers', brokers]);
  assert.is(result.code, 2);
  assert.match(result.stderr, '--interval and --count only apply with --watch');
});

lag.run();

const offsets = suite<{ cluster: FakeCluster; brokers: string }>('offsets');

offsets.before(async (context) => {
  Object.assign(context, await startOrdersCluster());
  context.cluster.deleteRecords('orders', 1, 2);
});

offsets.after(async ({ cluster }) => {
  await cluster.stop();
});

offsets('prints the earliest and latest offset of every partition as a table', async ({ brokers }) => {
  const result = await runCli(['offsets', 'orders', '--brokers', brokers]);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stdout, ['PARTITION  EARLIEST  LATEST', '        0         0       4', '        1         2       4', '        2         0       4', ''].join('\n'));
});

offsets('--json prints the same as one document', async ({ brokers }) => {
  const result = await runCli(['offsets', 'orders', '--brokers', brokers, '--json']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout), {
    topic: 'orders',
    partitions: [
      { partition: 0, earliest: 0, latest: 4 },
      { partition: 1, earliest: 2, latest: 4 },
      { partition: 2, earliest: 0, latest: 4 },
    ],
  });
});

offsets('an unknown topic is a one-line error, exit 1', async ({ brokers }) => {
  const result = await runCli(['offsets', 'nope', '--brokers', brokers]);
  assert.is(result.code, 1);
  assert.is(result.stderr, "kafkaline offsets: topic 'nope' does not exist\n");
});

offsets('without a topic it is a usage error, exit 2', async ({ brokers }) => {
  const result = await runCli(['offsets', '--brokers', brokers]);
  assert.is(result.code, 2);
  assert.is(result.stderr, "kafkaline offsets: missing <topic> (see 'kafkaline offsets --help')\n");
});

offsets.run();
