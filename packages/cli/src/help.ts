import { CONNECTION_OPTIONS, GLOBAL_OPTIONS } from './args/connection-options.js';
import type { Command, OptionSpecs } from './commands/command.js';

function flagText(name: string, spec: OptionSpecs[string]): string {
  const long = `--${name}${spec.valueName ? ` ${spec.valueName}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

function optionLines(options: OptionSpecs): string[] {
  const entries = Object.entries(options);
  const width = Math.max(...entries.map(([name, spec]) => flagText(name, spec).length));
  return entries.map(([name, spec]) => `  ${flagText(name, spec).padEnd(width)}  ${spec.description}`);
}

/** `kafkaline <command> --help`: synopsis, what it does, every flag, examples. */
export function commandHelp(command: Command): string {
  const sections = [`usage: ${command.synopsis}`, command.description];
  if (Object.keys(command.options).length > 0) sections.push(['Options:', ...optionLines(command.options)].join('\n'));
  if (command.connects) sections.push(['Connection:', ...optionLines(CONNECTION_OPTIONS)].join('\n'));
  sections.push(['General:', ...optionLines(GLOBAL_OPTIONS)].join('\n'));
  sections.push(['Examples:', ...command.examples.map((e) => `  ${e}`)].join('\n'));
  return `${sections.join('\n\n')}\n`;
}

/** `kafkaline --help`: the commands, exit codes and environment. */
export function overviewHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `usage: kafkaline <command> [options]

Tail topics, watch consumer-group lag and decode Kafka protocol bytes.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'kafkaline <command> --help' for a command's options and examples.

Environment:
  KAFKALINE_BROKERS        default for --brokers
  KAFKALINE_SASL_PASSWORD  default for --sasl-password

Exit codes: 0 success, 1 the command failed (cluster unreachable, unknown topic, ...),
2 bad arguments, 130 interrupted.
`;
}
