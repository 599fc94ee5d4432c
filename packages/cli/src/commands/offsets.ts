import { connectionSettings } from '../args/connection-options.js';
import { parseTopicName } from '../args/values.js';
import type { Command } from './command.js';

export const offsetsCommand: Command = {
  name: 'offsets',
  summary: 'earliest and latest offset of every partition of a topic',
  synopsis: 'kafkaline offsets <topic> [--json] [connection options]',
  description:
    'Lists, for every partition of <topic>, the earliest offset still in the log and the latest\n' +
    '(the offset the next record will get), from ListOffsets on each partition leader.',
  options: {
    json: { type: 'boolean', description: 'print one JSON document instead of a table' },
  },
  connects: true,
  positionals: { min: 1, max: 1, names: '<topic>' },
  examples: ['kafkaline offsets orders --brokers kafka1:9092,kafka2:9092', 'kafkaline offsets orders --json | jq \'.partitions[] | .latest - .earliest\''],
  async run({ values, positionals }, io) {
    const args = {
      topic: parseTopicName('topic', positionals[0] as string),
      json: values['json'] === true,
      connection: connectionSettings(values, io.env),
      debug: values['debug'] === true,
    };
    const { runOffsets } = await import('../run/offsets.js');
    return runOffsets(args, io);
  },
};
