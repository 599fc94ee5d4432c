import { readLogEntryHeader } from '@kafkaline/protocol';
import { FakeClusterError } from './errors.js';
import type { PartitionState } from './topics.js';

/**
 * Appends entries with the offsets written in them (any magic): the log after them ends at the
 * last entry's last offset + 1. v0/v1 entries cover one offset each as far as the log's index is
 * concerned (a compressed wrapper is placed at its last inner offset).
 */
export function appendRawRecords(partition: PartitionState, records: Uint8Array): void {
  const log = partition.log;
  let position = 0;
  while (position < records.length) {
    const header = readLogEntryHeader(records, position);
    if (header === null) throw new FakeClusterError(`appendRaw: truncated entry at byte ${position} of ${records.length}`, 'CORRUPT_MESSAGE');
    if (header.offset < log.logEndOffset) {
      throw new FakeClusterError(`appendRaw: entry offset ${header.offset} is below the log end offset ${log.logEndOffset} of ${partition.topic}-${partition.index}`, 'INVALID_OFFSET');
    }
    const bytes = Buffer.from(records.subarray(position, position + header.size));
    const stored = { ...header, position: 0 };
    // A v0/v1 compressed wrapper carries its last inner offset; its inner messages start after the log end.
    const baseOffset = header.magic !== 2 && header.compression !== 0 ? log.logEndOffset : header.offset;
    log.append({ baseOffset, lastOffset: header.lastOffset, bytes, header: stored });
    position += header.size;
  }
}
