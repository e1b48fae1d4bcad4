// Exact null distribution of the Mann–Whitney statistic W = #{(x_i, y_j): x_i > y_j} for sample
// sizes m, n without ties. Recurrence on the largest element (it is an x with probability
// m/(m+n), adding n pairs; else a y, adding none), carried as probabilities: positive sums only.
import { discreteQuantile } from './signed-rank.ts';

const cache = new Map<string, Float64Array>();

/** P(W = k), k = 0 … m·n. */
export function mannWhitneyPmf(m: number, n: number): Float64Array {
  const key = `${m},${n}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // row[j] = distribution for (i, j), rolled over i.
  let prev: Float64Array[] = [];
  for (let j = 0; j <= n; j++) prev.push(new Float64Array([1])); // i = 0: W = 0
  for (let i = 1; i <= m; i++) {
    const cur: Float64Array[] = [new Float64Array([1])]; // j = 0: W = 0
    for (let j = 1; j <= n; j++) {
      const out = new Float64Array(i * j + 1);
      const px = i / (i + j);
      const fromX = prev[j]; // (i−1, j), shifted by j
      const fromY = cur[j - 1]; // (i, j−1)
      for (let k = 0; k < fromX.length; k++) out[k + j] += px * fromX[k];
      for (let k = 0; k < fromY.length; k++) out[k] += (1 - px) * fromY[k];
      cur.push(out);
    }
    prev = cur;
  }
  const pmf = prev[n];
  if (m * n <= 40000) cache.set(key, pmf);
  return pmf;
}

/** P(W ≤ q) (R's pwilcox). */
export function mannWhitneyCdf(q: number, m: number, n: number): number {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  let s = 0;
  if (k <= (pmf.length - 1) / 2) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return 1 - s;
}

/** P(W ≥ q). */
export function mannWhitneySf(q: number, m: number, n: number): number {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.ceil(q - 1e-7);
  if (k <= 0) return 1;
  if (k > pmf.length - 1) return 0;
  let s = 0;
  if (k > (pmf.length - 1) / 2) {
    for (let i = k; i < pmf.length; i++) s += pmf[i];
    return s;
  }
  for (let i = 0; i < k; i++) s += pmf[i];
  return 1 - s;
}

/** Smallest q with P(W ≤ q) ≥ p (R's qwilcox). */
export function mannWhitneyQuantile(p: number, m: number, n: number): number {
  return discreteQuantile(mannWhitneyPmf(m, n), p);
}
