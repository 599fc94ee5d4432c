// The `kafkaline-fake-broker` command as a function, so another CLI (`kafkaline fake-broker`) can
// offer exactly the same flags and behaviour without spawning a second process.
import { FakeCluster, type TopicSpec } from './cluster.js';
import { FakeClusterError } from './errors.js';

const FLAGS = `  --port PORT        port of broker 0; broker i listens on PORT+i (default, or 0: ephemeral ports)
  --brokers N        number of brokers (default 1)
  --host HOST        address to listen on and advertise (default 127.0.0.1)
  --topic NAME:P     create topic NAME with P partitions (repeatable; P defaults to 1)
  --seed SEED        seed for cluster and topic ids (default 1)
  --no-auto-create   disable topic auto-creation`;

/** The usage text of the fake-broker command, under the given program name. */
export function fakeBrokerUsage(program = 'kafkaline-fake-broker'): string {
  return `usage: ${program} [--port PORT] [--brokers N] [--host HOST] [--topic NAME:PARTITIONS ...] [--seed SEED] [--no-auto-create]\n\n${FLAGS}`;
}

/** A fake-broker argument that is unknown, missing its value or out of range. */
export class FakeBrokerUsageError extends FakeClusterError {
  constructor(problem: string) {
    super(problem, 'USAGE');
  }
}

export interface FakeBrokerArguments {
  port: number | undefined;
  brokers: number;
  host: string;
  topics: Record<string, TopicSpec>;
  seed: string | undefined;
  autoCreate: boolean;
}

function integer(flag: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new FakeBrokerUsageError(`${flag} needs an integer, got '${text ?? ''}'`);
  const value = Number(text);
  if (value < min || value > max) throw new FakeBrokerUsageError(`${flag} must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** Parses the fake-broker flags; throws FakeBrokerUsageError naming the first bad one. */
export function parseFakeBrokerArguments(argv: readonly string[]): FakeBrokerArguments {
  const parsed: FakeBrokerArguments = { port: undefined, brokers: 1, host: '127.0.0.1', topics: {}, seed: undefined, autoCreate: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--port': {
        // 0 asks for ephemeral ports, as it does for listen(): each broker gets its own.
        const port = integer('--port', value(), 0, 65535);
        parsed.port = port === 0 ? undefined : port;
        break;
      }
      case '--brokers':
        parsed.brokers = integer('--brokers', value(), 1, 100);
        break;
      case '--host': {
        const host = value();
        if (!host) throw new FakeBrokerUsageError('--host needs an address');
        parsed.host = host;
        break;
      }
      case '--topic': {
        const spec = value();
        const match = spec === undefined ? null : /^([a-zA-Z0-9._-]{1,249})(?::(\d+))?$/.exec(spec);
        if (!match) throw new FakeBrokerUsageError(`--topic needs NAME or NAME:PARTITIONS (letters, digits, . _ -), got '${spec ?? ''}'`);
        parsed.topics[match[1] as string] = match[2] === undefined ? 1 : integer('--topic partitions', match[2], 1, 100000);
        break;
      }
      case '--seed':
        parsed.seed = value();
        if (parsed.seed === undefined) throw new FakeBrokerUsageError('--seed needs a value');
        break;
      case '--no-auto-create':
        parsed.autoCreate = false;
        break;
      default:
        throw new FakeBrokerUsageError(`unknown argument '${arg}'`);
    }
  }
  if (parsed.port !== undefined && parsed.port + parsed.brokers - 1 > 65535) {
    throw new FakeBrokerUsageError(`--port ${parsed.port} with ${parsed.brokers} brokers goes past port 65535`);
  }
  return parsed;
}

export interface RunFakeBrokerOptions {
  /** Named in messages and the usage text. Default 'kafkaline-fake-broker'. */
  program?: string;
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
  /** Stops the cluster when aborted. Default: SIGINT or SIGTERM of this process. */
  stopSignal?: AbortSignal;
  /** Runs once every broker listens, before the `listening on` line is printed. */
  onListening?: (cluster: FakeCluster) => void | Promise<void>;
}

/** Resolves once the stop request comes; `dispose` drops the process signal listeners. */
function stopRequest(signal: AbortSignal | undefined): { requested: Promise<void>; dispose: () => void } {
  if (signal !== undefined) {
    const requested = new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
    return { requested, dispose: () => {} };
  }
  let stop = () => {};
  const requested = new Promise<void>((resolve) => {
    stop = () => resolve();
  });
  const dispose = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { requested, dispose };
}

/**
 * Runs a FakeCluster from command-line flags until stopped, and resolves with the exit code:
 * 0 after a clean stop (or `--help`), 2 for bad arguments, 1 when the cluster cannot start.
 * Prints exactly one line on stdout, `listening on HOST:PORT[,HOST:PORT...]`, once every broker
 * listens.
 */
export async function runFakeBroker(argv: readonly string[], options: RunFakeBrokerOptions = {}): Promise<number> {
  const program = options.program ?? 'kafkaline-fake-broker';
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  if (argv.includes('--help') || argv.includes('-h')) {
    stdout.write(`${fakeBrokerUsage(program)}\n`);
    return 0;
  }
  let parsed: FakeBrokerArguments;
  try {
    parsed = parseFakeBrokerArguments(argv);
  } catch (error) {
    if (!(error instanceof FakeBrokerUsageError)) throw error;
    stderr.write(`${program}: ${error.message}\n${fakeBrokerUsage(program)}\n`);
    return 2;
  }
  // Listen for the stop request before starting, so one sent during start-up is not lost.
  const stop = stopRequest(options.stopSignal);
  try {
    return await serveUntilStopped(parsed, stop.requested, program, stdout, stderr, options.onListening);
  } finally {
    stop.dispose();
  }
}

async function serveUntilStopped(
  parsed: FakeBrokerArguments,
  stopRequested: Promise<void>,
  program: string,
  stdout: { write(text: string): unknown },
  stderr: { write(text: string): unknown },
  onListening: RunFakeBrokerOptions['onListening'],
): Promise<number> {
  const port = parsed.port;
  let cluster: FakeCluster;
  try {
    cluster = await FakeCluster.start({
      brokers: parsed.brokers,
      host: parsed.host,
      ...(port === undefined ? {} : { ports: Array.from({ length: parsed.brokers }, (_, i) => port + i) }),
      topics: parsed.topics,
      autoCreateTopics: parsed.autoCreate,
      ...(parsed.seed === undefined ? {} : { seed: parsed.seed }),
    });
  } catch (error) {
    stderr.write(`${program}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    await onListening?.(cluster);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  stdout.write(`listening on ${cluster.bootstrap.join(',')}\n`);
  await stopRequested;
  await cluster.stop();
  return 0;
}
