// The contenders, by name. Each module is imported only in its own child process, so a
// process loads one client and nothing of the others.
import * as zlib from 'node:zlib';
import type { ContenderJob } from '../job.js';
import type { Tally } from '../tally.js';

export interface ContenderModule {
  consume(job: ContenderJob, tally: Tally): Promise<void>;
}

export const CONTENDERS: Record<string, () => Promise<ContenderModule>> = {
  'kafkaline-simple': () => import('./kafkaline-simple.js'),
  'kafkaline-kafka': () => import('./kafkaline-kafka.js'),
  'kafkaline-multiprocess': () => import('./kafkaline-multiprocess.js'),
  kafkajs: () => import('./kafkajs.js'),
  platformatic: () => import('./platformatic.js'),
};

/** Why a contender cannot read a codec in this Node, or null when it can. */
export function unsupported(contender: string, codec: string): string | null {
  if (contender === 'platformatic' && codec === 'zstd' && !('zstdDecompressSync' in zlib)) {
    return `its zstd needs node:zlib zstd (Node >= 22.15), this is ${process.version}`;
  }
  return null;
}
