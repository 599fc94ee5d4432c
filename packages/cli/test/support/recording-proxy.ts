// A FakeCluster that is reachable only through a recording TCP front: every connection a client
// opens is piped into the cluster's in-process transport, and the bytes of each direction are
// kept, so a test can hand a real client's frames (kcat, kafkajs) to `kafkaline decode`.
//
// The cluster advertises the front's own address, so a client that reconnects to the broker
// named in Metadata (as librdkafka does) is recorded too.
import { createServer, type Server, type Socket } from 'node:net';
import { FakeCluster, type FakeClusterOptions } from '@kafkaline/testing';

/** The two directions of one client connection, in the order the bytes were sent. */
export interface RecordedConnection {
  clientToBroker: Buffer[];
  brokerToClient: Buffer[];
}

export interface RecordingCluster {
  cluster: FakeCluster;
  /** `host:port` of the recording front, to give to the client under test. */
  bootstrap: string;
  connections: RecordedConnection[];
  stop(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

/** A one-broker FakeCluster behind a recording front on an ephemeral loopback port. */
export async function startRecordingCluster(options: Omit<FakeClusterOptions, 'brokers' | 'ports' | 'listen' | 'host'> = {}): Promise<RecordingCluster> {
  const connections: RecordedConnection[] = [];
  const sockets = new Set<Socket>();
  let cluster: FakeCluster | null = null;
  const server = createServer((client) => {
    sockets.add(client);
    const recorded: RecordedConnection = { clientToBroker: [], brokerToClient: [] };
    connections.push(recorded);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    (cluster as FakeCluster).socketFactory({ host: '127.0.0.1', port }).then(
      (broker) => {
        client.on('data', (chunk: Buffer) => {
          recorded.clientToBroker.push(Buffer.from(chunk));
          broker.write(chunk);
        });
        broker.on('data', (chunk: Buffer) => {
          recorded.brokerToClient.push(Buffer.from(chunk));
          client.write(chunk);
        });
        client.on('close', () => broker.destroy());
        broker.on('close', () => client.destroy());
        broker.on('error', () => client.destroy());
      },
      () => client.destroy(),
    );
  });
  const port = await listen(server);
  cluster = await FakeCluster.start({ ...options, brokers: 1, host: '127.0.0.1', ports: [port], listen: false });
  const started = cluster;
  return {
    cluster: started,
    bootstrap: `127.0.0.1:${port}`,
    connections,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await started.stop();
    },
  };
}
