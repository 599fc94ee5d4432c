import type { Target, TargetCapabilities } from '../target.js';

/** One scenario, written once: `run` makes the same assertions on every target it runs on. */
export interface Scenario {
  name: string;
  /** Part of the smaller set run against every Kafka line (the rest runs against the newest). */
  core: boolean;
  /** Whether the target can run it (nodes to stop, secured listeners). */
  runsOn(capabilities: TargetCapabilities): boolean;
  /** `report` takes lines worth printing (figures such as the duplicates after a failover). */
  run(target: Target, report: (line: string) => void): Promise<void>;
}

export const always = (): boolean => true;
