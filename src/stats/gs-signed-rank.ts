// Group-sequential boundaries for the signed-rank test at looks taken at any block counts.
//
// Under H0 (differences symmetric about the tested value, continuous) the signs are fair coins
// independent of the magnitudes, and the order of the magnitudes is a uniform permutation. So the
// joint law of the signed-rank statistics V_n (positive-rank sum of the first n differences) at any
// set of looks is distribution-free. At look k (n_k blocks) the design rejects the one-sided null
// when V ≤ c_k, c_k the largest value keeping P(V_{n_j} ≤ c_j for some j ≤ k) ≤ α(n_k / H), the
// Lan–DeMets spending function on the information fraction (H = declared horizon). Earlier looks
// keep the boundaries they had: c_k depends on the looks before it, not on the data.
//
// n ≤ EXACT_MAX: exact, by dynamic programming over the 2^n sign patterns ordered by magnitude (a
// new difference lands at a uniform position among the n + 1 magnitudes with a fair sign;
// scripts/gen-gs-signed-rank-fixtures.py checks this chain against brute-force enumeration).
// n > EXACT_MAX: Monte Carlo from a fixed seed: PATHS null paths, each weighted by the exact
// probability that its pattern at EXACT_MAX survived the exact looks (importance weights ≤ 1). The
// boundary keeps the estimate plus 2 Monte-Carlo standard errors below α(n / H), so the true
// crossing probability exceeds the spending function only with probability ≈ 2.5% per look, and
// then by a fraction of one standard error (≤ √(α / PATHS) ≈ 0.0012 at α = 0.05).
//
// Decisions only need order statistics: V(θ) ≤ c ⇔ at most c Walsh averages exceed θ ⇔ the
// (N − c)-th smallest Walsh average is < θ (N = n(n+1)/2). So the repeated confidence interval at a
// look is [W_(c+1), W_(N−c)] and the same c decides every one-sided test (regression, improvement,
// both TOST halves). Boundaries are memoized per (horizon, α, spending, look sequence); each new
// look costs one pass over the null paths.
import { EXACT_MAX, PATHS, columnOrder, nullPaths, vOfPattern, type ColumnOrder } from './gs-null-paths.ts';
import { signedRankPmf } from './dist/signed-rank.ts';

export { EXACT_MAX, PATHS };
import { alphaSpent } from './spending.ts';
import type { SpendingCurve } from './spending.ts';
import type { Spending } from './types.ts';

const TOL = 1e-12;

/** Largest c with base + Σ_{v ≤ c} hist[v] ≤ target; −1 when even v = 0 does not fit. */
function largestFit(hist: Float64Array, base: number, target: number): [number, number] {
  let cum = base;
  let c = -1;
  for (let v = 0; v < hist.length; v++) {
    const next = cum + hist[v];
    if (next > target * (1 + 1e-9) + TOL) break;
    cum = next;
    c = v;
  }
  return [c, cum];
}

/** The design's state after a sequence of looks: surviving null mass, exact or as path weights. */
interface Chain {
  n: number;
  /** Exact surviving probability per sign pattern at n (n ≤ EXACT_MAX). */
  exact: Float64Array | null;
  /**
   * After EXACT_MAX: each path's weight as it entered (the exact survival of its pattern at
   * EXACT_MAX, shared by every chain with the same exact looks) and which paths have not crossed
   * since, one bit per path (4 KiB per chain instead of a copy of the weights).
   */
  w0: Float32Array | null;
  /** Surviving paths after this look; built on first use (see aliveOf). */
  alive: Uint32Array | null;
  /** Until then: the surviving paths before this look and the look's paths ordered by V. */
  lazy?: { base: Uint32Array; sorted: ColumnOrder };
  total: number;
  sumW2: number;
  crit: number;
}

// Least recently used chains are dropped (each holds up to 512 KiB while exact, 4 KiB after); a dropped one is rebuilt from its prefix.
const chains = new Map<string, Chain>();
const MAX_CHAINS = 256;
const TOP = 1 << EXACT_MAX;
/** Every path alive: the state entering the first look past EXACT_MAX (never written). */
const ALL_ALIVE = new Uint32Array(PATHS / 32).fill(0xffffffff);
/** Every path's weight when no earlier look could cross (never written). */
let ones: Float32Array | null = null;

/** Carry the exact pattern distribution from length `from` to `to` (≤ EXACT_MAX), no looks between. */
function grow(p: Float64Array, from: number, to: number): Float64Array {
  for (let n = from; n < to; n++) {
    const q = new Float64Array(p.length * 2);
    const share = 1 / (2 * (n + 1));
    for (let s = 0; s < p.length; s++) {
      const ps = p[s];
      if (ps === 0) continue;
      const w = ps * share;
      for (let r = 0; r <= n; r++) {
        const base = (s & ((1 << r) - 1)) | ((s >> r) << (r + 1));
        q[base] += w;
        q[base | (1 << r)] += w;
      }
    }
    p = q;
  }
  return p;
}

/** The paths still alive after a chain's look (n > EXACT_MAX): those before it, less the crossed ones. */
function aliveOf(c: Chain): Uint32Array {
  if (!c.alive) {
    const { base, sorted } = c.lazy!;
    const alive = base.slice();
    if (c.crit >= 0) {
      for (let k = 0; k < sorted.start[c.crit + 1]; k++) {
        const i = sorted.order[k];
        alive[i >>> 5] &= ~(1 << (i & 31));
      }
    }
    c.alive = alive;
    c.lazy = undefined;
  }
  return c.alive;
}

function chainFor(looks: number[], horizon: number, alpha: number, spending: Spending | SpendingCurve): Chain {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(',')}`;
  const hit = chains.get(key);
  if (hit) {
    chains.delete(key);
    chains.set(key, hit);
    return hit;
  }
  const n = looks[looks.length - 1];
  const prev: Chain = looks.length > 1
    ? chainFor(looks.slice(0, -1), horizon, alpha, spending)
    : { n: 1, exact: new Float64Array([0.5, 0.5]), w0: null, alive: null, total: 0, sumW2: 0, crit: -1 };
  const target = alphaSpent(spending, alpha, n / horizon);
  const maxV = (n * (n + 1)) / 2;
  let out: Chain;
  if (n <= EXACT_MAX) {
    const hist = new Float64Array(maxV + 1);
    const p = grow(prev.exact!, prev.n, n);
    const V = vOfPattern();
    for (let s = 0; s < p.length; s++) if (p[s] > 0) hist[V[s]] += p[s];
    const [c, cum] = largestFit(hist, prev.total, target);
    if (c >= 0) for (let s = 0; s < p.length; s++) if (V[s] <= c) p[s] = 0;
    out = { n, exact: p, w0: null, alive: null, total: cum, sumW2: 0, crit: c };
  } else if (looks.length === 1) {
    // A single look (a fixed-n analysis is one): V_n has its plain null law, so the boundary is
    // exact (R's qsignrank) and nothing is simulated unless a later look extends it. (After looks
    // that could not cross it would be exact too; kept simulated so stored experiments replay as
    // they were decided.)
    const [c, cum] = largestFit(signedRankPmf(n), 0, target);
    out = { n, exact: null, w0: null, alive: null, total: cum, sumW2: 0, crit: c };
  } else {
    const paths = nullPaths(horizon);
    let w: Float32Array;
    let alive: Uint32Array;
    if (prev.n > EXACT_MAX) {
      if (!prev.w0) {
        // An exact look past EXACT_MAX: every path entered it with weight 1; its crossed paths leave.
        prev.w0 = ones ??= new Float32Array(PATHS).fill(1);
        prev.lazy = { base: ALL_ALIVE, sorted: columnOrder(paths, prev.n) };
      }
      w = prev.w0;
      alive = aliveOf(prev);
    } else {
      const p16 = grow(prev.exact!, prev.n, EXACT_MAX);
      w = new Float32Array(PATHS);
      for (let i = 0; i < PATHS; i++) w[i] = p16[paths.pattern[i]] * TOP;
      alive = ALL_ALIVE;
    }
    // The crossing region is the lower tail: walk the paths by increasing V, each value's weight
    // summed in path order (as a full pass would), and stop where the boundary stops.
    const sorted = columnOrder(paths, n);
    const target1 = target * (1 + 1e-9) + TOL;
    let cum = prev.total;
    let sumW2 = prev.sumW2;
    let c = -1;
    for (let v = 0; v <= maxV; v++) {
      let h = 0, h2 = 0;
      for (let k = sorted.start[v], end = sorted.start[v + 1]; k < end; k++) {
        const i = sorted.order[k];
        if (((alive[i >>> 5] >>> (i & 31)) & 1) === 0) continue;
        const wi = w[i];
        if (wi === 0) continue;
        h += wi / PATHS;
        h2 += wi * wi;
      }
      const next = cum + h;
      if (next + (2 * Math.sqrt(sumW2 + h2)) / PATHS > target1) break;
      cum = next;
      sumW2 += h2;
      c = v;
    }
    // Most chains are probes of a future look (blocks_needed) that no later look extends: the
    // surviving paths are only written out when one does.
    out = { n, exact: null, w0: w, alive: null, lazy: { base: alive, sorted }, total: cum, sumW2, crit: c };
  }
  chains.set(key, out);
  if (chains.size > MAX_CHAINS) chains.delete(chains.keys().next().value!);
  return out;
}

export interface RankLook {
  /** Reject the one-sided null at this look when V ≤ crit (−1: this look cannot reject). */
  crit: number;
  /** Cumulative crossing probability of the design through this look (≤ α(t)). */
  spent: number;
  /** Monte-Carlo standard error of `spent` (0 while every look is ≤ EXACT_MAX blocks). */
  se: number;
}

/**
 * The boundary at the last of `looks` (strictly increasing counted-block counts ≤ horizon), given
 * that the earlier looks were taken with their own boundaries. Memoized by the whole sequence, so
 * each look costs one pass over the null paths after the first.
 */
export function signedRankLook(looks: number[], horizon: number, alpha: number, spending: Spending | SpendingCurve): RankLook {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(',')}`;
  const hit = results.get(key);
  if (hit) return hit;
  const c = chainFor(looks, horizon, alpha, spending);
  const out = { crit: c.crit, spent: c.total, se: Math.sqrt(c.sumW2) / PATHS };
  results.set(key, out);
  return out;
}

// The boundaries themselves are small and kept for the life of the process.
const results = new Map<string, RankLook>();
