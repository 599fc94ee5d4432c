export type { MemberSubscription, PartitionAssignor, RebalanceProtocol, TopicPartitions } from './assignor.js';
export { rangeAssignor } from './range.js';
export { roundRobinAssignor } from './round-robin.js';
export { cooperativeStickyAssignor } from './cooperative-sticky.js';
export { claimGeneration } from './previous-owners.js';
export { ASSIGNOR_NAMES, type AssignorName, assignorByName, DEFAULT_ASSIGNORS, findAssignor } from './registry.js';
export {
  type Assignment,
  CONSUMER_PROTOCOL_VERSION,
  type Decoded,
  decodeAssignment,
  decodeSubscription,
  encodeAssignment,
  encodeSubscription,
  memberSubscriptionFromMetadata,
  type Subscription,
  type SubscriptionInput,
  sortedTopicPartitions,
} from './consumer-protocol.js';
