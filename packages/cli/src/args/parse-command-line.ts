import { parseArgs } from 'node:util';
import type { OptionSpecs, ParsedCommandLine } from '../commands/command.js';
import { CliUsageError } from '../errors.js';
import { closestName } from './closest-name.js';

/**
 * `--from -10` is an option value, not an unknown flag: join a negative number to the string
 * option before it, as `--from=-10`, which is how parseArgs accepts it.
 */
function joinNegativeValues(argv: readonly string[], options: OptionSpecs): string[] {
  const takesValue = new Set<string>();
  for (const [name, spec] of Object.entries(options)) {
    if (spec.type !== 'string') continue;
    takesValue.add(`--${name}`);
    if (spec.short) takesValue.add(`-${spec.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (takesValue.has(arg) && next !== undefined && /^-\d+$/.test(next)) {
      out.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

function closestOption(unknown: string, options: OptionSpecs): string | null {
  const name = closestName(unknown.replace(/^-+/, '').split('=')[0] as string, Object.keys(options));
  return name === null ? null : `--${name}`;
}

function usageErrorFrom(error: unknown, options: OptionSpecs): CliUsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const suggestion = closestOption(quoted, options);
    return new CliUsageError(`unknown option '${quoted}'${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // parseArgs quotes '--json', or '-n, --max <value>' for an option with a short form.
    const flag = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    if (message.includes('does not take an argument')) return new CliUsageError(`${flag} takes no value`);
    if (message.includes('ambiguous')) return new CliUsageError(`${flag} needs a value; to give one starting with '-', write ${flag}=-VALUE`);
    return new CliUsageError(`${flag} needs a value`);
  }
  return new CliUsageError(message.split('\n')[0] as string);
}

/** Parses argv against the option specs; every problem is a CliUsageError. */
export function parseCommandLine(argv: readonly string[], options: OptionSpecs, positionals: { min: number; max: number; names: string }): ParsedCommandLine {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv, options),
      options: Object.fromEntries(
        Object.entries(options).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) }]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageErrorFrom(error, options);
  }
  const found = parsed.positionals;
  if (found.length < positionals.min) throw new CliUsageError(`missing ${positionals.names}`);
  if (found.length > positionals.max) {
    const extra = found.slice(positionals.max).map((p) => `'${p}'`).join(' ');
    throw new CliUsageError(positionals.max === 0 ? `takes no arguments, got ${extra}` : `unexpected argument ${extra} (expected ${positionals.names})`);
  }
  return { values: parsed.values as ParsedCommandLine['values'], positionals: found };
}

/** Whether argv asks for help (before a `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
