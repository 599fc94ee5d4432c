// stop() ends every worker thread: a child process that consumes with MultiProcessConsumer and
// stops it exits by itself (a worker left running would keep it alive until the guard kills it).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runFixtureExpectingExit } from './helpers/exits-on-its-own.js';

const here = dirname(fileURLToPath(import.meta.url));

test('a process that consumes with a 2-worker MultiProcessConsumer, stops it during a blocking getMessages and closes its client exits on its own', async () => {
  const printed = await runFixtureExpectingExit(join(here, 'multiprocess', 'fixtures', 'consume-and-stop.ts'), join(here, '..'), 60_000);
  assert.equal(printed, { got: 100, afterStop: 0, workers: [[0, 2], [1, 3]] });
});

test.run();
