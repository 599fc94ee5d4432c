import { KafkaProtocolError } from '../errors.js';

/**
 * Kafka prints a UUID (topic ids, directory ids) as 22 characters of URL-safe base64 without
 * padding; we use the same text form so ids match what `kafka-topics --describe` shows.
 */
export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

export function uuidFromBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('base64url');
}

export function uuidToBytes(uuid: string): Buffer {
  const bytes = Buffer.from(uuid, 'base64url');
  if (bytes.length !== 16 || uuid.length !== 22) {
    throw new KafkaProtocolError(`Invalid UUID '${uuid}': expected 22 characters of URL-safe base64 (16 bytes)`);
  }
  return bytes;
}
