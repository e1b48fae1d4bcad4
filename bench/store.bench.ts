// The experiment store's cost beside what it must stay under: appending one launch (its own WAL
// transaction) and re-deciding at 1,000 stored launches, against 1% of the shortest llama-bench
// launch (~0.5 s here); and the file size of a 120-block × 5-workload experiment against 5 MB.
// The pipeline appends after every launch and decides only at the planned looks, so the table
// gives both separately and what a launch costs between looks. Launches are the real captured
// mainline records (test/store/helpers.ts).
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { ExperimentStore } from '../src/store/experiment-store.ts';
import { experimentIdentity, identityHash } from '../src/store/identity.ts';
import { workloadInputsFromResults } from '../src/stats/from-results.ts';
import { decide } from '../src/stats/sequential.ts';
import { looksFor } from '../src/plan/from-args.ts';
import type { Results } from '../src/store/results.ts';
import { emptyResults, launches, orderOf, testPlan } from '../test/store/helpers.ts';

const SHORTEST_LAUNCH_MS = 500;
const BUDGET_MS = SHORTEST_LAUNCH_MS / 100;
const SIZE_BUDGET = 5 * 1024 * 1024;
const WORKLOADS = 'pp512,tg128,tg128@d4096,pp512+tg128,tg128@d256';

function open(path: string, blocks: number) {
  const plan = { ...testPlan(WORKLOADS, blocks, '/tmp/perf-out'), looks: looksFor(blocks) };
  const results: Results = emptyResults(plan);
  const identity = experimentIdentity(plan, results.builds, results.host);
  const store = ExperimentStore.open(path);
  const id = store.createExperiment(identity, identityHash(identity), results, { kind: 'run', at: results.startedAt, fromBlocks: 0, toBlocks: blocks });
  return { plan, results, store, id };
}

function fill(s: ReturnType<typeof open>, blocks: number): void {
  for (const l of launches(s.plan, blocks, 0.99, 0.03)) {
    if (l.slot === 0) s.store.saveBlockOrder(s.id, l.block, orderOf(s.plan));
    s.store.appendLaunch(s.id, l, l.records[0].avgTs, 'mainline', l.variant === 'A' ? '80fb11a-aaaa' : '80fb11a-bbbb');
    s.results.launches.push(l);
  }
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-store-bench-'));

  // 1. 1,000 launches stored (100 blocks × 5 workloads × A/B), then the pipeline's per-launch step.
  const s = open(join(dir, 'append.sqlite'), 200);
  fill(s, 100);
  const extra = [...launches(s.plan, 120, 0.99, 0.03, 2)].slice(1000);
  const append: number[] = [];
  const redecide: number[] = [];
  for (const l of extra.slice(0, 100)) {
    const t0 = performance.now();
    s.store.appendLaunch(s.id, l, l.records[0].avgTs, 'mainline', '80fb11a-aaaa');
    const t1 = performance.now();
    s.results.launches.push(l);
    const counted = l.block + 1 - s.plan.warmupBlocks;
    decide(workloadInputsFromResults(s.results), { margin: 0.02, alpha: 0.05, method: 'hl', looks: s.plan.looks, nBlocks: counted });
    const t2 = performance.now();
    append.push(t1 - t0);
    redecide.push(t2 - t1);
  }
  s.store.close();
  const total = append.map((a, i) => a + redecide[i]);
  const ms = (xs: number[]) => `${median(xs).toFixed(2)} ms (max ${Math.max(...xs).toFixed(2)})`;
  console.log(`| at 1,000 stored launches (median of 100) | time | budget ${BUDGET_MS} ms = 1% of a ${SHORTEST_LAUNCH_MS} ms launch |`);
  console.log('|---|---|---|');
  const verdict = (xs: number[]) => `${median(xs) < BUDGET_MS ? 'under' : 'OVER'} (${((median(xs) / SHORTEST_LAUNCH_MS) * 100).toFixed(2)}% of a launch)`;
  console.log(`| append one launch (one WAL transaction): every launch | ${ms(append)} | ${verdict(append)} |`);
  console.log(`| re-decide over all launches (decision engine): at a look | ${ms(redecide)} | ${verdict(redecide)} |`);
  console.log(`| append + re-decide | ${ms(total)} | ${verdict(total)} |`);
  // What a launch costs in the pipeline: the append, plus its share of the decisions at the looks.
  const looks = s.plan.looks.filter((l) => l <= 100).length;
  const amortized = append.map((a) => a + (median(redecide) * looks) / 1000);
  console.log(`| per launch in the pipeline: append + ${looks} looks' decisions shared by 1,000 launches | ${ms(amortized)} | ${verdict(amortized)} |`);

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
