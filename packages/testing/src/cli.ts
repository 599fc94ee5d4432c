#!/usr/bin/env node
// kafkaline-fake-broker: runs a FakeCluster until SIGINT / SIGTERM.
//
//   kafkaline-fake-broker --port 9092 [--brokers 3] [--topic demo:3 ...] [--host 127.0.0.1] [--seed N]
//
// Prints exactly one line, `listening on HOST:PORT[,HOST:PORT...]`, once every broker listens.
// Bad arguments: a message on stderr and exit code 2.
import { FakeCluster, type TopicSpec } from './cluster.js';

const USAGE = `usage: kafkaline-fake-broker [--port PORT] [--brokers N] [--host HOST] [--topic NAME:PARTITIONS ...] [--seed SEED] [--no-auto-create]

  --port PORT        port of broker 0; broker i listens on PORT+i (default: ephemeral ports)
  --brokers N        number of brokers (default 1)
  --host HOST        address to listen on and advertise (default 127.0.0.1)
  --topic NAME:P     create topic NAME with P partitions (repeatable; P defaults to 1)
  --seed SEED        seed for cluster and topic ids (default 1)
  --no-auto-create   disable topic auto-creation`;

class UsageError extends Error {}

interface Parsed {
  port: number | undefined;
  brokers: number;
  host: string;
  topics: Record<string, TopicSpec>;
  seed: string | undefined;
  autoCreate: boolean;
}

function integer(flag: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new UsageError(`${flag} needs an integer, got '${text ?? ''}'`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`${flag} must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function parseArguments(argv: string[]): Parsed {
  const parsed: Parsed = { port: undefined, brokers: 1, host: '127.0.0.1', topics: {}, seed: undefined, autoCreate: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--port':
        parsed.port = integer('--port', value(), 1, 65535);
        break;
      case '--brokers':
        parsed.brokers = integer('--brokers', value(), 1, 100);
        break;
      case '--host': {
        const host = value();
        if (!host) throw new UsageError('--host needs an address');
        parsed.host = host;
        break;
      }
      case '--topic': {
        const spec = value();
        const match = spec === undefined ? null : /^([a-zA-Z0-9._-]{1,249})(?::(\d+))?$/.exec(spec);
        if (!match) throw new UsageError(`--topic needs NAME or NAME:PARTITIONS (letters, digits, . _ -), got '${spec ?? ''}'`);
        parsed.topics[match[1] as string] = match[2] === undefined ? 1 : integer('--topic partitions', match[2], 1, 100000);
        break;
      }
      case '--seed':
        parsed.seed = value();
        if (parsed.seed === undefined) throw new UsageError('--seed needs a value');
        break;
      case '--no-auto-create':
        parsed.autoCreate = false;
        break;
      default:
        throw new UsageError(`unknown argument '${arg}'`);
    }
  }
  if (parsed.port !== undefined && parsed.port + parsed.brokers - 1 > 65535) throw new UsageError(`--port ${parsed.port} with ${parsed.brokers} brokers goes past port 65535`);
  return parsed;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let parsed: Parsed;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`kafkaline-fake-broker: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
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
    process.stderr.write(`kafkaline-fake-broker: ${(error as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`listening on ${cluster.bootstrap.join(',')}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void cluster.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main(process.argv.slice(2));
