import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ManualClock } from '../src/index.js';

test('ManualClock.advance runs due timers in due order, ties in scheduling order, and nested ones inside the step', () => {
  const clock = new ManualClock(1000);
  const seen: string[] = [];
  clock.setTimeout(() => seen.push(`b@${clock.now()}`), 20);
  clock.setTimeout(() => {
    seen.push(`a@${clock.now()}`);
    clock.setTimeout(() => seen.push(`nested@${clock.now()}`), 5);
  }, 10);
  clock.setTimeout(() => seen.push(`b2@${clock.now()}`), 20);
  const late = clock.setTimeout(() => seen.push('late'), 100);
  clock.advance(30);
  assert.equal(seen, ['a@1010', 'nested@1015', 'b@1020', 'b2@1020']);
  assert.is(clock.now(), 1030);
  clock.clearTimeout(late);
  clock.advance(1000);
  assert.is(seen.length, 4);
  assert.is(clock.pending, 0);
});

test('ManualClock refuses to go backwards', () => {
  assert.throws(() => new ManualClock(0).advance(-1), /non-negative/);
});

test.run();
