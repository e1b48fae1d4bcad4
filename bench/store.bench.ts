// The experiment store's cost beside what it must stay under: appending one launch (its own WAL
// transaction) and re-deciding at 1,000 stored launches, against 1% of the shortest llama-bench
// launch (~0.5 s here); and the file size of a 120-block × 5-workload experiment against 5 MB.
// The re-decision is the pipeline's own step at a look (pipeline/run.ts afterBlock): the inputs
// from every stored launch, then `decide` with the design state persisted at the previous look and
// no blocks_needed forecast (the export computes that once, at the end of the run: measured too).
// Worst case: every block is a look (looks may fall at any block count) and all five workloads
// are still open at 100 blocks, so each look is a new look sequence with new boundaries. Launches
// are the real captured mainline records (test/store/helpers.ts).
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { ExperimentStore } from '../src/store/experiment-store.ts';
import { experimentIdentity, identityHash } from '../src/store/identity.ts';
import { workloadInputsFromResults } from '../src/stats/from-results.ts';
import { decide, forgetReplays } from '../src/stats/sequential.ts';
import type { DesignState } from '../src/stats/types.ts';
import { looksFor } from '../src/plan/decision-rule.ts';
import { designOf } from '../src/stats/design-replay.ts';
import type { Results } from '../src/store/results.ts';
import { emptyResults, launches, orderOf, testPlan } from '../test/store/helpers.ts';

const SHORTEST_LAUNCH_MS = 500;
const BUDGET_MS = SHORTEST_LAUNCH_MS / 100;
const SIZE_BUDGET = 5 * 1024 * 1024;
const WORKLOADS = 'pp512,tg128,tg128@d4096,pp512+tg128,tg128@d256';

/** Ratio and per-launch noise of the simulated B: at 12% noise no workload is decided by block 100. */
const RATIO = 0.99;
const NOISE = 0.12;

function open(path: string, blocks: number, looks = looksFor(blocks)) {
  const plan = { ...testPlan(WORKLOADS, blocks, '/tmp/perf-out'), looks };
  const results: Results = emptyResults(plan);
  const identity = experimentIdentity(plan, results.builds, results.host);
  const store = ExperimentStore.open(path);
  const id = store.createExperiment(identity, identityHash(identity), results, { kind: 'run', at: results.startedAt, fromBlocks: 0, toBlocks: blocks });
  return { plan, results, store, id };
}

function fill(s: ReturnType<typeof open>, blocks: number, onBlock?: (counted: number) => void): void {
  const perBlock = 2 * s.plan.workloads.length;
  for (const l of launches(s.plan, blocks, RATIO, NOISE)) {
    if (l.slot === 0) s.store.saveBlockOrder(s.id, l.block, orderOf(s.plan));
    s.store.appendLaunch(s.id, l, l.records[0].avgTs, 'mainline', l.variant === 'A' ? '80fb11a-aaaa' : '80fb11a-bbbb');
    s.results.launches.push(l);
    if (l.slot === perBlock - 1) onBlock?.(l.block + 1 - s.plan.warmupBlocks);
  }
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-store-bench-'));

  // 1. 1,000 launches stored (100 blocks × 5 workloads × A/B, the first a warm-up), deciding at the
  // planned looks on the way as the pipeline does; then 20 more blocks, every one a look.
  const measured = Array.from({ length: 20 }, (_, i) => 100 + i);
  const s = open(join(dir, 'append.sqlite'), 200, [...looksFor(200), ...measured].sort((a, b) => a - b));
  let state: DesignState | undefined;
  const at = (counted: number) => decide(workloadInputsFromResults(s.results), { ...designOf(s.plan), nBlocks: counted, state, forecast: false });
  const first = performance.now();
  fill(s, 100, (counted) => {
    if (s.plan.looks.includes(counted)) state = at(counted).state;
  });
  const firstMs = performance.now() - first;
  const append: number[] = [];
  const redecide: number[] = [];
  const scratch: number[] = [];
  const exported: number[] = [];
  const cpu: number[] = [];
  let firstLook = NaN;
  let pendingMax = 0;
  for (const l of [...launches(s.plan, 121, RATIO, NOISE)].slice(1000)) {
    const t0 = performance.now();
    s.store.appendLaunch(s.id, l, l.records[0].avgTs, 'mainline', '80fb11a-aaaa');
    append.push(performance.now() - t0);
    s.results.launches.push(l);
    if (l.slot !== 2 * s.plan.workloads.length - 1) continue; // the block is not complete yet
    const counted = l.block + 1 - s.plan.warmupBlocks;
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const d = at(counted);
    const c = process.cpuUsage(c1);
    // The process's first look past EXACT_MAX blocks simulates the horizon's null paths (once).
    if (Number.isNaN(firstLook)) firstLook = performance.now() - t1;
    else {
      redecide.push(performance.now() - t1);
      cpu.push((c.user + c.system) / 1000);
    }
    pendingMax = Math.max(pendingMax, d.pending.length);
    // The export at the end of a run (results.json, the report): from scratch, with the forecast.
    forgetReplays();
    const t3 = performance.now();
    decide(workloadInputsFromResults(s.results), { ...designOf(s.plan), nBlocks: counted, state });
    exported.push(performance.now() - t3);
    // The same decision with nothing remembered: a resumed or extended run's first look (it leaves
    // the remembered looks as the pipeline's own look would).
    forgetReplays();
    const t2 = performance.now();
    decide(workloadInputsFromResults(s.results), { ...designOf(s.plan), nBlocks: counted, state, forecast: false });
    scratch.push(performance.now() - t2);
    state = d.state;
  }
  s.store.close();
  const ms = (xs: number[]) => `${median(xs).toFixed(2)} ms (max ${Math.max(...xs).toFixed(2)})`;
  console.log(`| at 1,000 stored launches (median; ${pendingMax} of 5 workloads open) | time | budget ${BUDGET_MS} ms = 1% of a ${SHORTEST_LAUNCH_MS} ms launch |`);
  console.log('|---|---|---|');
  const verdict = (xs: number[]) => `${median(xs) < BUDGET_MS ? 'under' : 'OVER'} (${((median(xs) / SHORTEST_LAUNCH_MS) * 100).toFixed(2)}% of a launch)`;
  console.log(`| append one launch (one WAL transaction): every launch (200) | ${ms(append)} | ${verdict(append)} |`);
  console.log(`| re-decide at a new look: inputs from all launches + decide with the persisted state (${redecide.length} looks) | ${ms(redecide)} | ${verdict(redecide)} |`);
  console.log(`| same, CPU time of the process (the wall time above includes waiting for a busy machine) | ${ms(cpu)} | ${verdict(cpu)} |`);
  const total = append.map((a) => a + median(redecide) * (redecide.length / append.length));
  console.log(`| per launch with every block a look: append + its share of the look | ${ms(total)} | ${verdict(total)} |`);
  console.log(`\nOnce per process, not per launch: a resumed or extended run's first look, nothing remembered (replays every look taken, up to ${s.plan.looks.filter((l) => l <= 120).length}; boundaries cached) took ${ms(scratch)}.`);
  console.log(`Once per run, not per launch: the export with the blocks-needed forecast (results.json, report; from scratch) took ${ms(exported)}.`);
  console.log(`Once per process: the first look past 16 blocks took ${firstLook.toFixed(0)} ms, simulating the null paths of the ${s.plan.horizon ?? s.plan.maxBlocks}-block horizon (cached after).`);
  console.log(`Once per process: filling 1,000 launches with the looks on the way (${s.plan.looks.filter((l) => l < 100).join(', ')}) took ${(firstMs / 1000).toFixed(1)} s, exact boundaries only (10 ≤ 16 blocks).`);

  // 2. Size: 120 counted blocks (+1 warm-up) × 5 workloads.
  const path = join(dir, 'size.sqlite');
  const big = open(path, 120);
  fill(big, 121);
  big.store.close();
  const bytes = ['', '-wal', '-shm'].reduce((n, suffix) => n + (statSync(path + suffix, { throwIfNoEntry: false })?.size ?? 0), 0);
  console.log(`\n| 120 blocks × 5 workloads (${big.results.launches.length} launches) | size | budget |`);
  console.log('|---|---|---|');
  console.log(`| store file (checkpointed on close) | ${(bytes / 1024 / 1024).toFixed(2)} MB | 5 MB: ${bytes < SIZE_BUDGET ? 'under' : 'OVER'} |`);
}
