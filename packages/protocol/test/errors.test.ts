import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  brokerError,
  ErrorCode,
  errorInfo,
  KafkaBrokerError,
  KafkaError,
  NotLeaderOrFollowerError,
  OffsetOutOfRangeError,
} from '../src/index.js';

test('broker error codes map to specific classes carrying code, retriable and location', () => {
  const error = brokerError(ErrorCode.OFFSET_OUT_OF_RANGE, { topic: 'orders', partition: 2, offset: 42, api: 'Fetch' });
  assert.instance(error, OffsetOutOfRangeError);
  assert.instance(error, KafkaBrokerError);
  assert.instance(error, KafkaError);
  assert.is(error.code, 'OFFSET_OUT_OF_RANGE');
  assert.is(error.errorCode, 1);
  assert.is(error.retriable, false);
  assert.is(error.name, 'OffsetOutOfRangeError');
  assert.match(error.message, /OFFSET_OUT_OF_RANGE \(1\) in Fetch response at topic 'orders', partition 2, offset 42/);
  const notLeader = brokerError(6);
  assert.instance(notLeader, NotLeaderOrFollowerError);
  assert.is(notLeader.retriable, true);
});

test('an error code unknown to this client still becomes a KafkaBrokerError', () => {
  const error = brokerError(9999);
  assert.is(error.code, 'UNKNOWN_ERROR_CODE_9999');
  assert.is(errorInfo(0).name, 'NONE');
});

test.run();
