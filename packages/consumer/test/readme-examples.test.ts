// The README's examples, run as written against the fake cluster over TCP (real time): a doc that
// stops compiling or printing the same lines fails here.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeRecordBatch } from '@kafkaline/protocol';
import { FakeCluster } from '@kafkaline/testing';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function example(name: string): string {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const code = new RegExp(`<!-- README-EXAMPLE ${name} -->\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  assert.ok(code, `README.md has the '${name}' example`);
  return code as string;
}

/** Runs an example next to the package (so '@kafkaline/consumer' resolves to it) and returns what it logged. */
async function run(name: string, brokers: string[]): Promise<string[]> {
  const lines: string[] = [];
  (globalThis as { captureOutput?: (...values: unknown[]) => void }).captureOutput = (...values) => lines.push(values.join(' '));
  const file = join(packageDir, `.readme-example-${name}-${process.pid}.ts`);
  writeFileSync(file, `${example(name).replaceAll('console.log(', '(globalThis as any).captureOutput(')}\nexport {};\n`);
  const previous = process.env['KAFKA_BROKERS'];
  process.env['KAFKA_BROKERS'] = brokers.join(',');
  try {
    await import(file);
  } finally {
    rmSync(file, { force: true });
    if (previous === undefined) delete process.env['KAFKA_BROKERS'];
    else process.env['KAFKA_BROKERS'] = previous;
  }
  return lines;
}

async function ordersCluster(): Promise<FakeCluster> {
  const cluster = await FakeCluster.start({ topics: { orders: 2 } });
  for (let partition = 0; partition < 2; partition++) {
    const records = Array.from({ length: 5 }, (_, i) => ({ value: `order-${partition * 5 + i}` }));
    cluster.appendRaw('orders', partition, await encodeRecordBatch({ baseOffset: 0, compression: 'zstd', records }));
  }
  return cluster;
}

test('the SimpleConsumer example reads every message, commits on stop() and prints what it read', async () => {
  const cluster = await ordersCluster();
  try {
    assert.equal(await run('simple', cluster.bootstrap), ['first: offset 0, value order-0', 'read 10 messages, 0 pending']);
    assert.equal([cluster.committedOffset('billing', 'orders', 0), cluster.committedOffset('billing', 'orders', 1)], [5, 5]);
  } finally {
    await cluster.stop();
  }
});

test('the KafkaConsumer example reads every message, commits what taskDone marked on close() and prints it', async () => {
  const cluster = await ordersCluster();
  try {
    assert.equal(await run('kafka', cluster.bootstrap), ['last: orders/1@4: order-9; committed [[0,5],[1,5]]']);
    assert.equal([cluster.committedOffset('shipping', 'orders', 0), cluster.committedOffset('shipping', 'orders', 1)], [5, 5]);
  } finally {
    await cluster.stop();
  }
});

test.run();
