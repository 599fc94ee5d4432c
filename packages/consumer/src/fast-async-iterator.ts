/** Where a FastAsyncIterator gets its values. */
export interface IteratorSource<T> {
  /** A value ready now, or null when the iterator must wait. A throw ends the iteration with it. */
  take(): T | null;
  /** The next value, waiting as long as it takes; null ends the iteration, a rejection ends it with the error. */
  wait(): Promise<T | null>;
}

const DONE: IteratorReturnResult<void> = Object.freeze({ value: undefined, done: true });

/**
 * An async iterator with the behaviour of an async generator function's (calls queue in order,
 * return() and throw() end it, an error ends it) that hands out a ready value as an already
 * resolved promise. An async generator function costs two more promises and microtask turns per
 * value (its request queue, and the await inside `yield`): about half of the per-message promise
 * cost of `for await` over a consumer whose messages are already decoded.
 */
export class FastAsyncIterator<T> implements AsyncGenerator<T, void, undefined> {
  private readonly source: IteratorSource<T>;
  private finished = false;
  /** The last call not settled yet: later calls wait for it, as an async generator's do. */
  private pending: Promise<unknown> | null = null;

  constructor(source: IteratorSource<T>) {
    this.source = source;
  }

  next(): Promise<IteratorResult<T, void>> {
    if (this.pending === null) return this.step();
    return this.track(this.pending.then(this.stepAfter, this.stepAfter));
  }

  return(): Promise<IteratorResult<T, void>> {
    if (this.pending === null) {
      this.finished = true;
      return Promise.resolve(DONE);
    }
    const finish = (): IteratorResult<T, void> => {
      this.finished = true;
      return DONE;
    };
    return this.track(this.pending.then(finish, finish));
  }

  throw(error: unknown): Promise<IteratorResult<T, void>> {
    const fail = (): never => {
      this.finished = true;
      throw error;
    };
    if (this.pending === null) {
      this.finished = true;
      return Promise.reject(error);
    }
    return this.track(this.pending.then(fail, fail));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private readonly stepAfter = (): Promise<IteratorResult<T, void>> => this.step();

  private step(): Promise<IteratorResult<T, void>> {
    if (this.finished) return Promise.resolve(DONE);
    let value: T | null;
    try {
      value = this.source.take();
    } catch (error) {
      this.finished = true;
      return Promise.reject(error);
    }
    if (value !== null) return Promise.resolve({ value, done: false });
    return this.track(
      this.source.wait().then(
        (waited): IteratorResult<T, void> => {
          if (waited !== null) return { value: waited, done: false };
          this.finished = true;
          return DONE;
        },
        (error: unknown): never => {
          this.finished = true;
          throw error;
        },
      ),
    );
  }

  private track<R>(promise: Promise<R>): Promise<R> {
    this.pending = promise;
    const settled = (): void => {
      if (this.pending === promise) this.pending = null;
    };
    promise.then(settled, settled);
    return promise;
  }
}
