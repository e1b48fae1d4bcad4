// Ranks with ties averaged (R's rank(ties.method = "average")) and the tie-group sizes.

export function averageRanks(values: number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((v, i) => i).sort((i, j) => values[i] - values[j]);
  const ranks = new Array<number>(values.length);
  const tieSizes: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const avg = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]] = avg;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

/** Σ (t³ − t) over tie groups: the tie correction of both rank tests' variances. */
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
