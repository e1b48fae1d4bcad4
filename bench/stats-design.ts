// The sequential designs side by side for bench/stats.bench.ts: v1 (Bonferroni over looks), v2 with
// each spending function and horizon (the runner's default looks, then an adversarial maintainer who
// extends every inconclusive run to the horizon in chunks of 5–20 blocks), the fixed-n engine and
// the known-σ oracle. Every rule sees the same simulated runs.
import { readFileSync } from 'node:fs';
import { median } from 'simple-statistics';
import { createRng, type Rng } from '../src/stats/dist/prng.ts';
import { normQuantile } from '../src/stats/dist/normal.ts';
import { analyze } from '../src/stats/analyze.ts';
import { analyzeLook } from '../src/stats/look.ts';
import { normalBoundary } from '../src/stats/gs-normal.ts';
import { minimumN } from '../src/stats/analyze.ts';
import { parseBenchOutput } from '../src/parse/index.ts';
import type { Spending, Verdict, WorkloadInput } from '../src/stats/types.ts';
import type { NoiseModel, SimRun } from './stats-sim.ts';
import { looksFor } from '../src/plan/decision-rule.ts';

export const MAX_BLOCKS = 30;
/** The runner's default looks at --max-blocks 30 (plan/decision-rule.ts looksFor): 10, 12, 15, 20, 30. */
export const RUNNER_LOOKS = looksFor(MAX_BLOCKS);
/** v1's looks, and the default before this one. */
export const V1_LOOKS = [5, 10, 20, 30];
/** Other schedules measured for the default (src/stats/README.md, "Choosing the defaults"). */
export const CANDIDATE_LOOKS = [V1_LOOKS, [7, 15, 30], [7, 10, 20, 30], [7, 12, 30], [7, 20, 30], [7, 10, 15, 20, 25, 30]];
const MARGIN = 0.02;
const ALPHA = 0.05;

export interface Outcome { call: Verdict; blocks: number }
/** A rule's outcome when the runner stops at MAX_BLOCKS, and after the extender (same as runner when it never extends). */
export interface DesignOutcome { runner: Outcome; extended: Outcome }
export interface DesignRule { name: string; horizon: number; run: (r: SimRun, ext: Rng) => DesignOutcome }

export function toInput(run: SimRun, n: number): WorkloadInput {
  const obs = (side: number[][], off: number) => side.slice(0, n).map((reps, i) => ({ block: i + 1, value: median(reps), seq: 2 * i + off }));
  return { name: 'w', a: obs(run.a, 0), b: obs(run.b, 1) };
}

const same = (o: Outcome): DesignOutcome => ({ runner: o, extended: o });

/** v1 (the engine before this design): looks 5/10/20/30, Bonferroni over the looks that can decide. */
function v1(): DesignRule {
  const sorted = V1_LOOKS;
  let k = 1;
  let looks = sorted;
  for (; k <= sorted.length; k++) {
    const minN = minimumN('hl', true, 1 - (2 * ALPHA) / k);
    looks = sorted.filter((l) => l >= minN);
    if (looks.length <= k) break;
  }
  const K = Math.max(1, looks.length);
  return {
    name: `v1: Bonferroni α/${K} at ${looks.join('/')}`, horizon: MAX_BLOCKS,
    run: (r) => {
      for (const n of looks) {
        const w = analyze([toInput(r, n)], { margin: MARGIN, alpha: ALPHA, method: 'hl', plannedLooks: K }).workloads[0];
        if (w.verdict !== 'inconclusive') return same({ call: w.verdict, blocks: n });
      }
      return same({ call: 'inconclusive', blocks: MAX_BLOCKS });
    },
  };
}

/** v2: runner looks up to MAX_BLOCKS; the extender then adds 5–20 blocks at a time up to the horizon. */
export function v2(spending: Spending, horizon: number, runnerLooks = RUNNER_LOOKS): DesignRule {
  return {
    name: `v2 ${spending}, horizon ${horizon}${runnerLooks === RUNNER_LOOKS ? '' : `, looks ${runnerLooks.join('/')}`}`, horizon,
    run: (r, ext) => {
      const looks: number[] = [];
      const lookAt = (n: number): Verdict => {
        looks.push(n);
        return analyzeLook([toInput(r, n)], { alpha: ALPHA, margin: MARGIN, method: 'hl', horizon, spending, looks, skipBlocksNeeded: true }).workloads[0].verdict;
      };
      for (const n of runnerLooks) {
        const v = lookAt(n);
        if (v !== 'inconclusive') return same({ call: v, blocks: n });
      }
      const runner: Outcome = { call: 'inconclusive', blocks: MAX_BLOCKS };
      let n = MAX_BLOCKS;
      while (n < horizon) {
        n = Math.min(horizon, n + 5 + Math.floor(ext.next() * 16));
        const v = lookAt(n);
        if (v !== 'inconclusive') return { runner, extended: { call: v, blocks: n } };
      }
      return { runner, extended: { call: 'inconclusive', blocks: n } };
    },
  };
}

export function fixedN(): DesignRule {
  return {
    name: `fixed n = ${MAX_BLOCKS} (v2 engine, one look)`, horizon: MAX_BLOCKS,
    run: (r) => {
      const w = analyzeLook([toInput(r, MAX_BLOCKS)], { alpha: ALPHA, margin: MARGIN, method: 'hl', horizon: MAX_BLOCKS, spending: 'obf', looks: [MAX_BLOCKS], skipBlocksNeeded: true }).workloads[0];
      return same({ call: w.verdict, blocks: MAX_BLOCKS });
    },
  };
}

/** Known-σ z intervals of the mean log-ratio; the same classification rule as the engine. */
function zCall(d: number[], sigma: number, z: number): Verdict {
  const m = d.reduce((s, v) => s + v, 0) / d.length;
  const h = (z * sigma) / Math.sqrt(d.length);
  const b = Math.log1p(MARGIN);
  if (m - h >= -b && m + h <= b) return 'neutral';
  if (m + h < 0) return 'regression';
  if (m - h > 0) return 'improvement';
  return 'inconclusive';
}

const logRatios = (r: SimRun, n: number): number[] => r.a.slice(0, n).map((a, i) => Math.log(median(r.b[i])) - Math.log(median(a)));

function oracleFixed(sigma: number): DesignRule {
  return { name: `oracle: known-σ z, fixed n = ${MAX_BLOCKS}`, horizon: MAX_BLOCKS, run: (r) => same({ call: zCall(logRatios(r, MAX_BLOCKS), sigma, normQuantile(1 - ALPHA)), blocks: MAX_BLOCKS }) };
}

function oracleSequential(sigma: number, spending: Spending): DesignRule {
  const b = normalBoundary(RUNNER_LOOKS.map((l) => l / MAX_BLOCKS), ALPHA, spending);
  return {
    name: `oracle: known-σ z, ${spending} at ${RUNNER_LOOKS.join('/')}`, horizon: MAX_BLOCKS,
    run: (r) => {
      for (let k = 0; k < RUNNER_LOOKS.length; k++) {
        const v = zCall(logRatios(r, RUNNER_LOOKS[k]), sigma, b.z[k]);
        if (v !== 'inconclusive') return same({ call: v, blocks: RUNNER_LOOKS[k] });
      }
      return same({ call: 'inconclusive', blocks: MAX_BLOCKS });
    },
  };
}

export function designRules(sigma: number, horizons: number[]): DesignRule[] {
  return [
    v1(),
    ...(['obf', 'pocock'] as const).flatMap((s) => horizons.map((h) => v2(s, h))),
    ...CANDIDATE_LOOKS.map((looks) => v2('pocock', MAX_BLOCKS, looks)),
    fixedN(),
    oracleFixed(sigma),
    oracleSequential(sigma, 'obf'),
    oracleSequential(sigma, 'pocock'),
  ];
}

/** True sd of the per-block log-ratio under a model (for the oracle), from 20 000 simulated blocks. */
export function trueSigma(m: NoiseModel, simulate: (rng: Rng, m: NoiseModel, ratio: number, blocks: number) => SimRun): number {
  const rng = createRng(7);
  const d: number[] = [];
  for (let i = 0; i < 200; i++) d.push(...logRatios(simulate(rng, { ...m, drift: 0 }, 1, 100), 100));
  const mean = d.reduce((s, v) => s + v, 0) / d.length;
  return Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / (d.length - 1));
}

/**
 * A noise model fitted to the real llama-bench captures in fixtures/llama-bench/mainline (5 launches
 * of one command on the busy 2-core machine, one per output format, in capture order): launch
 * spread = robust sd (1.4826·MAD) of the log throughput per test across launches, split evenly
 * between a block-shared and a per-launch part (as the noisy-VM model); within-launch spread from
 * the repetitions; throttled share = launches more than 3.5 robust z below their test's median;
 * drift = mean log change from the first to the last launch.
 */
export function fittedModel(): NoiseModel {
  const dir = new URL('../fixtures/llama-bench/mainline/', import.meta.url);
  const order = ['json', 'jsonl', 'csv', 'md', 'sql'];
  const byLabel = new Map<string, number[]>();
  const within: number[] = [];
  for (const fmt of order) {
    const path = new URL(`pp-tg-pg-depth.${fmt}`, dir);
    for (const r of parseBenchOutput(readFileSync(path, 'utf8'), path.pathname)) {
      byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), Math.log(r.avgTs)]);
      if (r.samplesTs.length > 1) {
        const l = r.samplesTs.map(Math.log);
        const m = l.reduce((s, v) => s + v, 0) / l.length;
        within.push(Math.sqrt(l.reduce((s, v) => s + (v - m) ** 2, 0) / (l.length - 1)));
      }
    }
  }
  const sds: number[] = [];
  let low = 0, total = 0, drift = 0;
  for (const v of byLabel.values()) {
    const med = median(v);
    const mad = 1.4826 * median(v.map((x) => Math.abs(x - med)));
    sds.push(mad);
    for (const x of v) {
      total++;
      if (mad > 0 && (x - med) / mad < -3.5) low++;
    }
    drift += v[v.length - 1] - v[0];
  }
  const launch = median(sds);
  return {
    name: `fitted to fixtures/llama-bench/mainline (busy 2-core VM, launch CV ${(100 * launch).toFixed(0)}%)`,
    blockSd: launch / Math.SQRT2, launchSd: launch / Math.SQRT2, withinSd: median(within),
    throttleP: low / total, throttleFactor: 0.9, drift: drift / byLabel.size, reps: 3,
  };
}
