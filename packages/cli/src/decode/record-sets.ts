import { compressionCodecName, type DecodedBatch, decodeBatches } from '@kafkaline/protocol';
import { toJsonValue } from '../output/json.js';
import { recordToJson } from '../output/record-json.js';

function batchToJson(batch: DecodedBatch): Record<string, unknown> {
  return {
    magic: batch.magic,
    baseOffset: batch.baseOffset,
    lastOffset: batch.lastOffset,
    position: batch.position,
    sizeInBytes: batch.sizeInBytes,
    compression: compressionCodecName(batch.compression),
    timestampType: batch.timestampType,
    isTransactional: batch.isTransactional,
    isControl: batch.isControl,
    partitionLeaderEpoch: batch.partitionLeaderEpoch,
    baseTimestamp: batch.baseTimestamp,
    maxTimestamp: batch.maxTimestamp,
    producerId: toJsonValue(batch.producerId),
    producerEpoch: batch.producerEpoch,
    baseSequence: batch.baseSequence,
    recordCount: batch.recordCount,
    records: batch.records.map((r) => recordToJson(r)),
    ...(batch.controlRecords.length > 0 ? { controlRecords: toJsonValue(batch.controlRecords) } : {}),
  };
}

/**
 * Every batch of a record set with its records (CRCs checked, compression undone). Corruption
 * does not lose what came before it: the batches decoded so far are kept and the problem is
 * reported beside them.
 */
export async function recordSetToJson(bytes: Uint8Array): Promise<{ batches: Record<string, unknown>[]; error?: string }> {
  const batches: Record<string, unknown>[] = [];
  try {
    for await (const batch of decodeBatches(bytes)) batches.push(batchToJson(batch));
  } catch (error) {
    return { batches, error: error instanceof Error ? error.message : String(error) };
  }
  return { batches };
}

/**
 * A decoded message as JSON, with every `records` bytes field (Produce requests, Fetch
 * responses) decoded into its batches instead of shown as base64.
 */
export async function messageToJson(value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map(messageToJson));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof Map)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) continue;
      out[key] = key === 'records' && field instanceof Uint8Array ? { bytes: field.length, ...(await recordSetToJson(field)) } : await messageToJson(field);
    }
    return out;
  }
  return toJsonValue(value);
}
