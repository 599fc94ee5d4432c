import packageJson from '../package.json' with { type: 'json' };
import { CONNECTION_OPTIONS, GLOBAL_OPTIONS } from './args/connection-options.js';
import { parseCommandLine, wantsHelp } from './args/parse-command-line.js';
import type { Command } from './commands/command.js';
import { COMMANDS, findCommand, suggestCommand } from './commands/index.js';
import { describeForDebugging, EXIT_OK, EXIT_USAGE, exitCodeFor, oneLineMessage } from './errors.js';
import { commandHelp, overviewHelp } from './help.js';
import { type CliIo, processIo } from './io.js';

/**
 * Runs the CLI for `argv` (without node and script) and resolves to the process exit code:
 * 0 success, 1 the command failed, 2 bad arguments, 130 interrupted. `io` defaults to the
 * process's streams, environment, clock and signals; tests pass their own.
 */
export async function main(argv: readonly string[], io?: CliIo): Promise<number> {
  if (io !== undefined) return dispatch(argv, io);
  const own = processIo();
  try {
    return await dispatch(argv, own);
  } finally {
    own.dispose();
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(overviewHelp(COMMANDS));
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const about = rest[0] === undefined ? undefined : findCommand(rest[0]);
    io.stdout.write(about ? commandHelp(about) : overviewHelp(COMMANDS));
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`kafkaline ${packageJson.version}\n`);
    return EXIT_OK;
  }
  const command = findCommand(name);
  if (command === undefined) {
    const guess = suggestCommand(name);
    const hint = guess ? ` (did you mean '${guess}'?)` : ` (commands: ${COMMANDS.map((c) => c.name).join(', ')})`;
    io.stderr.write(`kafkaline: unknown command '${name}'${hint}\n`);
    return EXIT_USAGE;
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    if (command.parsesOwnArguments) return await command.run({ values: {}, positionals: [...argv] }, io);
    if (wantsHelp(argv)) {
      io.stdout.write(commandHelp(command));
      return EXIT_OK;
    }
    const options = { ...command.options, ...(command.connects ? CONNECTION_OPTIONS : {}), ...GLOBAL_OPTIONS };
    const parsed = parseCommandLine(argv, options, command.positionals);
    return await command.run(parsed, io);
  } catch (error) {
    const code = exitCodeFor(error);
    const hint = code === EXIT_USAGE ? ` (see 'kafkaline ${command.name} --help')` : '';
    io.stderr.write(`kafkaline ${command.name}: ${oneLineMessage(error)}${hint}\n`);
    if (debug) io.stderr.write(`${describeForDebugging(error)}\n`);
    return code;
  }
}
