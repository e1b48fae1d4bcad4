// Minimum detectable effect of a run: at the blocks it measured and the spread it observed, the
// smallest change of B/A its one-sided change test would find with 80% power.
//
// Approximation (stated in the report's wording and src/stats/README.md): the paired one-sided t
// test on the per-block log-ratios, with the noncentral t replaced by a shifted central t —
// δ = σ (t(1−α, n−1) + t(power, n−1)) / √n — the same planning formula as power.ts. Against R's
// exact `power.t.test(type = "paired", alternative = "one.sided")` it is within 1.1% at α = 0.05
// for n ≥ 3 (slightly conservative), within 4% for α ≥ 0.01 and n ≥ 5, and up to 10% optimistic at
// n = 3 with α = 0.01 (test/stats/mde.test.ts). σ is the run's robust spread of the log-ratios. Under normal noise the
// signed-rank test (the default `hl` method) has 95.5% of the t test's efficiency (3/π), so its MDE
// is about 2% larger; it cannot reach α at all below n = log2(1/α) blocks (its smallest one-sided
// p is 2^−n), and then nothing is detectable.
//
// Which α: the level the run's test really had (`detectable`). Holm across the m workloads asks the
// first of them for α/m, and a sequential design tests each look at the nominal level its α-spending
// boundary gives there, far below α at an early look. Decision: the figure the report gives is the
// MDE at both together — the look where the workload stopped (decided, or the last look taken), its
// design's change boundary at overall level α/m — since the run could not have called anything
// smaller. It is 1.1 to 1.9 times the figure at α alone (2% spread, a first look at 10 of 30 blocks,
// `split`: 1.7% at α; 2.4% with Holm over 3 workloads, one-sided 0.0087, test/stats/mde.test.ts;
// 2.9% over 10, one-sided 0.0026), so the report gives that one beside it, as what one fixed-n test
// at α would see. Still an approximation: for `hl`, the t formula at the signed-rank boundary's
// exact nominal level; and at the small levels Holm and early looks give, the shifted central t is
// optimistic against the exact noncentral t (scipy.stats.nct): by 2.5% at n = 10 and one-sided
// 0.0026, 4% at 0.0005, 7% at n = 5 and 0.0026, 10.5% at n = 5 and 0.0005.
import { tQuantile } from './dist/student-t.ts';
import { critical } from './look-boundary.ts';
import type { Analysis, DesignState, WorkloadAnalysis } from './types.ts';

export const MDE_POWER = 0.8;

/** δ on the log scale, or Infinity when n blocks cannot reach α (or there is no spread to go on). */
export function mdeLog(spread: number, n: number, alpha: number, power = MDE_POWER, method: 'hl' | 't' = 't'): number {
  if (!(n >= 2) || !(spread >= 0) || !Number.isFinite(spread)) return Infinity;
  if (method === 'hl' && 0.5 ** n > alpha) return Infinity;
  const df = n - 1;
  return (spread * (tQuantile(1 - alpha, df) + tQuantile(power, df))) / Math.sqrt(n);
}

/**
 * The smallest change the run could detect, as a fraction of throughput (0.034 = "3.4% or more"):
 * e^δ − 1, the change in either direction at this δ on the log scale. Null when nothing is detectable.
 */
export function minimumDetectableEffect(spread: number | null, n: number, alpha: number, method: 'hl' | 't' = 't'): number | null {
  if (spread === null) return null;
  const d = mdeLog(spread, n, alpha, MDE_POWER, method);
  return Number.isFinite(d) ? Math.expm1(d) : null;
}

/** What one workload of a run could detect, at the level its test had and at α alone. */
export interface Detectable {
  /** The MDE at `level` (null: nothing detectable there), and at α alone. */
  mde: number | null;
  atAlpha: number | null;
  /** One-sided level of the change test where the workload stopped: Holm's α/m at that look's nominal level. */
  level: number;
  /** Workloads in the Holm family, and the look (blocks of horizon) the level is taken at; null: fixed n. */
  m: number;
  look: { blocks: number; horizon: number } | null;
}

/** The Holm family's size: the reason's own m where it records one, else the workloads tested. */
function holmM(a: Pick<Analysis, 'workloads'>, w: WorkloadAnalysis, sequential: boolean): number {
  const why = w.why;
  if (why && 'm' in why) return Math.max(1, why.m);
  const family = a.workloads.filter((x) => (sequential ? x.verdict !== 'failed' : x.p_regression !== null));
  return Math.max(1, family.length);
}

/**
 * The MDE of one workload at the level its run's test had (see the top of this file): α/m, and with
 * a sequential design the nominal level of its change boundary at the look where it stopped.
 */
export function detectable(a: Pick<Analysis, 'alpha' | 'workloads'>, w: WorkloadAnalysis, design?: DesignState | null): Detectable {
  const looks = design?.looks.map((l) => l.blocks) ?? [];
  const m = holmM(a, w, looks.length > 0);
  let level = a.alpha / m;
  let look: Detectable['look'] = null;
  if (design && looks.length > 0) {
    const stop = w.look ?? looks[looks.length - 1];
    const seq = looks.filter((b) => b < stop).concat(stop);
    level = critical({ ...design, looks: seq }, w.n, w.paired, a.alpha / m, 'change').nominal;
    look = { blocks: stop, horizon: design.horizon };
  }
  const mde = level > 0 ? minimumDetectableEffect(w.spread, w.n, level, w.method) : null;
  return { mde, atAlpha: minimumDetectableEffect(w.spread, w.n, a.alpha, w.method), level, m, look };
}
