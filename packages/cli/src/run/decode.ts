import type { DecodeMode } from '../commands/decode.js';
import { type DecodedCapture, decodeRecordSetCapture, decodeRequests, decodeResponses, requestApis, type ResponseApis } from '../decode/decode-capture.js';
import { checkVersion, looksLikeRecordSet, looksLikeRequests, resolveApi } from '../decode/frames.js';
import { readInput } from '../decode/input.js';
import { CliCommandError, EXIT_OK, EXIT_RUNTIME } from '../errors.js';
import type { CliIo } from '../io.js';

export interface DecodeArguments {
  source: string;
  mode: DecodeMode;
  api: string | null;
  version: number | null;
  requestsFile: string | null;
  hex: boolean;
  compact: boolean;
}

async function responseApis(args: DecodeArguments, io: CliIo): Promise<ResponseApis> {
  if (args.api !== null && args.version !== null) {
    const api = resolveApi(args.api);
    checkVersion(api, args.version);
    return { api, version: args.version };
  }
  return requestApis(await readInput(args.requestsFile as string, io.stdin, args.hex));
}

async function decode(bytes: Uint8Array, args: DecodeArguments, io: CliIo): Promise<DecodedCapture> {
  if (bytes.length === 0) throw new CliCommandError(`'${args.source}' is empty: nothing to decode`, 'INVALID_INPUT');
  switch (args.mode) {
    case 'request':
      return decodeRequests(bytes);
    case 'response':
      return decodeResponses(bytes, await responseApis(args, io));
    case 'records':
      return decodeRecordSetCapture(bytes);
    case 'auto':
      if (looksLikeRequests(bytes)) return decodeRequests(bytes);
      if (looksLikeRecordSet(bytes)) return decodeRecordSetCapture(bytes);
      throw new CliCommandError(
        'the input is neither request frames of a known API nor a record set; if it holds responses, pass --response with --api and --version (or --requests)',
        'UNRECOGNISED_INPUT',
      );
  }
}

/**
 * Prints every decoded document, then reports what could not be decoded on stderr: exit 0
 * when everything decoded, 1 otherwise (what did decode is still printed).
 */
export async function runDecode(args: DecodeArguments, io: CliIo): Promise<number> {
  const bytes = await readInput(args.source, io.stdin, args.hex);
  const capture = await decode(bytes, args, io);
  for (const document of capture.documents) {
    io.stdout.write(`${args.compact ? JSON.stringify(document.json) : JSON.stringify(document.json, null, 2)}\n`);
  }
  const problems = [...capture.documents.flatMap((d, i) => (d.problem === null ? [] : [`document ${i}: ${d.problem}`])), ...(capture.problem ? [capture.problem] : [])];
  for (const problem of problems) io.stderr.write(`kafkaline decode: ${problem}\n`);
  return problems.length === 0 ? EXIT_OK : EXIT_RUNTIME;
}
