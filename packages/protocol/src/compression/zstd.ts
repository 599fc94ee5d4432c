import { KafkaProtocolError } from '../errors.js';
import { DecompressedSizeLimitError } from './limit-error.js';
import { loadNative, type NativeLoad } from './load-native.js';

// @mongodb-js/zstd, pinned to 1.2.2: napi-rs with prebuilt binaries as registry packages (its
// later majors do not install from the registry alone). fzstd, pure JS, was 4x slower. The
// binding is async only.
interface ZstdBinding {
  compress(data: Buffer, level?: number): Promise<Buffer>;
  decompress(data: Buffer): Promise<Buffer>;
}

let binding: NativeLoad<ZstdBinding> | undefined;

function zstd(): ZstdBinding {
  binding ??= loadNative<ZstdBinding>('@mongodb-js/zstd');
  if (binding.module === null) throw binding.error;
  return binding.module;
}

/** The binding wants a Buffer; a view over the same memory costs nothing. */
function asBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

const FRAME_MAGIC = 0xfd2fb528;
const SKIPPABLE_MAGIC_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const MAX_BLOCK_SIZE = 128 * 1024;

/** zstd (codec 4, RecordBatch v2 only) through `@mongodb-js/zstd`. */
export function zstdCompress(data: Uint8Array, level = 3): Promise<Uint8Array> {
  return zstd().compress(asBuffer(data), level);
}

/**
 * Walks frame and block headers without decompressing, to bound the output: raw and RLE blocks
 * state their size, a compressed block yields at most min(window, 128 KiB), and a frame that
 * states its content size is held to it. The binding itself decompresses whatever it is given,
 * so this is what keeps a bomb from being allocated.
 */
export function zstdMaxDecompressedSize(data: Uint8Array): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const need = (at: number, n: number, what: string): void => {
    if (at + n > data.length) throw new KafkaProtocolError(`zstd ${what} at byte ${at} is cut short`);
  };
  let total = 0;
  let at = 0;
  while (at < data.length) {
    need(at, 4, 'frame magic');
    const magic = view.getUint32(at, true);
    if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(at + 4, 4, 'skippable frame size');
      const size = view.getUint32(at + 4, true);
      need(at + 8, size, 'skippable frame');
      at += 8 + size;
      continue;
    }
    if (magic !== FRAME_MAGIC) throw new KafkaProtocolError(`zstd data has no frame magic at byte ${at}`);
    at += 4;
    need(at, 1, 'frame header');
    const descriptor = data[at++] as number;
    if ((descriptor & 0x08) !== 0) throw new KafkaProtocolError('zstd frame header has its reserved bit set');
    const singleSegment = (descriptor & 0x20) !== 0;
    const fcsFlag = descriptor >> 6;
    const dictionaryIdSize = [0, 1, 2, 4][descriptor & 0x03] as number;
    const contentChecksum = (descriptor & 0x04) !== 0;
    let windowSize = 0;
    if (!singleSegment) {
      need(at, 1, 'window descriptor');
      const wd = data[at++] as number;
      const windowBase = 2 ** (10 + (wd >> 3));
      windowSize = windowBase + (windowBase / 8) * (wd & 0x07);
    }
    at += dictionaryIdSize;
    const fcsSize = fcsFlag === 0 ? (singleSegment ? 1 : 0) : 1 << fcsFlag;
    need(at, fcsSize, 'frame content size');
    let contentSize = -1;
    if (fcsSize === 1) contentSize = data[at] as number;
    else if (fcsSize === 2) contentSize = view.getUint16(at, true) + 256;
    else if (fcsSize === 4) contentSize = view.getUint32(at, true);
    else if (fcsSize === 8) contentSize = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
    at += fcsSize;
    if (singleSegment) windowSize = contentSize;
    const blockMax = Math.min(windowSize, MAX_BLOCK_SIZE);
    let frameMax = 0;
    for (let last = false; !last; ) {
      need(at, 3, 'block header');
      const header = (data[at] as number) | ((data[at + 1] as number) << 8) | ((data[at + 2] as number) << 16);
      at += 3;
      last = (header & 1) !== 0;
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      if (type === 3) throw new KafkaProtocolError('zstd block has the reserved block type');
      if (type === 1) {
        need(at, 1, 'RLE block');
        frameMax += size;
        at += 1;
      } else {
        need(at, size, type === 0 ? 'raw block' : 'compressed block');
        frameMax += type === 0 ? size : blockMax;
        at += size;
      }
    }
    if (contentChecksum) {
      need(at, 4, 'content checksum');
      at += 4;
    }
    total += contentSize >= 0 ? Math.min(contentSize, frameMax) : frameMax;
  }
  return total;
}

export async function zstdDecompress(data: Uint8Array, maxSize: number): Promise<Uint8Array> {
  const bound = zstdMaxDecompressedSize(data);
  if (bound > maxSize) throw new DecompressedSizeLimitError('zstd', maxSize, bound);
  let out: Uint8Array;
  try {
    out = await zstd().decompress(asBuffer(data));
  } catch (cause) {
    throw new KafkaProtocolError(`zstd data does not decompress: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (out.length > maxSize) throw new DecompressedSizeLimitError('zstd', maxSize, out.length);
  return out;
}
