import { createTcpSocketFactory, KafkaClient, type KafkaClientOptions, type SocketFactory } from '@kafkaline/network';
import type { ConnectionSettings } from '../args/connection-options.js';
import { CliInterruptedError, CliTimeoutError } from '../errors.js';
import type { CliIo } from '../io.js';

/**
 * A KafkaClient set up from the connection flags, plus the CLI's deadline: every step that waits
 * on the cluster runs through `within`, which gives up after `--timeout` (naming the last
 * connection problem seen, so "no answer" says why) or when the user presses Ctrl-C.
 */
export class ClusterSession {
  readonly client: KafkaClient;
  private lastProblem: string | null = null;

  constructor(
    readonly settings: ConnectionSettings,
    private readonly io: CliIo,
    debug: boolean,
  ) {
    const tls = settings.tls === null ? null : { ...settings.tls };
    const tcp = createTcpSocketFactory({ tls, connectTimeoutMs: settings.connectTimeoutMs });
    const socketFactory: SocketFactory = async (target) => {
      try {
        return await tcp(target);
      } catch (error) {
        this.lastProblem = `cannot connect to ${target.host}:${target.port}: ${(error as Error).message}`;
        throw error;
      }
    };
    const options: KafkaClientOptions = {
      brokers: settings.brokers,
      clientId: settings.clientId,
      requestTimeoutMs: settings.timeoutMs,
      connectTimeoutMs: settings.connectTimeoutMs,
      socketFactory,
      logger: (level, message, context) => {
        if (level === 'warn' || level === 'error') this.lastProblem = context?.['error'] ? `${message}: ${String(context['error'])}` : message;
        if (debug) io.stderr.write(`[${level}] ${message}${context ? ` ${JSON.stringify(context)}` : ''}\n`);
      },
    };
    if (tls !== null) options.tls = tls;
    if (settings.sasl !== null) options.sasl = { ...settings.sasl };
    this.client = new KafkaClient(options);
  }

  /** Runs `work`, failing with CliTimeoutError after --timeout and CliInterruptedError on Ctrl-C. */
  within<T>(what: string, work: () => Promise<T>): Promise<T> {
    const { clock, interrupt } = this.io;
    if (interrupt.aborted) return Promise.reject(new CliInterruptedError());
    return new Promise<T>((resolve, reject) => {
      const finish = () => {
        clock.clearTimeout(timer);
        interrupt.removeEventListener('abort', onInterrupt);
      };
      const onInterrupt = () => {
        finish();
        reject(new CliInterruptedError());
      };
      const timer = clock.setTimeout(() => {
        finish();
        reject(new CliTimeoutError(`${what} (brokers ${this.settings.brokers.join(',')})`, this.settings.timeoutMs, this.lastProblem));
      }, this.settings.timeoutMs);
      interrupt.addEventListener('abort', onInterrupt, { once: true });
      work().then(
        (value) => {
          finish();
          resolve(value);
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
