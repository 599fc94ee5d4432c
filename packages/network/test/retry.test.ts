import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { backoffMs } from '../src/retry.js';

const settings = { retries: 5, initialBackoffMs: 100, maxBackoffMs: 1000, jitter: 0.2 };

test('backoff doubles from initialBackoffMs and stops at maxBackoffMs', () => {
  const middle = () => 0.5;
  assert.equal([0, 1, 2, 3, 4, 5, 40].map((a) => backoffMs(a, settings, middle)), [100, 200, 400, 800, 1000, 1000, 1000]);
});

test('jitter spreads the delay by ±jitter but never above maxBackoffMs', () => {
  assert.is(backoffMs(1, settings, () => 0), 160);
  assert.is(backoffMs(1, settings, () => 0.999999), 240);
  assert.is(backoffMs(4, settings, () => 0.999999), 1000);
  assert.is(backoffMs(4, settings, () => 0), 800);
  assert.is(backoffMs(2, { ...settings, jitter: 0 }, Math.random), 400);
});

test.run();
