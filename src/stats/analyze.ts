// The decision engine: per workload an estimate of B/A on the log scale with its (1 − 2α)
// interval, one-sided p-values Holm-adjusted across workloads, a verdict with a one-sentence
// reason; then one gate verdict for the run (the fixed-n analysis; sequential looks: look.ts).
// Procedure and rationale: src/stats/README.md.
import { UserError } from '../sys/errors.ts';
import type { Analysis, AnalyzeOptions, WorkloadAnalysis, WorkloadInput } from './types.ts';
import { signedRankShift, mannWhitneyShift, type ShiftResult } from './hodges-lehmann.ts';
import { pairedT, welchT } from './t-interval.ts';
import { holmAdjust } from './holm.ts';
import { qualityFlags } from './flags.ts';
import { blocksNeeded } from './power.ts';
import { signedRankCdf } from './dist/signed-rank.ts';
import { mannWhitneyCdf } from './dist/mann-whitney.ts';
import { gate } from './policy.ts';
import { inRange, optionSpec, rangeText } from '../plan/options.ts';
import { checkInputs, failedSide, pairingFlags, prepare, spreadOf, r3, pc, pval, type Prepared } from './workload-input.ts';

export { gate };

/** The margin's range is the --margin flag's (plan/options.ts), written once. */
const MARGIN = optionSpec('analyze', 'margin');

export function validateOptions(opts: AnalyzeOptions): void {
  if (!inRange(MARGIN, opts.margin)) {
    throw new UserError(`margin ${opts.margin} is out of range`, `give a relative margin ${rangeText(MARGIN)}, e.g. --margin ${MARGIN.example}`);
  }
  if (!(opts.alpha > 0 && opts.alpha < 0.5)) {
    throw new UserError(`alpha ${opts.alpha} is out of range`, 'give a one-sided error rate between 0 and 0.5, e.g. --alpha 0.05');
  }
  if (opts.method !== 'hl' && opts.method !== 't') {
    throw new UserError(`method ${String(opts.method)} is unknown`, 'use --method hl (Hodges–Lehmann, default) or --method t');
  }
  const k = opts.plannedLooks ?? 1;
  if (!(Number.isInteger(k) && k >= 1)) throw new UserError(`plannedLooks ${k} must be a positive integer`);
}

/** Smallest n whose interval can reach `level` at all (exact rank tests: [min, max] of the set). */
export function minimumN(method: 'hl' | 't', paired: boolean, level: number): number {
  if (method === 't') return 2;
  for (let n = 1; n < 60; n++) {
    const achieved = paired ? 1 - 2 * signedRankCdf(0, n) : 1 - 2 * mannWhitneyCdf(0, n, n);
    if (achieved >= level - 1e-12) return n;
  }
  return 60;
}

function shift(p: Prepared, method: 'hl' | 't', level: number): ShiftResult {
  if (method === 't') return p.paired ? pairedT(p.d, level) : welchT(p.lb, p.la, level);
  return p.paired ? signedRankShift(p.d, level) : mannWhitneyShift(p.lb, p.la, level);
}

interface Draft {
  wa: WorkloadAnalysis;
  res: ShiftResult | null;
  prep: Prepared | null;
  insufficient: string | null;
  identical: boolean;
}

function emptyAnalysis(name: string, method: 'hl' | 't', level: number, reason: string, n = 0, paired = false): WorkloadAnalysis {
  return {
    name, n, paired, method, ratio: null, ci: null, ci_level: level, p_regression: null, p_regression_adj: null,
    p_improvement: null, p_improvement_adj: null, verdict: 'inconclusive', blocks_needed: null, spread: null,
    flags: [], reason,
  };
}

export function analyze(inputs: WorkloadInput[], opts: AnalyzeOptions): Analysis {
  validateOptions(opts);
  const looks = opts.plannedLooks ?? 1;
  // Bonferroni over the planned looks: each look tests at α/K (see sequential.ts for why).
  const alpha = opts.alpha / looks;
  const level = 1 - 2 * alpha;
  const levelTxt = `${Number((100 * level).toPrecision(3))}%`;
  const bound = Math.log1p(opts.margin);
  const warnings: string[] = [];
  checkInputs(inputs);
  if (inputs.length === 0) warnings.push('no workloads to analyze');

  const drafts: Draft[] = inputs.map((w) => {
    const failed = failedSide(w, warnings);
    if (failed) {
      const wa = emptyAnalysis(w.name, opts.method, level, failed);
      wa.verdict = 'failed';
      return {
        wa,
        res: null, prep: null, insufficient: null, identical: false,
      };
    }
    const prep = prepare(w);
    const flags = [...qualityFlags([{ label: 'A', obs: w.a }, { label: 'B', obs: w.b }]), ...pairingFlags(prep)];
    const minN = minimumN(opts.method, prep.paired, level);
    const tooFewForT = opts.method === 't' && (prep.paired ? prep.n < 2 : prep.la.length < 2 || prep.lb.length < 2);
    if (tooFewForT) {
      const wa = emptyAnalysis(w.name, opts.method, level, `n = ${prep.n} is below the minimum of 2 per side for a t interval`, prep.n, prep.paired);
      wa.flags = flags;
      wa.blocks_needed = 2;
      return { wa, res: null, prep, insufficient: wa.reason, identical: false };
    }
    let res = shift(prep, opts.method, level);
    const identical = prep.paired && prep.n >= minN && prep.d.every((v) => v === 0);
    if (res.level < level - 1e-9 && !res.exact && opts.method === 'hl' && prep.n >= minN) {
      // Heavy ties (nearly equal differences) stop R's normal-approximation root search short of
      // the level. The full range of the data still covers at ≥ 1 − 2^(1−n) (paired) / 1 − 2/C(m+n, m):
      // use it rather than declare n too small.
      res = prep.paired
        ? { ...res, lo: Math.min(...prep.d), hi: Math.max(...prep.d), level }
        : { ...res, lo: Math.min(...prep.lb) - Math.max(...prep.la), hi: Math.max(...prep.lb) - Math.min(...prep.la), level };
    }
    let insufficient: string | null = null;
    if ((res.level < level - 1e-9 || prep.n < minN) && !identical) {
      const kind = opts.method === 't' ? 't' : prep.paired ? 'signed-rank' : 'Mann–Whitney';
      insufficient = `n = ${prep.n} ${prep.paired ? 'blocks' : 'launches per side'} is below the minimum of ${minN} for a ${levelTxt} ${kind} interval (best reachable: ${pc(res.level)})`;
    }
    const wa: WorkloadAnalysis = {
      name: w.name, n: prep.n, paired: prep.paired, method: opts.method,
      ratio: Math.exp(res.estimate), ci: [Math.exp(res.lo), Math.exp(res.hi)],
      ci_level: res.level < level - 1e-9 ? res.level : level,
      p_regression: res.pLess, p_regression_adj: null, p_improvement: res.pGreater, p_improvement_adj: null,
      verdict: 'inconclusive', blocks_needed: null, spread: spreadOf(prep, opts.method), flags, reason: '',
    };
    return { wa, res, prep, insufficient, identical };
  });

  const regAdj = holmAdjust(drafts.map((d) => d.wa.p_regression));
  const impAdj = holmAdjust(drafts.map((d) => d.wa.p_improvement));
  const nTested = drafts.filter((d) => d.wa.p_regression !== null).length;
  drafts.forEach((d, i) => {
    d.wa.p_regression_adj = regAdj[i];
    d.wa.p_improvement_adj = impAdj[i];
    if (d.res && d.prep) classify(d, { alpha, bound, margin: opts.margin, levelTxt, nTested, method: opts.method, level });
  });

  const workloads = drafts.map((d) => d.wa);
  return {
    verdict: gate(workloads),
    margin: opts.margin,
    alpha: opts.alpha,
    geomean_ratio: geomean(workloads),
    workloads,
    warnings,
  };
}

interface Ctx { alpha: number; bound: number; margin: number; levelTxt: string; nTested: number; method: 'hl' | 't'; level: number }

function classify(d: Draft, c: Ctx): void {
  const wa = d.wa;
  const res = d.res!;
  const prep = d.prep!;
  const ci = `${c.levelTxt} CI [${r3(wa.ci![0])}, ${r3(wa.ci![1])}]`;
  const marginTxt = `±${Number((100 * c.margin).toPrecision(3))}%`;
  const holmTxt = (p: number, adj: number): string =>
    c.nTested > 1 ? `p = ${pval(p)} (Holm-adjusted ${pval(adj)} across ${c.nTested} workloads)` : `p = ${pval(p)}`;
  const needed = (): number =>
    Math.max(minimumN(c.method, prep.paired, c.level), blocksNeeded(wa.spread ?? 0, c.margin, c.alpha, res.estimate, prep.paired));
  if (d.identical) {
    wa.verdict = 'neutral';
    wa.reason = `all ${prep.n} blocks gave identical A and B throughput (ratio exactly 1)`;
    return;
  }
  if (d.insufficient) {
    wa.verdict = 'inconclusive';
    wa.blocks_needed = needed();
    wa.reason = `${d.insufficient}; ~${wa.blocks_needed} ${prep.paired ? 'blocks' : 'launches per side'} would be needed`;
    return;
  }
  const inside = res.lo >= -c.bound && res.hi <= c.bound;
  const regression = wa.p_regression_adj! <= c.alpha && res.hi < 0;
  const improvement = wa.p_improvement_adj! <= c.alpha && res.lo > 0;
  if (inside) {
    wa.verdict = 'neutral';
    const sig = regression || improvement
      ? ` (B is ${pc(Math.abs(1 - wa.ratio!))} ${regression ? 'slower' : 'faster'}, detectably but by less than the margin)`
      : '';
    wa.reason = `${ci} lies within the ${marginTxt} margin${sig}`;
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? 'regression' : 'improvement';
    const p = regression ? wa.p_regression! : wa.p_improvement!;
    const adj = regression ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.reason = `B is ${pc(Math.abs(1 - wa.ratio!))} ${regression ? 'slower' : 'faster'}: ${ci} ${regression ? 'is below' : 'is above'} 1 and ${holmTxt(p, adj)} ≤ α = ${roundAlpha(c.alpha)}`;
    return;
  }
  wa.verdict = 'inconclusive';
  wa.blocks_needed = needed();
  const unit = prep.paired ? 'per block' : 'per launch';
  const more = `spread ${pc(wa.spread!)} ${unit}; ~${wa.blocks_needed} ${prep.paired ? 'blocks' : 'launches per side'} would be needed`;
  if (res.hi < 0 || res.lo > 0) {
    const adj = res.hi < 0 ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.reason = `${ci} excludes 1 but the Holm-adjusted p = ${pval(adj)} is above α = ${roundAlpha(c.alpha)} across ${c.nTested} workloads; ${more}`;
  } else {
    wa.reason = `${ci} is wider than the ${marginTxt} margin: ${more}`;
  }
}

function roundAlpha(a: number): string {
  return Number(a.toPrecision(3)).toString();
}

/** Geometric mean of the workload ratios: reported, never used by the gate. */
export function geomean(ws: WorkloadAnalysis[]): number | null {
  const r = ws.map((w) => w.ratio).filter((v): v is number => v !== null);
  if (r.length === 0) return null;
  return Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / r.length);
}
