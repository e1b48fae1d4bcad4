// Normal-theory group-sequential boundaries (one-sided, efficacy only) for a Lan–DeMets spending
// function at arbitrary information fractions, by the numerical-integration recursion of Armitage,
// McPherson & Rowe (1969) as laid out in Jennison & Turnbull (2000), ch. 19: the score
// S_k = Z_k·√t_k is Brownian motion in information time; the density of S on the continuation
// region is carried from look to look by convolution with the N(0, Δt) increment, and b_k solves
// P(first crossing at k) = α(t_k) − α(t_{k−1}). Checked against R's rpact (fixtures/stats/gs-normal.json).
//
// The `t` method uses these boundaries on the significance-level scale (Jennison & Turnbull §11.4):
// at a look with n blocks it rejects when the one-sided t p-value ≤ 1 − Φ(b_k).
import { normCdf, normPdf } from './dist/normal.ts';
import { alphaSpent } from './spending.ts';
import type { SpendingCurve } from './spending.ts';
import type { Spending } from './types.ts';

export interface NormalBoundary {
  /** z-scale critical values, one per information fraction (Infinity: no rejection possible). */
  z: number[];
  /** Nominal one-sided level of each look: 1 − Φ(z_k). */
  nominal: number[];
  /** Cumulative α spent by each look. */
  spent: number[];
}

const RANGE = 8; // grid reaches 8 sd below zero: the mass left out is < 1e-15
const PER_SD = 12; // grid points per sd of the smallest increment

function simpson(lo: number, hi: number, minPts: number): { x: Float64Array; w: Float64Array } {
  let m = Math.max(3, Math.ceil(minPts));
  if (m % 2 === 0) m++;
  const x = new Float64Array(m);
  const w = new Float64Array(m);
  const h = (hi - lo) / (m - 1);
  for (let i = 0; i < m; i++) {
    x[i] = lo + i * h;
    w[i] = (h / 3) * (i === 0 || i === m - 1 ? 1 : i % 2 ? 4 : 2);
  }
  return { x, w };
}

/** Solve a decreasing f(b) = target for b by safeguarded Newton (bisection fallback). */
function solveDecreasing(f: (b: number) => [number, number], target: number): number {
  let lo = -10, hi = 40;
  let b = 2;
  for (let i = 0; i < 100; i++) {
    const [v, d] = f(b);
    const err = v - target;
    if (Math.abs(err) <= 1e-13 + 1e-10 * target) return b;
    if (err > 0) lo = b;
    else hi = b;
    let next = d < 0 ? b - err / d : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (hi - lo < 1e-12) return next;
    b = next;
  }
  return b;
}

const cache = new Map<string, NormalBoundary>();

/** Boundaries at information fractions `fractions` (increasing, in (0, 1]); memoized. */
export function normalBoundary(fractions: number[], alpha: number, spending: Spending | SpendingCurve): NormalBoundary {
  const key = `${fractions.join(',')}|${alpha}|${spending}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = fractions;
  const steps = t.map((v, i) => v - (i ? t[i - 1] : 0));
  const hMin = Math.sqrt(Math.min(...steps)) / PER_SD;
  const z: number[] = [];
  const spent: number[] = [];
  let prev = 0;
  let grid: { x: Float64Array; w: Float64Array } | null = null;
  let dens: Float64Array | null = null; // density of S on the continuation region at the last look
  for (let k = 0; k < t.length; k++) {
    const target = Math.max(0, alphaSpent(spending, alpha, t[k]) - prev);
    const sdStep = Math.sqrt(steps[k]);
    const rt = Math.sqrt(t[k]);
    let b: number;
    if (k === 0) {
      b = target > 0 ? solveDecreasing((bb) => [normCdf(-bb), -normPdf(bb)], target) : Infinity;
    } else if (target <= 0) {
      b = Infinity;
    } else {
      const g = grid!, f = dens!;
      b = solveDecreasing((bb) => {
        let p = 0, d = 0;
        for (let i = 0; i < g.x.length; i++) {
          const u = (bb * rt - g.x[i]) / sdStep;
          const m = g.w[i] * f[i];
          p += m * normCdf(-u);
          d -= (m * normPdf(u) * rt) / sdStep;
        }
        return [p, d];
      }, target);
    }
    z.push(b);
    prev += target;
    spent.push(prev);
    if (k === t.length - 1) break;
    // New density on (−RANGE·√t_k, b·√t_k].
    const up = Number.isFinite(b) ? b * rt : RANGE * rt;
    const lo = -RANGE * rt;
    const next = simpson(lo, up, (up - lo) / hMin);
    const nd = new Float64Array(next.x.length);
    if (k === 0) {
      for (let j = 0; j < nd.length; j++) nd[j] = normPdf(next.x[j] / rt) / rt;
    } else {
      const g = grid!, f = dens!;
      for (let j = 0; j < nd.length; j++) {
        let s = 0;
        const xj = next.x[j];
        for (let i = 0; i < g.x.length; i++) {
          const u = (xj - g.x[i]) / sdStep;
          if (u > RANGE || u < -RANGE) continue;
          s += g.w[i] * f[i] * Math.exp(-0.5 * u * u);
        }
        nd[j] = s / (sdStep * Math.sqrt(2 * Math.PI));
      }
    }
    grid = next;
    dens = nd;
  }
  const out: NormalBoundary = { z, nominal: z.map((v) => (Number.isFinite(v) ? normCdf(-v) : 0)), spent };
  cache.set(key, out);
  return out;
}
