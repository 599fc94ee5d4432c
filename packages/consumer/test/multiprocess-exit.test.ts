// stop() ends every worker thread: a child process that consumes with MultiProcessConsumer and
// stops it exits by itself (a worker left running would keep it alive until the guard kills it).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const here = dirname(fileURLToPath(import.meta.url));

test('a process that consumes with a 2-worker MultiProcessConsumer, stops it during a blocking getMessages and closes its client exits on its own', async () => {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(here, 'multiprocess', 'fixtures', 'consume-and-stop.ts')], {
    cwd: join(here, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Only a guard against hanging the suite: a healthy child is done in a few seconds.
  let killedByGuard = false;
  const guard = setTimeout(() => {
    killedByGuard = true;
    child.kill('SIGKILL');
  }, 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(guard);
  assert.not.ok(killedByGuard, `the child did not exit by itself; stdout: ${stdout} stderr: ${stderr}`);
  assert.is(code, 0, stderr);
  assert.equal(JSON.parse(stdout.trim().split('\n').pop() ?? '{}'), { got: 100, afterStop: 0, workers: [[0, 2], [1, 3]] });
});

test.run();
