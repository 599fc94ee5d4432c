// The live status line: its text (pure), its drawing on a terminal, and its silence elsewhere.
import { Readable } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CliClock, CliIo, OutputStream } from '../src/io.js';
import { main } from '../src/main.js';
import { StatusLine } from '../src/output/status-line.js';
import { lagStatusText, tailStatusText } from '../src/output/status-text.js';
import { startOrdersCluster } from './support/cluster.js';

const ERASE_LINE = '\r\u001b[K';

/** A clock whose timers fire only when the test advances it. */
class ManualCliClock implements CliClock {
  private time = 1_000_000;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  advance(ms: number): void {
    this.time += ms;
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.time) continue;
      this.timers.delete(id);
      timer.callback();
    }
  }
}

class CapturedStream implements OutputStream {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 80,
  ) {}
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
}

test('tail status text: count (of --max), records/s with one decimal, bytes/s in binary units', () => {
  assert.is(tailStatusText({ printed: 120, max: 1000, recordsPerSecond: 40, bytesPerSecond: 3277 }), '120 of 1000 records, 40 records/s, 3.2 KiB/s');
  assert.is(tailStatusText({ printed: 7, max: null, recordsPerSecond: 2.345, bytesPerSecond: 900 }), '7 records, 2.3 records/s, 900 B/s');
  assert.is(tailStatusText({ printed: 5_000_000, max: null, recordsPerSecond: 123_456.7, bytesPerSecond: 5 * 1024 ** 3 }), '5000000 records, 123457 records/s, 5.0 GiB/s');
});

test('lag status text: waiting, then the lag, then the consumption rate once two refreshes compare', () => {
  assert.is(lagStatusText({ group: 'billing', totalLag: null, ratePerSecond: null }), 'group billing: waiting for the first refresh');
  assert.is(lagStatusText({ group: 'billing', totalLag: 1200, ratePerSecond: null }), 'group billing: lag 1200');
  assert.is(lagStatusText({ group: 'billing', totalLag: 1200, ratePerSecond: 35.55 }), 'group billing: lag 1200, 35.6 records/s consumed');
});

test('on a terminal the line is drawn at start, redrawn each interval, cut to the width and erased at stop', () => {
  const clock = new ManualCliClock();
  const stderr = new CapturedStream(true, 30);
  let n = 0;
  const line = new StatusLine(stderr, clock, () => `tick ${++n} ${'x'.repeat(n === 2 ? 40 : 0)}`.trimEnd(), 250);
  line.start();
  assert.is(stderr.text, `${ERASE_LINE}tick 1`);
  clock.advance(250);
  assert.is(stderr.text, `${ERASE_LINE}tick 1${ERASE_LINE}${`tick 2 ${'x'.repeat(40)}`.slice(0, 28)}…`);
  line.stop();
  assert.ok(stderr.text.endsWith(ERASE_LINE));
  const before = stderr.text;
  clock.advance(1000);
  assert.is(stderr.text, before, 'nothing after stop');
});

test('when stderr is not a terminal nothing is ever written', () => {
  const clock = new ManualCliClock();
  const stderr = new CapturedStream(false);
  const line = new StatusLine(stderr, clock, () => 'status', 250);
  line.start();
  line.draw();
  clock.advance(1000);
  line.clear();
  line.stop();
  assert.is(stderr.text, '');
});

function io(stderrIsTerminal: boolean, clock: CliClock): CliIo & { stdout: CapturedStream; stderr: CapturedStream } {
  return {
    stdout: new CapturedStream(false),
    stderr: new CapturedStream(stderrIsTerminal),
    stdin: Readable.from([]),
    env: {},
    clock,
    interrupt: new AbortController().signal,
  };
}

test('tail --max shows the status line on a terminal stderr, erases it at the end, and prints nothing there otherwise', async () => {
  const { cluster, brokers } = await startOrdersCluster();
  try {
    const onTerminal = io(true, new ManualCliClock());
    assert.is(await main(['tail', 'orders', '--brokers', brokers, '--partitions', '0', '--max', '2'], onTerminal), 0, onTerminal.stderr.text);
    assert.is(onTerminal.stdout.text, 'p0-0\np0-1\n');
    assert.ok(onTerminal.stderr.text.startsWith(`${ERASE_LINE}0 of 2 records, 0 records/s, 0 B/s`), JSON.stringify(onTerminal.stderr.text));
    assert.ok(onTerminal.stderr.text.endsWith(ERASE_LINE), 'the line is erased before exit');

    const onPipe = io(false, new ManualCliClock());
    assert.is(await main(['tail', 'orders', '--brokers', brokers, '--partitions', '0', '--max', '2'], onPipe), 0);
    assert.is(onPipe.stdout.text, 'p0-0\np0-1\n');
    assert.is(onPipe.stderr.text, '');
  } finally {
    await cluster.stop();
  }
});

test.run();
