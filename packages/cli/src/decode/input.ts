import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliCommandError, CliUsageError } from '../errors.js';

/** Captures bigger than this are refused rather than read into memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

async function readStream(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > limit) throw new CliCommandError(`standard input is larger than ${limit} bytes; decode a smaller capture`, 'INPUT_TOO_LARGE');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

async function readFileCapped(path: string, limit: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new CliUsageError(`cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new CliCommandError(`'${path}' has ${size} bytes, more than the ${limit} this command reads; decode a smaller capture`, 'INPUT_TOO_LARGE');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Hex text (whitespace, colons and 0x prefixes allowed, as tools print it) to bytes. */
export function parseHex(text: string): Buffer {
  const digits = text.replace(/0x/gi, '').replace(/[\s:,]/g, '');
  if (!/^[0-9a-fA-F]*$/.test(digits)) {
    const bad = /[^0-9a-fA-F]/.exec(digits)?.[0] ?? '';
    throw new CliCommandError(`--hex input has a character that is not a hex digit: '${bad}'`, 'INVALID_INPUT');
  }
  if (digits.length % 2 !== 0) throw new CliCommandError(`--hex input has an odd number of hex digits (${digits.length})`, 'INVALID_INPUT');
  return Buffer.from(digits, 'hex');
}

/** The bytes of a file, or of standard input for '-'; with `hex`, the input is hex text. */
export async function readInput(source: string, stdin: Readable, hex: boolean, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  // Hex doubles the size, so a hex capture may be twice as large as a binary one.
  const cap = hex ? limit * 2 : limit;
  const raw = source === '-' ? await readStream(stdin, cap) : await readFileCapped(source, cap);
  return hex ? parseHex(raw.toString('latin1')) : raw;
}
