// Order statistics of the Walsh averages (d_i + d_j)/2, i ≤ j, of sorted differences: the
// Hodges–Lehmann estimate and the signed-rank interval's ends [W_(c+1), W_(N−c)] without the
// n(n+1)/2 averages. Counts below a value by two pointers over the sorted d (O(n)); the k-th
// average by narrowing a bracket on those counts, then gathering the few averages left in it.
import { sortInPlace } from './ranks.ts';

/** #{i ≤ j : (d_i + d_j)/2 < x} (or ≤ x when inclusive); d sorted ascending. */
export function walshCount(d: Float64Array, x: number, inclusive: boolean): number {
  const n = d.length;
  let count = 0;
  let j = n - 1;
  // row i: pairs (i, j') with j' ≥ i; the largest j with (d_i + d_j)/2 below x only moves down
  // (d_i + d_j)/2 vs x is d_i + d_j vs 2x: halving and doubling are exact in binary floating point
  const x2 = 2 * x;
  if (inclusive) {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] > x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] >= x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  }
  return count;
}

/**
 * The buffer walshKth gathers the last few averages into. The caller owns it (one per look, reused
 * by every workload of that look), so nothing is shared between calls that the caller did not share.
 */
export interface WalshScratch {
  buf: Float64Array;
}

export const walshScratch = (): WalshScratch => ({ buf: new Float64Array(64) });

/**
 * The k-th smallest Walsh average (1-based); d sorted ascending. Each step counts the Walsh averages
 * at or below a trial value in O(n) (two pointers) and narrows (lo, hi] around the answer: a step
 * of interpolation on the counts, a bisection whenever interpolation did not halve the bracket.
 * When at most 16 averages remain in (lo, hi] they are gathered row by row and the answer picked:
 * O(n log N) with no n(n+1)/2 array and no sort of one.
 */
export function walshKth(d: Float64Array, k: number, scratch: WalshScratch = walshScratch()): number {
  const n = d.length;
  let lo = d[0], hi = d[n - 1]; // W_(1) = d_min, W_(N) = d_max
  let cLo = walshCount(d, lo, true);
  if (cLo >= k) return lo;
  let cHi = (n * (n + 1)) / 2;
  // invariant: cLo = #(≤ lo) < k ≤ cHi = #(≤ hi)
  // First trial values: where the k-th Walsh average would be if the d were normal — the median
  // plus (d's quantile at k/N − median)/√2 — and a step either side; then interpolation on the
  // counts, or bisection when interpolation did not halve the bracket. Any trial is correct: they
  // only decide how fast (lo, hi] closes in.
  const N = cHi;
  const q = ((k - 0.5) / N) * (n - 1);
  const dq = d[Math.floor(q)] + (q % 1) * (d[Math.ceil(q)] - d[Math.floor(q)]);
  const med = (d[(n - 1) >> 1] + d[n >> 1]) / 2;
  const guess = med + (dq - med) * Math.SQRT1_2;
  const spacing = ((d[n - 1] - d[0]) / N) * 128;
  const trials = [guess, guess - spacing, guess + spacing];
  let interpolate = true;
  let t = 0;
  while (cHi - cLo > 16) {
    const width = cHi - cLo;
    const trial = t < trials.length ? trials[t++] : NaN;
    if (trial === trial && !(trial > lo && trial < hi)) continue; // a trial outside the bracket: next one
    let mid = trial === trial ? trial : interpolate ? lo + ((hi - lo) * (k - cLo - 0.5)) / width : lo + (hi - lo) / 2;
    if (!(mid > lo && mid < hi)) mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break; // adjacent doubles: (lo, hi] holds only ties
    const c = walshCount(d, mid, true);
    if (c >= k) {
      hi = mid;
      cHi = c;
    } else {
      lo = mid;
      cLo = c;
    }
    interpolate = interpolate ? cHi - cLo <= width / 2 : true;
  }
  // the answer is the (k − cLo)-th smallest of the Walsh averages in (lo, hi]
  const m = cHi - cLo;
  if (scratch.buf.length < m) scratch.buf = new Float64Array(2 * m);
  const buf = scratch.buf;
  let filled = 0;
  let top = n - 1; // last j with (d_i + d_j)/2 ≤ hi
  let low = n - 1; // last j with (d_i + d_j)/2 ≤ lo
  for (let i = 0; i < n; i++) {
    while (top >= i && (d[i] + d[top]) / 2 > hi) top--;
    if (top < i) break;
    while (low >= i && (d[i] + d[low]) / 2 > lo) low--;
    for (let j = Math.max(i, low + 1); j <= top; j++) buf[filled++] = (d[i] + d[j]) / 2;
  }
  const want = k - cLo - 1;
  return sortInPlace(buf, 0, m - 1)[want];
}

/** (W_(k) + W_(k+1)) / 2: W_(k+1) is W_(k) again or the smallest Walsh average above it (two O(n) passes). */
function walshMiddlePair(d: Float64Array, k: number, scratch: WalshScratch): number {
  const w = walshKth(d, k, scratch);
  if (walshCount(d, w, true) > k) return (w + w) / 2;
  const n = d.length;
  let next = Infinity;
  let j = n - 1; // last j with (d_i + d_j)/2 > w, moving down as i grows
  for (let i = 0; i < n; i++) {
    while (j > i && (d[i] + d[j - 1]) / 2 > w) j--;
    if (j < i) j = i;
    const v = (d[i] + d[j]) / 2;
    if (v > w && v < next) next = v;
  }
  return (w + next) / 2;
}

/** The Hodges–Lehmann estimate: the median of the Walsh averages of the sorted differences. */
export function walshMedian(sd: Float64Array, scratch: WalshScratch = walshScratch()): number {
  const N = (sd.length * (sd.length + 1)) / 2;
  return N % 2 ? walshKth(sd, (N + 1) / 2, scratch) : walshMiddlePair(sd, N / 2, scratch);
}
