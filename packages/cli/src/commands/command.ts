import type { CliIo } from '../io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Shown in help after the flag: `--timeout MS`. */
  valueName?: string;
  description: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface ParsedCommandLine {
  values: OptionValues;
  positionals: string[];
}

/** One `kafkaline <name>` command: its help, its flags and what it does. */
export interface Command {
  name: string;
  /** One line, for `kafkaline --help`. */
  summary: string;
  /** `kafkaline offsets <topic> [options]`. */
  synopsis: string;
  /** A paragraph under the synopsis. */
  description: string;
  options: OptionSpecs;
  /** Takes the connection options (--brokers, --tls, --sasl-*, --client-id, --timeout). */
  connects: boolean;
  positionals: { min: number; max: number; names: string };
  examples: readonly string[];
  run(parsed: ParsedCommandLine, io: CliIo): Promise<number>;
  /**
   * The command parses its own arguments (and prints its own help): `kafkaline fake-broker`
   * hands them to the fake broker's parser unchanged.
   */
  parsesOwnArguments?: boolean;
}
