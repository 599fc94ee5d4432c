import { KafkaError } from '@kafkaline/protocol';

/** A fake-cluster call that cannot be carried out (bad option, unknown topic or broker, ...). */
export class FakeClusterError extends KafkaError {
  constructor(message: string, code = 'FAKE_CLUSTER_ERROR') {
    super(message, { code, retriable: false });
  }
}

/** An option of FakeCluster.start (or of a fault) that is missing, of the wrong type or out of range. */
export class FakeClusterConfigError extends FakeClusterError {
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`Invalid FakeCluster option '${option}': ${problem}`, 'INVALID_CONFIG');
    this.option = option;
  }
}
