// The verdict of one workload at a look and its one-sentence reason, from the look's numbers
// (look.ts): neutral inside the margin, regression / improvement when Holm's repeated p allows it and
// the interval excludes 1, else inconclusive with the blocks a decision would need.
import type { WorkloadAnalysis } from './types.ts';
import { critical, type LookDesign } from './look-boundary.ts';
import type { Prepared } from './workload-input.ts';
import { pc, pval, r3 } from './workload-input.ts';
import { blocksNeeded } from './power.ts';

const num = (v: number): string => Number(v.toPrecision(2)).toString();

export interface Tested {
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
