// One look of the group-sequential design (v2): per workload the repeated confidence interval the
// design's boundary gives at this look, the repeated p-values, Holm across workloads, a verdict.
//
// The boundary at a look depends on the looks taken before it (Lan–DeMets: α(t) spent by
// t = blocks / horizon). HL, paired: the exact/simulated signed-rank critical value c of
// gs-signed-rank.ts, so the interval is [W_(c+1), W_(N−c)] of the sorted Walsh averages. `t`, and
// the unpaired fallback: the normal-theory boundary's nominal level (gs-normal.ts) applied to the
// t / Mann–Whitney interval.
//
// Holm across workloads (as in v1) on repeated p-values: a workload's repeated p is the smallest
// level in {α/m, α/(m−1), …, α, 2α, 4α} at which the design with that overall level rejects at
// this look (rounded up to that set: the decision "adjusted p ≤ α" is then exactly Holm's step
// "rejected at level α/(m − r)"). Holm over group-sequential tests that keep earlier rejections
// controls the family-wise error (Maurer & Bretz 2013; Ye, Li & Jiang 2013).
import type { Analysis, Spending, WorkloadAnalysis, WorkloadInput } from './types.ts';
import { prepare, spreadOf, validateValues, geomean, type Prepared } from './analyze.ts';
import { gate } from './policy.ts';
import { mannWhitneyShift } from './hodges-lehmann.ts';
import { pairedT, welchT } from './t-interval.ts';
import { holmAdjust } from './holm.ts';
import { qualityFlags } from './flags.ts';
import { blocksNeeded } from './power.ts';
import { sortInPlace } from './ranks.ts';
import { signedRankCdf, signedRankSf } from './dist/signed-rank.ts';
import { signedRankLook } from './gs-signed-rank.ts';
import { normalBoundary } from './gs-normal.ts';
import { alphaSpent } from './spending.ts';
import { UserError } from '../sys/errors.ts';

export interface LookDesign {
  alpha: number;
  margin: number;
  method: 'hl' | 't';
  horizon: number;
  spending: Spending;
  /** Counted-block counts of the looks taken so far, this one last. */
  looks: number[];
  /** Leave blocks_needed out (simulations: each probe of a future look builds a boundary). */
  skipBlocksNeeded?: boolean;
  /**
   * An earlier look of a replay keeps only the workloads it decides: the quality flags (a sort and a
   * few rules per side, about half of a look) are computed for those only.
   */
  decidedOnly?: boolean;
}

/** Repeated p-values of workloads decided at earlier looks: they stay in the Holm family. */
export interface HolmCarry {
  regression: number[];
  improvement: number[];
}

/** The look sequence a workload with n blocks sees: the earlier looks below n, then n. */
function sequenceFor(d: LookDesign, n: number): number[] {
  return [...d.looks.slice(0, -1).filter((l) => l < n), n];
}

/** Boundary of one workload at this look for an overall one-sided level `a`. */
export interface Critical {
  /** Signed-rank critical value (HL, paired): reject when at most c Walsh averages are on the null side; −1: cannot. */
  c: number;
  /** Nominal one-sided level of the boundary (fixed-sample p at which it rejects). */
  nominal: number;
}

export function critical(d: LookDesign, n: number, paired: boolean, a: number): Critical {
  const seq = sequenceFor(d, n);
  if (d.method === 'hl' && paired) {
    const c = signedRankLook(seq, d.horizon, a, d.spending).crit;
    return { c, nominal: c >= 0 ? signedRankCdf(c, n) : 0 };
  }
  const usable = seq.filter((l) => l >= 2);
  if (usable.length === 0) return { c: -1, nominal: 0 };
  const nb = normalBoundary(usable.map((l) => l / d.horizon), a, d.spending);
  return { c: -1, nominal: nb.nominal[nb.nominal.length - 1] };
}

interface Tested {
  estimate: number;
  lo: number;
  hi: number;
  /** Two-sided level of the interval shown: 1 − 2·nominal. */
  level: number;
  pLess: number;
  pGreater: number;
  /** Does the design at overall level a reject "no slowdown" / "no speedup" at this look? */
  regressionAt: (a: number) => boolean;
  improvementAt: (a: number) => boolean;
}

// Walsh averages (d_i + d_j)/2, i ≤ j, without materializing the n(n+1)/2 of them: counts below a
// value by two pointers over the sorted d (O(n)), order statistics by bisection on the value.

/** #{i ≤ j : (d_i + d_j)/2 < x} (or ≤ x when inclusive); d sorted ascending. */
export function walshCount(d: Float64Array, x: number, inclusive: boolean): number {
  const n = d.length;
  let count = 0;
  let j = n - 1;
  // row i: pairs (i, j') with j' ≥ i; the largest j with (d_i + d_j)/2 below x only moves down
  // (d_i + d_j)/2 vs x is d_i + d_j vs 2x: halving and doubling are exact in binary floating point
  const x2 = 2 * x;
  if (inclusive) {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] > x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] >= x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  }
  return count;
}

let scratch = new Float64Array(64);

/**
 * The k-th smallest Walsh average (1-based); d sorted ascending. Each step counts the Walsh averages
 * at or below a trial value in O(n) (two pointers) and narrows (lo, hi] around the answer: a step
 * of interpolation on the counts, a bisection whenever interpolation did not halve the bracket.
 * When at most 16 averages remain in (lo, hi] they are gathered row by row and the answer picked:
 * O(n log N) with no n(n+1)/2 array and no sort of one.
 */
export function walshKth(d: Float64Array, k: number): number {
  const n = d.length;
  let lo = d[0], hi = d[n - 1]; // W_(1) = d_min, W_(N) = d_max
  let cLo = walshCount(d, lo, true);
  if (cLo >= k) return lo;
  let cHi = (n * (n + 1)) / 2;
  // invariant: cLo = #(≤ lo) < k ≤ cHi = #(≤ hi)
  // First trial values: where the k-th Walsh average would be if the d were normal — the median
  // plus (d's quantile at k/N − median)/√2 — and a step either side; then interpolation on the
  // counts, or bisection when interpolation did not halve the bracket. Any trial is correct: they
  // only decide how fast (lo, hi] closes in.
  const N = cHi;
  const q = ((k - 0.5) / N) * (n - 1);
  const dq = d[Math.floor(q)] + (q % 1) * (d[Math.ceil(q)] - d[Math.floor(q)]);
  const med = (d[(n - 1) >> 1] + d[n >> 1]) / 2;
  const guess = med + (dq - med) * Math.SQRT1_2;
  const spacing = ((d[n - 1] - d[0]) / N) * 128;
  const trials = [guess, guess - spacing, guess + spacing];
  let interpolate = true;
  let t = 0;
  while (cHi - cLo > 16) {
    const width = cHi - cLo;
    const trial = t < trials.length ? trials[t++] : NaN;
    if (trial === trial && !(trial > lo && trial < hi)) continue; // a trial outside the bracket: next one
    let mid = trial === trial ? trial : interpolate ? lo + ((hi - lo) * (k - cLo - 0.5)) / width : lo + (hi - lo) / 2;
    if (!(mid > lo && mid < hi)) mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break; // adjacent doubles: (lo, hi] holds only ties
    const c = walshCount(d, mid, true);
    if (c >= k) {
      hi = mid;
      cHi = c;
    } else {
      lo = mid;
      cLo = c;
    }
    interpolate = interpolate ? cHi - cLo <= width / 2 : true;
  }
  // the answer is the (k − cLo)-th smallest of the Walsh averages in (lo, hi]
  const m = cHi - cLo;
  if (scratch.length < m) scratch = new Float64Array(2 * m);
  let filled = 0;
  let top = n - 1; // last j with (d_i + d_j)/2 ≤ hi
  let low = n - 1; // last j with (d_i + d_j)/2 ≤ lo
  for (let i = 0; i < n; i++) {
    while (top >= i && (d[i] + d[top]) / 2 > hi) top--;
    if (top < i) break;
    while (low >= i && (d[i] + d[low]) / 2 > lo) low--;
    for (let j = Math.max(i, low + 1); j <= top; j++) scratch[filled++] = (d[i] + d[j]) / 2;
  }
  const want = k - cLo - 1;
  return sortInPlace(scratch, 0, m - 1)[want];
}

/** critical() memoized for one look: every workload with the same n shares its boundaries. */
function criticals(d: LookDesign): (n: number, paired: boolean, a: number) => Critical {
  const memo = new Map<string, Critical>();
  return (n, paired, a) => {
    const key = `${n}|${paired}|${a}`;
    let c = memo.get(key);
    if (!c) memo.set(key, (c = critical(d, n, paired, a)));
    return c;
  };
}

/** (W_(k) + W_(k+1)) / 2: W_(k+1) is W_(k) again or the smallest Walsh average above it (two O(n) passes). */
function walshMiddlePair(d: Float64Array, k: number): number {
  const w = walshKth(d, k);
  if (walshCount(d, w, true) > k) return (w + w) / 2;
  const n = d.length;
  let next = Infinity;
  let j = n - 1; // last j with (d_i + d_j)/2 > w, moving down as i grows
  for (let i = 0; i < n; i++) {
    while (j > i && (d[i] + d[j - 1]) / 2 > w) j--;
    if (j < i) j = i;
    const v = (d[i] + d[j]) / 2;
    if (v > w && v < next) next = v;
  }
  return (w + next) / 2;
}

/** The paired point estimate of ln(B/A): the Hodges–Lehmann median of the Walsh averages, or the mean for `t`. */
function pairedEstimate(d: readonly number[], method: LookDesign['method']): number {
  return method === 't' ? d.reduce((a, b) => a + b, 0) / d.length : walshMedian(sortInPlace(Float64Array.from(d)));
}

/** The Hodges–Lehmann estimate: the median of the Walsh averages of the sorted differences. */
function walshMedian(sd: Float64Array): number {
  const N = (sd.length * (sd.length + 1)) / 2;
  return N % 2 ? walshKth(sd, (N + 1) / 2) : walshMiddlePair(sd, N / 2);
}

function test(p: Prepared, d: LookDesign, critOf: ReturnType<typeof criticals>): Tested | null {
  const at = critOf(p.n, p.paired, d.alpha);
  if (at.nominal <= 0) return null;
  const crit = (a: number) => critOf(p.n, p.paired, a);
  if (d.method === 'hl' && p.paired) {
    const sd = sortInPlace(Float64Array.from(p.d));
    const N = (sd.length * (sd.length + 1)) / 2;
    const below = walshCount(sd, 0, false); // Walsh averages < 0
    const atOrBelow = walshCount(sd, 0, true); // ≤ 0
    const V = N - atOrBelow; // signed-rank statistic: Walsh averages above 0 (nominal p-values, for display)
    return {
      estimate: walshMedian(sd), lo: walshKth(sd, at.c + 1), hi: walshKth(sd, N - at.c), level: 1 - 2 * at.nominal,
      pLess: signedRankCdf(V, p.n), pGreater: signedRankSf(V, p.n),
      regressionAt: (a) => crit(a).c >= N - below,
      improvementAt: (a) => crit(a).c >= atOrBelow,
    };
  }
  const level = 1 - 2 * at.nominal;
  const r = d.method === 't'
    ? (p.paired ? pairedT(p.d, level) : welchT(p.lb, p.la, level))
    : mannWhitneyShift(p.lb, p.la, level);
  return {
    estimate: r.estimate, lo: r.lo, hi: r.hi, level, pLess: r.pLess, pGreater: r.pGreater,
    regressionAt: (a) => r.pLess <= crit(a).nominal,
    improvementAt: (a) => r.pGreater <= crit(a).nominal,
  };
}

/**
 * Repeated p-value rounded up to `levels` (ascending, the largest α); 1 when even α does not reject.
 * Rejection is monotone in the level, so α is tried first and smaller levels only when it rejects.
 */
function repeatedP(levels: number[], rejects: (a: number) => boolean): number {
  if (!rejects(levels[levels.length - 1])) return 1;
  let lo = 0, hi = levels.length - 1; // levels[hi] rejects
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rejects(levels[mid])) hi = mid;
    else lo = mid + 1;
  }
  return levels[hi];
}

const r3 = (v: number): string => v.toFixed(3);
const pc = (v: number, digits = 1): string => `${(100 * v).toFixed(digits)}%`;
const pval = (v: number): string => (v < 0.001 ? v.toExponential(1) : v.toPrecision(2));
const num = (v: number): string => Number(v.toPrecision(2)).toString();

interface Draft {
  wa: WorkloadAnalysis;
  t: Tested | null;
  prep: Prepared | null;
  repReg: number;
  repImp: number;
}

export function analyzeLook(inputs: WorkloadInput[], d: LookDesign, carry: HolmCarry = { regression: [], improvement: [] }): Analysis {
  const n = d.looks[d.looks.length - 1];
  const bound = Math.log1p(d.margin);
  const spent = alphaSpent(d.spending, d.alpha, n / d.horizon);
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const w of inputs) {
    validateValues(w);
    if (seen.has(w.name)) throw new UserError(`workload ${w.name} appears twice in the input`, 'merge its observations into one entry');
    seen.add(w.name);
  }
  const m = inputs.length + carry.regression.length;
  const levels = Array.from({ length: Math.max(1, m) }, (_, j) => d.alpha / (m - j)); // α/m … α

  const critOf = criticals(d);
  const drafts: Draft[] = inputs.map((w) => {
    const base: WorkloadAnalysis = {
      name: w.name, n: 0, paired: false, method: d.method, ratio: null, ci: null, ci_level: 1 - 2 * d.alpha,
      p_regression: null, p_regression_adj: null, p_improvement: null, p_improvement_adj: null, verdict: 'inconclusive',
      blocks_needed: null, spread: null, flags: [], reason: '', look: null, alpha_spent: spent, alpha_remaining: Math.max(0, d.alpha - spent),
    };
    if (w.a.length === 0 || w.b.length === 0) {
      const missing = w.a.length === 0 ? 'A' : 'B';
      warnings.push(`workload ${w.name} has no ${missing} observations: it ran on one side only`);
      // Failure is never a pass: a variant that could not run is its own verdict, not "too noisy".
      base.verdict = 'failed';
      base.reason = `variant ${missing} has no successful launch, nothing to compare`;
      return { wa: base, t: null, prep: null, repReg: 1, repImp: 1 };
    }
    const prep = prepare(w);
    const flags: string[] = []; // the quality flags come first, added once the verdict is known
    if (prep.unmatched.length) flags.push(`unmatched: ${prep.unmatched.join(', ')} left out of the paired analysis (no partner in the same block)`);
    if (!prep.paired) flags.push('unpaired: blocks did not match, compared as two independent samples');
    Object.assign(base, { n: prep.n, paired: prep.paired, flags, spread: spreadOf(prep, d.method) });
    const identical = prep.paired && prep.d.every((v) => v === 0);
    const t = identical ? null : test(prep, d, critOf);
    if (!t) {
      // Too few blocks for any interval at this look: the estimate is still shown, never decides.
      if (!identical && prep.paired && prep.n > 0) base.ratio = Math.exp(pairedEstimate(prep.d, d.method));
      return { wa: base, t: null, prep, repReg: 1, repImp: 1 };
    }
    Object.assign(base, {
      ratio: Math.exp(t.estimate), ci: [Math.exp(t.lo), Math.exp(t.hi)], ci_level: t.level,
      p_regression: t.pLess, p_improvement: t.pGreater,
    });
    return { wa: base, t, prep, repReg: repeatedP(levels, t.regressionAt), repImp: repeatedP(levels, t.improvementAt) };
  });

  const regAdj = holmAdjust([...drafts.map((x) => x.repReg), ...carry.regression]);
  const impAdj = holmAdjust([...drafts.map((x) => x.repImp), ...carry.improvement]);
  drafts.forEach((x, i) => {
    if (!x.prep) return;
    x.wa.p_regression_adj = x.t ? regAdj[i] : null;
    x.wa.p_improvement_adj = x.t ? impAdj[i] : null;
    classify(x, d, bound, spent, m);
    if (!d.decidedOnly || x.wa.verdict !== 'inconclusive') x.wa.flags.unshift(...qualityFlags([{ label: 'A', obs: inputs[i].a }, { label: 'B', obs: inputs[i].b }]));
  });
  const workloads = drafts.map((x) => x.wa);
  return { verdict: gate(workloads), margin: d.margin, alpha: d.alpha, geomean_ratio: geomean(workloads), workloads, warnings };
}

/** Smallest next look (≤ horizon) at which TOST at the boundary's nominal level has 80% power; past the horizon: the fixed-n count. */
function neededBlocks(d: LookDesign, p: Prepared, spread: number, estimate: number): number {
  const n = p.n;
  const need = (next: number): number => {
    const nominal = critical({ ...d, looks: [...d.looks.filter((l) => l < next), next] }, next, p.paired, d.alpha).nominal;
    return nominal > 0 ? blocksNeeded(spread, d.margin, nominal, estimate, p.paired) : Infinity;
  };
  if (n >= d.horizon) return blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired);
  if (need(d.horizon) > d.horizon) return Math.max(d.horizon + 1, blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired));
  let lo = n + 1, hi = d.horizon; // need(hi) ≤ hi
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (need(mid) <= mid) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function classify(x: Draft, d: LookDesign, bound: number, spent: number, m: number): void {
  const wa = x.wa;
  const prep = x.prep!;
  const n = d.looks[d.looks.length - 1];
  const lookTxt = `look at ${n} of ${d.horizon} blocks, α spent ${num(spent)} of ${num(d.alpha)}`;
  const unit = prep.paired ? 'blocks' : 'launches per side';
  const needed = (estimate: number): string => {
    if (d.skipBlocksNeeded) return 'blocks needed not computed';
    wa.blocks_needed = neededBlocks(d, prep, wa.spread ?? 0, estimate);
    return wa.blocks_needed > d.horizon
      ? `~${wa.blocks_needed} ${unit} would be needed, beyond the declared horizon of ${d.horizon}`
      : `~${wa.blocks_needed} ${unit} would be needed (v2 boundaries)`;
  };
  if (prep.paired && prep.d.every((v) => v === 0) && critical(d, prep.n, true, d.alpha).nominal > 0) {
    wa.verdict = 'neutral';
    wa.ratio = 1;
    wa.ci = [1, 1];
    wa.reason = `all ${prep.n} blocks gave identical A and B throughput (ratio exactly 1); ${lookTxt}`;
    return;
  }
  if (!x.t) {
    wa.reason = `n = ${prep.n} ${unit}: the design has spent α = ${num(spent)} by this look, too little for a ${d.method === 'hl' && prep.paired ? 'signed-rank' : 'normal-theory'} test at n = ${prep.n} to decide; ${needed(0)}`;
    return;
  }
  const t = x.t;
  const levelTxt = `${Number((100 * t.level).toPrecision(3))}%`;
  const ci = `${levelTxt} repeated CI [${r3(wa.ci![0])}, ${r3(wa.ci![1])}]`;
  const marginTxt = `±${Number((100 * d.margin).toPrecision(3))}%`;
  const inside = t.lo >= -bound && t.hi <= bound;
  const regression = wa.p_regression_adj! <= d.alpha && t.hi < 0;
  const improvement = wa.p_improvement_adj! <= d.alpha && t.lo > 0;
  const holm = (adj: number) => {
    const v = adj >= 1 ? `> ${num(d.alpha)}` : `≤ ${num(adj)}`;
    return m > 1 ? `Holm-adjusted repeated p ${v} across ${m} workloads` : `repeated p ${v}`;
  };
  if (inside) {
    wa.verdict = 'neutral';
    wa.look = n;
    const sig = regression || improvement
      ? ` (B is ${pc(Math.abs(1 - wa.ratio!))} ${regression ? 'slower' : 'faster'}, detectably but by less than the margin)`
      : '';
    wa.reason = `${ci} lies within the ${marginTxt} margin${sig}; ${lookTxt}`;
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? 'regression' : 'improvement';
    wa.look = n;
    const p = regression ? wa.p_regression! : wa.p_improvement!;
    const adj = regression ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.reason = `B is ${pc(Math.abs(1 - wa.ratio!))} ${regression ? 'slower' : 'faster'}: ${ci} ${regression ? 'is below' : 'is above'} 1, p = ${pval(p)} at this look, ${holm(adj)} ≤ α = ${num(d.alpha)}; ${lookTxt}`;
    return;
  }
  wa.verdict = 'inconclusive';
  const more = `spread ${pc(wa.spread!)} ${prep.paired ? 'per block' : 'per launch'}; ${needed(t.estimate)}`;
  if (t.hi < 0 || t.lo > 0) {
    const adj = t.hi < 0 ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.reason = `${ci} excludes 1 but the ${holm(adj)} is above α = ${num(d.alpha)}; ${lookTxt}; ${more}`;
  } else {
    wa.reason = `${ci} is wider than the ${marginTxt} margin; ${lookTxt}; ${more}`;
  }
}
