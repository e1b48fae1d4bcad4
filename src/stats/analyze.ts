// The decision engine: per workload an estimate of B/A on the log scale with its (1 − 2α)
// interval, one-sided p-values Holm-adjusted across workloads, a verdict with a one-sentence
// reason; then one gate verdict for the run (the fixed-n analysis; sequential looks: look.ts).
// Procedure and rationale: src/stats/README.md.
import { UserError } from '../sys/errors.ts';
import type { Analysis, AnalyzeOptions, Reason, ReasonCi, Warning, WorkloadAnalysis, WorkloadInput } from './types.ts';
import { signedRankShift, mannWhitneyShift, type ShiftResult } from './hodges-lehmann.ts';
import { pairedT, welchT } from './t-interval.ts';
import { holmAdjust } from './holm.ts';
import { qualityFlags } from './flags.ts';
import { blocksNeeded } from './power.ts';
import { signedRankCdf } from './dist/signed-rank.ts';
import { mannWhitneyCdf } from './dist/mann-whitney.ts';
import { gate } from './policy.ts';
import { inRange, optionSpec, rangeText } from '../plan/options.ts';
import { checkInputs, failedSide, pairingFlags, prepare, spreadOf, type Prepared } from './workload-input.ts';

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
  insufficient: Extract<Reason, { kind: 'too-few' }> | null;
  identical: boolean;
}

function emptyAnalysis(name: string, method: 'hl' | 't', level: number, why: Reason, n = 0, paired = false): WorkloadAnalysis {
  return {
    name, n, paired, method, ratio: null, ci: null, ci_level: level, p_regression: null, p_regression_adj: null,
    p_improvement: null, p_improvement_adj: null, verdict: 'inconclusive', blocks_needed: null, spread: null,
    flags: [], flagged: [], reason: '', why,
  };
}

export function analyze(inputs: WorkloadInput[], opts: AnalyzeOptions): Analysis {
  validateOptions(opts);
  const looks = opts.plannedLooks ?? 1;
  // Bonferroni over the planned looks: each look tests at α/K (see sequential.ts for why).
  const alpha = opts.alpha / looks;
  const level = 1 - 2 * alpha;
  const bound = Math.log1p(opts.margin);
  const warnings: Warning[] = [];
  checkInputs(inputs);
  if (inputs.length === 0) warnings.push({ kind: 'no-workloads' });

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
      const wa = emptyAnalysis(w.name, opts.method, level, { kind: 'too-few-t', n: prep.n }, prep.n, prep.paired);
      wa.flagged = flags;
      wa.blocks_needed = 2;
      return { wa, res: null, prep, insufficient: null, identical: false };
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
    let insufficient: Draft['insufficient'] = null;
    if ((res.level < level - 1e-9 || prep.n < minN) && !identical) {
      const test = opts.method === 't' ? 't' : prep.paired ? 'signed-rank' : 'Mann–Whitney';
      insufficient = { kind: 'too-few', n: prep.n, paired: prep.paired, minN, level, test, reachable: res.level, needed: 0 };
    }
    const wa: WorkloadAnalysis = {
      name: w.name, n: prep.n, paired: prep.paired, method: opts.method,
      ratio: Math.exp(res.estimate), ci: [Math.exp(res.lo), Math.exp(res.hi)],
      ci_level: res.level < level - 1e-9 ? res.level : level,
      p_regression: res.pLess, p_regression_adj: null, p_improvement: res.pGreater, p_improvement_adj: null,
      verdict: 'inconclusive', blocks_needed: null, spread: spreadOf(prep, opts.method), flags: [], flagged: flags, reason: '',
    };
    return { wa, res, prep, insufficient, identical };
  });

  const regAdj = holmAdjust(drafts.map((d) => d.wa.p_regression));
  const impAdj = holmAdjust(drafts.map((d) => d.wa.p_improvement));
  const nTested = drafts.filter((d) => d.wa.p_regression !== null).length;
  drafts.forEach((d, i) => {
    d.wa.p_regression_adj = regAdj[i];
    d.wa.p_improvement_adj = impAdj[i];
    if (d.res && d.prep) classify(d, { alpha, bound, margin: opts.margin, nTested, method: opts.method, level });
  });

  const workloads = drafts.map((d) => withoutEmpty(d.wa));
  return {
    verdict: gate(workloads),
    margin: opts.margin,
    alpha: opts.alpha,
    geomean_ratio: geomean(workloads),
    workloads,
    warnings: [],
    ...(warnings.length ? { warned: warnings } : {}),
  };
}

interface Ctx { alpha: number; bound: number; margin: number; nTested: number; method: 'hl' | 't'; level: number }

/** The verdict and its reason (as data: report/reason-words.ts words it) from a workload's figures. */
function classify(d: Draft, c: Ctx): void {
  const wa = d.wa;
  const res = d.res!;
  const prep = d.prep!;
  const ci: ReasonCi = { level: c.level, lo: wa.ci![0], hi: wa.ci![1], repeated: false };
  const needed = (): number =>
    Math.max(minimumN(c.method, prep.paired, c.level), blocksNeeded(wa.spread ?? 0, c.margin, c.alpha, res.estimate, prep.paired));
  if (d.identical) {
    wa.verdict = 'neutral';
    wa.why = { kind: 'identical', n: prep.n };
    return;
  }
  if (d.insufficient) {
    wa.verdict = 'inconclusive';
    wa.blocks_needed = needed();
    wa.why = { ...d.insufficient, needed: wa.blocks_needed };
    return;
  }
  const inside = res.lo >= -c.bound && res.hi <= c.bound;
  const regression = wa.p_regression_adj! <= c.alpha && res.hi < 0;
  const improvement = wa.p_improvement_adj! <= c.alpha && res.lo > 0;
  const by = Math.abs(1 - wa.ratio!);
  if (inside) {
    wa.verdict = 'neutral';
    wa.why = { kind: 'neutral', ci, margin: c.margin, change: regression || improvement ? { by, slower: regression } : null };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? 'regression' : 'improvement';
    const p = regression ? wa.p_regression! : wa.p_improvement!;
    const adj = regression ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.why = { kind: 'changed', slower: regression, by, ci, p, adj, m: c.nTested, alpha: c.alpha };
    return;
  }
  wa.verdict = 'inconclusive';
  wa.blocks_needed = needed();
  const more = { spread: wa.spread!, paired: prep.paired, needed: { blocks: wa.blocks_needed, horizon: null } };
  if (res.hi < 0 || res.lo > 0) {
    const adj = res.hi < 0 ? wa.p_regression_adj! : wa.p_improvement_adj!;
    wa.why = { kind: 'not-significant', ci, adj, m: c.nTested, alpha: c.alpha, ...more };
  } else {
    wa.why = { kind: 'wide', ci, margin: c.margin, ...more };
  }
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
