// The three decoders under test, each turning one partition's `records` bytes into records the
// way the client does inside its Fetch path, then reading every record's key and value as an
// application would. kafkajs and @platformatic/kafka check no CRCs; kafkaline checks them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type CompressionCodecName, crc32cImplementation, decodeRecords } from '@kafkaline/protocol';
import { Reader as PlatformaticReader, readRecordsBatches } from '@platformatic/kafka';
import { type KafkajsCodec, registerKafkajsCodecs } from '../e2e/contenders/kafkajs-codecs.js';

const require = createRequire(import.meta.url);

/** What decoding one response produced: record count, payload bytes read, the last value. */
export interface Decoded {
  count: number;
  bytes: number;
  last: Uint8Array | null;
}

export interface Decoder {
  name: string;
  /** Why this client cannot decode the codec here, or null when it can. */
  unsupported(codec: CompressionCodecName): string | null;
  decode(data: Buffer): Promise<Decoded>;
}

// The package's exports hide package.json: find it from the entry point.
function packageVersion(entry: string): string {
  let dir = dirname(require.resolve(entry));
  for (;;) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  }
}

export const kafkaline: Decoder = {
  name: `kafkaline (crc ${crc32cImplementation})`,
  unsupported: () => null,
  async decode(data) {
    const records = await decodeRecords(data, { checkCrc: true });
    let bytes = 0;
    let last: Uint8Array | null = null;
    for (const record of records) {
      bytes += (record.key?.length ?? 0) + (record.value?.length ?? 0);
      last = record.value;
    }
    return { count: records.length, bytes, last };
  },
};

// kafkajs decodes a partition's records in its Fetch v4+ decoder; codecs are plugins.
const kafkajsModule = require('kafkajs') as { CompressionTypes: Record<string, number>; CompressionCodecs: Record<number, () => KafkajsCodec> };
const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => unknown;
const kafkajsDecodeMessages = require('kafkajs/src/protocol/requests/fetch/v4/decodeMessages') as (
  decoder: unknown,
) => Promise<{ key: Buffer | null; value: Buffer | null }[]>;
const { CompressionTypes, CompressionCodecs } = kafkajsModule;
CompressionCodecs[CompressionTypes.Snappy as number] = require('kafkajs-snappy') as () => KafkajsCodec;
// lz4 and zstd: the same native bindings kafkaline uses (kafkajs-lz4 and @kafkajs/zstd cannot install here).
registerKafkajsCodecs();

export const kafkajs: Decoder = {
  name: `kafkajs ${packageVersion('kafkajs')}`,
  unsupported: () => null,
  async decode(data) {
    // decodeMessages reads the int32 size of the records field first, as in a Fetch response.
    const framed = Buffer.allocUnsafe(4 + data.length);
    framed.writeInt32BE(data.length, 0);
    data.copy(framed, 4);
    const records = await kafkajsDecodeMessages(new KafkajsDecoder(framed));
    let bytes = 0;
    let last: Uint8Array | null = null;
    for (const record of records) {
      bytes += (record.key?.length ?? 0) + (record.value?.length ?? 0);
      last = record.value;
    }
    return { count: records.length, bytes, last };
  },
};

const hasZstd = typeof (require('node:zlib') as { zstdDecompressSync?: unknown }).zstdDecompressSync === 'function';

export const platformatic: Decoder = {
  name: `@platformatic/kafka ${packageVersion('@platformatic/kafka')}`,
  unsupported: (codec) => (codec === 'zstd' && !hasZstd ? `its zstd needs node:zlib zstd (Node >= 22.15), this is ${process.version}` : null),
  async decode(data) {
    let count = 0;
    let bytes = 0;
    let last: Uint8Array | null = null;
    for (const batch of readRecordsBatches(PlatformaticReader.from(data))) {
      for (const record of batch.records) {
        bytes += (record.key?.length ?? 0) + (record.value?.length ?? 0);
        last = record.value;
      }
      count += batch.records.length;
    }
    return { count, bytes, last };
  },
};

export const DECODERS: readonly Decoder[] = [kafkaline, kafkajs, platformatic];
