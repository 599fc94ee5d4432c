// DescribeConfigs (key 32), versions 1-4.
//
// Behavior:
// - Topics (resource type 2): the topic's own configs (source TOPIC_CONFIG) over a small set
//   of Kafka defaults (source DEFAULT_CONFIG); unknown topics get UNKNOWN_TOPIC_OR_PARTITION.
// - Brokers (resource type 4): a few static broker configs for the named broker id.
// - ConfigurationKeys filters; null means all.
//
// Version notes:
// - Synonyms (v1+) list only the value's own source; v3+ documentation is null, config types
//   are STRING (2) / INT (3) / LONG (5) as Kafka declares them.
import { type DescribeConfigsResponseInput, ErrorCode } from '@kafkaline/protocol';
import { defineHandler, type RequestContext } from './handler.js';

type Result = DescribeConfigsResponseInput['results'][number];

const TOPIC_DEFAULTS: ReadonlyArray<[string, string, number]> = [
  ['cleanup.policy', 'delete', 7],
  ['compression.type', 'producer', 2],
  ['max.message.bytes', '1048588', 3],
  ['message.timestamp.type', 'CreateTime', 2],
  ['min.insync.replicas', '1', 3],
  ['retention.bytes', '-1', 5],
  ['retention.ms', '604800000', 5],
  ['segment.bytes', '1073741824', 3],
];

const TOPIC = 2;
const BROKER = 4;
const SOURCE_TOPIC = 1;
const SOURCE_STATIC_BROKER = 4;
const SOURCE_DEFAULT = 5;

function entries(ctx: RequestContext, list: Array<{ name: string; value: string; source: number; type: number }>, keys: string[] | null, synonyms: boolean) {
  return list
    .filter((c) => keys === null || keys.includes(c.name))
    .map((c) => ({
      name: c.name,
      value: c.value,
      readOnly: c.source !== SOURCE_TOPIC && c.source !== SOURCE_DEFAULT,
      configSource: c.source,
      isSensitive: false,
      synonyms: synonyms ? [{ name: c.name, value: c.value, source: c.source }] : [],
      ...(ctx.version >= 3 ? { configType: c.type, documentation: null } : {}),
    }));
}

export const describeConfigs = defineHandler({
  api: 'DescribeConfigs',
  minVersion: 1,
  maxVersion: 4,
  handle(ctx, request) {
    const state = ctx.state;
    const results: Result[] = request.resources.map((r) => {
      const base = { errorCode: ErrorCode.NONE, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName };
      if (r.resourceType === TOPIC) {
        const topic = state.topics.get(r.resourceName);
        if (topic === undefined) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${r.resourceName} does not exist`, configs: [] };
        const list = TOPIC_DEFAULTS.map(([name, value, type]) => {
          const own = topic.configs.get(name);
          return own === undefined ? { name, value, source: SOURCE_DEFAULT, type } : { name, value: own, source: SOURCE_TOPIC, type };
        });
        for (const [name, value] of topic.configs) if (!TOPIC_DEFAULTS.some(([n]) => n === name)) list.push({ name, value, source: SOURCE_TOPIC, type: 2 });
        return { ...base, configs: entries(ctx, list, r.configurationKeys, request.includeSynonyms) };
      }
      if (r.resourceType === BROKER) {
        const broker = state.broker(Number(r.resourceName));
        if (r.resourceName !== '' && broker === undefined) return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unexpected broker id ${r.resourceName}`, configs: [] };
        const list = [
          { name: 'auto.create.topics.enable', value: String(state.config.autoCreateTopics), source: SOURCE_STATIC_BROKER, type: 1 },
          { name: 'default.replication.factor', value: String(state.defaultReplicationFactor()), source: SOURCE_STATIC_BROKER, type: 3 },
          { name: 'num.partitions', value: String(state.config.defaultPartitions), source: SOURCE_STATIC_BROKER, type: 3 },
          { name: 'group.initial.rebalance.delay.ms', value: String(state.config.groupInitialRebalanceDelayMs), source: SOURCE_STATIC_BROKER, type: 3 },
        ];
        return { ...base, configs: entries(ctx, list, r.configurationKeys, request.includeSynonyms) };
      }
      return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${r.resourceType}`, configs: [] };
    });
    return { throttleTimeMs: 0, results };
  },
  errorResponse(_ctx, request, errorCode) {
    return { throttleTimeMs: 0, results: request.resources.map((r) => ({ errorCode, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName, configs: [] })) };
  },
});
