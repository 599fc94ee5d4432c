import { spawn } from 'node:child_process';
import * as assert from 'uvu/assert';

/**
 * Runs a TypeScript fixture in a child process and asserts it exits by itself with code 0 (a
 * leaked timer, socket or worker keeps it alive until `guardMs` kills it). Resolves with the
 * JSON the fixture printed on its last stdout line.
 */
export async function runFixtureExpectingExit(fixture: string, cwd: string, guardMs: number): Promise<unknown> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', fixture], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Only a guard against hanging the suite, not a timing assertion.
  let killedByGuard = false;
  const guard = setTimeout(() => {
    killedByGuard = true;
    child.kill('SIGKILL');
  }, guardMs);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(guard);
  assert.not.ok(killedByGuard, `the child did not exit by itself; stdout: ${stdout} stderr: ${stderr}`);
  assert.is(code, 0, stderr);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
}
