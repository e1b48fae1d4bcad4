// The boundary of one look: the design (α, margin, method, horizon, spending, the looks so far) and,
// for a workload with n blocks, the critical value and nominal level its look sequence gives
// (gs-signed-rank.ts for HL paired, gs-normal.ts otherwise).
import type { Spending } from './types.ts';
import { signedRankCdf } from './dist/signed-rank.ts';
import { mannWhitneyCdf } from './dist/mann-whitney.ts';
import type { Prepared } from './workload-input.ts';
import { signedRankLook } from './gs-signed-rank.ts';
import { normalBoundary } from './gs-normal.ts';
import { curveOf, type Purpose } from './spending.ts';

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
  /**
   * The fixed-n analysis (`analyze`: raw llama-bench files, memory B/A): each workload's one look at
   * its own n blocks, which is its horizon, so the whole α is spent there. `looks` and `horizon` are
   * not read.
   */
  fixedN?: boolean;
}

/** The look sequence a workload with n blocks sees: the earlier looks below n, then n. */
function sequenceFor(d: LookDesign, n: number): number[] {
  return d.fixedN ? [n] : [...d.looks.slice(0, -1).filter((l) => l < n), n];
}

/** Boundary of one workload at this look for an overall one-sided level `a`. */
export interface Critical {
  /** Signed-rank critical value (HL, paired): reject when at most c Walsh averages are on the null side; −1: cannot. */
  c: number;
  /** Nominal one-sided level of the boundary (fixed-sample p at which it rejects). */
  nominal: number;
}

/**
 * `purpose`: a `split` design spends on equivalence (the interval shown, neutral) and on a change
 * (regression, improvement) along different curves (spending.ts); the other designs along one.
 */
export function critical(d: LookDesign, n: number, paired: boolean, a: number, purpose: Purpose = 'equivalence'): Critical {
  const seq = sequenceFor(d, n);
  const curve = curveOf(d.spending, purpose);
  if (d.method === 'hl' && paired) {
    const c = signedRankLook(seq, d.fixedN ? n : d.horizon, a, curve).crit;
    return { c, nominal: c >= 0 ? signedRankCdf(c, n) : 0 };
  }
  const usable = seq.filter((l) => l >= 2);
  if (usable.length === 0) return { c: -1, nominal: 0 };
  const nb = normalBoundary(usable.map((l) => l / (d.fixedN ? n : d.horizon)), a, curve);
  return { c: -1, nominal: nb.nominal[nb.nominal.length - 1] };
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

/** The highest two-sided level a rank interval reaches on these values: [min, max] of the set. */
export function reachableLevel(p: Prepared): number {
  return p.paired ? 1 - 2 * signedRankCdf(0, p.n) : 1 - 2 * mannWhitneyCdf(0, p.lb.length, p.la.length);
}
