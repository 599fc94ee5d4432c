import type { ManualClock } from '@kafkaline/testing';
import { flush, settle } from '../../../../scripts/test-helpers/event-loop.js';

export { flush, type Settled, settle, until } from '../../../../scripts/test-helpers/event-loop.js';

/**
 * Runs `promise` to completion on a manual clock: lets the event loop work, and when nothing
 * settles, moves time to the next timer that is due (or by `stepMs`), like a discrete-event
 * simulation. Gives up after `maxSteps`, so a hang fails the test instead of stalling it.
 */
export async function drive<T>(clock: ManualClock, promise: Promise<T>, options: { stepMs?: number; maxSteps?: number } = {}): Promise<T> {
  const stepMs = options.stepMs ?? 100;
  const maxSteps = options.maxSteps ?? 5000;
  const outcome = settle(promise);
  for (let i = 0; i < maxSteps && !outcome.done; i++) {
    await flush();
    if (outcome.done) break;
    const next = clock.nextDue;
    clock.advance(next === undefined ? stepMs : Math.max(0, Math.min(stepMs, next - clock.now())));
  }
  await flush(1);
  if (!outcome.done) throw new Error(`the call did not settle within ${maxSteps} steps of the manual clock`);
  if ('error' in outcome) throw outcome.error;
  return outcome.value as T;
}
