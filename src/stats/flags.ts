// Quality flags per workload: outliers, drift, bimodality. They are reported (and can trigger more
// blocks); they never remove data from the analysis. Every workload gets them at every look, so
// each side is sorted once and every rule works from that sorted copy in linear time (medians of
// absolute deviations by merging the two monotone runs around the median, not by sorting again).
import { quantileSorted } from 'simple-statistics';
import type { Flag, Observation } from './types.ts';
import { averageRanks, medianOfSorted, middleDeviations, sortedWithRanks, sortInPlace, spearmanOfRanks } from './ranks.ts';
import { tCdf } from './dist/student-t.ts';

const MOD_Z_LIMIT = 3.5;

const sortedCopy = (x: ArrayLike<number>): Float64Array => sortInPlace(new Float64Array(x as ArrayLike<number>));

/** Median of |s_i − m| for s sorted ascending. */
function madOfSorted(s: Float64Array, m: number): number {
  const [a, b] = middleDeviations(s, m);
  return s.length % 2 === 1 ? b : (a + b) / 2;
}

function blocksOf(obs: Observation[], idx: number[]): number[] {
  return idx.map((i) => obs[i].block);
}

/** Modified z = 0.6745·(x − median)/MAD > 3.5 (Iglewicz & Hoaglin), on log throughput. */
export function modifiedZOutliers(x: ArrayLike<number>, sorted?: Float64Array): number[] {
  if (x.length < 8) return []; // fewer launches: a small MAD flags ordinary noise
  const s = sorted ?? sortedCopy(x);
  const m = medianOfSorted(s);
  const mad = madOfSorted(s, m);
  if (mad === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (Math.abs((0.6745 * (x[i] - m)) / mad) > MOD_Z_LIMIT) out.push(i);
  return out;
}

/** Outside Tukey's fences Q1 − 1.5·IQR, Q3 + 1.5·IQR. */
export function tukeyOutliers(x: ArrayLike<number>, sorted?: Float64Array): number[] {
  if (x.length < 8) return []; // fewer launches: a small MAD flags ordinary noise
  const s = (sorted ?? sortedCopy(x)) as unknown as number[]; // quantileSorted only indexes
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  const iqr = q3 - q1;
  if (iqr === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] < q1 - 1.5 * iqr || x[i] > q3 + 1.5 * iqr) out.push(i);
  return out;
}

/** Spearman ρ of value against launch order. */
function driftRho(values: ArrayLike<number>, order: number[], valueRanks = sortedWithRanks(Float64Array.from(values)).ranks): number {
  const n = values.length;
  let increasing = true;
  for (let i = 1; i < n && increasing; i++) increasing = order[i] > order[i - 1];
  // launch order is almost always increasing already: its ranks are then 1…n
  let ro: ArrayLike<number>;
  if (increasing) {
    const r = new Float64Array(n);
    for (let i = 0; i < n; i++) r[i] = i + 1;
    ro = r;
  } else ro = averageRanks(order).ranks;
  return spearmanOfRanks(ro, valueRanks);
}

const tOfRho = (rho: number, n: number): number => rho * Math.sqrt((n - 2) / (1 - rho * rho));

/** Spearman ρ of value against launch order, with a two-sided p from the t approximation. */
export function drift(values: ArrayLike<number>, order: number[]): { rho: number; p: number } | null {
  const n = values.length;
  if (n < 6) return null;
  const rho = driftRho(values, order);
  return { rho, p: driftP(rho, n) };
}

function driftP(rho: number, n: number): number {
  return Math.abs(rho) >= 1 ? 0 : 2 * tCdf(-Math.abs(tOfRho(rho, n)), n - 2);
}

// |t| below the normal 0.995 quantile (2.5758…) means p ≥ 0.01 at any df (the t tails are heavier):
// no drift flag, and no incomplete beta to evaluate.
const DRIFT_T_FLOOR = 2.5;

/**
 * Optimal 1-D 2-means (what ckmeans(x, 2) computes, in O(n log n)): the split of the sorted values
 * with the least within-cluster sum of squares, by prefix sums. Returns the first index of the
 * upper cluster (n when there is no split).
 */
let pre = new Float64Array(0);
let pre2 = new Float64Array(0);
function twoMeansCut(s: Float64Array): number {
  const n = s.length;
  if (pre.length < n + 1) {
    pre = new Float64Array(2 * n + 1);
    pre2 = new Float64Array(2 * n + 1);
  }
  for (let i = 0; i < n; i++) {
    pre[i + 1] = pre[i] + s[i];
    pre2[i + 1] = pre2[i] + s[i] * s[i];
  }
  const sse = (a: number, b: number): number => pre2[b] - pre2[a] - ((pre[b] - pre[a]) ** 2) / (b - a);
  let best = Infinity;
  let cut = n;
  for (let k = 1; k < n; k++) {
    if (s[k] === s[k - 1]) continue; // equal values stay in one cluster
    const v = sse(0, k) + sse(k, n);
    if (v < best) {
      best = v;
      cut = k;
    }
  }
  return cut;
}

export function twoMeans(x: ArrayLike<number>, sorted?: Float64Array): [number[], number[]] {
  const s = sorted ?? sortedCopy(x);
  const cut = twoMeansCut(s);
  return [Array.from(s.subarray(0, cut)), Array.from(s.subarray(cut))];
}

/** Two clusters (optimal 2-means), each ≥ 20% of the launches, separated by more than 4 within-cluster MADs. */
export function bimodality(x: ArrayLike<number>, sorted?: Float64Array): { low: number; high: number; gap: number } | null {
  const n = x.length;
  if (n < 8) return null;
  const s = sorted ?? sortedCopy(x);
  const cut = twoMeansCut(s);
  if (cut === n || cut < 0.2 * n || n - cut < 0.2 * n) return null;
  const gap = s[cut] - s[cut - 1];
  const m1 = medianOfSorted(s.subarray(0, cut));
  const m2 = medianOfSorted(s.subarray(cut));
  const dev = new Float64Array(n);
  let below = 0; // deviations under gap/4: if no more than (n−1)/2, the median deviation is ≥ gap/4
  for (let i = 0; i < n; i++) {
    dev[i] = Math.abs(s[i] - (i < cut ? m1 : m2));
    if (dev[i] < gap / 4) below++;
  }
  if (below <= (n - 1) >> 1) return null;
  const within = medianOfSorted(sortInPlace(dev));
  if (gap > 4 * within && gap > 0) return { low: cut, high: n - cut, gap };
  return null;
}

/** All flags for one workload's two variants (log throughput), in a stable order; as data (words: report/reason-words.ts). */
export function qualityFlags(sides: { label: 'A' | 'B'; obs: Observation[] }[]): Flag[] {
  const flags: Flag[] = [];
  for (const { label, obs } of sides) {
    const n = obs.length;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = Math.log(obs[i].value);
    const { sorted, ranks } = sortedWithRanks(x); // one sort shared by every rule
    const z = modifiedZOutliers(x, sorted);
    if (z.length) flags.push({ kind: 'outlier', variant: label, blocks: blocksOf(obs, z), rule: 'modified-z', limit: MOD_Z_LIMIT });
    const t = tukeyOutliers(x, sorted);
    if (t.length) flags.push({ kind: 'outlier', variant: label, blocks: blocksOf(obs, t), rule: 'tukey' });
    if (n >= 6) {
      const rho = driftRho(x, obs.map((o, i) => o.seq ?? o.block ?? i), ranks);
      const p = Math.abs(rho) < 1 && Math.abs(tOfRho(rho, n)) < DRIFT_T_FLOOR ? 1 : driftP(rho, n);
      if (p < 0.01) flags.push({ kind: 'drift', variant: label, rho, p });
    }
    const bi = bimodality(x, sorted);
    if (bi) flags.push({ kind: 'bimodal', variant: label, low: bi.low, high: bi.high, gap: Math.expm1(bi.gap) });
  }
  return flags;
}
