import { KafkaProtocolError } from '@kafkaline/protocol';

/**
 * Cuts a TCP byte stream into Kafka response frames (int32 size, then that many bytes).
 *
 * TCP may split a frame over any number of chunks or pack several frames into one chunk. Chunks
 * are kept in a list and counted, never concatenated on arrival: a 50 MB fetch response arriving
 * in 64 KB reads costs one copy when it completes, not hundreds of growing copies. A frame that
 * lies inside a single chunk is returned as a view of it, with no copy at all.
 *
 * The size prefix is checked before anything is allocated, so a corrupt or hostile prefix
 * (say, 2 GB) is a protocol error, not an allocation.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  /** Index of the first unconsumed chunk; consumed ones are dropped in batches, not shifted one by one. */
  private first = 0;
  /** Read position inside chunks[first]. */
  private head = 0;
  private buffered = 0;
  /** Payload size of the frame being assembled, or -1 until its size prefix is complete. */
  private frameSize = -1;

  constructor(private readonly maxFrameBytes: number) {}

  /** Adds bytes; returns the payloads (bytes after the size prefix) of every completed frame. */
  push(chunk: Buffer): Buffer[] {
    if (chunk.length === 0) return [];
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    let frames: Buffer[] | null = null;
    for (;;) {
      if (this.frameSize === -1) {
        if (this.buffered < 4) break;
        this.frameSize = this.readSize();
      }
      if (this.buffered < this.frameSize) break;
      const frame = this.take(this.frameSize);
      this.frameSize = -1;
      (frames ??= []).push(frame);
    }
    return frames ?? EMPTY;
  }

  /** Bytes held for a frame that has not completed yet. */
  get pendingBytes(): number {
    return this.buffered;
  }

  reset(): void {
    this.chunks = [];
    this.first = 0;
    this.head = 0;
    this.buffered = 0;
    this.frameSize = -1;
  }

  private readSize(): number {
    const sizeBytes = this.take(4);
    const size = sizeBytes.readInt32BE(0);
    if (size < 4) {
      throw new KafkaProtocolError(
        `Response frame declares ${size} bytes, fewer than the 4 of a correlation id: the stream is corrupt or not Kafka`,
      );
    }
    if (size > this.maxFrameBytes) {
      throw new KafkaProtocolError(
        `Response frame declares ${size} bytes, more than maxResponseBytes (${this.maxFrameBytes}): ` +
          'the stream is corrupt or not Kafka, or the broker really sends responses this large (then raise maxResponseBytes or lower the fetch maxBytes)',
        { code: 'FRAME_TOO_LARGE' },
      );
    }
    return size;
  }

  /** Removes `n` buffered bytes (n <= buffered): a view when they lie in one chunk, else one copy. */
  private take(n: number): Buffer {
    const chunk = this.chunks[this.first] as Buffer;
    let result: Buffer;
    if (n <= chunk.length - this.head) {
      result = chunk.subarray(this.head, this.head + n);
      this.head += n;
      if (this.head === chunk.length) this.advance();
    } else {
      result = Buffer.allocUnsafe(n);
      let written = 0;
      while (written < n) {
        const current = this.chunks[this.first] as Buffer;
        const count = Math.min(current.length - this.head, n - written);
        current.copy(result, written, this.head, this.head + count);
        written += count;
        this.head += count;
        if (this.head === current.length) this.advance();
      }
    }
    this.buffered -= n;
    return result;
  }

  private advance(): void {
    this.first++;
    this.head = 0;
    if (this.first === this.chunks.length) {
      this.chunks = [];
      this.first = 0;
    } else if (this.first >= 1024) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }
}

const EMPTY: Buffer[] = [];
