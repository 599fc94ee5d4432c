// Failover against three real Kafka 4.x nodes (replication factor 3, min ISR 2): the leader is
// killed (SIGKILL) in the middle of consumption.
import { runRealScenarioSuite } from '../../src/real-suite.js';
import { leaderFailover } from '../../src/scenarios/failover.js';

runRealScenarioSuite({ version: '4', nodes: 3, secured: false, pick: (scenario) => scenario === leaderFailover });
