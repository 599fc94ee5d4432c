import { loadNative } from '../compression/load-native.js';

/** The part of `@node-rs/crc32` we use: hardware CRC-32C (SSE 4.2 / ARMv8) and SIMD CRC-32. */
interface NativeCrc32 {
  crc32c(input: Uint8Array, initialState?: number | null): number;
  crc32(input: Uint8Array, initialState?: number | null): number;
}

function load(): NativeCrc32 | null {
  // Lets tests and the benchmark exercise the JS fallback on a machine that has the binary.
  if (process.env.KAFKALINE_NATIVE_CRC === '0') return null;
  const native = loadNative<NativeCrc32>('@node-rs/crc32').module;
  if (native === null) return null;
  // A wrong binary can load and still compute garbage: insist on the standard check values.
  const check = new TextEncoder().encode('123456789');
  try {
    if (native.crc32c(check) !== 0xe3069283 || native.crc32(check) !== 0xcbf43926) return null;
  } catch {
    return null;
  }
  return native;
}

/** `@node-rs/crc32` when its prebuilt binary loads for this platform, else null (JS tables take over). */
export const nativeCrc32: NativeCrc32 | null = load();
