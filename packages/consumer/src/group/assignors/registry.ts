// The classic-protocol assignors this client knows, by the protocol name sent in JoinGroup.
import { KafkaConfigError } from '@kafkaline/protocol';
import type { PartitionAssignor } from './assignor.js';
import { cooperativeStickyAssignor } from './cooperative-sticky.js';
import { rangeAssignor } from './range.js';
import { roundRobinAssignor } from './round-robin.js';

export type AssignorName = 'range' | 'roundrobin' | 'cooperative-sticky';

/** The Java client's default `partition.assignment.strategy`, in preference order. */
export const DEFAULT_ASSIGNORS: readonly AssignorName[] = ['range', 'cooperative-sticky'];

const ASSIGNORS: ReadonlyMap<string, PartitionAssignor> = new Map(
  [rangeAssignor, roundRobinAssignor, cooperativeStickyAssignor].map((assignor) => [assignor.name, assignor]),
);

export const ASSIGNOR_NAMES: readonly string[] = [...ASSIGNORS.keys()];

/** The assignor for a protocol name; throws KafkaConfigError naming the known ones otherwise. */
export function assignorByName(name: string, option = 'partitionAssignors'): PartitionAssignor {
  const assignor = ASSIGNORS.get(name);
  if (!assignor) throw new KafkaConfigError(option, `unknown partition assignor '${name}'; known assignors: ${ASSIGNOR_NAMES.join(', ')}`);
  return assignor;
}

/** The assignor for a name, or undefined (the group may have chosen one we do not run). */
export function findAssignor(name: string): PartitionAssignor | undefined {
  return ASSIGNORS.get(name);
}
