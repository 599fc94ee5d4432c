// kafkajs takes codecs as plugins. kafkajs-lz4 and @kafkajs/zstd need a native build or a
// download at install time, which fail here: give kafkajs the native lz4 and zstd bindings
// kafkaline uses, so neither side is slowed by a JavaScript codec. Used by the e2e kafkajs
// contender and by the decode benchmark (bench/decode/clients.ts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface KafkajsCodec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}

export function registerKafkajsCodecs(): void {
  const { CompressionTypes, CompressionCodecs } = require('kafkajs') as { CompressionTypes: Record<string, number>; CompressionCodecs: Record<number, () => KafkajsCodec> };
  const lz4 = require('lz4-napi') as { compressFrame(b: Buffer): Promise<Buffer>; decompressFrame(b: Uint8Array): Promise<Buffer> };
  const zstd = require('@mongodb-js/zstd') as { compress(b: Buffer): Promise<Buffer>; decompress(b: Buffer): Promise<Buffer> };
  CompressionCodecs[CompressionTypes.LZ4 as number] = () => ({
    compress: (encoder) => lz4.compressFrame(encoder.buffer),
    decompress: (buffer) => lz4.decompressFrame(buffer),
  });
  CompressionCodecs[CompressionTypes.ZSTD as number] = () => ({
    compress: (encoder) => zstd.compress(encoder.buffer),
    decompress: (buffer) => zstd.decompress(buffer),
  });
}
