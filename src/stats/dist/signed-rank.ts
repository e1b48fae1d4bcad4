// Exact null distribution of the Wilcoxon signed-rank statistic V (sum of the ranks of the positive
// differences, no ties), by dynamic programming over n. Probabilities, not counts, are carried so
// nothing overflows; every step only adds positive numbers, so tails keep relative precision.

const cache = new Map<number, Float64Array>();

/** P(V = k), k = 0 … n(n+1)/2. */
export function signedRankPmf(n: number): Float64Array {
  const hit = cache.get(n);
  if (hit) return hit;
  // Continue from the largest cached n below (the same steps, so the same numbers): a new n costs O(n²).
  let from = 0;
  for (const m of cache.keys()) if (m < n && m > from) from = m;
  const size = (n * (n + 1)) / 2 + 1;
  // Two buffers of the final size, swapped each step (no allocation per step): rank m is positive or
  // negative with probability ½ each, so P_m(k) = ½·P_{m−1}(k) + ½·P_{m−1}(k − m).
  let p = new Float64Array(size), q = new Float64Array(size);
  let len = from > 0 ? cache.get(from)!.length : 1;
  if (from > 0) p.set(cache.get(from)!);
  else p[0] = 1;
  for (let m = from + 1; m <= n; m++) {
    const next = len + m;
    for (let k = 0; k < m && k < len; k++) q[k] = 0.5 * p[k];
    for (let k = len; k < m; k++) q[k] = 0;
    for (let k = m; k < len; k++) q[k] = 0.5 * p[k] + 0.5 * p[k - m];
    for (let k = Math.max(m, len); k < next; k++) q[k] = 0.5 * p[k - m];
    const t = p; p = q; q = t;
    len = next;
  }
  if (n <= 200) cache.set(n, p);
  return p;
}

/** P(V ≤ q) (R's psignrank). */
export function signedRankCdf(q: number, n: number): number {
  const pmf = signedRankPmf(n);
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  if (k <= (pmf.length - 1) / 2) return lowerSums(n, pmf)[k]; // = sumTail(pmf, k, true), summed once
  return sumTail(pmf, k, true);
}

// Running sums of the lower half of the pmf, in sumTail's order (boundaries ask for many lower tails of one n).
const lowerCache = new Map<number, Float64Array>();
function lowerSums(n: number, pmf: Float64Array): Float64Array {
  let c = lowerCache.get(n);
  if (c) return c;
  c = new Float64Array(Math.floor((pmf.length - 1) / 2) + 1);
  let s = 0;
  for (let i = 0; i < c.length; i++) c[i] = s += pmf[i];
  if (n <= 200) lowerCache.set(n, c);
  return c;
}

/** P(V ≥ q). */
export function signedRankSf(q: number, n: number): number {
  return upper(signedRankPmf(n), Math.ceil(q - 1e-7));
}

function upper(pmf: Float64Array, from: number): number {
  if (from <= 0) return 1;
  if (from >= pmf.length) return 0;
  return sumTail(pmf, from - 1, false);
}

/** Sum P(≤k) (lower) or P(>k) (upper), summing whichever side is the smaller tail. */
function sumTail(pmf: Float64Array, k: number, lower: boolean): number {
  let s = 0;
  const mid = (pmf.length - 1) / 2;
  if (k <= mid) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return lower ? s : 1 - s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return lower ? 1 - s : s;
}

/** Smallest q with P(V ≤ q) ≥ p (R's qsignrank, including its 10·ε fuzz and symmetric upper half). */
export function signedRankQuantile(p: number, n: number): number {
  return discreteQuantile(signedRankPmf(n), p);
}

/** Shared by the signed-rank and Mann–Whitney quantiles: both distributions are symmetric. */
export function discreteQuantile(pmf: Float64Array, p: number): number {
  const top = pmf.length - 1;
  let s = 0;
  if (p <= 0.5) {
    const x = p - 10 * Number.EPSILON;
    for (let q = 0; q <= top; q++) {
      s += pmf[q];
      if (s >= x) return q;
    }
    return top;
  }
  const x = 1 - p + 10 * Number.EPSILON;
  for (let q = 0; q <= top; q++) {
    s += pmf[q];
    if (s > x) return top - q;
  }
  return 0;
}
