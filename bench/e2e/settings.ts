// The end-to-end benchmark's settings from `pnpm bench e2e [--quick] [--name=value ...]`.
import { CONTENDERS } from './contenders/index.js';
import { PARTITIONS, VARIANTS, type Variant } from './data.js';

export interface E2eSettings {
  quick: boolean;
  targets: ('fake' | 'real')[];
  variants: Variant[];
  /** Records per topic: a multiple of the partition count. */
  messages: number;
  rounds: number;
  contenders: string[];
  /** Contender to run once more under `node --cpu-prof` after the rounds, or null. */
  profile: string | null;
  timeoutMs: number;
}

const ALL_CONTENDERS = Object.keys(CONTENDERS);

function list(flags: ReadonlyMap<string, string>, name: string): string[] | undefined {
  return flags.get(name)?.split(',').filter((s) => s !== '');
}

/** `--target=fake,real` (default fake); the rebalance benchmark takes the same flag. */
export function parseTargets(flags: ReadonlyMap<string, string>): ('fake' | 'real')[] {
  const targets = list(flags, 'target') ?? ['fake'];
  for (const t of targets) if (t !== 'fake' && t !== 'real') throw new Error(`--target: 'fake' and/or 'real', not '${t}'`);
  return targets as ('fake' | 'real')[];
}

export function parseSettings(quick: boolean, flags: ReadonlyMap<string, string>): E2eSettings {
  const targets = parseTargets(flags);
  const variantNames = list(flags, 'variants') ?? VARIANTS.map((v) => v.name);
  const variants = variantNames.map((name) => {
    const variant = VARIANTS.find((v) => v.name === name);
    if (variant === undefined) throw new Error(`--variants: unknown '${name}' (${VARIANTS.map((v) => v.name).join(', ')})`);
    return variant;
  });
  const contenders = list(flags, 'contenders') ?? ALL_CONTENDERS;
  for (const c of contenders) if (!ALL_CONTENDERS.includes(c)) throw new Error(`--contenders: unknown '${c}' (${ALL_CONTENDERS.join(', ')})`);
  const requested = Number(flags.get('messages') ?? (quick ? 100_000 : 1_000_000));
  if (!Number.isInteger(requested) || requested < PARTITIONS) throw new Error(`--messages: an integer >= ${PARTITIONS}`);
  const rounds = Number(flags.get('rounds') ?? (quick ? 2 : 5));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds: an integer >= 1');
  const profile = flags.get('profile') ?? null;
  if (profile !== null && !ALL_CONTENDERS.includes(profile)) throw new Error(`--profile: one of ${ALL_CONTENDERS.join(', ')}`);
  return {
    quick,
    targets,
    variants,
    messages: requested - (requested % PARTITIONS),
    rounds,
    contenders,
    profile,
    timeoutMs: Number(flags.get('timeout-ms') ?? 300_000),
  };
}
