import { KafkaCorruptRecordError } from '../errors.js';

/** Where decoding is, so a corruption error names the topic, partition and offset. */
export interface DecodeLocation {
  topic: string | undefined;
  partition: number | undefined;
}

export function corrupt(problem: string, location: DecodeLocation, offset: number | undefined, cause?: unknown): KafkaCorruptRecordError {
  return new KafkaCorruptRecordError(
    `${problem}. The fetched bytes are damaged (broker disk, network or a buggy producer); ` +
      'skipping past this offset (seek) loses the batch, refetching may help if the damage was in transit',
    { offset, topic: location.topic, partition: location.partition },
    cause,
  );
}
