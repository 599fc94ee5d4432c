export { type Clock, ManualClock, systemClock } from './clock.js';
export {
  FakeCluster,
  type FakeClusterOptions,
  type GroupSnapshot,
  type PartitionSnapshot,
  type SocketFactory,
  type TopicSpec,
} from './cluster.js';
export { FakeClusterConfigError, FakeClusterError } from './errors.js';
export { SeededRandom } from './random.js';
export {
  type FakeBrokerArguments,
  FakeBrokerUsageError,
  fakeBrokerUsage,
  parseFakeBrokerArguments,
  type RunFakeBrokerOptions,
  runFakeBroker,
} from './fake-broker-command.js';
export type {
  AppliedFault,
  DisconnectPoint,
  FaultAction,
  FaultInjector,
  FaultTarget,
  RandomFaultKind,
  RandomFaultOptions,
} from './faults.js';
export type { SaslMechanism } from './sasl/mechanisms.js';
export type { ObservedError, ObservedRequest } from './state.js';
export type { TlsOptions } from './transport/tcp.js';
