import { isIP, connect as netConnect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { type ConnectionOptions as TlsConnectionOptions, connect as tlsConnect } from 'node:tls';

export interface SocketTarget {
  host: string;
  port: number;
  /** True when the client is configured for TLS; a custom factory decides what that means. */
  tls?: boolean;
}

/**
 * Where a transport may deliver received bytes instead of emitting 'data' events: every read
 * fills `buffer` (the same memory each time) and reports how much it read (node:net's `onread`).
 * Bytes must reach the connection exactly once: a socket that reads through the sink emits no 'data'.
 */
export interface ReadSink {
  /** The memory every read fills; the sink has consumed it when `received` returns. */
  readonly buffer: Uint8Array;
  /** `count` bytes were read into the start of `buffer`. */
  received(count: number): void;
}

/**
 * Opens a connected byte stream to a broker. Resolves once bytes can flow (after the TLS
 * handshake for TLS); rejects with an Error (ideally with a `code` such as ECONNREFUSED) when the
 * broker cannot be reached. The received bytes come as 'data' events, or, if the factory chooses
 * to use `sink`, through it. The fake cluster's in-process transport has exactly this shape.
 */
export type SocketFactory = (target: SocketTarget, sink?: ReadSink) => Promise<Duplex>;

/**
 * The default transport: TCP through node:net, or TLS through node:tls with the user's options
 * (SNI set to the host name unless it is an IP address). Honours `connectTimeoutMs` itself so a
 * black-holed SYN does not hold a socket for the OS's much longer timeout.
 *
 * Plain TCP reads through the sink when given one (`onread`): into one buffer the frame decoder
 * provides, so no buffer is allocated per read. node:tls has no such option: TLS sockets emit 'data'.
 */
export function createTcpSocketFactory(settings: { tls: TlsConnectionOptions | null; connectTimeoutMs: number }): SocketFactory {
  return (target, sink) =>
    new Promise<Duplex>((resolve, reject) => {
      let socket: Socket;
      const onError = (error: Error) => {
        socket.destroy();
        reject(error);
      };
      if (settings.tls) {
        const servername = settings.tls.servername ?? (isIP(target.host) === 0 ? target.host : undefined);
        socket = tlsConnect({ ...settings.tls, host: target.host, port: target.port, ...(servername ? { servername } : {}) });
        socket.once('secureConnect', () => ready());
      } else {
        // The callback returning false would pause the socket: it never does.
        const onread = sink && {
          buffer: sink.buffer,
          callback: (count: number) => {
            sink.received(count);
            return true;
          },
        };
        socket = netConnect({ host: target.host, port: target.port, onread });
        socket.once('connect', () => ready());
      }
      socket.setTimeout(settings.connectTimeoutMs, () => {
        const error = Object.assign(new Error(`connect timed out after ${settings.connectTimeoutMs} ms`), { code: 'ETIMEDOUT' });
        onError(error);
      });
      socket.once('error', onError);
      function ready() {
        socket.setTimeout(0);
        socket.removeListener('error', onError);
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 60_000);
        resolve(socket);
      }
    });
}
