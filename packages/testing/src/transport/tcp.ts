import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';

export interface TlsOptions {
  key: string | Buffer;
  cert: string | Buffer;
  ca?: string | Buffer;
}

/**
 * A broker's TCP (or TLS) listener on one port. It only accepts sockets and hands them on;
 * everything Kafka-shaped happens in the connection. Closing it makes the port refuse, as a
 * stopped broker's does.
 */
export class TcpListener {
  private server: Server | null = null;

  constructor(
    private readonly host: string,
    private readonly tls: TlsOptions | null,
    private readonly onSocket: (socket: Socket | TLSSocket) => void,
  ) {}

  /** Starts listening; resolves with the bound port (useful when `port` is 0). */
  listen(port: number): Promise<number> {
    const server = this.tls
      ? createTlsServer({ key: this.tls.key, cert: this.tls.cert, ...(this.tls.ca ? { ca: this.tls.ca } : {}) }, (socket) => this.accept(socket))
      : createServer((socket) => this.accept(socket));
    // A failed TLS handshake must not surface as an unhandled error.
    server.on('tlsClientError', () => {});
    this.server = server;
    return new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: this.host, port, exclusive: true }, () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : port);
      });
    });
  }

  private accept(socket: Socket | TLSSocket): void {
    socket.setNoDelay(true);
    socket.on('error', () => socket.destroy());
    this.onSocket(socket);
  }

  /** Stops accepting; open sockets are the broker's to destroy. */
  close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server === null) return Promise.resolve();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
