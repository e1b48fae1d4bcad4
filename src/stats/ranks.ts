// Ranks with ties averaged (R's rank(ties.method = "average")) and the tie-group sizes.

export function averageRanks(values: ArrayLike<number>): { ranks: number[]; tieSizes: number[] } {
  // One sort of a copy that carries the indices along (no comparator callbacks: this runs for every
  // workload at every look); ties get the mean of their positions.
  const { sorted, ranks: r } = sortedWithRanks(Float64Array.from(values));
  const n = sorted.length;
  const ranks = Array.from(r);
  const tieSizes: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

export function tieCorrection(tieSizes: number[]): number {
  return tieSizes.reduce((s, t) => s + t * t * t - t, 0);
}

export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}

/**
 * The two middle values, e_((n−1)/2) and e_(n/2) (0-based, equal when n is odd), of the sorted
 * absolute deviations e = |s_i − m|, s ascending: the deviations below m and above it are two
 * sorted runs, merged up to the middle (no sort).
 */
export function middleDeviations(s: ArrayLike<number>, m: number): [number, number] {
  const n = s.length;
  let hi = 0;
  while (hi < n && s[hi] < m) hi++;
  let lo = hi - 1;
  const want1 = (n - 1) >> 1;
  const want2 = n >> 1;
  let a = NaN;
  let b = NaN;
  for (let k = 0; k <= want2; k++) {
    let v: number;
    if (lo >= 0 && (hi >= n || Math.abs(s[lo] - m) <= Math.abs(s[hi] - m))) v = Math.abs(s[lo--] - m);
    else v = Math.abs(s[hi++] - m);
    if (k === want1) a = v;
    if (k === want2) b = v;
  }
  return [a, b];
}

/** simple-statistics' median (type 7: x_l + ½·(x_u − x_l)) of an ascending array, the same number. */
export function medianType7(s: ArrayLike<number>): number {
  const idx = (s.length - 1) * 0.5;
  if (idx % 1 === 0) return s[idx];
  const l = Math.floor(idx);
  return s[l] + 0.5 * (s[l + 1] - s[l]);
}

/** Spearman rank correlation (ties averaged). */
export function spearman(x: number[], y: number[]): number {
  return spearmanOfRanks(averageRanks(x).ranks, averageRanks(y).ranks);
}

/** Pearson correlation of two rank vectors. */
export function spearmanOfRanks(rx: ArrayLike<number>, ry: ArrayLike<number>): number {
  const n = rx.length;
  let sx = 0, sy = 0;
  for (let i = 0; i < n; i++) {
    sx += rx[i];
    sy += ry[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/**
 * Average ranks of `x` (ties averaged, as averageRanks) and its ascending sorted copy, from one
 * sort that carries the indices along: O(n log n) with no search per value.
 */
export function sortedWithRanks(x: Float64Array): { sorted: Float64Array; ranks: Float64Array } {
  const n = x.length;
  const sorted = x.slice();
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  sortInPlace(sorted, 0, n - 1, idx);
  const ranks = new Float64Array(n);
  for (let lo = 0; lo < n; ) {
    let hi = lo;
    while (hi + 1 < n && sorted[hi + 1] === sorted[lo]) hi++;
    for (let k = lo; k <= hi; k++) ranks[idx[k]] = (lo + hi + 2) / 2;
    lo = hi + 1;
  }
  return { sorted, ranks };
}

/**
 * Sorts ascending in place (quicksort, median of three, insertion sort below 17 elements): about
 * twice as fast as TypedArray.prototype.sort on the 10–300 values a look sorts per workload. −0 and
 * +0 compare equal (the engine's values are logs and their differences, never NaN). `carry`, when
 * given, is permuted along with `a` (an argsort).
 */
export function sortInPlace(a: Float64Array, lo = 0, hi = a.length - 1, carry?: Int32Array): Float64Array {
  while (hi - lo > 16) {
    const x = a[lo], y = a[(lo + hi) >> 1], z = a[hi];
    const p = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        if (carry) {
          const c = carry[i];
          carry[i] = carry[j];
          carry[j] = c;
        }
        i++;
        j--;
      }
    }
    // recurse into the smaller side, loop on the larger: stack depth O(log n)
    if (j - lo < hi - i) {
      sortInPlace(a, lo, j, carry);
      lo = i;
    } else {
      sortInPlace(a, i, hi, carry);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    const c = carry ? carry[i] : 0;
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      if (carry) carry[j + 1] = carry[j];
      j--;
    }
    a[j + 1] = v;
    if (carry) carry[j + 1] = c;
  }
  return a;
}
