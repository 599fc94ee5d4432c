import { KafkaProtocolError } from '@kafkaline/protocol';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = BigInt(Number.MIN_SAFE_INTEGER);

/**
 * An int64 from a response (offset, timestamp) as a JS number. Kafka offsets stay far below
 * 2^53 in practice; a value beyond it is reported rather than silently rounded.
 */
export function int64ToNumber(value: bigint, what: string): number {
  if (value > MAX || value < MIN) {
    throw new KafkaProtocolError(`${what} ${value} is outside the range a JS number holds exactly (±2^53-1)`);
  }
  return Number(value);
}
