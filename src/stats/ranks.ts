// Ranks with ties averaged (R's rank(ties.method = "average")) and the tie-group sizes.

export function averageRanks(values: number[]): { ranks: number[]; tieSizes: number[] } {
  // Native numeric sort of a copy, then each value's rank from the first and last position of its
  // value in the sorted copy (no comparator callbacks: this runs for every workload at every look).
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const first = (v: number): number => {
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const lo = first(values[i]);
    let hi = lo;
    while (hi + 1 < n && sorted[hi + 1] === values[i]) hi++;
    ranks[i] = (lo + hi + 2) / 2;
  }
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

/** Spearman rank correlation (ties averaged). */
export function spearman(x: number[], y: number[]): number {
  const rx = averageRanks(x).ranks;
  const ry = averageRanks(y).ranks;
  const n = x.length;
  const mx = rx.reduce((a, b) => a + b, 0) / n;
  const my = ry.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
