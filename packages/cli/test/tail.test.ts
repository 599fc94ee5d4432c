// `kafkaline tail` spawned against the fake cluster over TCP.
import type { FakeCluster } from '@kafkaline/testing';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CliProcess, isOneLineError, runCli } from './support/cli-process.js';
import { appendRecords, BASE_TIME, ORDERS_PARTITIONS, orderRecord, RECORDS_PER_PARTITION, startOrdersCluster } from './support/cluster.js';

const tail = suite<{ cluster: FakeCluster; brokers: string }>('tail');

tail.before(async (context) => {
  Object.assign(context, await startOrdersCluster({ topics: { binary: 1, live: 1 } }));
  await appendRecords(context.cluster, 'binary', 0, [
    { key: null, value: new Uint8Array([0x00, 0xff, 0x0a, 0x80]) },
    { key: 'k\u0001', value: 'plain' },
  ]);
});

tail.after(async ({ cluster }) => {
  await cluster.stop();
});

/** The `p<partition>-<offset>` values of these partitions and offsets. */
function values(partitions: readonly number[], offsets: readonly number[]): string[] {
  return partitions.flatMap((p) => offsets.map((o) => orderRecord(p, o).value));
}

const ALL_PARTITIONS = Array.from({ length: ORDERS_PARTITIONS }, (_, p) => p);
const ALL_OFFSETS = Array.from({ length: RECORDS_PER_PARTITION }, (_, o) => o);

function lines(stdout: string): string[] {
  return stdout.split('\n').slice(0, -1);
}

/** Lines of a multi-partition tail: partitions interleave, order within one partition must hold. */
function sortedByPartition(output: string[]): string[] {
  return [...output].sort();
}

tail('without --follow, prints every record of every partition as text and exits 0 at the end of the data', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers]);
  assert.is(result.code, 0, result.stderr);
  assert.equal(sortedByPartition(lines(result.stdout)), values(ALL_PARTITIONS, ALL_OFFSETS));
  for (const p of ALL_PARTITIONS) {
    const own = lines(result.stdout).filter((line) => line.startsWith(`p${p}-`));
    assert.equal(own, values([p], ALL_OFFSETS), `partition ${p} in offset order`);
  }
  assert.is(result.stderr, '', 'stderr is a pipe: no status line');
});

tail('--no-follow is the default spelled out: same records, exit 0', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--no-follow', '--partitions', '1']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(lines(result.stdout), values([1], ALL_OFFSETS));
});

tail('--format json prints one object per record with topic, partition, offset, timestamp, key, value and headers', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--format', 'json', '--partitions', '2']);
  assert.is(result.code, 0, result.stderr);
  const expected = ALL_OFFSETS.map((o) => ({ topic: 'orders', ...orderRecord(2, o) }));
  assert.equal(
    lines(result.stdout).map((line) => JSON.parse(line)),
    expected,
  );
});

tail('--format json gives bytes that are not printable UTF-8 as base64 with an encoding field', async ({ brokers }) => {
  const result = await runCli(['tail', 'binary', '--brokers', brokers, '--format', 'json']);
  assert.is(result.code, 0, result.stderr);
  const [first, second] = lines(result.stdout).map((line) => JSON.parse(line));
  assert.is(first.key, null);
  assert.is(first.value, Buffer.from([0x00, 0xff, 0x0a, 0x80]).toString('base64'));
  assert.is(first.valueEncoding, 'base64');
  assert.is(second.key, Buffer.from('k\u0001').toString('base64'));
  assert.is(second.keyEncoding, 'base64');
  assert.is(second.value, 'plain');
  assert.not.ok('valueEncoding' in second);
});

tail('--format raw writes the value bytes exactly as stored, with --key the key and a tab before them', async ({ brokers }) => {
  const result = await runCli(['tail', 'binary', '--brokers', brokers, '--format', 'raw', '--key']);
  assert.is(result.code, 0, result.stderr);
  const expected = Buffer.concat([Buffer.from([0x09, 0x00, 0xff, 0x0a, 0x80, 0x0a]), Buffer.from('k\u0001\tplain\n')]);
  assert.equal([...result.stdoutBytes], [...expected]);
});

tail('text with --key and --headers prints key, headers and value tab-separated', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--partitions', '0', '--max', '2', '--key', '--headers']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(lines(result.stdout), ['k0\ttrace=t0\tp0-0', 'k1\ttrace=t1\tp0-1']);
});

tail('--from earliest prints from the start of each partition', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--from', 'earliest', '--partitions', '0']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(lines(result.stdout), values([0], ALL_OFFSETS));
});

tail('--from latest without --follow prints nothing and exits 0', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--from', 'latest']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stdout, '');
});

tail('--from <offset> starts at that offset in each chosen partition', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--from', '2', '--partitions', '0,2']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(sortedByPartition(lines(result.stdout)), values([0, 2], [2, 3]));
});

tail('--from -N prints the last N records of each partition', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--from', '-1']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(sortedByPartition(lines(result.stdout)), values(ALL_PARTITIONS, [3]));
});

tail('--from <ISO time> starts at the first record at or after that time, per partition', async ({ brokers }) => {
  // Partition 0 ends before the time (nothing), partition 1 reaches it at offset 2, partition 2 starts after it.
  const time = new Date(BASE_TIME + 115).toISOString();
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--from', time]);
  assert.is(result.code, 0, result.stderr);
  assert.equal(sortedByPartition(lines(result.stdout)), [...values([1], [2, 3]), ...values([2], ALL_OFFSETS)]);
});

tail('--partitions limits tail to those partitions', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--partitions', '0,2']);
  assert.is(result.code, 0, result.stderr);
  assert.equal(sortedByPartition(lines(result.stdout)), values([0, 2], ALL_OFFSETS));
});

tail('--max N prints N records and exits 0', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--max', '5', '--format', 'json']);
  assert.is(result.code, 0, result.stderr);
  const printed = lines(result.stdout).map((line) => JSON.parse(line) as { partition: number; offset: number });
  assert.is(printed.length, 5);
  assert.is(new Set(printed.map((r) => `${r.partition}/${r.offset}`)).size, 5, 'five different records');
});

tail('--group starts from the committed offsets, commits what it printed, and a second run continues there', async ({ cluster, brokers }) => {
  const first = await runCli(['tail', 'orders', '--brokers', brokers, '--group', 'tail-group', '--partitions', '0', '--max', '3']);
  assert.is(first.code, 0, first.stderr);
  assert.equal(lines(first.stdout), values([0], [0, 1, 2]));
  assert.is(cluster.committedOffset('tail-group', 'orders', 0), 3);

  const second = await runCli(['tail', 'orders', '--brokers', brokers, '--group', 'tail-group', '--partitions', '0']);
  assert.is(second.code, 0, second.stderr);
  assert.equal(lines(second.stdout), values([0], [3]));
  assert.is(cluster.committedOffset('tail-group', 'orders', 0), 4);
});

tail('--follow prints records appended after it started, and Ctrl-C (SIGINT) ends it with exit 0', async ({ cluster, brokers }) => {
  // An explicit start offset at the current end: records appended before tail plans still count.
  const end = cluster.partition('live', 0).highWatermark;
  const follow = new CliProcess(['tail', 'live', '--brokers', brokers, '--follow', '--from', String(end)]);
  await appendRecords(cluster, 'live', 0, [{ value: 'one' }, { value: 'two' }]);
  assert.equal(await follow.waitForLines(2), ['one', 'two']);
  await appendRecords(cluster, 'live', 0, [{ value: 'three' }]);
  assert.equal(await follow.waitForLines(3), ['one', 'two', 'three']);
  follow.child.kill('SIGINT');
  const result = await follow.exited;
  assert.is(result.code, 0, result.stderr);
  assert.equal(lines(result.stdout), ['one', 'two', 'three']);
});

tail('--follow with --max exits 0 once N records arrived', async ({ cluster, brokers }) => {
  const end = cluster.partition('live', 0).highWatermark;
  const follow = new CliProcess(['tail', 'live', '--brokers', brokers, '--follow', '--max', '2', '--from', String(end)]);
  await appendRecords(cluster, 'live', 0, [{ value: 'a' }, { value: 'b' }, { value: 'c' }]);
  const result = await follow.exited;
  assert.is(result.code, 0, result.stderr);
  assert.equal(lines(result.stdout), ['a', 'b']);
});

tail('a topic the cluster does not have is a one-line error and exit 1', async ({ brokers }) => {
  const result = await runCli(['tail', 'missing-topic', '--brokers', brokers]);
  assert.is(result.code, 1);
  assert.is(result.stderr, "kafkaline tail: topic 'missing-topic' does not exist\n");
});

tail('--partitions naming a partition the topic lacks is a usage error (exit 2) listing the ones it has', async ({ brokers }) => {
  const result = await runCli(['tail', 'orders', '--brokers', brokers, '--partitions', '0,7']);
  assert.is(result.code, 2);
  assert.ok(isOneLineError(result.stderr), result.stderr);
  assert.match(result.stderr, "topic 'orders' has no partition 7 (it has 0-2)");
});

tail.run();
