// Failover against three real Kafka 4.x nodes (replication factor 3, min ISR 2): the leader is
// killed (SIGKILL) in the middle of consumption; classic and KIP-848 groups across a restart of
// their coordinator.
import { runRealScenarioSuite } from '../../src/real-suite.js';
import { THREE_NODE_SCENARIOS } from '../../src/scenarios/index.js';

runRealScenarioSuite({ version: '4', nodes: 3, secured: false, pick: (scenario) => THREE_NODE_SCENARIOS.includes(scenario) });
