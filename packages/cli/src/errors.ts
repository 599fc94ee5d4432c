import { KafkaError } from '@kafkaline/protocol';

/** The command line itself is wrong: unknown option, missing or malformed value. Exit code 2. */
export class CliUsageError extends KafkaError {
  constructor(problem: string) {
    super(problem, { code: 'USAGE', retriable: false });
  }
}

/** The cluster gave no usable answer within `--timeout`. Exit code 1. */
export class CliTimeoutError extends KafkaError {
  readonly timeoutMs: number;

  constructor(what: string, timeoutMs: number, lastProblem: string | null) {
    const detail = lastProblem ? `; last problem: ${lastProblem}` : '';
    super(`${what} got no answer within ${timeoutMs} ms (--timeout)${detail}`, { code: 'TIMEOUT', retriable: true });
    this.timeoutMs = timeoutMs;
  }
}

/** A command ran but could not do what was asked (a group without offsets, undecodable bytes). Exit code 1. */
export class CliCommandError extends KafkaError {
  constructor(problem: string, code = 'COMMAND_FAILED') {
    super(problem, { code, retriable: false });
  }
}

/** The user pressed Ctrl-C while a one-shot command waited on the cluster. Exit code 130. */
export class CliInterruptedError extends KafkaError {
  constructor() {
    super('interrupted', { code: 'INTERRUPTED', retriable: false });
  }
}

export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** Usage errors and invalid options (they all come from the command line here) exit 2; the rest 1. */
export function exitCodeFor(error: unknown): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'INTERRUPTED') return EXIT_INTERRUPTED;
  return code === 'USAGE' || code === 'INVALID_CONFIG' ? EXIT_USAGE : EXIT_RUNTIME;
}

/** One line: the message without line breaks (a stack trace only with --debug). */
export function oneLineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim() || (error instanceof Error ? error.name : 'unknown error');
}

/** The stack of an error and of every error in its `cause` chain, for --debug. */
export function describeForDebugging(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    parts.push(depth === 0 ? String((current as Error).stack ?? current) : `Caused by: ${String((current as Error).stack ?? current)}`);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join('\n');
}
