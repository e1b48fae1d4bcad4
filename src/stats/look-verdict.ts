// The verdict of one workload at a look and its reason (as data: report/reason-words.ts words it),
// from the look's numbers (look.ts): neutral inside the margin, regression / improvement when Holm's
// repeated p allows it and the interval excludes 1, else inconclusive with the blocks a decision
// would need.
import type { ReasonLook, ReasonNeeded, WorkloadAnalysis } from './types.ts';
import { critical, type LookDesign } from './look-boundary.ts';
import type { Prepared } from './workload-input.ts';
import { blocksNeeded } from './power.ts';

export interface Tested {
  estimate: number;
  lo: number;
  hi: number;
  /** Two-sided level of the interval shown: 1 − 2·nominal. */
  level: number;
  /**
   * The interval of the change test (regression / improvement at α): the same as above except in a
   * `split` design, whose change boundary spends along its own curve; shown when a change is called.
   */
  change: { lo: number; hi: number; level: number };
  pLess: number;
  pGreater: number;
  /** Does the design at overall level a reject "no slowdown" / "no speedup" at this look? */
  regressionAt: (a: number) => boolean;
  improvementAt: (a: number) => boolean;
}

/** One workload of a look before its verdict: its figures, its test, its repeated p-values. */
export interface Draft {
  wa: WorkloadAnalysis;
  t: Tested | null;
  prep: Prepared | null;
  repReg: number;
  repImp: number;
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

export function classify(x: Draft, d: LookDesign, bound: number, spent: number, m: number): void {
  const wa = x.wa;
  const prep = x.prep!;
  const n = d.looks[d.looks.length - 1];
  const look: ReasonLook = { n, horizon: d.horizon, spent, alpha: d.alpha };
  const needed = (estimate: number): ReasonNeeded => {
    if (d.skipBlocksNeeded) return { skipped: true };
    wa.blocks_needed = neededBlocks(d, prep, wa.spread ?? 0, estimate);
    return { blocks: wa.blocks_needed, horizon: d.horizon };
  };
  if (prep.paired && prep.d.every((v) => v === 0) && critical(d, prep.n, true, d.alpha).nominal > 0) {
    wa.verdict = 'neutral';
    wa.ratio = 1;
    wa.ci = [1, 1];
    wa.why = { kind: 'identical', n: prep.n, look };
    return;
  }
  if (!x.t) {
    wa.why = { kind: 'too-early', n: prep.n, paired: prep.paired, test: d.method === 'hl' && prep.paired ? 'signed-rank' : 'normal-theory', needed: needed(0), look };
    return;
  }
  const t = x.t;
  const ci = { level: t.level, lo: wa.ci![0], hi: wa.ci![1], repeated: true };
  const inside = t.lo >= -bound && t.hi <= bound;
  const regression = wa.p_regression_adj! <= d.alpha && t.change.hi < 0;
  const improvement = wa.p_improvement_adj! <= d.alpha && t.change.lo > 0;
  const by = Math.abs(1 - wa.ratio!);
  if (inside) {
    wa.verdict = 'neutral';
    wa.look = n;
    wa.why = { kind: 'neutral', ci, margin: d.margin, change: regression || improvement ? { by, slower: regression } : null, look };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? 'regression' : 'improvement';
    wa.look = n;
    const p = regression ? wa.p_regression! : wa.p_improvement!;
    const adj = regression ? wa.p_regression_adj! : wa.p_improvement_adj!;
    // The interval that decides a change is the change test's (a `split` design's own curve).
    wa.ci = [Math.exp(t.change.lo), Math.exp(t.change.hi)];
    wa.ci_level = t.change.level;
    const changeCi = { level: t.change.level, lo: wa.ci[0], hi: wa.ci[1], repeated: true };
    wa.why = { kind: 'changed', slower: regression, by, ci: changeCi, p, adj, m, alpha: d.alpha, look };
    return;
  }
  wa.verdict = 'inconclusive';
  const more = { spread: wa.spread!, paired: prep.paired, needed: needed(t.estimate), look };
  if (t.hi < 0 || t.lo > 0) {
    const adj = t.hi < 0 ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.why = { kind: 'not-significant', ci, adj, m, alpha: d.alpha, ...more };
  } else {
    wa.why = { kind: 'wide', ci, margin: d.margin, ...more };
  }
}
