import { KafkaProtocolError } from '../errors.js';

/** Compressed data that would decompress to more than the caller allows (zip-bomb guard). */
export class DecompressedSizeLimitError extends KafkaProtocolError {
  readonly limit: number;

  constructor(codec: string, limit: number, size?: number) {
    const actual = size === undefined ? 'more than that' : `${size} bytes`;
    super(
      `${codec} data would decompress to ${actual}, beyond the limit of ${limit} bytes; ` +
        'if the data is genuine, raise maxDecompressedBytes',
      { code: 'DECOMPRESSED_SIZE_LIMIT' },
    );
    this.limit = limit;
  }
}
