// Hodges–Lehmann estimators with the Wilcoxon intervals, reproducing R's wilcox.test(conf.int =
// TRUE) step by step: exact distribution when n < 50 and there are no ties (nor zero differences),
// the continuity-corrected normal approximation otherwise. The point estimate is always the
// median of the Walsh averages / pairwise differences (R's normal branch instead returns a
// uniroot approximation of the same quantity to 1e-4; we keep the exact median).
import { averageRanks, tieCorrection, medianOfSorted } from './ranks.ts';
import { signedRankCdf, signedRankSf, signedRankQuantile } from './dist/signed-rank.ts';
import { mannWhitneyCdf, mannWhitneySf, mannWhitneyQuantile } from './dist/mann-whitney.ts';
import { normCdf, normQuantile } from './dist/normal.ts';

export interface ShiftResult {
  estimate: number;
  lo: number;
  hi: number;
  /** Two-sided level the interval actually has (below the request when n is too small). */
  level: number;
  /** One-sided p-values: H1 shift < 0 (less) and shift > 0 (greater). */
  pLess: number;
  pGreater: number;
  exact: boolean;
  /** V (signed rank) or W (Mann–Whitney, R's convention: pairs with x > y). */
  statistic: number;
}

export function walshAverages(x: number[]): Float64Array {
  const n = x.length;
  const out = new Float64Array((n * (n + 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) out[k++] = (x[i] + x[j]) / 2;
  return out.sort();
}

export function pairwiseDifferences(x: number[], y: number[]): Float64Array {
  const out = new Float64Array(x.length * y.length);
  let k = 0;
  for (const a of x) for (const b of y) out[k++] = a - b;
  return out.sort();
}

/** Bisection to the jump of a decreasing step function across zero (what uniroot converges to). */
function stepRoot(f: (d: number) => number, lo: number, hi: number): number {
  let a = lo, b = hi;
  for (let i = 0; i < 200 && b - a > 0; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    if (f(mid) > 0) a = mid;
    else b = mid;
  }
  return a + (b - a) / 2;
}

/** One-sample / paired: HL pseudo-median of d with the signed-rank interval of level `level`. */
export function signedRankShift(d: number[], level: number): ShiftResult {
  const alphaReq = 1 - level;
  const walsh = walshAverages(d);
  const estimate = medianOfSorted(walsh);
  const x = d.filter((v) => v !== 0);
  const zeroes = x.length < d.length;
  const n = x.length;
  if (n === 0) return { estimate: 0, lo: 0, hi: 0, level, pLess: 1, pGreater: 1, exact: false, statistic: 0 };
  const { ranks, tieSizes } = averageRanks(x.map(Math.abs));
  const ties = tieSizes.some((t) => t > 1);
  const V = x.reduce((s, v, i) => (v > 0 ? s + ranks[i] : s), 0);
  if (n < 50 && !ties && !zeroes) {
    const N = (n * (n + 1)) / 2;
    let qu = signedRankQuantile(alphaReq / 2, n);
    if (qu === 0) qu = 1;
    const ql = N - qu;
    const achieved = 2 * signedRankCdf(qu - 1, n);
    return {
      estimate, lo: walsh[qu - 1], hi: walsh[ql], level: 1 - achieved,
      pLess: signedRankCdf(V, n), pGreater: signedRankSf(V, n), exact: true, statistic: V,
    };
  }
  // Normal approximation with continuity correction (R: correct = TRUE).
  const mean = (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection(tieSizes) / 48);
  const pLess = normCdf((V - mean + 0.5) / sigma);
  const pGreater = 1 - normCdf((V - mean - 0.5) / sigma);
  const W = (dd: number): number => {
    const xd = x.map((v) => v - dd).filter((v) => v !== 0);
    const nx = xd.length;
    if (nx === 0) return 0;
    const r = averageRanks(xd.map(Math.abs));
    const zd = xd.reduce((s, v, i) => (v > 0 ? s + r.ranks[i] : s), 0) - (nx * (nx + 1)) / 4;
    const sd = Math.sqrt((nx * (nx + 1) * (2 * nx + 1)) / 24 - tieCorrection(r.tieSizes) / 48);
    if (sd === 0) return 0;
    return (zd - Math.sign(zd) * 0.5) / sd;
  };
  const mumin = Math.min(...x);
  const mumax = Math.max(...x);
  if (mumin === mumax) {
    return { estimate, lo: mumin, hi: mumax, level, pLess, pGreater, exact: false, statistic: V };
  }
  const wmin = W(mumin);
  const wmax = W(mumax);
  let alpha = alphaReq;
  while (alpha < 1 && (wmin - normQuantile(1 - alpha / 2) < 0 || wmax - normQuantile(alpha / 2) > 0)) alpha *= 2;
  if (alpha >= 1) {
    const m = medianOfSorted([...x].sort((a, b) => a - b));
    return { estimate, lo: m, hi: m, level: 0, pLess, pGreater, exact: false, statistic: V };
  }
  const zl = normQuantile(1 - alpha / 2);
  const zu = normQuantile(alpha / 2);
  const lo = stepRoot((dd) => W(dd) - zl, mumin, mumax);
  const hi = stepRoot((dd) => W(dd) - zu, mumin, mumax);
  return { estimate, lo, hi, level: 1 - alpha, pLess, pGreater, exact: false, statistic: V };
}

/** Two-sample: HL shift of x over y (median of x_i − y_j) with the Mann–Whitney interval. */
export function mannWhitneyShift(x: number[], y: number[], level: number): ShiftResult {
  const alpha = 1 - level;
  const nx = x.length;
  const ny = y.length;
  const diffs = pairwiseDifferences(x, y);
  const estimate = medianOfSorted(diffs);
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  const ties = tieSizes.some((t) => t > 1);
  let rx = 0;
  for (let i = 0; i < nx; i++) rx += ranks[i];
  const W = rx - (nx * (nx + 1)) / 2;
  if (nx < 50 && ny < 50 && !ties) {
    let qu = mannWhitneyQuantile(alpha / 2, nx, ny);
    if (qu === 0) qu = 1;
    const ql = nx * ny - qu;
    const achieved = 2 * mannWhitneyCdf(qu - 1, nx, ny);
    return {
      estimate, lo: diffs[qu - 1], hi: diffs[ql], level: 1 - achieved,
      pLess: mannWhitneyCdf(W, nx, ny), pGreater: mannWhitneySf(W, nx, ny), exact: true, statistic: W,
    };
  }
  const N = nx + ny;
  const sigmaOf = (tc: number): number => Math.sqrt(((nx * ny) / 12) * (N + 1 - tc / (N * (N - 1))));
  const sigma = sigmaOf(tieCorrection(tieSizes));
  const z = W - (nx * ny) / 2;
  const pLess = sigma === 0 ? 1 : normCdf((z + 0.5) / sigma);
  const pGreater = sigma === 0 ? 1 : 1 - normCdf((z - 0.5) / sigma);
  const Wd = (d: number): number => {
    const r = averageRanks([...x.map((v) => v - d), ...y]);
    let s = 0;
    for (let i = 0; i < nx; i++) s += r.ranks[i];
    const dz = s - (nx * (nx + 1)) / 2 - (nx * ny) / 2;
    const sd = sigmaOf(tieCorrection(r.tieSizes));
    if (sd === 0) return 0;
    return (dz - Math.sign(dz) * 0.5) / sd;
  };
  const mumin = Math.min(...x) - Math.max(...y);
  const mumax = Math.max(...x) - Math.min(...y);
  const wmin = Wd(mumin);
  const wmax = Wd(mumax);
  const root = (zq: number): number => {
    if (wmin - zq <= 0) return mumin;
    if (wmax - zq >= 0) return mumax;
    return stepRoot((d) => Wd(d) - zq, mumin, mumax);
  };
  return {
    estimate, lo: root(normQuantile(1 - alpha / 2)), hi: root(normQuantile(alpha / 2)), level,
    pLess, pGreater, exact: false, statistic: W,
  };
}
