// A PR-sized family simulated as the fake runner measures it (issue 19): each llama-bench workload
// is its own launch (launch factor exp(σ·z), repetitions exp(σw·z), σw = 0.005 + σ/5, the launch's
// value the median of its repetitions); the depth sweep is one launch per variant per block whose
// factor every depth point shares (one row per point). One decide() over every point at each look,
// as the pipeline does; the run stops as the pipeline's stop rule says (stopNow in
// src/stats/decide.ts), so a design is judged on the family, not on one workload.
import { createRng, type Rng } from '../src/stats/dist/prng.ts';
import { decide, type Decision } from '../src/stats/sequential.ts';
import { stopsAt } from '../src/stats/policy.ts';
import type { DesignState, Spending, Verdict, WorkloadInput } from '../src/stats/types.ts';

export interface Family {
  name: string;
  /** llama-bench workloads: one launch each per variant per block. */
  workloads: number;
  /** Depth points (tg and pp per depth): all from one launch per variant per block. */
  depthPoints: number;
  reps: number;
}
/** bench/e2e.bench.ts's family: pp64,tg16,tg16@d512 + the sweep 0,256,512 (tg at 3 depths, pp at 256 and 512). */
export const E2E_FAMILY: Family = { name: 'pp64,tg16,tg16@d512 + sweep 0,256,512 (8 points)', workloads: 3, depthPoints: 5, reps: 2 };
/** The demo's (npm start): pp512,tg128,tg128@d4096 + sweep 0,1024,2048,4096, -r 3 (10 points). */
export const DEMO_FAMILY: Family = { name: 'demo: pp512,tg128,tg128@d4096 + sweep 0,1024,2048,4096 (10 points)', workloads: 3, depthPoints: 7, reps: 3 };

export interface FamilyDesign {
  name: string;
  spending: Spending;
  horizon: number;
  /** The runner's looks, --max-blocks last. */
  looks: number[];
  /** Stop as soon as a regression is called (the gate's outcome cannot change), not only when every point is decided. */
  stopOnRegression: boolean;
}

export interface FamilyOutcome { blocks: number; verdict: Verdict; extended?: { blocks: number; verdict: Verdict } }

const median = (x: number[]): number => {
  const s = [...x].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/** n blocks of the family: per point, A and B observations. */
export function simulateFamily(rng: Rng, f: Family, noise: number, ratio: number, blocks: number): WorkloadInput[] {
  const within = 0.005 + noise / 5;
  const points: WorkloadInput[] = Array.from({ length: f.workloads + f.depthPoints }, (_, k) => ({ name: k < f.workloads ? `w${k}` : `sweep:${k - f.workloads}`, a: [], b: [] }));
  for (let i = 0; i < blocks; i++) {
    for (const [side, level] of [['a', 1], ['b', ratio]] as const) {
      for (let k = 0; k < f.workloads; k++) {
        const l = level * Math.exp(noise * rng.normal());
        points[k][side].push({ block: i + 1, value: 100 * median(Array.from({ length: f.reps }, () => l * Math.exp(within * rng.normal()))), seq: 0 });
      }
      const l = level * Math.exp(noise * rng.normal());
      for (let k = f.workloads; k < points.length; k++) points[k][side].push({ block: i + 1, value: 100 * l * Math.exp(within * rng.normal()), seq: 0 });
    }
  }
  return points;
}

/** Whether a family's run stops at this look (the pipeline's rule, policy.ts stopsAt; without stopOnRegression: every point decided). */
export function stops(d: Decision, stopOnRegression: boolean): boolean {
  const s = stopsAt(d.pending, d.state.looks[d.state.looks.length - 1]);
  return s === 'decided' || (stopOnRegression && s === 'regression');
}

/**
 * How a maintainer extends an undecided run up to the horizon: `random` adds 5–20 blocks at a time
 * whatever the data; `peeking` reads each look first and, while some open point leans towards a
 * regression (its nominal one-sided p below ½), adds 1–3 blocks so the next look comes soon, else
 * 10–20 (looks timed by the data: the adversary of issue 19).
 */
export type Extender = 'random' | 'peeking';

function nextChunk(d: Decision, how: Extender, u: number): number {
  if (how === 'random') return 5 + Math.floor(u * 16);
  const open = new Set(d.pending);
  const leaning = d.analysis.workloads.some((w) => open.has(w.name) && (w.p_regression ?? 1) < 0.5);
  return leaning ? 1 + Math.floor(u * 3) : 10 + Math.floor(u * 11);
}

/** One run of the design over simulated data: the runner's looks, then (extend) the maintainer who extends an undecided run to the horizon. */
export function runFamily(data: WorkloadInput[], design: FamilyDesign, extend?: Rng, how: Extender = 'random'): FamilyOutcome {
  let state: DesignState | undefined;
  const max = design.looks[design.looks.length - 1];
  const look = (n: number) => {
    const upTo = data.map((w) => ({ ...w, a: w.a.slice(0, n), b: w.b.slice(0, n) }));
    const d = decide(upTo, { margin: 0.02, alpha: 0.05, method: 'hl', looks: design.looks, nBlocks: n, horizon: design.horizon, spending: design.spending, state, forecast: false });
    state = d.state;
    return d;
  };
  let last = look(design.looks[0]);
  let blocks = design.looks[0];
  for (const n of design.looks.slice(1)) {
    if (stops(last, design.stopOnRegression)) break;
    last = look((blocks = n));
  }
  const out: FamilyOutcome = { blocks, verdict: last.analysis.verdict };
  if (!extend) return out;
  let n = max;
  while (!stops(last, design.stopOnRegression) && n < design.horizon) {
    n = Math.min(design.horizon, n + nextChunk(last, how, extend.next()));
    last = look(n);
  }
  return { ...out, extended: { blocks: n, verdict: last.analysis.verdict } };
}

export interface Tally { runs: number; blocks: number[]; verdicts: Map<string, number>; extendedVerdicts: Map<string, number> }

/** `runs` seeded runs of each design on the same data (seed 1000 + i). */
export function tally(f: Family, noise: number, ratio: number, designs: FamilyDesign[], runs: number, extend?: Extender): Tally[] {
  const out: Tally[] = designs.map(() => ({ runs, blocks: [], verdicts: new Map(), extendedVerdicts: new Map() }));
  const horizon = Math.max(...designs.map((d) => d.horizon));
  for (let i = 0; i < runs; i++) {
    const data = simulateFamily(createRng(1000 + i), f, noise, ratio, horizon);
    designs.forEach((d, k) => {
      const o = runFamily(data, d, extend ? createRng(5000 + i) : undefined, extend);
      out[k].blocks.push(o.blocks);
      out[k].verdicts.set(o.verdict, (out[k].verdicts.get(o.verdict) ?? 0) + 1);
      const e = o.extended?.verdict ?? o.verdict;
      out[k].extendedVerdicts.set(e, (out[k].extendedVerdicts.get(e) ?? 0) + 1);
    });
  }
  return out;
}

export function quantile(x: number[], q: number): number {
  const s = [...x].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
