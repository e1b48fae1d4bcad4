// The verdict of one workload at a look and its reason (as data: report/reason-words.ts words it),
// from the look's numbers (look.ts): neutral inside the margin, regression / improvement when Holm's
// repeated p allows it and the interval excludes 1, else inconclusive with the blocks a decision
// would need.
import type { Reason, ReasonLook, ReasonNeeded, WorkloadAnalysis } from './types.ts';
import { critical, minimumN, reachableLevel, type LookDesign } from './look-boundary.ts';
import type { Prepared } from './workload-input.ts';
import { blocksNeeded } from './power.ts';
import { mannWhitneyShift } from './hodges-lehmann.ts';

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
  /** Null (fixed n only): not tested, left out of Holm's family. */
  repReg: number | null;
  repImp: number | null;
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

/** Fixed n (no look, no horizon): the blocks a decision would need at this spread, at least the test's minimum. */
function neededFixed(d: LookDesign, p: Prepared, spread: number, estimate: number): number {
  return Math.max(minimumN(d.method, p.paired, 1 - 2 * d.alpha), blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired));
}

/**
 * Fixed n, no interval at the level: too few values for the test. As R's wilcox.test does, the
 * interval shown is the one the values reach (the range of the Walsh averages, at its level); it
 * never decides.
 */
function tooFew(wa: WorkloadAnalysis, d: LookDesign, p: Prepared): Reason {
  wa.blocks_needed = d.method === 't' ? 2 : neededFixed(d, p, wa.spread ?? 0, 0);
  if (d.method === 't') return { kind: 'too-few-t', n: p.n };
  const level = 1 - 2 * d.alpha;
  if (p.paired && p.n > 0) {
    wa.ci = [Math.exp(Math.min(...p.d)), Math.exp(Math.max(...p.d))];
    wa.ci_level = reachableLevel(p);
  } else if (!p.paired && p.la.length > 0 && p.lb.length > 0) {
    const r = mannWhitneyShift(p.lb, p.la, reachableLevel(p));
    [wa.ratio, wa.ci, wa.ci_level] = [Math.exp(r.estimate), [Math.exp(r.lo), Math.exp(r.hi)], r.level];
  }
  return {
    kind: 'too-few', n: p.n, paired: p.paired, minN: minimumN(d.method, p.paired, level), level,
    test: p.paired ? 'signed-rank' : 'Mann–Whitney', reachable: reachableLevel(p), needed: wa.blocks_needed,
  };
}

export function classify(x: Draft, d: LookDesign, bound: number, spent: number, m: number): void {
  const wa = x.wa;
  const prep = x.prep!;
  // A fixed-n analysis has no look: its reasons carry none, its intervals are not repeated ones.
  const look: ReasonLook | undefined = d.fixedN ? undefined : { n: d.looks[d.looks.length - 1], horizon: d.horizon, spent, alpha: d.alpha };
  const at = look ? { look } : {};
  const needed = (estimate: number): ReasonNeeded => {
    if (d.skipBlocksNeeded) return { skipped: true };
    if (d.fixedN) return { blocks: (wa.blocks_needed = neededFixed(d, prep, wa.spread ?? 0, estimate)), horizon: null };
    wa.blocks_needed = neededBlocks(d, prep, wa.spread ?? 0, estimate);
    return { blocks: wa.blocks_needed, horizon: d.horizon };
  };
  if (prep.paired && prep.d.every((v) => v === 0) && critical(d, prep.n, true, d.alpha).nominal > 0) {
    wa.verdict = 'neutral';
    wa.ratio = 1;
    wa.ci = [1, 1];
    wa.why = { kind: 'identical', n: prep.n, ...at };
    return;
  }
  if (!x.t) {
    wa.why = look
      ? { kind: 'too-early', n: prep.n, paired: prep.paired, test: d.method === 'hl' && prep.paired ? 'signed-rank' : 'normal-theory', needed: needed(0), look }
      : tooFew(wa, d, prep);
    return;
  }
  const t = x.t;
  const ci = { level: wa.ci_level, lo: wa.ci![0], hi: wa.ci![1], repeated: !d.fixedN };
  const inside = t.lo >= -bound && t.hi <= bound;
  const regression = wa.p_regression_adj! <= d.alpha && t.change.hi < 0;
  const improvement = wa.p_improvement_adj! <= d.alpha && t.change.lo > 0;
  const by = Math.abs(1 - wa.ratio!);
  if (inside) {
    wa.verdict = 'neutral';
    if (look) wa.look = look.n;
    wa.why = { kind: 'neutral', ci, margin: d.margin, change: regression || improvement ? { by, slower: regression } : null, ...at };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? 'regression' : 'improvement';
    if (look) wa.look = look.n;
    const p = regression ? wa.p_regression! : wa.p_improvement!;
    const adj = regression ? wa.p_regression_adj! : wa.p_improvement_adj!;
    // The interval that decides a change is the change test's (a `split` design's own curve).
    wa.ci = [Math.exp(t.change.lo), Math.exp(t.change.hi)];
    if (!d.fixedN) wa.ci_level = t.change.level;
    const changeCi = { level: wa.ci_level, lo: wa.ci[0], hi: wa.ci[1], repeated: !d.fixedN };
    wa.why = { kind: 'changed', slower: regression, by, ci: changeCi, p, adj, m, alpha: d.alpha, ...at };
    return;
  }
  wa.verdict = 'inconclusive';
  const more = { spread: wa.spread!, paired: prep.paired, needed: needed(t.estimate), ...at };
  if (t.hi < 0 || t.lo > 0) {
    const adj = t.hi < 0 ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.why = { kind: 'not-significant', ci, adj, m, alpha: d.alpha, ...more };
  } else {
    wa.why = { kind: 'wide', ci, margin: d.margin, ...more };
  }
}
