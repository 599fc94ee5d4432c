// Version negotiation: every request a consumer sends uses the highest version both sides
// support, read from the broker's own ApiVersions answer; the broker's ranges are reported so the
// real suite can show where the fake advertises something else.
import diagnosticsChannel from 'node:diagnostics_channel';
import { KafkaConsumer } from '@kafkaline/consumer';
import { channelNames, KafkaClient, type RequestSentMessage, type VersionRange } from '@kafkaline/network';
import { apiVersionsSupported } from '@kafkaline/protocol';
import * as assert from 'uvu/assert';
import { consumerConnection } from '../kafkaline-options.js';
import { always, type Scenario } from './scenario.js';
import { readWithKafkaConsumer, seedTopic } from './support.js';

const TOPIC = 'negotiation';
const GROUP = 'negotiation-group';
// APIs a consumer with a group must use: the scenario fails if one was never sent.
const EXPECTED_APIS = ['ApiVersions', 'Metadata', 'ListOffsets', 'Fetch', 'FindCoordinator', 'OffsetFetch', 'OffsetCommit'];

/** The broker's ApiVersions ranges, by API key. */
async function brokerApiVersions(bootstrap: string): Promise<Map<number, VersionRange>> {
  const client = new KafkaClient({ brokers: [bootstrap], clientId: 'kafkaline-integration-versions' });
  try {
    const response = await client.send(bootstrap, 'ApiVersions', 3, { clientSoftwareName: 'kafkaline-integration', clientSoftwareVersion: '0.0.0' });
    return new Map(response.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }]));
  } finally {
    await client.close();
  }
}

/** Where the broker's ranges and ours meet: the version negotiation must pick `max`. */
function expectedVersion(apiKey: number, broker: Map<number, VersionRange>): number | undefined {
  const ours = apiVersionsSupported.find((a) => a.apiKey === apiKey);
  const theirs = broker.get(apiKey);
  if (!ours || !theirs) return undefined;
  return Math.min(ours.maxStableVersion, theirs.max);
}

export const versionNegotiation: Scenario = {
  name: 'KafkaConsumer uses, for every API it sends, the highest version both it and the broker support',
  core: true,
  runsOn: always,
  async run(target, report) {
    const { endpoint } = await seedTopic(target, TOPIC, 20, { partitions: 2 });
    const broker = await brokerApiVersions(target.bootstrap[0] as string);

    const sent: RequestSentMessage[] = [];
    const record = (message: unknown) => sent.push(message as RequestSentMessage);
    diagnosticsChannel.subscribe(channelNames.requestSent, record);
    const consumer = new KafkaConsumer(TOPIC, { ...consumerConnection(endpoint), clientId: 'negotiation', groupId: GROUP, autoOffsetReset: 'smallest' });
    try {
      await readWithKafkaConsumer(consumer, 20);
      assert.ok(await consumer.commit(), 'commit');
    } finally {
      await consumer.close();
      diagnosticsChannel.unsubscribe(channelNames.requestSent, record);
    }

    const used = new Map<string, Set<number>>();
    for (const m of sent) {
      if (!used.has(m.api)) used.set(m.api, new Set());
      used.get(m.api)?.add(m.apiVersion);
    }
    for (const api of EXPECTED_APIS) assert.ok(used.has(api), `${api} was sent (sent: ${[...used.keys()].join(', ')})`);
    for (const m of sent) {
      if (m.api === 'ApiVersions') continue; // the first request, sent before anything is known
      assert.is(m.apiVersion, expectedVersion(m.apiKey, broker), `${m.api}: version ${m.apiVersion} is the highest both support`);
    }
    const summary = [...used].map(([api, versions]) => `${api} v${[...versions].join('/')}`).join(', ');
    const ranges = sent
      .filter((m, i) => sent.findIndex((o) => o.apiKey === m.apiKey) === i)
      .map((m) => `${m.api} ${broker.get(m.apiKey)?.min}-${broker.get(m.apiKey)?.max}`)
      .join(', ');
    report(`negotiated with ${target.name}: ${summary}`);
    report(`${target.name} advertises ${ranges}`);
  },
};
