// Exact null distribution of the Wilcoxon signed-rank statistic V (sum of the ranks of the positive
// differences, no ties), by dynamic programming over n. Probabilities, not counts, are carried so
// nothing overflows; every step only adds positive numbers, so tails keep relative precision.
import { MAX_HORIZON } from '../spending.ts';

// The looks of one experiment ask for nearby n, so a few distributions are kept (least recently
// used dropped), each with the running sums of its lower half. Their arrays come from a pool and go
// back to it: on a VM a fresh array costs more in page faults than the step that fills it.
interface Kept {
  pmf: Float64Array;
  /** Running sums of the lower half, in sumTail's order (built on the first lower-tail query). */
  lower: Float64Array | null;
}
const kept = new Map<number, Kept>();
const MAX_KEPT = 16;
/** Pooled arrays hold the pmf of any n up to the largest horizon; larger n get their own. */
const POOL_N = MAX_HORIZON;
const CAPACITY = (POOL_N * (POOL_N + 1)) / 2 + 1;
const pool: ArrayBuffer[] = [];
let scratch: [Float64Array, Float64Array] | null = null;

function take(size: number): Float64Array {
  if (size > CAPACITY) return new Float64Array(size);
  return new Float64Array(pool.pop() ?? new ArrayBuffer(CAPACITY * 8), 0, size);
}

function give(a: Float64Array | null): void {
  if (a && a.buffer.byteLength === CAPACITY * 8) pool.push(a.buffer as ArrayBuffer);
}

function keptFor(n: number): Kept {
  const hit = kept.get(n);
  if (hit) {
    kept.delete(n);
    kept.set(n, hit);
    return hit;
  }
  // Continue from the largest kept n below (the same steps, so the same numbers): a new n costs O(n²).
  let from = 0;
  for (const m of kept.keys()) if (m < n && m > from) from = m;
  // Rank m is positive or negative with probability ½ each: P_m(k) = ½·P_{m−1}(k) + ½·P_{m−1}(k − m).
  // The steps before n write into two reused buffers; the answer into a pooled array.
  const size = (n * (n + 1)) / 2 + 1;
  if (!scratch || scratch[0].length < size) {
    const room = Math.max(size, Math.min(CAPACITY, 4 * size)); // room to grow: n rises look by look
    scratch = [new Float64Array(room), new Float64Array(room)];
  }
  let p = from > 0 ? kept.get(from)!.pmf : new Float64Array([1]);
  let len = p.length;
  for (let m = from + 1; m <= n; m++) {
    const next = len + m;
    const q = m === n ? take(next) : scratch[p === scratch[0] ? 1 : 0];
    for (let k = 0; k < m && k < len; k++) q[k] = 0.5 * p[k];
    for (let k = len; k < m; k++) q[k] = 0;
    for (let k = m; k < len; k++) q[k] = 0.5 * p[k] + 0.5 * p[k - m];
    for (let k = Math.max(m, len); k < next; k++) q[k] = 0.5 * p[k - m];
    p = q;
    len = next;
  }
  const out: Kept = { pmf: p, lower: null };
  kept.set(n, out);
  if (kept.size > MAX_KEPT) {
    const [oldest, old] = kept.entries().next().value!;
    kept.delete(oldest);
    give(old.pmf);
    give(old.lower);
  }
  return out;
}

/** P(V = k), k = 0 … n(n+1)/2. A copy: the module's own arrays are reused. */
export function signedRankPmf(n: number): Float64Array {
  return keptFor(n).pmf.slice();
}

/** P(V ≤ q) (R's psignrank). */
export function signedRankCdf(q: number, n: number): number {
  const e = keptFor(n);
  const pmf = e.pmf;
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  if (k <= (pmf.length - 1) / 2) return lowerSums(e)[k]; // = sumTail(pmf, k, true), summed once
  return sumTail(pmf, k, true);
}

function lowerSums(e: Kept): Float64Array {
  if (e.lower) return e.lower;
  const c = take(Math.floor((e.pmf.length - 1) / 2) + 1);
  let s = 0;
  for (let i = 0; i < c.length; i++) c[i] = s += e.pmf[i];
  e.lower = c;
  return c;
}

/** P(V ≥ q). */
export function signedRankSf(q: number, n: number): number {
  return upper(keptFor(n).pmf, Math.ceil(q - 1e-7));
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
  return discreteQuantile(keptFor(n).pmf, p);
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
