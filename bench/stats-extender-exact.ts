// The exact type-I error of a regression call when a maintainer times `more` after peeking at each
// look (issue 19), up to 16 blocks, computed independently of gs-signed-rank.ts's chain (only its
// boundaries are used): under H0 the signs are fair coins and the magnitudes' order a uniform
// permutation, so the law of the sign pattern ordered by magnitude is followed look by look through
// every branch of the extender's choices. A neutral stop only removes paths, so leaving it out
// bounds the error from above. test/stats/extender.test.ts checks it; `node bench/stats-extender-exact.ts` prints it.
import { signedRankLook } from '../src/stats/gs-signed-rank.ts';
import { defaultHorizon, looksFor } from '../src/plan/decision-rule.ts';
import type { Spending } from '../src/stats/types.ts';

/** V of every pattern of n signs (bit r: the (r+1)-th smallest magnitude is positive). */
function vOf(n: number): Int32Array {
  const v = new Int32Array(1 << n);
  for (let s = 0; s < v.length; s++) for (let r = 0; r < n; r++) if ((s >> r) & 1) v[s] += r + 1;
  return v;
}

/** The pattern law after one more difference: a uniform rank among n + 1 and a fair sign. */
function grow(p: Float64Array, n: number): Float64Array {
  const q = new Float64Array(1 << (n + 1));
  for (let s = 0; s < p.length; s++) {
    if (p[s] === 0) continue;
    const share = p[s] / (2 * (n + 1));
    for (let r = 0; r <= n; r++) {
      const base = (s & ((1 << r) - 1)) | ((s >> r) << (r + 1));
      q[base] += share;
      q[base | (1 << r)] += share;
    }
  }
  return q;
}

export type Chooser = (v: number, n: number) => number;

/**
 * Exact probability under H0 that the design calls a regression at one of the runner's looks or at
 * a look of the extender, who after each look past the runner's adds choose(V, n) blocks (up to the horizon).
 */
export function typeOneError(boundary: (looks: number[]) => number, horizon: number, runnerLooks: number[], choose: Chooser): number {
  let error = 0;
  const walk = (p: Float64Array, n: number, seq: number[], next: number): void => {
    while (n < next) p = grow(p, n++);
    const looks = [...seq, n];
    const c = boundary(looks);
    const v = vOf(n);
    const alive = new Float64Array(p);
    for (let s = 0; s < p.length; s++) {
      if (v[s] <= c) {
        error += p[s];
        alive[s] = 0;
      }
    }
    const planned = runnerLooks.find((l) => l > n);
    if (planned !== undefined) return walk(alive, n, looks, planned);
    if (n >= horizon) return;
    // The extender's choice depends on what the look showed: split the paths by it.
    const byChunk = new Map<number, Float64Array>();
    for (let s = 0; s < p.length; s++) {
      if (alive[s] === 0) continue;
      const k = Math.min(horizon - n, choose(v[s], n));
      let part = byChunk.get(k);
      if (!part) byChunk.set(k, (part = new Float64Array(p.length)));
      part[s] = alive[s];
    }
    for (const [k, part] of byChunk) walk(part, n, looks, n + k);
  };
  walk(new Float64Array([1]), 0, [], runnerLooks[0]);
  return error;
}

/** Leaning towards a regression (fewer positive ranks than half the total): look again after 1 block, else after 4. */
export const peeking: Chooser = (v, n) => (v < (n * (n + 1)) / 4 ? 1 : 4);
/** The most extreme: a look after every block while leaning, else straight to the horizon. */
export const greedy: Chooser = (v, n) => (v < (n * (n + 1)) / 4 ? 1 : 16);

/** The boundary of a design at a look sequence; `fixedN`: the fixed-n boundary at α re-used at every look (no spending, the control). */
export const designBoundary = (spending: Spending, horizon: number) => (looks: number[]): number => signedRankLook(looks, horizon, 0.05, spending).crit;
export const fixedNBoundary = (looks: number[]): number => signedRankLook([looks[looks.length - 1]], looks[looks.length - 1], 0.05, 'pocock').crit;

export const CHOOSERS: [string, Chooser][] = [['none: straight to the horizon', () => 99], ['every block', () => 1], ['peeking (1 block while leaning, else 4)', peeking], ['greedy (1 block while leaning, else to the horizon)', greedy]];

if (import.meta.url === `file://${process.argv[1]}`) {
  const max = 8;
  const horizon = defaultHorizon(max);
  console.log(`--max-blocks ${max}, horizon ${horizon}, runner looks ${looksFor(max).join('/')}, α = 0.05 one-sided: exact P(regression called | H0)`);
  console.log(`| extender | ${['reserve', 'split', 'pocock'].join(' | ')} | fixed-n boundary at every look |`);
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, c] of CHOOSERS) {
    const cells = (['reserve', 'split', 'pocock'] as const).map((s) => typeOneError(designBoundary(s, horizon), horizon, looksFor(max), c).toFixed(4));
    console.log(`| ${name} | ${cells.join(' | ')} | ${typeOneError(fixedNBoundary, horizon, looksFor(max), c).toFixed(4)} |`);
  }
}
