import { Duplex } from 'node:stream';

/**
 * One end of an in-memory byte pipe. Writes reach the other end on a later tick (never
 * re-entrantly), ending one side ends the other's readable side, and destroying one side closes
 * the other after what was already written has been delivered — what a loopback TCP connection
 * looks like to both programs, without a socket.
 */
class PipeEnd extends Duplex {
  peer: PipeEnd | null = null;
  readonly remoteAddress = '127.0.0.1';

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const peer = this.peer;
    // Copy: the writer may reuse its buffer once the callback ran.
    const copy = Buffer.from(chunk);
    process.nextTick(() => {
      if (peer && !peer.destroyed) peer.push(copy);
    });
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    const peer = this.peer;
    process.nextTick(() => {
      if (peer && !peer.destroyed) peer.push(null);
    });
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const peer = this.peer;
    this.peer = null;
    if (peer) {
      peer.peer = null;
      setImmediate(() => {
        if (peer.destroyed) return;
        peer.push(null);
        peer.destroy();
      });
    }
    callback(error);
  }

  // What net.Socket offers and clients commonly call.
  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  setTimeout(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }
}

/** Two connected duplex streams: what one writes, the other reads. */
export function createDuplexPair(): [Duplex, Duplex] {
  const a = new PipeEnd();
  const b = new PipeEnd();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

/** The error a refused connection gives, shaped like Node's (code ECONNREFUSED). */
export function connectionRefused(host: string, port: number): Error {
  return Object.assign(new Error(`connect ECONNREFUSED ${host}:${port}`), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: host, port });
}
