// The scenario suite against the fake cluster (part of `pnpm test`); test/real-kafka/ runs the
// same scenarios, with the same assertions, against real Apache Kafka.
import { startFakeTarget } from '../src/fake-target.js';
import { THREE_NODE_SCENARIOS } from '../src/scenarios/index.js';
import { runScenarioSuite } from '../src/suite.js';
import { SECURED } from '../src/target.js';

// Every scenario a single node can run (SASL and TLS come from two more fake clusters).
runScenarioSuite({
  label: 'fake, 1 node',
  capabilities: { stoppableNodes: [], security: SECURED },
  start: () => startFakeTarget({ nodes: 1 }),
});

runScenarioSuite({
  label: 'fake, 3 nodes',
  capabilities: { stoppableNodes: [0, 1, 2], security: SECURED },
  start: () => startFakeTarget({ nodes: 3 }),
  pick: (scenario) => THREE_NODE_SCENARIOS.includes(scenario),
});
