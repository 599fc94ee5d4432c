// The README's demo is two command lines and their output: run them and compare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CliProcess, PACKAGE_DIR, runCli } from './support/cli-process.js';

function demoSection(): { commands: string[]; output: string[] } {
  const readme = readFileSync(join(PACKAGE_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Demo'), readme.indexOf('\n## ', readme.indexOf('## Demo') + 1));
  const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)];
  const commands = (blocks.find((b) => b[1] === 'sh')?.[2] ?? '').trimEnd().split('\n');
  const output = (blocks.find((b) => b[1] === '')?.[2] ?? '').trimEnd().split('\n');
  return { commands, output };
}

function words(command: string): string[] {
  const parts = command.replace(/\s*&$/, '').split(/\s+/);
  assert.is(parts[0], 'kafkaline', command);
  return parts.slice(1);
}

test('the README demo (fake-broker + tail, two lines) prints what the README shows', async () => {
  const { commands, output } = demoSection();
  assert.is(commands.length, 2, 'two lines');
  const [brokerLine, tailLine] = commands as [string, string];
  assert.match(brokerLine, /^kafkaline fake-broker .*--port 9092 .*&$/);
  // Port 9092 may be taken where the tests run: the same flags on an ephemeral port.
  const brokerArgs = words(brokerLine).filter((word, i, all) => word !== '--port' && all[i - 1] !== '--port');
  const broker = new CliProcess(brokerArgs);
  try {
    const [listening] = await broker.waitForLines(1);
    const address = (listening as string).replace('listening on ', '');
    assert.is(listening, (output[0] as string).replace('127.0.0.1:9092', address));
    const tailed = await runCli([...words(tailLine), '--brokers', address]);
    assert.is(tailed.code, 0, tailed.stderr);
    assert.equal(tailed.stdout.trimEnd().split('\n'), output.slice(1));
  } finally {
    broker.child.kill('SIGINT');
  }
  assert.is((await broker.exited).code, 0);
});

test.run();
