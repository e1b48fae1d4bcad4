// The decision engine against the peers' rules on simulated llama-bench data (seeded, reproducible),
// in a noisy-VM and a quiet-bare-metal regime; then the engine's own speed (tinybench).
import { Bench } from 'tinybench';
import { createRng } from '../src/stats/dist/prng.ts';
import { analyze } from '../src/stats/analyze.ts';
import { decide, DEFAULT_LOOKS } from '../src/stats/sequential.ts';
import { workloadInputsFromResults, launchValue } from '../src/stats/from-results.ts';
import type { WorkloadInput, Verdict } from '../src/stats/types.ts';
import type { Results, LaunchRecord } from '../src/store/results.ts';
import type { BenchRecord } from '../src/parse/types.ts';
import { median } from 'simple-statistics';
import {
  NOISY, QUIET, simulate, githubActionBenchmark, asv, compareLlamaBench, bencherT, pinpoint,
  type NoiseModel, type SimRun, type Call,
} from './stats-sim.ts';

const SEED = 20261126;
const MAX_BLOCKS = 30;
const MARGIN = 0.02;
const ALPHA = 0.05;
const RATIOS = [1.0, 0.97, 0.98, 0.99, 1.03];
const REPS_AA = Number(process.env.STATS_BENCH_REPS_AA ?? 4000);
const REPS = Number(process.env.STATS_BENCH_REPS ?? 400);
/** Wall time of one llama-bench process: assumed (override with LLAMA_BENCH_SECONDS=measured). */
const LLAMA_BENCH_SECONDS = Number(process.env.LLAMA_BENCH_SECONDS ?? 2);

interface Outcome { call: Verdict | Call; blocks: number; needed?: number | null }
type Rule = { name: string; run: (r: SimRun) => Outcome };

function toInput(run: SimRun, n: number): WorkloadInput {
  const obs = (side: number[][], off: number) => side.slice(0, n).map((reps, i) => ({ block: i + 1, value: median(reps), seq: 2 * i + off }));
  return { name: 'w', a: obs(run.a, 0), b: obs(run.b, 1) };
}

function engineFixed(method: 'hl' | 't'): Rule {
  return {
    name: `this engine, ${method}, fixed ${MAX_BLOCKS} blocks`,
    run: (r) => {
      const w = analyze([toInput(r, MAX_BLOCKS)], { margin: MARGIN, alpha: ALPHA, method }).workloads[0];
      return { call: w.verdict, blocks: MAX_BLOCKS, needed: w.blocks_needed };
    },
  };
}

function engineSequential(method: 'hl' | 't'): Rule {
  return {
    name: `this engine, ${method}, sequential ${DEFAULT_LOOKS.join('/')}`,
    run: (r) => {
      for (const look of DEFAULT_LOOKS) {
        const d = decide([toInput(r, look)], { margin: MARGIN, alpha: ALPHA, method, looks: DEFAULT_LOOKS, nBlocks: look });
        if (d.pending.length === 0) return { call: d.analysis.workloads[0].verdict, blocks: look };
      }
      return { call: 'inconclusive', blocks: MAX_BLOCKS };
    },
  };
}

const RULES: Rule[] = [
  engineFixed('hl'),
  engineSequential('hl'),
  engineFixed('t'),
  engineSequential('t'),
  { name: 'github-action-benchmark, alert 200% (default)', run: (r) => ({ call: githubActionBenchmark(r, 2.0), blocks: 1 }) },
  { name: 'github-action-benchmark, alert 110%', run: (r) => ({ call: githubActionBenchmark(r, 1.1), blocks: 1 }) },
  { name: `asv, factor 1.1 + MWU p<0.002, ${MAX_BLOCKS} launches`, run: (r) => ({ call: asv(r, MAX_BLOCKS), blocks: MAX_BLOCKS }) },
  { name: 'compare-llama-bench speedup, ±2% threshold, 1 run', run: (r) => ({ call: compareLlamaBench(r, MARGIN), blocks: 1 }) },
  { name: `Bencher t 99% prediction interval, history ${MAX_BLOCKS}`, run: (r) => ({ call: bencherT(r, MAX_BLOCKS), blocks: 1 }) },
  { name: `Pinpoint min(KS, MWU) ≤ 0.01, ${MAX_BLOCKS} launches`, run: (r) => ({ call: pinpoint(r, MAX_BLOCKS), blocks: MAX_BLOCKS }) },
];

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Upper end of the 95% Wilson interval for a proportion: is a simulated rate compatible with ≤ α? */
function wilsonUpper(k: number, n: number): number {
  const z = 1.959963984540054;
  const p = k / n;
  return (p + (z * z) / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
}

function simulateRegime(m: NoiseModel, regimeIndex: number): string[] {
  // Each (regime, ratio) gets its own seeded stream; every rule sees the same simulated runs.
  const outcomes = new Map<string, Map<number, Outcome[]>>();
  for (const rule of RULES) outcomes.set(rule.name, new Map(RATIOS.map((x) => [x, []])));
  RATIOS.forEach((ratio, ri) => {
    const rng = createRng(SEED + 1000 * regimeIndex + ri);
    const reps = ratio === 1 ? REPS_AA : REPS;
    for (let k = 0; k < reps; k++) {
      const run = simulate(rng, m, ratio, MAX_BLOCKS);
      for (const rule of RULES) outcomes.get(rule.name)!.get(ratio)!.push(rule.run(run));
    }
  });
  const rows: string[] = [];
  for (const rule of RULES) {
    const o = outcomes.get(rule.name)!;
    const share = (ratio: number, call: string) => o.get(ratio)!.filter((x) => x.call === call).length / o.get(ratio)!.length;
    const engine = rule.name.startsWith('this engine');
    const aaNeutral = engine ? pct(share(1, 'neutral')) : `${pct(share(1, 'none'))}*`;
    const blocks = (ratio: number) => {
      const b = o.get(ratio)!.map((x) => x.blocks).sort((p, q) => p - q);
      return `${quantile(b, 0.5)}/${quantile(b, 0.9)}`;
    };
    const noImprovementCalls = rule.name.startsWith('github-action-benchmark');
    const aa = o.get(1)!;
    const fa = aa.filter((x) => x.call === 'regression').length;
    rows.push(
      `| ${rule.name} | ${pct(fa / aa.length)} (≤${pct(wilsonUpper(fa, aa.length))}) | ${pct(share(1, 'improvement'))} | ${aaNeutral} | ` +
        `${pct(share(0.97, 'regression'))} | ${pct(share(0.98, 'regression'))} | ${pct(share(0.99, 'regression'))} | ` +
        `${noImprovementCalls ? '—' : pct(share(1.03, 'improvement'))} | ${blocks(1)} | ${blocks(0.97)} |`,
    );
  }
  const needed = outcomes.get(RULES[0].name)!.get(1)!.map((x) => x.needed).filter((x): x is number => typeof x === 'number').sort((p, q) => p - q);
  if (needed.length) rows.push(`\nA/A runs left inconclusive by the engine (hl, ${MAX_BLOCKS} blocks) said ~${quantile(needed, 0.5)} blocks would be needed (median; p90 ${quantile(needed, 0.9)}).`);
  return rows;
}

function timingResults(): Results {
  const rng = createRng(SEED);
  const rec = (ts: number[]): BenchRecord => ({
    flavour: 'mainline', label: 'tg128', nPrompt: 0, nGen: 128, nDepth: 0, nThreads: 2, samplesNs: ts.map((t) => 128e9 / t),
    samplesTs: ts, avgTs: ts.reduce((a, b) => a + b) / ts.length, stddevTs: null, buildCommit: null, buildNumber: null,
    cpuInfo: null, modelType: null, raw: {},
  });
  const workloads = Array.from({ length: 50 }, (_, i) => ({ id: `w${i}` }));
  const launches: LaunchRecord[] = [];
  let seq = 0;
  for (let block = 0; block <= 30; block++) {
    for (const w of workloads) {
      for (const variant of ['A', 'B'] as const) {
        const ts = Array.from({ length: 5 }, () => 50 * Math.exp(0.05 * rng.normal()));
        launches.push({
          block, slot: 0, seq: seq++, variant, workload: w.id, warmup: block === 0, startedAt: '', wallMs: 2000,
          status: 'ok', exitCode: 0, signal: null, argv: [], records: [rec(ts)], memory: null, stderrTail: null, error: null,
        });
      }
    }
  }
  return { plan: { workloads } as unknown as Results['plan'], launches } as Results;
}

export default async function main(): Promise<void> {
  const t0 = performance.now();
  console.log(`Seed ${SEED}; ${REPS_AA} A/A runs and ${REPS} runs per true ratio per regime; margin ±${100 * MARGIN}%, α = ${ALPHA}.`);
  console.log('Regression calls count for ratios < 1, improvement calls for 1.03. Engine rows must have A/A false regression ≤ α.');
  const header =
    '| rule | A/A false regr. (95% upper) | A/A false impr. | A/A neutral | detect 0.97 | detect 0.98 | detect 0.99 | detect 1.03 | blocks med/p90 (A/A) | blocks med/p90 (0.97) |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  [NOISY, QUIET].forEach((m, i) => {
    console.log(`\n### ${m.name}: block sd ${pct(m.blockSd)}, launch sd ${pct(m.launchSd)}, within-launch ${pct(m.withinSd)}, ` +
      `${pct(m.throttleP)} launches throttled ×${m.throttleFactor}, drift ${pct(m.drift)} over ${MAX_BLOCKS} blocks\n`);
    console.log(header);
    for (const row of simulateRegime(m, i)) console.log(row);
  });
  console.log('\n* peers make no equivalence claim: the A/A "neutral" column shows their no-alert share.');
  console.log('A true ratio of 0.99 lies inside the ±2% margin: the engine is meant to call it neutral once the interval is narrow');
  console.log('enough (a detected but sub-margin change is named in the reason); only at early looks, with wide intervals, is it a regression.');
  console.log('Blocks: one block = one launch of A and one of B; peers using a single run count 1 (Bencher also uses 30 history launches).');
  console.log(`Simulation time: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const results = timingResults();
  const opts = { margin: MARGIN, alpha: ALPHA, method: 'hl' as const };
  const bench = new Bench({ time: 2000 });
  bench.add('analyze: 50 workloads × 30 blocks × 5 samples (hl)', () => {
    analyze(workloadInputsFromResults(results), opts);
  });
  bench.add('analyze: same, --method t', () => {
    analyze(workloadInputsFromResults(results), { ...opts, method: 't' });
  });
  bench.add('decide at look 30 (one analysis per effective look: 10, 20, 30)', () => {
    decide(workloadInputsFromResults(results), { ...opts, looks: DEFAULT_LOOKS, nBlocks: 30 });
  });
  await bench.run();
  const source = process.env.LLAMA_BENCH_SECONDS ? 'measured, from LLAMA_BENCH_SECONDS' : 'assumed';
  console.log(`\n| task | mean ms | ratio to one llama-bench process (${LLAMA_BENCH_SECONDS} s, ${source}) |\n|---|---:|---:|`);
  for (const t of bench.tasks) {
    const r = t.result as { latency?: { mean: number } };
    const ms = r.latency?.mean ?? NaN;
    console.log(`| ${t.name} | ${ms.toFixed(1)} | ${(ms / 1000 / LLAMA_BENCH_SECONDS).toFixed(4)} |`);
  }
  void launchValue;
}
