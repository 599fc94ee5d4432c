/**
 * Table-driven CRC-32 with slicing-by-8, for any reflected polynomial. The native CRCs cost a
 * call into C++ (~100 ns), so for the short inputs of legacy messages this is the faster path, and
 * it is the fallback wherever the native modules are missing.
 */
export type Crc32Function = (bytes: Uint8Array, start: number, end: number) => number;

export function slicingBy8(reflectedPolynomial: number): Crc32Function {
  const table = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ reflectedPolynomial : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = table[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (table[c & 0xff] as number) ^ (c >>> 8);
      table[k * 256 + n] = c;
    }
  }
  const t = table;
  return (bytes, start, end) => {
    let crc = -1;
    let i = start;
    const end8 = end - ((end - start) & 7);
    while (i < end8) {
      const a = crc ^ ((bytes[i] as number) | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16) | ((bytes[i + 3] as number) << 24));
      crc =
        (t[1792 + (a & 0xff)] as number) ^
        (t[1536 + ((a >>> 8) & 0xff)] as number) ^
        (t[1280 + ((a >>> 16) & 0xff)] as number) ^
        (t[1024 + (a >>> 24)] as number) ^
        (t[768 + (bytes[i + 4] as number)] as number) ^
        (t[512 + (bytes[i + 5] as number)] as number) ^
        (t[256 + (bytes[i + 6] as number)] as number) ^
        (t[bytes[i + 7] as number] as number);
      i += 8;
    }
    while (i < end) crc = (t[(crc ^ (bytes[i++] as number)) & 0xff] as number) ^ (crc >>> 8);
    return (crc ^ -1) >>> 0;
  };
}
