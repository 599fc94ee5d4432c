import { KafkaProtocolError } from '@kafkaline/protocol';

/** Size of the buffer plain-TCP reads land in (the usual socket read size), reused by every read. */
const READ_BUFFER_BYTES = 64 * 1024;

/**
 * Cuts a TCP byte stream into Kafka response frames (int32 size, then that many bytes).
 *
 * TCP may split a frame over any number of chunks or pack several frames into one chunk. A frame
 * that lies inside a single chunk is returned as a view of it, with no copy at all. A frame that
 * does not gets its own buffer, allocated once its size prefix is known (and checked), and every
 * arriving chunk is copied into it at once: a 50 MB fetch response arriving in 64 KB reads costs
 * one copy in total, and each chunk dies young instead of waiting in a list for the frame's end.
 *
 * Two ways in. `push` takes chunks the caller hands over for good ('data' events), so frames may be
 * views of them. `readBuffer` / `received` serve a socket that reads into memory we provide
 * (node:net's `onread`): one fixed buffer for the socket's whole life, so no memory is allocated
 * per read, and every byte is copied out of it before `received` returns, since the next read
 * overwrites it. The buffer never changes: switching a socket's read target from read to read
 * (say, straight into the tail of the frame in progress) hands node's native side a raw pointer to
 * keep in step with ours, and one CI run on real Kafka saw a frame's tail keep stale bytes that
 * way (the cause was not found), so it is not done.
 *
 * Frames are never recycled: the decoded responses keep views into them (record keys and values).
 *
 * The size prefix is checked before anything is allocated, so a corrupt or hostile prefix
 * (say, 2 GB) is a protocol error, not an allocation.
 */
export class FrameDecoder {
  /** The frame being assembled once its size is known, or null. */
  private frame: Buffer | null = null;
  /** Bytes of `frame` filled so far. */
  private filled = 0;
  /** A size prefix split across chunks collects here. */
  private readonly prefix = Buffer.alloc(4);
  private prefixFilled = 0;
  /** Created on first use: only sockets reading through `readBuffer` need it. */
  private ownReadBuffer: Buffer | null = null;

  constructor(private readonly maxFrameBytes: number) {}

  /** Adds bytes the caller will not touch again; returns the payloads (bytes after the size prefix) of every completed frame. */
  push(chunk: Buffer): Buffer[] {
    return this.consume(chunk, false);
  }

  /** The memory a socket reading through `received` reads into: the same buffer every time (not from Buffer's shared pool). */
  get readBuffer(): Buffer {
    this.ownReadBuffer ??= Buffer.allocUnsafeSlow(READ_BUFFER_BYTES);
    return this.ownReadBuffer;
  }

  /** `count` bytes were read into `readBuffer`; returns the completed frames' payloads, none of them a view of `readBuffer`. */
  received(count: number): Buffer[] {
    if (count <= 0) return EMPTY;
    if (count > READ_BUFFER_BYTES) throw new KafkaProtocolError(`A socket reported ${count} bytes read into a ${READ_BUFFER_BYTES}-byte read buffer`);
    return this.consume(this.readBuffer.subarray(0, count), true);
  }

  /** Bytes held for a frame (or size prefix) that has not completed yet. */
  get pendingBytes(): number {
    return this.prefixFilled + this.filled;
  }

  reset(): void {
    this.frame = null;
    this.filled = 0;
    this.prefixFilled = 0;
  }

  /** `reused`: the chunk's memory is overwritten later, so frames inside it are copied out, not viewed. */
  private consume(chunk: Buffer, reused: boolean): Buffer[] {
    let frames: Buffer[] | null = null;
    let at = 0;
    const end = chunk.length;
    while (at < end) {
      const frame = this.frame;
      if (frame !== null) {
        const count = Math.min(frame.length - this.filled, end - at);
        chunk.copy(frame, this.filled, at, at + count);
        this.filled += count;
        at += count;
        if (this.filled === frame.length) {
          (frames ??= []).push(frame);
          this.frame = null;
          this.filled = 0;
        }
        continue;
      }
      let size: number;
      if (this.prefixFilled === 0 && end - at >= 4) {
        size = this.checkSize(chunk.readInt32BE(at));
        at += 4;
      } else {
        const count = Math.min(4 - this.prefixFilled, end - at);
        chunk.copy(this.prefix, this.prefixFilled, at, at + count);
        this.prefixFilled += count;
        at += count;
        if (this.prefixFilled < 4) break;
        this.prefixFilled = 0;
        size = this.checkSize(this.prefix.readInt32BE(0));
      }
      if (end - at >= size) {
        const inChunk = chunk.subarray(at, at + size);
        (frames ??= []).push(reused ? copyOf(inChunk) : inChunk);
        at += size;
      } else {
        // Allocated only now, after checkSize: the loop's next turn copies the rest of the chunk in.
        this.frame = Buffer.allocUnsafe(size);
        this.filled = 0;
      }
    }
    return frames ?? EMPTY;
  }

  private checkSize(size: number): number {
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
}

function copyOf(bytes: Buffer): Buffer {
  const copy = Buffer.allocUnsafe(bytes.length);
  bytes.copy(copy);
  return copy;
}

const EMPTY: Buffer[] = [];
