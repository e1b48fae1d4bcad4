// Student t distribution (any real df > 0) through the regularized incomplete beta function, and
// Welch's degrees of freedom. The quantile is solved by safeguarded Newton steps on log F, so
// far tails keep their relative precision.
import { incompleteBeta, logBeta } from './special.ts';
import { normCdf, normQuantile } from './normal.ts';

/** P(T ≤ t) for T ~ t(df). */
export function tCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df === Infinity) return normCdf(t);
  const t2 = t * t;
  // x = df/(df+t²) and its complement computed separately: no cancellation for small |t|.
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5, y);
  return t < 0 ? tail : 1 - tail;
}

/** Density of t(df). */
export function tPdf(t: number, df: number): number {
  return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

// Planning (power.ts) asks for the same few quantiles at every look and every probe of a future look.
const quantiles = new Map<string, number>();

/** t such that P(T ≤ t) = p. */
export function tQuantile(p: number, df: number): number {
  const key = `${p}|${df}`;
  let q = quantiles.get(key);
  if (q === undefined) {
    if (quantiles.size >= 100000) quantiles.clear();
    quantiles.set(key, (q = solveTQuantile(p, df)));
  }
  return q;
}

function solveTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normQuantile(p);
  // Solve in the lower tail (t < 0) and mirror: F(−t) = 1 − F(t).
  const lower = p < 0.5;
  const target = lower ? p : 1 - p;
  if (df === 1) {
    const v = -1 / Math.tan(Math.PI * target); // Cauchy: −cot(πp), exact in the far tail
    return lower ? v : -v;
  }
  if (df === 2) {
    const exact = (2 * target - 1) / Math.sqrt(2 * target * (1 - target));
    return lower ? exact : -exact;
  }
  // Bracket [lo, 0] with F(lo) ≤ target ≤ F(0) = ½.
  let lo = Math.min(-1, normQuantile(target) * 2);
  while (tCdf(lo, df) > target) lo *= 2;
  let hi = 0;
  // Start from the Cornish–Fisher expansion of the normal quantile.
  const z = normQuantile(target);
  let t = z + (z * z * z + z) / (4 * df);
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  const logTarget = Math.log(target);
  for (let i = 0; i < 200; i++) {
    const f = tCdf(t, df);
    if (f > target) hi = t;
    else lo = t;
    // Newton on g(t) = ln F(t) − ln target; g' = pdf/F.
    const step = ((Math.log(f) - logTarget) * f) / tPdf(t, df);
    let next = t - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
      t = next;
      break;
    }
    t = next;
  }
  return lower ? t : -t;
}

/** Welch–Satterthwaite degrees of freedom for two samples' variances and sizes. */
export function welchDf(var1: number, n1: number, var2: number, n2: number): number {
  const a = var1 / n1;
  const b = var2 / n2;
  if (a + b === 0) return n1 + n2 - 2;
  return ((a + b) * (a + b)) / ((a * a) / (n1 - 1) + (b * b) / (n2 - 1));
}
