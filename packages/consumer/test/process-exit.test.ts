// stop() / close() leave no timers or sockets: a child process that consumes and stops exits by
// itself (a leaked handle would keep it alive until the guard kills it).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runFixtureExpectingExit } from './helpers/exits-on-its-own.js';

const here = dirname(fileURLToPath(import.meta.url));

test('a process that consumes with SimpleConsumer and KafkaConsumer, stops them and closes its client exits on its own', async () => {
  const printed = await runFixtureExpectingExit(join(here, 'fixtures', 'consume-and-stop.ts'), join(here, '..'), 20_000);
  assert.equal(printed, { simple: 100, afterStop: null, kafka: 100, closedWith: 'ConsumerStoppedError' });
});

test.run();
