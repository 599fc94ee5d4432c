// SASL PLAIN, SCRAM-SHA-256/512 and OAUTHBEARER against the scripted cluster's authenticator.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KafkaAuthenticationError, type SaslOptions } from '../src/index.js';
import { scram } from '../src/sasl/scram.js';
import { clientFor } from './helpers/client.js';
import { flush } from './helpers/event-loop.js';
import { ScriptedCluster } from './helpers/scripted-cluster.js';

type Mechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

function setup(mechanism: Mechanism | 'OAUTHBEARER', sasl: SaslOptions) {
  const cluster = new ScriptedCluster({ brokers: 1, topics: { t: 1 }, sasl: { mechanism, username: 'alice', password: 's3cret' } });
  return { cluster, client: clientFor(cluster, { sasl }) };
}

const cases: Array<[Mechanism, SaslOptions['mechanism']]> = [
  ['PLAIN', 'plain'],
  ['SCRAM-SHA-256', 'scram-sha-256'],
  ['SCRAM-SHA-512', 'scram-sha-512'],
];

for (const [mechanism, option] of cases) {
  test(`${mechanism}: authenticates after ApiVersions, before any other request`, async () => {
    const { cluster, client } = setup(mechanism, { mechanism: option as 'plain', username: 'alice', password: 's3cret' });
    const meta = await client.metadata({ topics: ['t'] });
    assert.is(meta.topics[0]?.name, 't');
    const rounds = mechanism === 'PLAIN' ? 1 : 2;
    assert.equal(
      cluster.requests.map((r) => `${r.api} v${r.version}`),
      ['ApiVersions v3', 'SaslHandshake v1', ...Array(rounds).fill('SaslAuthenticate v2'), 'Metadata v13'],
    );
    assert.is(cluster.requests[1]?.body.mechanism, mechanism);
    await client.close();
  });

  test(`${mechanism}: a wrong password is a clear authentication error, tried once, not retried`, async () => {
    const { cluster, client } = setup(mechanism, { mechanism: option as 'plain', username: 'alice', password: 'wrong' });
    const error = await client.metadata().catch((e: unknown) => e);
    assert.instance(error, KafkaAuthenticationError);
    const auth = error as KafkaAuthenticationError;
    assert.is(auth.retriable, false);
    assert.is(auth.code, 'SASL_AUTHENTICATION_FAILED');
    assert.is(auth.mechanism, mechanism);
    assert.match(auth.message, new RegExp(`SASL ${mechanism} authentication with broker at broker1\\.test:9092 failed: the broker rejected the credentials`));
    assert.ok(auth.brokerMessage && auth.message.includes(auth.brokerMessage));
    assert.is(cluster.requestsTo('SaslHandshake').length, 1, 'no retry loop');
    assert.is(cluster.clock.pending, 0, 'no retry scheduled');
    const fetching = client.fetch({ partitions: [{ topic: 't', partition: 0, offset: 0 }] });
    await flush();
    cluster.clock.advance(100);
    const [fetched] = await fetching;
    assert.instance(fetched?.error, KafkaAuthenticationError, 'fetch reports it on the partition instead of throwing');
    assert.is(cluster.requestsTo('SaslHandshake').length, 2, 'one more attempt for one more call, after the reconnect backoff');
    await client.close();
  });
}

test('SCRAM: a server that cannot prove it knows the password is refused', async () => {
  const { cluster, client } = setup('SCRAM-SHA-256', { mechanism: 'scram-sha-256', username: 'alice', password: 's3cret' });
  cluster.forgeScramSignature = true;
  const error = await client.metadata().catch((e: unknown) => e);
  assert.instance(error, KafkaAuthenticationError);
  assert.match((error as Error).message, /server signature is wrong: it does not know the password/);
  await client.close();
});

test('SCRAM: a server nonce that does not extend ours, and too few iterations, are refused', async () => {
  const caught = await scram(async () => Buffer.from('r=someone-else,s=c2FsdA==,i=4096'), 'sha256', 'u', 'p', 'client-nonce').catch((e: unknown) => e);
  assert.match(String((caught as Error).message), /nonce does not extend ours/);
  const weak = await scram(async () => Buffer.from('r=client-nonceXYZ,s=c2FsdA==,i=1000'), 'sha256', 'u', 'p', 'client-nonce').catch((e: unknown) => e);
  assert.match(String((weak as Error).message), /1000 SCRAM iterations, below the minimum of 4096/);
});

test('a mechanism the broker does not enable is named, with what it offers', async () => {
  const { client } = setup('PLAIN', { mechanism: 'scram-sha-512', username: 'alice', password: 's3cret' });
  const error = await client.metadata().catch((e: unknown) => e);
  assert.instance(error, KafkaAuthenticationError);
  assert.is((error as KafkaAuthenticationError).code, 'UNSUPPORTED_SASL_MECHANISM');
  assert.match((error as Error).message, /the broker does not enable SCRAM-SHA-512; it offers: PLAIN/);
  await client.close();
});

test('OAUTHBEARER: the token provider is asked on each connection; a rejected token reports the broker challenge', async () => {
  let calls = 0;
  const good = setup('OAUTHBEARER', {
    mechanism: 'oauthbearer',
    token: async () => {
      calls++;
      return 's3cret';
    },
  });
  await good.client.metadata();
  assert.is(calls, 1);
  assert.is(good.cluster.requestsTo('SaslAuthenticate').length, 1);
  await good.client.close();

  const bad = setup('OAUTHBEARER', { mechanism: 'oauthbearer', token: async () => 'expired' });
  const error = await bad.client.metadata().catch((e: unknown) => e);
  assert.instance(error, KafkaAuthenticationError);
  assert.match((error as Error).message, /SASL OAUTHBEARER authentication .* failed/);
  assert.is(bad.cluster.requestsTo('SaslAuthenticate').length, 2, 'the token, then the 0x01 that ends the exchange');
  await bad.client.close();

  const broken = setup('OAUTHBEARER', {
    mechanism: 'oauthbearer',
    token: async () => {
      throw new Error('identity provider down');
    },
  });
  const failed = await broken.client.metadata().catch((e: unknown) => e);
  assert.match(String((failed as Error).message), /the sasl\.token provider failed: identity provider down/);
  await broken.client.close();
});

test('a session lifetime from the broker (KIP-368) makes the client re-authenticate on a fresh connection before it expires', async () => {
  let tokens = 0;
  const { cluster, client } = setup('OAUTHBEARER', {
    mechanism: 'oauthbearer',
    token: async () => {
      tokens++;
      return 's3cret';
    },
  });
  await client.metadata();
  cluster.clock.advance(3_000_000);
  await client.metadata();
  assert.equal([tokens, cluster.connections.length], [1, 1], 'still inside 85 % of the one-hour session');
  cluster.clock.advance(100_000);
  await client.metadata();
  assert.equal([tokens, cluster.connections.length], [2, 2], 'a new connection, authenticated again');
  assert.ok(cluster.connections[0]?.closed, 'the old connection was closed quietly');
  await client.close();
});

test.run();
