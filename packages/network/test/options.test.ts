import { inspect } from 'node:util';
import { KafkaConfigError } from '@kafkaline/protocol';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaClient } from '../src/index.js';
import { resolveOptions } from '../src/options.js';

function configError(options: unknown): KafkaConfigError {
  try {
    resolveOptions(options as never);
  } catch (error) {
    assert.instance(error, KafkaConfigError);
    return error as KafkaConfigError;
  }
  throw new Error(`expected ${JSON.stringify(options)} to be rejected`);
}

test('defaults: clientId kafkaline, 30 s requests, 10 s connect, 5 min metadata age, 200 ms leader backoff', () => {
  const o = resolveOptions({ brokers: ['a:1'] });
  assert.equal(o.clientId, 'kafkaline');
  assert.is(o.requestTimeoutMs, 30_000);
  assert.is(o.connectTimeoutMs, 10_000);
  assert.is(o.metadataMaxAgeMs, 300_000);
  assert.is(o.refreshLeaderBackoffMs, 200);
  assert.equal(o.retry, { retries: 5, initialBackoffMs: 100, maxBackoffMs: 1000, jitter: 0.2 });
  assert.is(o.maxResponseBytes, 128 * 1024 * 1024);
  assert.is(o.maxInFlightRequests, 5);
  assert.is(o.tls, null);
  assert.is(o.sasl, null);
  assert.is(o.logger, null);
});

test('brokers accepts an array, a comma-separated string, a missing port (9092) and [ipv6]:port', () => {
  assert.equal(resolveOptions({ brokers: 'a:1, b:2,,c' }).brokers, [
    { host: 'a', port: 1 },
    { host: 'b', port: 2 },
    { host: 'c', port: 9092 },
  ]);
  assert.equal(resolveOptions({ brokers: ['[::1]:9093', 'kafka.example.com:19092'] }).brokers, [
    { host: '::1', port: 9093 },
    { host: 'kafka.example.com', port: 19092 },
  ]);
});

test('invalid brokers are named with what is allowed', () => {
  assert.match(configError({ brokers: [] }).message, /Invalid option 'brokers'.*non-empty array/);
  assert.match(configError({}).message, /'brokers'/);
  assert.match(configError({ brokers: 'a:99999' }).message, /invalid port.*1 to 65535/);
  assert.match(configError({ brokers: [':9092'] }).message, /no host/);
  assert.match(configError({ brokers: ['::1:9092'] }).message, /IPv6.*\[address\]:port/);
  assert.match(configError({ brokers: [42] }).message, /one entry is number 42/);
});

test('every numeric option is range-checked and named', () => {
  for (const option of ['requestTimeoutMs', 'connectTimeoutMs', 'maxResponseBytes', 'maxInFlightRequests']) {
    const error = configError({ brokers: 'a:1', [option]: 0 });
    assert.is(error.option, option);
    assert.match(error.message, /expected an integer from/);
  }
  assert.is(configError({ brokers: 'a:1', refreshLeaderBackoffMs: -1 }).option, 'refreshLeaderBackoffMs');
  assert.is(configError({ brokers: 'a:1', metadataMaxAgeMs: 1.5 }).option, 'metadataMaxAgeMs');
  assert.is(configError({ brokers: 'a:1', requestTimeoutMs: '30s' }).option, 'requestTimeoutMs');
});

test('retry is validated field by field and fills defaults', () => {
  assert.equal(resolveOptions({ brokers: 'a:1', retry: { retries: 0 } }).retry, { retries: 0, initialBackoffMs: 100, maxBackoffMs: 1000, jitter: 0.2 });
  assert.equal(resolveOptions({ brokers: 'a:1', retry: { initialBackoffMs: 5000 } }).retry.maxBackoffMs, 5000);
  assert.is(configError({ brokers: 'a:1', retry: { initialBackoffMs: 500, maxBackoffMs: 100 } }).option, 'retry.maxBackoffMs');
  assert.is(configError({ brokers: 'a:1', retry: { retry: 3 } }).option, 'retry.retry');
  assert.is(configError({ brokers: 'a:1', retry: { jitter: 2 } }).option, 'retry.jitter');
  assert.is(configError({ brokers: 'a:1', retry: 3 }).option, 'retry');
});

test('sasl: mechanism, credentials and token provider are checked', () => {
  assert.match(configError({ brokers: 'a:1', sasl: { mechanism: 'gssapi' } }).message, /sasl.mechanism.*plain, scram-sha-256, scram-sha-512, oauthbearer/);
  assert.is(configError({ brokers: 'a:1', sasl: { mechanism: 'plain', password: 'p' } }).option, 'sasl.username');
  assert.is(configError({ brokers: 'a:1', sasl: { mechanism: 'scram-sha-512', username: 'u' } }).option, 'sasl.password');
  assert.is(configError({ brokers: 'a:1', sasl: { mechanism: 'oauthbearer', token: 'abc' } }).option, 'sasl.token');
  const o = resolveOptions({ brokers: 'a:1', sasl: { mechanism: 'scram-sha-256', username: 'u', password: '' } });
  assert.equal(o.sasl, { mechanism: 'scram-sha-256', username: 'u' });
  assert.is((o.sasl as { password: string }).password, '');
});

test('the SASL password does not show when a client is logged or serialised', () => {
  const client = new KafkaClient({ brokers: 'a:1', sasl: { mechanism: 'plain', username: 'u', password: 'TOPSECRET' } });
  assert.not.ok(inspect(client, { depth: 20 }).includes('TOPSECRET'));
  assert.not.ok(JSON.stringify(resolveOptions({ brokers: 'a:1', sasl: { mechanism: 'plain', username: 'u', password: 'TOPSECRET' } })).includes('TOPSECRET'));
  void client.close();
});

test('tls, socketFactory, clock, logger and unknown options', () => {
  assert.equal(resolveOptions({ brokers: 'a:1', tls: true }).tls, {});
  assert.equal(resolveOptions({ brokers: 'a:1', tls: { rejectUnauthorized: false } }).tls, { rejectUnauthorized: false });
  assert.is(resolveOptions({ brokers: 'a:1', tls: false }).tls, null);
  assert.is(configError({ brokers: 'a:1', tls: 'yes' }).option, 'tls');
  assert.is(configError({ brokers: 'a:1', socketFactory: {} }).option, 'socketFactory');
  assert.is(configError({ brokers: 'a:1', clock: { now: () => 0 } }).option, 'clock');
  assert.is(configError({ brokers: 'a:1', logger: console }).option, 'logger');
  const typo = configError({ brokers: 'a:1', requestTimeout: 5 });
  assert.is(typo.option, 'requestTimeout');
  assert.match(typo.message, /unknown option; allowed: brokers, clientId, requestTimeoutMs/);
});

test('the KafkaClient constructor throws the same errors and opens nothing', () => {
  let calls = 0;
  assert.throws(() => new KafkaClient({ brokers: 'a:1', connectTimeoutMs: -5 }), (e: unknown) => e instanceof KafkaConfigError && e.option === 'connectTimeoutMs');
  const client = new KafkaClient({
    brokers: 'a:1',
    socketFactory: async () => {
      calls++;
      throw new Error('not expected');
    },
  });
  assert.is(calls, 0, 'connections are opened lazily');
  void client.close();
});

test.run();
