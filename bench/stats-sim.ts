// Simulation pieces for bench/stats.bench.ts: a noise model of llama-bench launches and the
// decision rules of the peer tools, applied to the same simulated data as the engine.
import type { Rng } from '../src/stats/dist/prng.ts';
import { mannWhitneyShift } from '../src/stats/hodges-lehmann.ts';
import { tQuantile } from '../src/stats/dist/student-t.ts';
import { median } from 'simple-statistics';

export interface NoiseModel {
  name: string;
  /** Level shared by the two launches of one block (machine state drifting block to block). */
  blockSd: number;
  /** Independent launch-to-launch noise (memory placement, scheduling) per launch. */
  launchSd: number;
  /** Per-repetition noise inside one launch. */
  withinSd: number;
  /** Probability that a launch runs throttled, and its slowdown factor. */
  throttleP: number;
  throttleFactor: number;
  /** Total slow drift over 30 blocks (log scale, shared by A and B). */
  drift: number;
  reps: number;
}

// Measured on the project machine (2-core VM, -t 2; src/stats/README.md): launch-to-launch CV ≈ 10% of which
// pairing removes the block-shared part (paired sd of log-ratios 9–11%), within-launch CV 2–3%,
// occasional throttled launches at −10%, slow drift.
export const NOISY: NoiseModel = {
  name: 'noisy VM (launch CV 10%)', blockSd: 0.07, launchSd: 0.07, withinSd: 0.025,
  throttleP: 0.05, throttleFactor: 0.9, drift: -0.03, reps: 3,
};
// Tuned bare-metal runner: ~1% launch spread.
export const QUIET: NoiseModel = {
  name: 'quiet bare metal (launch CV 1%)', blockSd: 0.007, launchSd: 0.007, withinSd: 0.005,
  throttleP: 0.02, throttleFactor: 0.97, drift: -0.005, reps: 3,
};

/** One launch's repetitions (t/s). */
function launch(rng: Rng, m: NoiseModel, level: number): number[] {
  const throttled = rng.next() < m.throttleP ? m.throttleFactor : 1;
  const l = level * throttled * Math.exp(m.launchSd * rng.normal());
  return Array.from({ length: m.reps }, () => l * Math.exp(m.withinSd * rng.normal()));
}

export interface SimRun {
  /** Per block: repetitions of A's and B's launch. */
  a: number[][];
  b: number[][];
}

export function simulate(rng: Rng, m: NoiseModel, ratio: number, blocks: number): SimRun {
  const a: number[][] = [];
  const b: number[][] = [];
  for (let i = 0; i < blocks; i++) {
    const level = 50 * Math.exp(m.blockSd * rng.normal() + (m.drift * i) / 30);
    a.push(launch(rng, m, level));
    b.push(launch(rng, m, level * ratio));
  }
  return { a, b };
}

export type Call = 'regression' | 'improvement' | 'none';
const mean = (x: number[]): number => x.reduce((s, v) => s + v, 0) / x.length;

/** github-action-benchmark: previous stored value vs the new one, alert above `threshold`; regressions only. */
export function githubActionBenchmark(run: SimRun, threshold: number): Call {
  const prev = mean(run.a[0]);
  const cur = mean(run.b[0]);
  return prev / cur >= threshold ? 'regression' : 'none';
}

/** asv continuous: ratio beyond the factor AND Mann–Whitney two-sided p < 0.002 on the samples. */
export function asv(run: SimRun, n: number, factor = 1.1): Call {
  const a = run.a.slice(0, n).map((r) => median(r));
  const b = run.b.slice(0, n).map((r) => median(r));
  const ratio = median(b) / median(a);
  const mw = mannWhitneyShift(b, a, 0.9);
  const p = Math.min(1, 2 * Math.min(mw.pLess, mw.pGreater));
  if (p >= 0.002) return 'none';
  if (ratio < 1 / factor) return 'regression';
  if (ratio > factor) return 'improvement';
  return 'none';
}

/** compare-llama-bench.py: speedup = ratio of mean avg_ts of one run each, judged against a threshold. */
export function compareLlamaBench(run: SimRun, threshold: number): Call {
  const speedup = mean(run.b[0]) / mean(run.a[0]);
  if (speedup < 1 - threshold) return 'regression';
  if (speedup > 1 + threshold) return 'improvement';
  return 'none';
}

/** Bencher t-test threshold: the new value outside the 99% t prediction interval of the history. */
export function bencherT(run: SimRun, history: number, boundary = 0.99): Call {
  const h = run.a.slice(0, history).map((r) => mean(r));
  const m = mean(h);
  const sd = Math.sqrt(h.reduce((s, v) => s + (v - m) ** 2, 0) / (h.length - 1));
  const q = tQuantile(boundary, h.length - 1) * sd * Math.sqrt(1 + 1 / h.length);
  const x = mean(run.b[0]);
  if (x < m - q) return 'regression';
  if (x > m + q) return 'improvement';
  return 'none';
}

/** Two-sample Kolmogorov–Smirnov p-value (asymptotic with Stephens' small-sample correction). */
export function ksPValue(x: number[], y: number[]): number {
  const a = [...x].sort((p, q) => p - q);
  const b = [...y].sort((p, q) => p - q);
  let i = 0, j = 0, d = 0;
  while (i < a.length && j < b.length) {
    const v = Math.min(a[i], b[j]);
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  const en = Math.sqrt((a.length * b.length) / (a.length + b.length));
  const lambda = (en + 0.12 + 0.11 / en) * d;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** Pinpoint: DIFFERENT when min(KS p, MWU p) ≤ 0.01; direction from the medians. */
export function pinpoint(run: SimRun, n: number): Call {
  const a = run.a.slice(0, n).map((r) => median(r));
  const b = run.b.slice(0, n).map((r) => median(r));
  const mw = mannWhitneyShift(b, a, 0.9);
  const p = Math.min(ksPValue(a, b), Math.min(1, 2 * Math.min(mw.pLess, mw.pGreater)));
  if (p > 0.01) return 'none';
  return median(b) < median(a) ? 'regression' : 'improvement';
}
