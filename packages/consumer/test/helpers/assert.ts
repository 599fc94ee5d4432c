import * as assert from 'uvu/assert';

/** Asserts that `promise` rejects with an error `check` accepts; returns that error. */
export async function rejects(promise: Promise<unknown>, check: (error: unknown) => boolean, message?: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    assert.ok(check(error), `${message ?? 'unexpected error'}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return error;
  }
  assert.unreachable(message ?? 'expected a rejection');
  return undefined;
}
