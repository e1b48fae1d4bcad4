// How a run decides, from its flags: margin, α, method, spending, --max-blocks with the horizon and
// the looks (the Action's post modes read the same flags as inputs). Defaults of looks and horizon.
import { UserError } from '../sys/errors.ts';
import { checkValue, type OptionValues } from './option-values.ts';
import { MAX_HORIZON, optionSpec } from './options.ts';
import type { Plan } from './types.ts';

/**
 * The first block count at which the default design's equivalence boundary (`reserve`'s curve,
 * α = 0.05, the default horizon) can decide at all — its exact signed-rank boundary reaches c = 1
 * there, α(n/H) ≥ P(V_n ≤ 1) = 2^(1−n): no default look comes earlier. Largest --max-blocks for
 * each: 7 up to 30, 8 up to 76.
 */
export function firstLook(maxBlocks: number): number {
  return maxBlocks <= 30 ? 7 : maxBlocks <= 76 ? 8 : 9;
}

/** Where the default looks fall, as fractions of --max-blocks (then --max-blocks itself). */
export const LOOK_FRACTIONS = [1 / 3, 2 / 5, 1 / 2, 2 / 3];

/**
 * Default looks (issue 19: the family stops when everything is clear): a third, two fifths, half and
 * two thirds of --max-blocks, none before firstLook, then --max-blocks — 10, 12, 15, 20, 30 at the
 * default 30. A family stops at its first look where every point is decided or a regression is
 * called, so an open point costs the blocks to the next look, not to --max-blocks; the `split`
 * spending keeps the last look's power (measured in src/stats/README.md, "Choosing the defaults").
 */
export function defaultLooks(maxBlocks: number): number[] {
  const first = firstLook(maxBlocks);
  const early = LOOK_FRACTIONS.map((f) => Math.max(first, Math.round(f * maxBlocks))).filter((l) => l < maxBlocks);
  return [...new Set([...early, maxBlocks])];
}

/**
 * Default horizon: twice --max-blocks (at most 300), so an inconclusive run can be extended with
 * `more` without having declared anything; the `split` (and `reserve`) spending keeps 95% of α for
 * the runner's own looks up to --max-blocks (the cost: src/stats/README.md).
 */
export function defaultHorizon(maxBlocks: number): number {
  return Math.max(maxBlocks, Math.min(2 * maxBlocks, MAX_HORIZON));
}

/**
 * The looks of a run: --looks (each within the horizon: a look past it has no α to spend and is
 * refused, never dropped) below --max-blocks, then --max-blocks. Looks between --max-blocks and the
 * horizon are the ones a later `more` reaches (laterLooksFor); a run stops at --max-blocks.
 */
export function looksFor(maxBlocks: number, looksText?: string, horizon?: number): number[] {
  const looks = givenLooks(maxBlocks, looksText, horizon);
  const sorted = [...new Set(looks.filter((l) => l <= maxBlocks))].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] !== maxBlocks) sorted.push(maxBlocks);
  return sorted;
}

/** The looks of --looks past --max-blocks and within the horizon: kept in the plan for `more`. */
export function laterLooksFor(maxBlocks: number, looksText: string | undefined, horizon: number): number[] {
  return [...new Set(givenLooks(maxBlocks, looksText).filter((l) => l > maxBlocks && l <= horizon))].sort((a, b) => a - b);
}

function givenLooks(maxBlocks: number, looksText?: string, horizon?: number): number[] {
  const looks = looksText
    ? looksText.split(',').map((s) => checkValue({ ...optionSpec('run', 'looks'), kind: 'int', min: 1, max: undefined }, s.trim()) as number)
    : defaultLooks(maxBlocks).filter((l) => l < maxBlocks);
  const past = horizon === undefined ? undefined : looks.find((l) => l > horizon);
  if (past !== undefined) {
    throw new UserError(`--looks ${looksText}: the look at ${past} blocks is past the horizon (${horizon} blocks${horizon === maxBlocks ? ', as --max-blocks' : ''})`, `looks are block counts up to the horizon, e.g. --looks ${[firstLook(maxBlocks), maxBlocks].filter((l, i, a) => l <= maxBlocks && a.indexOf(l) === i).join(',')}, or a larger --horizon`);
  }
  return looks;
}

/**
 * How a run decides, from its flags: margin, α, method, spending, --max-blocks with the horizon
 * (at least --max-blocks) and the looks. The Action's post modes read the same flags as inputs.
 */
export function decisionRule(o: OptionValues, opts: { strictLooks?: boolean } = {}): Pick<Plan, 'maxBlocks' | 'horizon' | 'looks' | 'laterLooks' | 'margin' | 'alpha' | 'method' | 'spending'> {
  const maxBlocks = o.num('max-blocks');
  const horizon = o.num('horizon', defaultHorizon(maxBlocks));
  if (horizon < maxBlocks) {
    throw new UserError(`--horizon must be at least --max-blocks (${maxBlocks}) (got ${horizon})`, `example: --horizon ${Math.max(maxBlocks, 60)}`);
  }
  // A run refuses a look past its horizon; a post job reading an older file keeps dropping it.
  const looks = looksFor(maxBlocks, o.str('looks'), opts.strictLooks ? horizon : undefined);
  const later = laterLooksFor(maxBlocks, o.str('looks'), horizon);
  return {
    maxBlocks,
    horizon,
    looks,
    ...(later.length > 0 ? { laterLooks: later } : {}),
    margin: o.num('margin'),
    alpha: o.num('alpha'),
    method: o.str('method') as Plan['method'],
    spending: o.str('spending') as Plan['spending'],
  };
}
