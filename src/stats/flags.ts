// Quality flags per workload: outliers, drift, bimodality. They are reported (and can trigger more
// blocks); they never remove data from the analysis.
import { quantileSorted } from 'simple-statistics';
import type { Observation } from './types.ts';
import { spearman, medianOfSorted } from './ranks.ts';
import { tCdf } from './dist/student-t.ts';

const MOD_Z_LIMIT = 3.5;

const sortedCopy = (x: ArrayLike<number>): Float64Array => Float64Array.from(x).sort();

function mad(x: number[], m: number): number {
  return medianOfSorted(sortedCopy(x.map((v) => Math.abs(v - m))));
}

function blocksOf(obs: Observation[], idx: number[]): string {
  return idx.map((i) => obs[i].block).join(', ');
}

/** Modified z = 0.6745·(x − median)/MAD > 3.5 (Iglewicz & Hoaglin), on log throughput. */
export function modifiedZOutliers(x: number[], sorted?: Float64Array): number[] {
  if (x.length < 8) return []; // fewer launches: a small MAD flags ordinary noise
  const m = medianOfSorted(sorted ?? sortedCopy(x));
  const s = mad(x, m);
  if (s === 0) return [];
  return x.map((v, i) => [Math.abs((0.6745 * (v - m)) / s), i]).filter(([z]) => z > MOD_Z_LIMIT).map(([, i]) => i);
}

/** Outside Tukey's fences Q1 − 1.5·IQR, Q3 + 1.5·IQR. */
export function tukeyOutliers(x: number[], sorted?: Float64Array): number[] {
  if (x.length < 8) return []; // fewer launches: a small MAD flags ordinary noise
  const s = Array.from(sorted ?? sortedCopy(x));
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  const iqr = q3 - q1;
  if (iqr === 0) return [];
  return x.map((v, i) => [v, i]).filter(([v]) => v < q1 - 1.5 * iqr || v > q3 + 1.5 * iqr).map(([, i]) => i);
}

/** Spearman ρ of value against launch order, with a two-sided p from the t approximation. */
export function drift(values: number[], order: number[]): { rho: number; p: number } | null {
  const n = values.length;
  if (n < 6) return null;
  const rho = spearman(order, values);
  if (Math.abs(rho) >= 1) return { rho, p: 0 };
  const t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
  return { rho, p: 2 * tCdf(-Math.abs(t), n - 2) };
}

/**
 * Optimal 1-D 2-means (what ckmeans(x, 2) computes, in O(n log n)): the split of the sorted values
 * with the least within-cluster sum of squares, by prefix sums.
 */
export function twoMeans(x: number[], sorted?: Float64Array): [number[], number[]] {
  const s = Array.from(sorted ?? sortedCopy(x));
  const n = s.length;
  const pre = new Float64Array(n + 1);
  const pre2 = new Float64Array(n + 1);
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
  return [s.slice(0, cut), s.slice(cut)];
}

/** Two clusters (optimal 2-means), each ≥ 20% of the launches, separated by more than 4 within-cluster MADs. */
export function bimodality(x: number[], sorted?: Float64Array): { low: number; high: number; gap: number } | null {
  if (x.length < 8) return null;
  const [c1, c2] = twoMeans(x, sorted);
  if (c2.length === 0 || c1.length < 0.2 * x.length || c2.length < 0.2 * x.length) return null;
  const gap = Math.min(...c2) - Math.max(...c1);
  const m1 = medianOfSorted(c1);
  const m2 = medianOfSorted(c2);
  const within = medianOfSorted(sortedCopy([...c1.map((v) => Math.abs(v - m1)), ...c2.map((v) => Math.abs(v - m2))]));
  if (gap > 4 * within && gap > 0) return { low: c1.length, high: c2.length, gap };
  return null;
}

const pct = (v: number): string => `${(100 * v).toFixed(1)}%`;

/** All flags for one workload's two variants (log throughput), in a stable order. */
export function qualityFlags(sides: { label: 'A' | 'B'; obs: Observation[] }[]): string[] {
  const flags: string[] = [];
  for (const { label, obs } of sides) {
    const x = obs.map((o) => Math.log(o.value));
    const sorted = sortedCopy(x); // one sort shared by the outlier rules and the clustering
    const z = modifiedZOutliers(x, sorted);
    if (z.length) flags.push(`outlier: ${label} block ${blocksOf(obs, z)} (modified z > ${MOD_Z_LIMIT})`);
    const t = tukeyOutliers(x, sorted);
    if (t.length) flags.push(`outlier: ${label} block ${blocksOf(obs, t)} outside Tukey fences (1.5·IQR)`);
    const dr = drift(x, obs.map((o, i) => o.seq ?? o.block ?? i));
    if (dr && dr.p < 0.01) {
      flags.push(`drift: ${label} ${dr.rho < 0 ? 'slows down' : 'speeds up'} over the run (Spearman ρ = ${dr.rho.toFixed(2)}, p = ${dr.p.toPrecision(2)})`);
    }
    const bi = bimodality(x, sorted);
    if (bi) flags.push(`bimodal: ${label} splits ${bi.low}/${bi.high} launches with a gap of ${pct(Math.expm1(bi.gap))}`);
  }
  return flags;
}
