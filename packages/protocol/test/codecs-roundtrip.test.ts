import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as generated from '../src/generated/index.js';
import { Reader, Writer } from '../src/index.js';
import { comparable, FLAVORS, messages, prng, sampleStruct, versionsOf } from './support/samples.js';

type Encode = (w: Writer, v: number, body: unknown) => void;
type Decode = (r: Reader, v: number) => unknown;
const codecs = generated as unknown as Record<string, Encode | Decode>;

test('every message of every schema round-trips at every version with min, max, null and random values', () => {
  let cases = 0;
  for (const message of messages) {
    const encode = codecs[`encode${message.name}Body`] as Encode;
    const decode = codecs[`decode${message.name}Body`] as Decode;
    assert.type(encode, 'function', `encoder for ${message.name}`);
    assert.type(decode, 'function', `decoder for ${message.name}`);
    for (const version of versionsOf(message)) {
      for (const [i, flavor] of FLAVORS.entries()) {
        const seed = message.name.length * 1000 + version * 10 + i;
        const sample = sampleStruct(message.root, version, flavor, prng(seed));
        const w = new Writer(16);
        try {
          encode(w, version, sample);
          const bytes = w.finish();
          const r = new Reader(bytes);
          const decoded = decode(r, version);
          assert.is(r.remaining, 0, 'decoder consumed every byte');
          assert.equal(comparable(decoded), comparable(sample));
        } catch (err) {
          throw new Error(`${message.name} v${version} (${flavor}, seed ${seed}): ${(err as Error).message}`);
        }
        cases++;
      }
    }
  }
  assert.ok(cases > 1000, `ran ${cases} cases`);
});

test('decoding then re-encoding reproduces the exact bytes', () => {
  for (const message of messages) {
    const encode = codecs[`encode${message.name}Body`] as Encode;
    const decode = codecs[`decode${message.name}Body`] as Decode;
    for (const version of versionsOf(message)) {
      const sample = sampleStruct(message.root, version, 'random', prng(version + 17));
      const first = new Writer();
      encode(first, version, sample);
      const second = new Writer();
      encode(second, version, decode(new Reader(first.finish()), version));
      assert.equal(second.finish().toString('hex'), first.finish().toString('hex'), `${message.name} v${version}`);
    }
  }
});

test.run();
