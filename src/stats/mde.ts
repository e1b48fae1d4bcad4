// Minimum detectable effect of a run: at the blocks it measured and the spread it observed, the
// smallest change of B/A its one-sided test at α would find with 80% power.
//
// Approximation (stated in the report's wording and src/stats/README.md): the paired one-sided t
// test on the per-block log-ratios, with the noncentral t replaced by a shifted central t —
// δ = σ (t(1−α, n−1) + t(power, n−1)) / √n — the same planning formula as power.ts. Against R's
// exact `power.t.test(type = "paired", alternative = "one.sided")` it is within 1.1% at α = 0.05
// for n ≥ 3 (slightly conservative), within 4% for α ≥ 0.01 and n ≥ 5, and up to 10% optimistic at
// n = 3 with α = 0.01 (test/stats/mde.test.ts). σ is the run's robust spread of the log-ratios. Under normal noise the
// signed-rank test (the default `hl` method) has 95.5% of the t test's efficiency (3/π), so its MDE
// is about 2% larger; it cannot reach α at all below n = log2(1/α) blocks (its smallest one-sided
// p is 2^−n), and then nothing is detectable. The run's sequential looks and Holm across workloads
// make its real test stricter than one test at α: the figure is a lower bound on what it could miss.
import { tQuantile } from './dist/student-t.ts';

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
