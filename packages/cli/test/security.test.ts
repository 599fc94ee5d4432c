// The connection flags against a fake cluster that demands SASL, and one that speaks TLS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeCluster } from '@kafkaline/testing';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isOneLineError, runCli } from './support/cli-process.js';
import { startOrdersCluster } from './support/cluster.js';

const EXPECTED_OFFSETS = { topic: 'orders', partitions: [0, 1, 2].map((partition) => ({ partition, earliest: 0, latest: 4 })) };

const sasl = suite<{ cluster: FakeCluster; brokers: string }>('SASL');

sasl.before(async (context) => {
  Object.assign(context, await startOrdersCluster({ sasl: { users: { alice: 'alice-secret' } } }));
});

sasl.after(async ({ cluster }) => {
  await cluster.stop();
});

for (const mechanism of ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512']) {
  sasl(`offsets authenticates with ${mechanism}, the password from $KAFKALINE_SASL_PASSWORD`, async ({ brokers }) => {
    const result = await runCli(['offsets', 'orders', '--brokers', brokers, '--json', '--sasl-mechanism', mechanism, '--sasl-username', 'alice'], {
      env: { KAFKALINE_SASL_PASSWORD: 'alice-secret' },
    });
    assert.is(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout), EXPECTED_OFFSETS);
  });
}

sasl('tail with --sasl-password and SCRAM-SHA-512 reads the records and commits for its group', async ({ cluster, brokers }) => {
  const result = await runCli([
    'tail',
    'orders',
    '--brokers',
    brokers,
    '--partitions',
    '1',
    '--group',
    'secure',
    '--sasl-mechanism',
    'scram-sha-512',
    '--sasl-username',
    'alice',
    '--sasl-password',
    'alice-secret',
  ]);
  assert.is(result.code, 0, result.stderr);
  assert.equal(result.stdout.trimEnd().split('\n'), ['p1-0', 'p1-1', 'p1-2', 'p1-3']);
  assert.is(cluster.committedOffset('secure', 'orders', 1), 4);
});

sasl('a wrong password is a one-line error naming the failure, exit 1', async ({ brokers }) => {
  const result = await runCli(['offsets', 'orders', '--brokers', brokers, '--sasl-mechanism', 'SCRAM-SHA-256', '--sasl-username', 'alice', '--sasl-password', 'wrong', '--timeout', '5s']);
  assert.is(result.code, 1);
  assert.ok(isOneLineError(result.stderr), result.stderr);
  assert.match(result.stderr, 'SASL SCRAM-SHA-256 authentication with broker at');
  assert.match(result.stderr, 'the broker rejected the credentials');
});

sasl('without SASL flags the cluster refuses: exit 1, not a hang', async ({ brokers }) => {
  const result = await runCli(['offsets', 'orders', '--brokers', brokers, '--timeout', '2s']);
  assert.is(result.code, 1);
  assert.ok(isOneLineError(result.stderr), result.stderr);
});

sasl('SASL flags that do not fit together are usage errors, exit 2', async ({ brokers }) => {
  const cases: Array<[string[], string]> = [
    [['--sasl-mechanism', 'PLAIN', '--sasl-username', 'alice'], 'needs a password: set $KAFKALINE_SASL_PASSWORD or pass --sasl-password'],
    [['--sasl-mechanism', 'PLAIN', '--sasl-password', 'x'], '--sasl-mechanism PLAIN needs --sasl-username'],
    [['--sasl-username', 'alice', '--sasl-password', 'x'], '--sasl-username and --sasl-password need --sasl-mechanism'],
    [['--sasl-mechanism', 'GSSAPI', '--sasl-username', 'alice', '--sasl-password', 'x'], '--sasl-mechanism must be one of plain, scram-sha-256, scram-sha-512'],
  ];
  for (const [flags, message] of cases) {
    const result = await runCli(['offsets', 'orders', '--brokers', brokers, ...flags]);
    assert.is(result.code, 2, `${flags.join(' ')}: ${result.stderr}`);
    assert.ok(isOneLineError(result.stderr), result.stderr);
    assert.match(result.stderr, message);
  }
});

sasl.run();

const tls = suite<{ cluster: FakeCluster; brokers: string }>('TLS');
const TLS_DIR = join(import.meta.dirname, 'fixtures', 'tls');

tls.before(async (context) => {
  Object.assign(context, await startOrdersCluster({ tls: { key: readFileSync(join(TLS_DIR, 'key.pem')), cert: readFileSync(join(TLS_DIR, 'cert.pem')) } }));
});

tls.after(async ({ cluster }) => {
  await cluster.stop();
});

tls('--tls-ca trusts the cluster certificate and offsets works over TLS', async ({ brokers }) => {
  const result = await runCli(['offsets', 'orders', '--brokers', brokers, '--json', '--tls-ca', join(TLS_DIR, 'cert.pem')]);
  assert.is(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout), EXPECTED_OFFSETS);
});

tls('--tls alone rejects the self-signed certificate: one-line error, exit 1', async ({ brokers }) => {
  const result = await runCli(['offsets', 'orders', '--brokers', brokers, '--tls', '--timeout', '2s']);
  assert.is(result.code, 1);
  assert.ok(isOneLineError(result.stderr), result.stderr);
  assert.match(result.stderr, /certificate/i);
});

tls('--tls-ca with a file that cannot be read is a usage error, exit 2', async ({ brokers }) => {
  const result = await runCli(['offsets', 'orders', '--brokers', brokers, '--tls-ca', join(TLS_DIR, 'missing.pem')]);
  assert.is(result.code, 2);
  assert.match(result.stderr, "--tls-ca: cannot read '");
});

tls.run();
