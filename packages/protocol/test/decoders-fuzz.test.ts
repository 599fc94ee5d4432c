// Robustness: random and mutated inputs fed to every decoder only ever throw KafkaProtocolError —
// never another exception, never a hang, never an allocation larger than the input.
// KAFKALINE_FUZZ_CASES raises the case count for a long run; KAFKALINE_FUZZ_SEED replays one.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as generated from '../src/generated/index.js';
import { KafkaProtocolError, Reader, Writer } from '../src/index.js';
import { FLAVORS, messages, prng, sampleStruct, versionsOf } from './support/samples.js';

type Encode = (w: Writer, v: number, body: unknown) => void;
type Decode = (r: Reader, v: number) => unknown;
const codecs = generated as unknown as Record<string, Encode | Decode>;

const TOTAL_CASES = Number(process.env.KAFKALINE_FUZZ_CASES ?? 200_000);
const SEED = Number(process.env.KAFKALINE_FUZZ_SEED ?? 20261124);

interface Target {
  name: string;
  version: number;
  decode: Decode;
  valid: Buffer[];
}

function targets(): Target[] {
  const out: Target[] = [];
  for (const message of messages) {
    const encode = codecs[`encode${message.name}Body`] as Encode;
    const decode = codecs[`decode${message.name}Body`] as Decode;
    for (const version of versionsOf(message)) {
      const valid = FLAVORS.map((flavor, i) => {
        const w = new Writer();
        encode(w, version, sampleStruct(message.root, version, flavor, prng(version * 7 + i)));
        return Buffer.from(w.finish());
      });
      out.push({ name: message.name, version, decode, valid });
    }
  }
  return out;
}

/** Turns a valid encoding into a hostile one: truncation, bit flips, huge lengths, noise. */
function mutate(input: Buffer, rnd: () => number): Buffer {
  const kind = Math.floor(rnd() * 6);
  const bytes = Buffer.from(input);
  const at = () => Math.floor(rnd() * Math.max(1, bytes.length));
  switch (kind) {
    case 0:
      return bytes.subarray(0, at());
    case 1: {
      const flips = 1 + Math.floor(rnd() * 4);
      for (let i = 0; i < flips && bytes.length > 0; i++) {
        const index = at();
        bytes[index] = (bytes[index] ?? 0) ^ (1 << Math.floor(rnd() * 8));
      }
      return bytes;
    }
    case 2: {
      // A length or count field claiming ~2 GB, or -2.
      const pos = at();
      if (bytes.length >= pos + 4) bytes.writeInt32BE(rnd() < 0.5 ? 0x7fffff00 : -2, pos);
      return bytes;
    }
    case 3: {
      // A varint that never ends.
      const pos = at();
      bytes.fill(0xff, pos, Math.min(bytes.length, pos + 6));
      return bytes;
    }
    case 4: {
      const noise = Buffer.alloc(Math.floor(rnd() * 64));
      for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(rnd() * 256);
      return noise;
    }
    default: {
      const pos = at();
      return Buffer.concat([bytes.subarray(0, pos), Buffer.from([Math.floor(rnd() * 256)]), bytes.subarray(pos)]);
    }
  }
}

/** Rough size of what a decode produced, to show no allocation outgrew its input. */
function footprint(value: unknown, budget: { left: number }): void {
  if (budget.left < 0) return;
  if (value instanceof Uint8Array) return; // views into the input
  if (typeof value === 'string') budget.left -= value.length;
  else if (Array.isArray(value)) {
    budget.left -= value.length;
    for (const item of value) footprint(item, budget);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) footprint(item, budget);
  }
}

test(`every decoder survives ${TOTAL_CASES} hostile inputs with only KafkaProtocolError (seed ${SEED})`, () => {
  const all = targets();
  const rnd = prng(SEED);
  let rejected = 0;
  let caseNo = 0;
  try {
    for (; caseNo < TOTAL_CASES; caseNo++) {
      const target = all[caseNo % all.length] as Target;
      const input = mutate(target.valid[Math.floor(rnd() * target.valid.length)] as Buffer, rnd);
      try {
        const decoded = target.decode(new Reader(input), target.version);
        // Arrays are sized from counts checked against the remaining bytes; strings from lengths.
        const budget = { left: input.length * 2 + 64 };
        footprint(decoded, budget);
        if (budget.left < 0) throw new Error(`decoded value is larger than its ${input.length}-byte input`);
      } catch (err) {
        if (!(err instanceof KafkaProtocolError)) {
          throw new Error(`${target.name} v${target.version} threw ${(err as Error)?.name}: ${(err as Error)?.message} on input ${input.toString('hex')}`);
        }
        rejected++;
      }
    }
  } catch (err) {
    throw new Error(`fuzz case ${caseNo} failed (replay with KAFKALINE_FUZZ_SEED=${SEED}): ${(err as Error).message}`);
  }
  assert.ok(rejected > TOTAL_CASES / 4, `most mutations are rejected (${rejected} of ${TOTAL_CASES})`);
});

test.run();
