// Registers the scenarios as uvu tests against one target, started once for the whole suite.
import { suite } from 'uvu';
import { SCENARIOS, type Scenario } from './scenarios/index.js';
import type { Target, TargetCapabilities } from './target.js';

export interface SuiteOptions {
  /** Shown in test names, e.g. 'fake, 1 node'. */
  label: string;
  /** What the target will offer: scenarios it cannot run are not registered. */
  capabilities: TargetCapabilities;
  start(): Promise<Target>;
  /** Narrows the scenarios further (e.g. the core set for an older Kafka line). */
  pick?(scenario: Scenario): boolean;
  /** Receives what the scenarios report (figures worth printing); default console.log. */
  report?(line: string): void;
}

/** The scenarios a suite with these options runs. */
function scenariosFor(options: Pick<SuiteOptions, 'capabilities' | 'pick'>): Scenario[] {
  return SCENARIOS.filter((s) => s.runsOn(options.capabilities) && (options.pick?.(s) ?? true));
}

export function runScenarioSuite(options: SuiteOptions): void {
  const scenarios = scenariosFor(options);
  if (scenarios.length === 0) throw new Error(`suite ${options.label}: no scenario to run`);
  const tests = suite<{ target?: Target }>(options.label, {});
  tests.before(async (context) => {
    context.target = await options.start();
  });
  tests.after(async (context) => {
    await context.target?.close();
  });
  for (const scenario of scenarios) {
    tests(scenario.name, async (context) => {
      const target = context.target as Target;
      if (!scenario.runsOn(target.capabilities)) throw new Error(`${target.name} does not offer what '${scenario.name}' needs`);
      await scenario.run(target, (line) => (options.report ?? console.log)(`[${options.label}] ${line}`));
    });
  }
  tests.run();
}
