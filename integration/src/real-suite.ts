// The real-Kafka side of the scenario suite: one cluster per suite, its start-up time printed.
import type { KafkaLine } from '@kafkaline/testing/real-kafka';
import { startRealTarget } from './real-target.js';
import type { Scenario } from './scenarios/index.js';
import { runScenarioSuite } from './suite.js';
import { SECURED } from './target.js';

export interface RealSuiteOptions {
  version: KafkaLine;
  nodes: 1 | 3;
  secured: boolean;
  pick?(scenario: Scenario): boolean;
}

export function runRealScenarioSuite(options: RealSuiteOptions): void {
  const label = `kafka ${options.version}, ${options.nodes} node${options.nodes === 1 ? '' : 's'}`;
  runScenarioSuite({
    label,
    capabilities: { stoppableNodes: options.nodes === 3 ? [1, 2, 3] : [], security: options.secured ? SECURED : [] },
    pick: options.pick,
    async start() {
      const target = await startRealTarget(options);
      console.log(`[${label}] ${target.name} started in ${(target.startMs / 1000).toFixed(1)} s`);
      return target;
    },
  });
}
