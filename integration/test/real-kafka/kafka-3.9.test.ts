// The core scenarios (negotiation, both consumers, codecs, read_committed) against Kafka 3.9,
// the last line that also accepts pre-KIP-896 request versions.
import { runRealScenarioSuite } from '../../src/real-suite.js';

runRealScenarioSuite({ version: '3.9', nodes: 1, secured: false, pick: (s) => s.core });
