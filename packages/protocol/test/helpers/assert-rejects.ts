import * as assert from 'uvu/assert';

/** uvu's assert has no async `rejects`: awaits the promise and checks what it rejected with. */
export async function rejects(promise: Promise<unknown>, expected: RegExp | ((error: unknown) => boolean), message?: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    const ok = expected instanceof RegExp ? expected.test(error instanceof Error ? error.message : String(error)) : expected(error);
    if (!ok) assert.unreachable(`${message ?? 'rejection'} did not match: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return error;
  }
  assert.unreachable(`${message ?? 'promise'} resolved, expected a rejection`);
}
