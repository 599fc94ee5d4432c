/**
 * Runs async tasks one at a time, in call order. Consumers use it so that two overlapping calls
 * (two `getMessages`, or a timer commit racing a manual one) never interleave their state changes.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.queued++;
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined).finally(() => this.queued--);
    return result;
  }

  /** Whether a task is running or waiting. */
  get busy(): boolean {
    return this.queued > 0;
  }

  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
