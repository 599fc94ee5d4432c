import { parseInteger } from '../args/values.js';
import { CliUsageError, EXIT_OK } from '../errors.js';
import type { Command } from './command.js';

const PROGRAM = 'kafkaline fake-broker';

export const FAKE_BROKER_EXAMPLES = [
  'kafkaline fake-broker --port 9092 --topic demo:3 --records 5',
  'kafkaline fake-broker --port 9092 --brokers 3 --topic orders:6 --no-auto-create',
];

/** Takes `--records N` (kafkaline's addition) out of the flags the fake broker parses itself. */
export function splitRecordsFlag(argv: readonly string[]): { records: number; rest: string[] } {
  let records = 0;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--records' || arg.startsWith('--records=')) {
      const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (text === undefined) throw new CliUsageError('--records needs a number');
      records = parseInteger('--records', text, 0, 1_000_000);
    } else {
      rest.push(arg);
    }
  }
  return { records, rest };
}

export const fakeBrokerCommand: Command = {
  name: 'fake-broker',
  summary: 'run an in-memory Kafka cluster (the same as kafkaline-fake-broker) for demos and tests',
  synopsis: `${PROGRAM} [--port PORT] [--brokers N] [--host HOST] [--topic NAME:PARTITIONS ...] [--seed SEED] [--no-auto-create] [--records N]`,
  description: 'Runs until Ctrl-C. Prints one line, `listening on HOST:PORT[,...]`, once every broker listens.',
  options: {},
  connects: false,
  positionals: { min: 0, max: 0, names: '' },
  examples: FAKE_BROKER_EXAMPLES,
  parsesOwnArguments: true,
  async run({ positionals: argv }, io) {
    const { fakeBrokerUsage, runFakeBroker } = await import('@kafkaline/testing');
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(
        `${fakeBrokerUsage(PROGRAM)}\n  --records N        append N text records to every partition of each --topic (kafkaline only)\n\n` +
          `Runs until Ctrl-C; prints one line, 'listening on HOST:PORT[,...]', once every broker listens.\n\nExamples:\n${FAKE_BROKER_EXAMPLES.map((e) => `  ${e}`).join('\n')}\n`,
      );
      return EXIT_OK;
    }
    const { records, rest } = splitRecordsFlag(argv);
    if (records > 0 && !rest.some((arg) => arg === '--topic' || arg.startsWith('--topic='))) throw new CliUsageError('--records needs at least one --topic to fill');
    const { seedRecords } = await import('../run/seed-records.js');
    return runFakeBroker(rest, {
      program: PROGRAM,
      stdout: io.stdout,
      stderr: io.stderr,
      stopSignal: io.interrupt,
      onListening: records > 0 ? (cluster) => seedRecords(cluster, records, io.clock.now()) : undefined,
    });
  },
};
