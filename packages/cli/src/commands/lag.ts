import { connectionSettings } from '../args/connection-options.js';
import { parseDurationMs, parseInteger, parseTopicName, stringOption } from '../args/values.js';
import { CliUsageError } from '../errors.js';
import type { Command } from './command.js';

const DEFAULT_INTERVAL_MS = 2000;

export const lagCommand: Command = {
  name: 'lag',
  summary: "a consumer group's committed offsets, end offsets and lag per partition",
  synopsis: 'kafkaline lag --group <group> [--topic T ...] [--json] [--watch [--interval 2s] [--count N]] [connection options]',
  description:
    'For every partition the group has committed offsets for (or every partition of --topic), prints\n' +
    'the committed offset, the end offset (high watermark) and the lag between them as an aligned\n' +
    "table with totals. A partition without a committed offset shows '-'. --watch refreshes the\n" +
    'table and adds a RATE/S column: committed offsets per second since the previous refresh.',
  options: {
    group: { type: 'string', short: 'g', valueName: 'GROUP', description: 'the consumer group (required)' },
    topic: { type: 'string', short: 't', multiple: true, valueName: 'TOPIC', description: 'only these topics, with all their partitions (repeatable)' },
    json: { type: 'boolean', description: 'one JSON document per refresh instead of a table' },
    watch: { type: 'boolean', short: 'w', description: 'refresh until Ctrl-C, with a live rate column' },
    interval: { type: 'string', valueName: 'DURATION', description: 'time between refreshes with --watch (default 2s)' },
    count: { type: 'string', valueName: 'N', description: 'with --watch, stop after N refreshes' },
  },
  connects: true,
  positionals: { min: 0, max: 0, names: '' },
  examples: [
    'kafkaline lag --group billing --brokers kafka1:9092',
    'kafkaline lag --group billing --topic orders --json | jq .totalLag',
    'kafkaline lag --group billing --watch --interval 5s',
  ],
  async run({ values }, io) {
    const group = stringOption(values, 'group');
    if (group === undefined || group === '') throw new CliUsageError('--group is required');
    const watch = values['watch'] === true;
    const intervalText = stringOption(values, 'interval');
    const countText = stringOption(values, 'count');
    if (!watch && (intervalText !== undefined || countText !== undefined)) throw new CliUsageError('--interval and --count only apply with --watch');
    const args = {
      group,
      topics: ((values['topic'] as string[] | undefined) ?? []).map((t) => parseTopicName('--topic', t)),
      json: values['json'] === true,
      watch,
      intervalMs: intervalText === undefined ? DEFAULT_INTERVAL_MS : parseDurationMs('--interval', intervalText),
      count: countText === undefined ? null : parseInteger('--count', countText, 1),
      connection: connectionSettings(values, io.env),
      debug: values['debug'] === true,
    };
    const { runLag } = await import('../run/lag.js');
    return runLag(args, io);
  },
};
