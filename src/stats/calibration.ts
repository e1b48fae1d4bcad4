// The statistics of a host calibration (an A/A run: the base against itself): per workload, the
// false-call rate its offset and spread imply, and the blocks a ±2% decision needs at that spread.
// The store keeps the file (store/calibration.ts); the numbers are computed here.
import type { Analysis } from './types.ts';
import { blocksNeeded } from './power.ts';
import { normCdf, normQuantile } from './dist/normal.ts';

/** The margin the headline "a ±2% call needs ~N blocks" is stated for. */
export const CALIBRATION_MARGIN = 0.02;

/**
 * Chance that a run of n blocks declares a difference between identical binaries: the estimate of
 * the log-ratio is ~N(offset, spread²/n) and the run calls a change when its two-sided (1−2α)
 * interval excludes 0. With no offset this is 2α; an offset (order effects, drift, warm-up) raises it.
 */
export function impliedFalseCallRate(offset: number, spread: number, n: number, alpha: number): number {
  if (!(spread > 0) || n < 2) return offset === 0 ? 2 * alpha : 1;
  const z = normQuantile(1 - alpha);
  const shift = (offset * Math.sqrt(n)) / spread;
  return normCdf(-z + shift) + normCdf(-z - shift);
}

/** What an A/A run's analysis says about one workload's noise. */
export interface WorkloadNoise {
  name: string;
  /** Blocks counted; the paired spread (robust sd of the log-ratios); B/A and the verdict measured. */
  blocks: number;
  spread: number;
  ratio: number | null;
  verdict: string;
  falseCallRate: number;
  blocksFor2pct: number;
}

/** Per workload with a spread (at least 2 blocks): the calibration's numbers at the run's α. */
export function noiseOf(analysis: Pick<Analysis, 'workloads'>, alpha: number): WorkloadNoise[] {
  const out: WorkloadNoise[] = [];
  for (const w of analysis.workloads) {
    if (w.spread === null || !(w.n >= 2)) continue;
    const offset = w.ratio !== null && w.ratio > 0 ? Math.log(w.ratio) : 0;
    out.push({
      name: w.name, blocks: w.n, spread: w.spread, ratio: w.ratio, verdict: w.verdict,
      falseCallRate: impliedFalseCallRate(offset, w.spread, w.n, alpha),
      blocksFor2pct: blocksNeeded(w.spread, CALIBRATION_MARGIN, alpha, 0, true),
    });
  }
  return out;
}
