// The default look schedule (plan/decision-rule.ts looksFor), measured against other schedules on the
// same seeded runs: detection of a true B/A = 0.97 on the noisy-VM model relative to the fixed-n
// engine (target ≥ 0.9×), A/A false regressions there (≤ α), and blocks to a decision on the quiet
// bare-metal model (target: median ≤ 7). Pocock spending, horizon = max blocks, margin ±2%, α = 0.05.
// Table in src/stats/README.md, "Choosing the defaults". Runs: STATS_LOOKS_REPS (0.97, default 3000),
// STATS_LOOKS_REPS_AA (A/A, default 2000); larger max blocks use a third of each.
import { createRng } from '../src/stats/dist/prng.ts';
import { analyzeLook } from '../src/stats/look.ts';
import type { Verdict } from '../src/stats/types.ts';
import { looksFor } from '../src/plan/decision-rule.ts';
import { toInput, CANDIDATE_LOOKS } from './stats-design.ts';
import { NOISY, QUIET, simulate, type NoiseModel, type SimRun } from './stats-sim.ts';

const SEED = 20261126;
const REPS = Number(process.env.STATS_LOOKS_REPS ?? 3000);
const REPS_AA = Number(process.env.STATS_LOOKS_REPS_AA ?? 2000);

interface Outcome { call: Verdict; blocks: number }

function sequential(r: SimRun, looks: number[], horizon: number): Outcome {
  const seq: number[] = [];
  for (const n of looks) {
    seq.push(n);
    const v = analyzeLook([toInput(r, n)], { alpha: 0.05, margin: 0.02, method: 'hl', horizon, spending: 'pocock', looks: seq, skipBlocksNeeded: true }).workloads[0].verdict;
    if (v !== 'inconclusive') return { call: v, blocks: n };
  }
  return { call: 'inconclusive', blocks: horizon };
}

/** Every schedule on the same `reps` runs of model m at true ratio `ratio`. */
function outcomes(m: NoiseModel, seed: number, ratio: number, reps: number, horizon: number, schedules: number[][]): Outcome[][] {
  const rng = createRng(seed);
  const out = schedules.map(() => [] as Outcome[]);
  for (let k = 0; k < reps; k++) {
    const r = simulate(rng, m, ratio, horizon);
    schedules.forEach((s, i) => out[i].push(sequential(r, s, horizon)));
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const share = (xs: Outcome[], call: string) => xs.filter((x) => x.call === call).length / xs.length;
function blocks(xs: Outcome[]): string {
  const d = xs.filter((x) => x.call !== 'inconclusive').map((x) => x.blocks).sort((a, b) => a - b);
  return d.length ? `${d[Math.floor(d.length / 2)]} / ${d[Math.min(d.length - 1, Math.floor(0.9 * d.length))]}` : '—';
}

export default async function run(): Promise<void> {
  for (const horizon of [30, 60, 120]) {
    const scale = horizon === 30 ? 1 : 3;
    const current = looksFor(horizon);
    const schedules = [[horizon], current, ...(horizon === 30 ? CANDIDATE_LOOKS : [[5, 10, 20, 30, horizon], [7, horizon], [7, 30, horizon]])]
      .filter((s, i, all) => all.findIndex((x) => x.join() === s.join()) === i);
    const t = performance.now();
    const detect = outcomes(NOISY, SEED + 1, 0.97, Math.ceil(REPS / scale), horizon, schedules);
    const aaNoisy = outcomes(NOISY, SEED, 1, Math.ceil(REPS_AA / scale), horizon, schedules);
    const aaQuiet = outcomes(QUIET, SEED + 1000, 1, Math.ceil(REPS_AA / scale), horizon, schedules);
    const large = outcomes(NOISY, SEED + 2, 0.9, Math.ceil(REPS / 10 / scale), horizon, schedules);
    console.log(`\n### --max-blocks ${horizon} (horizon ${horizon}, pocock): ${detect[0].length} runs at 0.97, ${aaNoisy[0].length} A/A runs per model\n`);
    console.log(`| looks | noisy VM: detect 0.97 (× fixed n) | noisy VM: A/A false regression | quiet metal: blocks to a decision, median / p90 (A/A) | noisy VM: same (0.97) | noisy VM: same (0.90, ${large[0].length} runs) |`);
    console.log('|---|---:|---:|---:|---:|---:|');
    const fixed = share(detect[0], 'regression');
    schedules.forEach((s, i) => {
      const d = share(detect[i], 'regression');
      const label = `${s.join('/')}${s === current ? ' (default)' : s.length === 1 ? ' (fixed n)' : ''}`;
      console.log(`| ${label} | ${pct(d)} (${(d / fixed).toFixed(2)}×) | ${pct(share(aaNoisy[i], 'regression'))} | ${blocks(aaQuiet[i])} | ${blocks(detect[i])} | ${blocks(large[i])} |`);
    });
    console.log(`(${((performance.now() - t) / 1000).toFixed(0)} s)`);
  }
}
