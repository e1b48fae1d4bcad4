// `--method t`: paired t on the log-differences, or Welch's t on the two samples of logs.
import { tCdf, tQuantile, welchDf } from './dist/student-t.ts';
import type { ShiftResult } from './hodges-lehmann.ts';

function meanVar(x: number[]): [number, number] {
  const n = x.length;
  const m = x.reduce((a, b) => a + b, 0) / n;
  const v = n > 1 ? x.reduce((s, v) => s + (v - m) ** 2, 0) / (n - 1) : 0;
  return [m, v];
}

function fromStatistic(est: number, se: number, df: number, level: number): ShiftResult {
  if (se === 0) {
    // All differences equal: the location is known exactly; p-values are degenerate but defined.
    const pLess = est < 0 ? 0 : 1;
    const pGreater = est > 0 ? 0 : 1;
    return { estimate: est, lo: est, hi: est, level, pLess, pGreater, exact: false, statistic: est === 0 ? 0 : Math.sign(est) * Infinity };
  }
  const t = est / se;
  const q = tQuantile(1 - (1 - level) / 2, df);
  return {
    estimate: est, lo: est - q * se, hi: est + q * se, level,
    pLess: tCdf(t, df), pGreater: tCdf(-t, df), exact: false, statistic: t,
  };
}

export function pairedT(d: number[], level: number): ShiftResult {
  const [m, v] = meanVar(d);
  return fromStatistic(m, Math.sqrt(v / d.length), d.length - 1, level);
}

/** Welch: shift of mean(x) over mean(y). */
export function welchT(x: number[], y: number[], level: number): ShiftResult {
  const [mx, vx] = meanVar(x);
  const [my, vy] = meanVar(y);
  const se = Math.sqrt(vx / x.length + vy / y.length);
  return fromStatistic(mx - my, se, welchDf(vx, x.length, vy, y.length), level);
}
