import { parseInteger, stringOption } from '../args/values.js';
import { CliUsageError } from '../errors.js';
import type { Command } from './command.js';

export type DecodeMode = 'request' | 'response' | 'records' | 'auto';

export const decodeCommand: Command = {
  name: 'decode',
  summary: 'decode captured Kafka protocol bytes (request or response frames, record sets) into JSON',
  synopsis: 'kafkaline decode [--request | --response --api <name|key> --version N | --records] [--hex] [--compact] <file|->',
  description:
    'Reads a capture from a file (or standard input for -) and prints each frame as JSON: header\n' +
    "fields, then the body as Kafka's schema names it, with only the fields of the frame's version.\n" +
    'int64 values are numbers (strings beyond 2^53), bytes are {length, utf8} when printable and\n' +
    '{length, base64} otherwise, and record sets inside Produce requests and Fetch responses are\n' +
    'decoded into batches and records.\n\n' +
    'A capture may hold several frames back to back (one direction of a connection). Requests say\n' +
    'which API and version they are; a response does not, so give --api and --version, or\n' +
    '--requests with the capture of the other direction to pair them by correlation id. Without\n' +
    '--request, --response or --records the kind is detected.',
  options: {
    request: { type: 'boolean', description: 'the input is request frames (size, header, body)' },
    response: { type: 'boolean', description: 'the input is response frames; needs --api and --version, or --requests' },
    records: { type: 'boolean', description: 'the input is a record set (batches, no frame header)' },
    api: { type: 'string', valueName: 'NAME|KEY', description: 'API of the response frames, e.g. Fetch or 1' },
    version: { type: 'string', valueName: 'N', description: 'API version of the response frames' },
    requests: { type: 'string', valueName: 'FILE', description: 'request capture to pair response frames with, by correlation id' },
    hex: { type: 'boolean', description: 'the input is hex text (whitespace, colons and 0x ignored)' },
    compact: { type: 'boolean', description: 'one JSON document per line instead of indented' },
  },
  connects: false,
  positionals: { min: 1, max: 1, names: '<file|->' },
  examples: [
    'kafkaline decode produce-request.bin',
    'kafkaline decode --response --api Fetch --version 16 fetch-response.bin',
    'kafkaline decode --response --requests client-to-broker.bin broker-to-client.bin',
    "echo '00 00 00 0a 00 12 00 03 00 00 00 01 ff ff 00' | kafkaline decode --hex -",
    'kafkaline decode --records batch.bin --compact',
  ],
  async run({ values, positionals }, io) {
    const flags = (['request', 'response', 'records'] as const).filter((f) => values[f] === true);
    if (flags.length > 1) throw new CliUsageError(`--${flags.join(' and --')} exclude each other`);
    const apiText = stringOption(values, 'api');
    const versionText = stringOption(values, 'version');
    const requestsFile = stringOption(values, 'requests');
    let mode: DecodeMode = flags[0] ?? 'auto';
    if (mode === 'auto' && (apiText !== undefined || requestsFile !== undefined)) mode = 'response';
    if ((apiText === undefined) !== (versionText === undefined)) throw new CliUsageError('--api and --version go together');
    if (mode === 'records' && apiText !== undefined) throw new CliUsageError('--records takes no --api or --version: a record set has no API');
    if (mode === 'request' && requestsFile !== undefined) throw new CliUsageError('--requests pairs response frames; it does not apply to --request');
    if (mode === 'response' && apiText === undefined && requestsFile === undefined) {
      throw new CliUsageError('--response needs --api and --version (a response header does not say which API it answers), or --requests FILE');
    }
    if (mode === 'response' && apiText !== undefined && requestsFile !== undefined) throw new CliUsageError('give either --api/--version or --requests, not both');
    const args = {
      source: positionals[0] as string,
      mode,
      api: apiText ?? null,
      version: versionText === undefined ? null : parseInteger('--version', versionText, 0, 32767),
      requestsFile: requestsFile ?? null,
      hex: values['hex'] === true,
      compact: values['compact'] === true,
    };
    const { runDecode } = await import('../run/decode.js');
    return runDecode(args, io);
  },
};
