import { connectionSettings } from '../args/connection-options.js';
import { parseChoice, parseInteger, parsePartitionList, parseStartPosition, parseTopicName, stringOption } from '../args/values.js';
import { CliUsageError } from '../errors.js';
import type { Command } from './command.js';

export const TAIL_FORMATS = ['text', 'json', 'raw'] as const;
export type TailFormat = (typeof TAIL_FORMATS)[number];

export const tailCommand: Command = {
  name: 'tail',
  summary: 'print the records of a topic, and with --follow the ones that arrive',
  synopsis: 'kafkaline tail <topic> [--from POSITION] [--partitions LIST] [--group G] [--format text|json|raw] [--key] [--headers] [--max N] [--follow] [connection options]',
  description:
    'Prints the records of <topic> in each partition from --from up to the end of the partition as\n' +
    'it was when tail started, then exits 0; --follow keeps printing new records until Ctrl-C.\n' +
    '--max N exits 0 after N records. With --group, tail starts from the offsets the group\n' +
    'committed (when --from is not given) and commits what it printed.\n\n' +
    'Formats: text prints the value (with --key and --headers before it, tab-separated; bytes that\n' +
    "are not printable UTF-8 as 'base64:...'); json prints one object per line with topic,\n" +
    'partition, offset, timestamp, key, value and headers (UTF-8 when printable, else base64 and a\n' +
    "keyEncoding/valueEncoding of 'base64'); raw writes the value bytes as stored, one per line.",
  options: {
    from: {
      type: 'string',
      valueName: 'POSITION',
      description: "earliest, latest, an offset, -N (the last N records) or an ISO time (default: the group's committed offsets, else earliest)",
    },
    partitions: { type: 'string', short: 'p', valueName: 'LIST', description: 'only these partitions, e.g. 0,2 or 0-3 (default all)' },
    group: { type: 'string', short: 'g', valueName: 'GROUP', description: 'start from and commit to this consumer group' },
    format: { type: 'string', short: 'f', valueName: 'FORMAT', description: 'text (default), json or raw' },
    key: { type: 'boolean', short: 'k', description: 'text/raw: print the key before the value' },
    headers: { type: 'boolean', description: 'text: print the headers before the value' },
    max: { type: 'string', short: 'n', valueName: 'N', description: 'exit after N records' },
    follow: { type: 'boolean', short: 'F', description: 'keep waiting for new records until Ctrl-C' },
    'no-follow': { type: 'boolean', description: 'exit at the end of the data (the default)' },
  },
  connects: true,
  positionals: { min: 1, max: 1, names: '<topic>' },
  examples: [
    'kafkaline tail orders --brokers kafka1:9092',
    'kafkaline tail orders --from -10 --key --headers',
    'kafkaline tail orders --from 2024-05-01T12:00:00Z --partitions 0,2 --format json | jq .value',
    'kafkaline tail orders --group audit --follow',
    'kafkaline tail images --format raw --max 1 > image.png',
  ],
  async run({ values, positionals }, io) {
    if (values['follow'] === true && values['no-follow'] === true) throw new CliUsageError('--follow and --no-follow exclude each other');
    const format = parseChoice('--format', stringOption(values, 'format') ?? 'text', TAIL_FORMATS);
    if (format === 'raw' && values['headers'] === true) throw new CliUsageError('--headers does not apply to --format raw (raw writes value bytes only); use --format json');
    if (format === 'json' && (values['key'] === true || values['headers'] === true)) {
      throw new CliUsageError('--key and --headers apply to --format text and raw; json always has key and headers');
    }
    const group = stringOption(values, 'group');
    if (group === '') throw new CliUsageError('--group must not be empty');
    const fromText = stringOption(values, 'from');
    const partitionsText = stringOption(values, 'partitions');
    const maxText = stringOption(values, 'max');
    const args = {
      topic: parseTopicName('topic', positionals[0] as string),
      from: fromText === undefined ? null : parseStartPosition('--from', fromText),
      partitions: partitionsText === undefined ? null : parsePartitionList('--partitions', partitionsText),
      group: group ?? null,
      format,
      key: values['key'] === true,
      headers: values['headers'] === true,
      max: maxText === undefined ? null : parseInteger('--max', maxText, 1),
      follow: values['follow'] === true,
      connection: connectionSettings(values, io.env),
      debug: values['debug'] === true,
    };
    const { runTail } = await import('../run/tail.js');
    return runTail(args, io);
  },
};
