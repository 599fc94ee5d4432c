import { Duplex } from 'node:stream';

/** Two connected in-memory byte streams: what one writes, the other reads; destroying one closes both. */
export function duplexPair(): [Duplex, Duplex] {
  let left: Duplex;
  let right: Duplex;
  const make = (peer: () => Duplex) =>
    new Duplex({
      read() {},
      write(chunk: Buffer, _encoding, callback) {
        const other = peer();
        if (!other.destroyed) other.push(chunk);
        callback();
      },
      final(callback) {
        const other = peer();
        if (!other.destroyed) other.push(null);
        callback();
      },
      destroy(error, callback) {
        const other = peer();
        if (!other.destroyed) setImmediate(() => other.destroy());
        callback(error);
      },
    });
  left = make(() => right);
  right = make(() => left);
  return [left, right];
}
