import type { ConnectionSettings } from '../args/connection-options.js';
import { EXIT_OK, oneLineMessage } from '../errors.js';
import { type CliIo, pause } from '../io.js';
import { type LagReport, lagJson, lagReport, renderLagTable } from '../output/lag-report.js';
import { StatusLine } from '../output/status-line.js';
import { lagStatusText } from '../output/status-text.js';
import { ClusterSession } from './cluster-session.js';
import { type LagSnapshot, takeLagSnapshot } from './lag-snapshot.js';

export interface LagArguments {
  group: string;
  topics: string[];
  json: boolean;
  watch: boolean;
  intervalMs: number;
  /** With watch: stop after this many refreshes; null = until Ctrl-C. */
  count: number | null;
  connection: ConnectionSettings;
  debug: boolean;
}

const CLEAR_SCREEN = '\u001b[H\u001b[2J';

function render(report: LagReport, args: LagArguments, io: CliIo): string {
  if (args.json) return `${JSON.stringify(lagJson(report, args.watch))}\n`;
  const table = renderLagTable(report, args.watch);
  if (!args.watch) return table;
  const heading = `group ${report.group} at ${new Date(report.at).toISOString()}, every ${args.intervalMs / 1000}s\n`;
  return io.stdout.isTTY ? `${CLEAR_SCREEN}${heading}${table}` : `${heading}${table}\n`;
}

/**
 * One table (or JSON document); with --watch, one per interval until Ctrl-C or --count. The
 * first refresh must succeed; a later failure is reported on stderr and the next refresh tries
 * again, so a watch survives a broker restart.
 */
export async function runLag(args: LagArguments, io: CliIo): Promise<number> {
  const session = new ClusterSession(args.connection, io, args.debug);
  let latest: LagReport | null = null;
  const status = new StatusLine(io.stderr, io.clock, () =>
    lagStatusText({ group: args.group, totalLag: latest?.totalLag ?? null, ratePerSecond: latest?.totalRatePerSecond ?? null }),
  );
  if (args.watch) status.start();
  try {
    let previous: LagSnapshot | null = null;
    for (let refresh = 1; ; refresh++) {
      let snapshot: LagSnapshot;
      try {
        snapshot = await session.within(`lag of group '${args.group}'`, () => takeLagSnapshot(session.client, args.group, args.topics, () => io.clock.now()));
      } catch (error) {
        if (previous === null || (error as { code?: string }).code === 'INTERRUPTED') throw error;
        status.clear();
        io.stderr.write(`kafkaline lag: refresh failed: ${oneLineMessage(error)}\n`);
        snapshot = previous;
      }
      if (snapshot !== previous) {
        latest = lagReport(snapshot, previous);
        status.clear();
        io.stdout.write(render(latest, args, io));
        status.draw();
        previous = snapshot;
      }
      if (!args.watch || (args.count !== null && refresh >= args.count)) break;
      await pause(io.clock, args.intervalMs, io.interrupt);
      if (io.interrupt.aborted) break;
    }
    return EXIT_OK;
  } finally {
    status.stop();
    await session.close();
  }
}
