import type { ConnectionSettings } from '../args/connection-options.js';
import { EXIT_OK } from '../errors.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../output/table.js';
import { ClusterSession } from './cluster-session.js';
import { partitionBounds, partitionsOf } from './partition-offsets.js';

export interface OffsetsArguments {
  topic: string;
  json: boolean;
  connection: ConnectionSettings;
  debug: boolean;
}

export async function runOffsets(args: OffsetsArguments, io: CliIo): Promise<number> {
  const session = new ClusterSession(args.connection, io, args.debug);
  try {
    const bounds = await session.within(`offsets of topic '${args.topic}'`, async () => {
      const partitions = await partitionsOf(session.client, args.topic);
      return partitionBounds(
        session.client,
        partitions.map((partition) => ({ topic: args.topic, partition })),
      );
    });
    if (args.json) {
      const partitions = bounds.map(({ partition, earliest, latest }) => ({ partition, earliest, latest }));
      io.stdout.write(`${JSON.stringify({ topic: args.topic, partitions })}\n`);
    } else {
      const columns = [
        { header: 'PARTITION', align: 'right' as const },
        { header: 'EARLIEST', align: 'right' as const },
        { header: 'LATEST', align: 'right' as const },
      ];
      io.stdout.write(renderTable(columns, bounds.map((b) => [String(b.partition), String(b.earliest), String(b.latest)])));
    }
    return EXIT_OK;
  } finally {
    await session.close();
  }
}
