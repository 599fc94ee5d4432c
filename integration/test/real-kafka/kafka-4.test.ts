// The scenario suite against one real Kafka 4.x node with PLAINTEXT, SASL and TLS listeners
// (`pnpm test:kafka`; needs Java 17+, and Maven on the first run).
import { runRealScenarioSuite } from '../../src/real-suite.js';

runRealScenarioSuite({ version: '4', nodes: 1, secured: true });
