// Decoding benchmark: one partition's log per codec (100k records, 500 per batch, ~100-byte
// values) decoded by kafkaline, kafkajs and @platformatic/kafka on the same bytes in one process,
// each reading every record's key and value. Two shapes:
//   fetch  the log as a consumer receives it: 1 MiB Fetch responses (Kafka's default
//          max.partition.fetch.bytes), cut mid-batch as brokers cut them. The headline figure.
//   whole  the whole log (~12 MB) as one blob: all 100k records alive at once, which makes every
//          client's run dominated by young-generation GC.
// Prints records/s and kafkaline's ratios. Not a test: nothing asserts on timing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from '../run.js';
import { DECODERS, type Decoder } from './clients.js';
import { CODECS, FETCH_MAX_BYTES, fetchResponses, loadData } from './data.js';
import { measureMemory } from './memory.js';

async function decodeAll(decoder: Decoder, responses: readonly Buffer[]): Promise<{ count: number; bytes: number; last: Uint8Array | null }> {
  let count = 0;
  let bytes = 0;
  let last: Uint8Array | null = null;
  for (const response of responses) {
    const result = await decoder.decode(response);
    count += result.count;
    bytes += result.bytes;
    last = result.last ?? last;
  }
  return { count, bytes, last };
}

/** Median records/s over `rounds` timed rounds of `iterations` passes, after a warm-up. */
async function timeDecoder(decoder: Decoder, responses: readonly Buffer[], recordCount: number, rounds: number, iterations: number): Promise<number> {
  for (let i = 0; i < iterations; i++) await decodeAll(decoder, responses);
  const perRound: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await decodeAll(decoder, responses);
    perRound.push((recordCount * iterations) / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  perRound.sort((a, b) => a - b);
  return perRound[Math.floor(perRound.length / 2)] as number;
}

const fmt = (recordsPerSecond: number): string => `${(recordsPerSecond / 1e6).toFixed(2)} M rec/s`;

export async function run({ quick, flags }: BenchOptions): Promise<void> {
  const codecs = flags.get('codec')?.split(',') ?? CODECS;
  const shapes = flags.get('shape')?.split(',') ?? ['fetch', 'whole'];
  const recordCount = quick ? 10_000 : 100_000;
  const rounds = quick ? 2 : 7;
  const iterations = quick ? 2 : 5;
  console.log(
    `\n# decode: ${recordCount} records, 500 per batch, ~100-byte values, keys and values read; ` +
      `node ${process.version}, ${process.platform}-${process.arch}; median of ${rounds} rounds x ${iterations} passes`,
  );
  const report: Record<string, Record<string, Record<string, number | null>>> = {};
  for (const shape of shapes) {
    report[shape] = {};
    console.log(shape === 'fetch' ? `\n## fetch: ${FETCH_MAX_BYTES}-byte Fetch responses, as a consumer receives the log` : '\n## whole: the entire log decoded in one call');
    const rows: string[][] = [['codec', 'log bytes', 'responses', ...DECODERS.map((d) => d.name), 'vs kafkajs', 'vs platformatic']];
    const notes: string[] = [];
    for (const codec of CODECS.filter((c) => codecs.includes(c))) {
      const { data, file } = await loadData(codec, recordCount);
      const responses = shape === 'fetch' ? fetchResponses(data) : [data];
      const results: (number | null)[] = [];
      let reference: Buffer | null = null;
      for (const decoder of DECODERS) {
        const why = decoder.unsupported(codec);
        if (why !== null) {
          results.push(null);
          if (shape === 'fetch') notes.push(`note: ${decoder.name} cannot decode ${codec} here: ${why}`);
          continue;
        }
        // Every client must see the same records before its time counts.
        const check = await decodeAll(decoder, responses);
        const last = Buffer.from(check.last ?? []);
        reference ??= last;
        if (check.count !== recordCount || !last.equals(reference)) {
          throw new Error(`${decoder.name} decoded ${check.count} records of ${file} (expected ${recordCount}) or a different last value`);
        }
        results.push(await timeDecoder(decoder, responses, recordCount, rounds, iterations));
      }
      (report[shape] as Record<string, Record<string, number | null>>)[codec] = Object.fromEntries(DECODERS.map((d, i) => [d.name, results[i] ?? null]));
      const [ours, js, pl] = results;
      const ratio = (other: number | null | undefined): string => (ours && other ? `${(ours / other).toFixed(2)}x` : 'n/a');
      rows.push([codec, String(data.length), String(responses.length), ...results.map((r) => (r === null ? 'n/a' : fmt(r))), ratio(js), ratio(pl)]);
    }
    printTable(rows);
    for (const note of notes) console.log(note);
  }
  if (!quick) {
    // bench/results/*.json is git-ignored: the figures of the last full run, for notes and issues.
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'decode.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, recordCount, recordsPerSecond: report }, null, 2)}\n`);
    console.log(`\nfigures written to ${file}`);
  }
  if (flags.get('memory') !== 'no') await measureMemory(recordCount);
}

function printTable(rows: string[][]): void {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
}
