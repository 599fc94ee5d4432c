import { brokerRecompressedCodecs } from './codecs.js';
import { kafkaConsumerEndToEnd, simpleConsumerEndToEnd } from './consumers-end-to-end.js';
import { leaderFailover } from './failover.js';
import { mixedGroupKafkajsLeads, mixedGroupKafkalineLeads } from './group-kafkajs.js';
import {
  classicGroupChanges,
  classicGroupCoordinatorRestart,
  consumerGroupChanges,
  consumerGroupCoordinatorRestart,
  consumerGroupRegex,
  cooperativeGroupChanges,
} from './group-membership.js';
import { multiProcessConsumerEndToEnd } from './multiprocess-consumer.js';
import { offsetOutOfRangeAfterDeleteRecords } from './offset-out-of-range.js';
import { offsetsByTime } from './offsets-by-time.js';
import { readCommitted } from './read-committed.js';
import { committedOffsetResume } from './resume.js';
import type { Scenario } from './scenario.js';
import { securedListeners } from './security.js';
import { versionNegotiation } from './version-negotiation.js';

export type { Scenario } from './scenario.js';

/** Every scenario, in the order the suites run them. */
export const SCENARIOS: readonly Scenario[] = [
  versionNegotiation,
  simpleConsumerEndToEnd,
  kafkaConsumerEndToEnd,
  multiProcessConsumerEndToEnd,
  brokerRecompressedCodecs,
  readCommitted,
  committedOffsetResume,
  offsetOutOfRangeAfterDeleteRecords,
  offsetsByTime,
  securedListeners,
  classicGroupChanges,
  cooperativeGroupChanges,
  consumerGroupChanges,
  consumerGroupRegex,
  mixedGroupKafkajsLeads,
  mixedGroupKafkalineLeads,
  // These start the node they stop again; leaderFailover leaves its node down, so it comes last.
  classicGroupCoordinatorRestart,
  consumerGroupCoordinatorRestart,
  leaderFailover,
];

/** What a three-node cluster runs (the rest runs on one node). */
export const THREE_NODE_SCENARIOS: readonly Scenario[] = [leaderFailover, classicGroupCoordinatorRestart, consumerGroupCoordinatorRestart];
