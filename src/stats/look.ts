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
import type { Analysis, Warning, WorkloadAnalysis, WorkloadInput } from './types.ts';
import { checkInputs, failedSide, pairingFlags, prepare, spreadOf, type Prepared } from './workload-input.ts';
import { classify, type Draft, type Tested } from './look-verdict.ts';
import { critical, type Critical, type LookDesign } from './look-boundary.ts';
import { gate } from './policy.ts';
import { mannWhitneyShift } from './hodges-lehmann.ts';
import { pairedT, welchT } from './t-interval.ts';
import { holmAdjust } from './holm.ts';
import { qualityFlags } from './flags.ts';
import { sortInPlace } from './ranks.ts';
import { signedRankCdf } from './dist/signed-rank.ts';
import { walshCount, walshKth, walshMedian, walshScratch, type WalshScratch } from './walsh.ts';
import { alphaSpent, type Purpose } from './spending.ts';

export type { LookDesign };

/** Workloads decided at earlier looks stay in the Holm family: a rejected null as 0, any other with its adjusted p. */
export interface HolmCarry {
  regression: number[];
  improvement: number[];
}

/** critical() memoized for one look: every workload with the same n shares its boundaries. */
function criticals(d: LookDesign): (n: number, paired: boolean, a: number, purpose: Purpose) => Critical {
  const memo = new Map<string, Critical>();
  // One curve for both purposes except in a `split` design: the memo shares it.
  const split = d.spending === 'split';
  return (n, paired, a, purpose) => {
    const key = `${n}|${paired}|${a}|${split ? purpose : ''}`;
    let c = memo.get(key);
    if (!c) memo.set(key, (c = critical(d, n, paired, a, purpose)));
    return c;
  };
}

/** The paired point estimate of ln(B/A): the Hodges–Lehmann median of the Walsh averages, or the mean for `t`. */
function pairedEstimate(d: readonly number[], method: LookDesign['method'], scratch: WalshScratch): number {
  return method === 't' ? d.reduce((a, b) => a + b, 0) / d.length : walshMedian(sortInPlace(Float64Array.from(d)), scratch);
}

function test(p: Prepared, d: LookDesign, critOf: ReturnType<typeof criticals>, scratch: WalshScratch): Tested | null {
  const at = critOf(p.n, p.paired, d.alpha, 'equivalence');
  if (at.nominal <= 0) return null;
  const crit = (a: number) => critOf(p.n, p.paired, a, 'change');
  const ch = crit(d.alpha);
  if (d.method === 'hl' && p.paired) {
    const sd = sortInPlace(Float64Array.from(p.d));
    const N = (sd.length * (sd.length + 1)) / 2;
    const below = walshCount(sd, 0, false); // Walsh averages < 0
    const atOrBelow = walshCount(sd, 0, true); // ≤ 0
    const lo = walshKth(sd, at.c + 1, scratch), hi = walshKth(sd, N - at.c, scratch);
    return {
      estimate: walshMedian(sd, scratch), lo, hi, level: 1 - 2 * at.nominal,
      change: ch === at ? { lo, hi, level: 1 - 2 * at.nominal } : { lo: walshKth(sd, ch.c + 1, scratch), hi: walshKth(sd, N - ch.c, scratch), level: 1 - 2 * ch.nominal },
      // Fixed-sample p-values on the counts the boundary tests (a zero Walsh average counts against
      // the call), so "p ≤ a" is "the single-look boundary at a rejects", with ties too.
      pLess: signedRankCdf(N - below, p.n), pGreater: signedRankCdf(atOrBelow, p.n),
      regressionAt: (a) => crit(a).c >= N - below,
      improvementAt: (a) => crit(a).c >= atOrBelow,
    };
  }
  const interval = (level: number) => d.method === 't'
    ? (p.paired ? pairedT(p.d, level) : welchT(p.lb, p.la, level))
    : mannWhitneyShift(p.lb, p.la, level);
  const level = 1 - 2 * at.nominal;
  const r = interval(level);
  if (d.fixedN && r.level < level - 1e-9) return null; // too few values for this level (Mann–Whitney)
  const c = ch === at || ch.nominal <= 0 ? null : interval(1 - 2 * ch.nominal);
  return {
    estimate: r.estimate, lo: r.lo, hi: r.hi, level, pLess: r.pLess, pGreater: r.pGreater,
    change: c ? { lo: c.lo, hi: c.hi, level: 1 - 2 * ch.nominal } : { lo: r.lo, hi: r.hi, level },
    regressionAt: (a) => r.pLess <= crit(a).nominal,
    improvementAt: (a) => r.pGreater <= crit(a).nominal,
  };
}

/**
 * The fixed-n paired interval on differences of any sign (not log ratios): the one path's exact
 * signed-rank interval over the Walsh averages at 1 − 2α, with the HL estimate; null when n is
 * below the test's minimum. Used where the quantity is a difference, such as placement's evenness.
 */
export function pairedShift(d: readonly number[], alpha: number): { estimate: number; lo: number; hi: number } | null {
  const at = critical({ alpha, margin: 0, method: 'hl', horizon: 1, spending: 'obf', looks: [1], fixedN: true }, d.length, true, alpha);
  if (d.length === 0 || at.c < 0) return null;
  const sd = sortInPlace(Float64Array.from(d));
  const N = (sd.length * (sd.length + 1)) / 2;
  const scratch = walshScratch();
  return { estimate: walshMedian(sd, scratch), lo: walshKth(sd, at.c + 1, scratch), hi: walshKth(sd, N - at.c, scratch) };
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

export function analyzeLook(inputs: WorkloadInput[], d: LookDesign, carry: HolmCarry = { regression: [], improvement: [] }): Analysis {
  const bound = Math.log1p(d.margin);
  const spent = d.fixedN ? d.alpha : alphaSpent(d.spending, d.alpha, d.looks[d.looks.length - 1] / d.horizon);
  const warnings: Warning[] = [];
  checkInputs(inputs);

  const untested = d.fixedN ? { repReg: null, repImp: null } : { repReg: 1, repImp: 1 };
  const critOf = criticals(d);
  const scratch = walshScratch(); // shared by this look's workloads
  const drafts: Draft[] = inputs.map((w) => {
    const base: WorkloadAnalysis = {
      name: w.name, n: 0, paired: false, method: d.method, ratio: null, ci: null, ci_level: 1 - 2 * d.alpha,
      p_regression: null, p_regression_adj: null, p_improvement: null, p_improvement_adj: null, verdict: 'inconclusive',
      blocks_needed: null, spread: null, flags: [], flagged: [], reason: '',
      ...(!d.fixedN && { look: null, alpha_spent: spent, alpha_remaining: Math.max(0, d.alpha - spent) }),
    };
    const failed = failedSide(w, warnings);
    if (failed) {
      base.verdict = 'failed';
      base.why = failed;
      return { wa: base, t: null, prep: null, ...untested };
    }
    const prep = prepare(w);
    const flags = pairingFlags(prep); // the quality flags come first, added once the verdict is known
    Object.assign(base, { n: prep.n, paired: prep.paired, flagged: flags, spread: spreadOf(prep, d.method) });
    const identical = prep.paired && prep.d.every((v) => v === 0);
    const t = identical ? null : test(prep, d, critOf, scratch);
    if (!t) {
      // Too few blocks for any interval at this look: the estimate is still shown, never decides.
      if (!identical && prep.paired && prep.n > 0) base.ratio = Math.exp(pairedEstimate(prep.d, d.method, scratch));
      return { wa: base, t: null, prep, ...untested };
    }
    Object.assign(base, {
      // Fixed n: the requested level, as R's wilcox.test labels it (an exact interval covers at least that).
      ratio: Math.exp(t.estimate), ci: [Math.exp(t.lo), Math.exp(t.hi)], ci_level: d.fixedN ? 1 - 2 * d.alpha : t.level,
      p_regression: t.pLess, p_improvement: t.pGreater,
    });
    return { wa: base, t, prep, ...untested };
  });

  // A look keeps every workload in Holm's family (an untested one at p = 1); the fixed-n analysis
  // only those it tested, as R's p.adjust over the tests run.
  const m = d.fixedN ? drafts.filter((x) => x.t).length : inputs.length + carry.regression.length;
  const levels = Array.from({ length: Math.max(1, m) }, (_, j) => d.alpha / (m - j)); // α/m … α
  for (const x of drafts) {
    if (!x.t) continue;
    // Fixed n: one look, so Holm takes the test's own p-values (R's p.adjust; the same decisions).
    [x.repReg, x.repImp] = d.fixedN ? [x.t.pLess, x.t.pGreater] : [repeatedP(levels, x.t.regressionAt), repeatedP(levels, x.t.improvementAt)];
  }

  const regAdj = holmAdjust([...drafts.map((x) => x.repReg), ...carry.regression]);
  const impAdj = holmAdjust([...drafts.map((x) => x.repImp), ...carry.improvement]);
  drafts.forEach((x, i) => {
    if (!x.prep) return;
    x.wa.p_regression_adj = x.t ? regAdj[i] : null;
    x.wa.p_improvement_adj = x.t ? impAdj[i] : null;
    classify(x, d, bound, spent, m);
    if (!d.decidedOnly || x.wa.verdict !== 'inconclusive') x.wa.flagged!.unshift(...qualityFlags([{ label: 'A', obs: inputs[i].a }, { label: 'B', obs: inputs[i].b }]));
  });
  const workloads = drafts.map((x) => withoutEmpty(x.wa));
  return { verdict: gate(workloads), margin: d.margin, alpha: d.alpha, geomean_ratio: geomean(workloads), workloads, warnings: [], ...(warnings.length ? { warned: warnings } : {}) };
}

/** A workload without flags carries no `flagged` (a results file without flags reads as it always did). */
export function withoutEmpty(w: WorkloadAnalysis): WorkloadAnalysis {
  if (w.flagged?.length === 0) delete w.flagged;
  return w;
}

/** Geometric mean of the workload ratios: reported, never used by the gate. */
export function geomean(ws: WorkloadAnalysis[]): number | null {
  const r = ws.map((w) => w.ratio).filter((v): v is number => v !== null);
  if (r.length === 0) return null;
  return Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / r.length);
}
