// End to end (issue 19): the pipeline on the fake llama-bench (synthetic timings: the host's load
// does not change a decision), for the family pp64,tg16,tg16@d512 + a depth sweep at 3 depths, under
// the designs before and after issue 19, 5 run seeds; beside it the same family simulated
// (bench/stats-family-sim.ts: the fake runner's noise model, the pipeline's stop rule), so the two
// agree. `--quick`: 2 seeds; `--seeds=N`: N seeds (1–5); `--default-only`: the pipeline under
// today's default only (the other designs simulated). The fake runner's own noise is not seeded
// (each launch draws its own). `npm run bench -- e2e --seeds=1`: 9 pipeline runs, 14 min at load 23.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../test/helpers/fake-repo.ts';
import { writeTinyModel } from '../test/helpers/tiny-model.ts';
import { cli } from '../test/helpers/cli.ts';
import { countedBlocksOf } from '../src/stats/design-replay.ts';
import { defaultHorizon, looksFor } from '../src/plan/decision-rule.ts';
import type { Results } from '../src/store/results.ts';
import { E2E_FAMILY, quantile, tally, type FamilyDesign } from './stats-family-sim.ts';

const MAX = 30;
const DESIGNS: { flags: string[]; design: FamilyDesign }[] = [
  { flags: ['--horizon', String(MAX), '--spending', 'pocock', '--looks', '7'], design: { name: `before issue 19 (pocock, horizon ${MAX}, looks 7/30)`, spending: 'pocock', horizon: MAX, looks: [7, MAX], stopOnRegression: false } },
  { flags: ['--spending', 'reserve', '--looks', '7'], design: { name: 'extending by default (reserve, horizon 60, looks 7/30)', spending: 'reserve', horizon: 60, looks: [7, MAX], stopOnRegression: false } },
  { flags: [], design: { name: `**default** (split, horizon ${defaultHorizon(MAX)}, looks ${looksFor(MAX).join('/')}, stops at a regression)`, spending: 'split', horizon: defaultHorizon(MAX), looks: looksFor(MAX), stopOnRegression: true } },
];
export const SCENARIOS = [
  { name: 'quiet host (FAKE_NOISE 0.7%), A/A', noise: 0.007, slowdown: 1.0 },
  { name: 'medium host (FAKE_NOISE 2%), A/A', noise: 0.02, slowdown: 1.0 },
  { name: 'noisy host (FAKE_NOISE 7%), head 10% slower', noise: 0.07, slowdown: 0.9 },
];
const SIM_RUNS = 200;

const median = (x: number[]) => quantile(x, 0.5);

/** Run seeds: 5; `--quick` 2; `--seeds=N` (1 to 5) N, so `npm run bench` stays runnable in minutes. */
function seedCount(): number {
  const flag = process.argv.find((a) => a.startsWith('--seeds='));
  if (flag === undefined) return process.argv.includes('--quick') ? 2 : 5;
  const n = Number(flag.slice('--seeds='.length));
  if (!Number.isInteger(n) || n < 1 || n > 5) {
    console.error(`${flag}: the e2e bench takes 1 to 5 seeds, e.g. --seeds=1`);
    process.exit(2);
  }
  return n;
}
const count = (v: string[]) => [...new Set(v)].sort().map((x) => `${x} ${v.filter((y) => y === x).length}`).join(', ');

export default async function main(): Promise<void> {
  const seeds = [1, 2, 3, 4, 5].slice(0, seedCount());
  const root = mkdtempSync(join(tmpdir(), 'lpg-e2e-bench-'));
  const model = join(root, 'tiny.gguf');
  writeTinyModel(model);
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
  const env = { LLAMA_PERF_GATE_CACHE: join(root, 'cache') };
  console.log(`family ${E2E_FAMILY.name}, --max-blocks ${MAX}, margin ±2%, α 0.05; seeds ${seeds.join(', ')}; simulation: ${SIM_RUNS} seeded runs`);
  console.log('| scenario | design | end to end: blocks per seed (median) | verdicts | simulation: median / p90 blocks | simulation: verdicts |');
  console.log('|---|---|---|---|---|---|');
  for (const s of SCENARIOS) {
    const sim = tally(E2E_FAMILY, s.noise, s.slowdown, DESIGNS.map((d) => d.design), SIM_RUNS);
    for (const [k, d] of DESIGNS.entries()) {
      const blocks: number[] = [];
      const verdicts: string[] = [];
      for (const seed of process.argv.includes('--default-only') && d.flags.length > 0 ? [] : seeds) {
        const out = join(root, `out-${s.noise}-${k}-${seed}`);
        const knobs = [`FAKE_NOISE=${s.noise}`, 'FAKE_ROW_MS=5'];
        const r = await cli(['run', '--repo', repo, '--base', 'base', '--model', model, '--workloads', 'pp64,tg16,tg16@d512',
          '--depth-sweep', '0,256,512', '--depth-gen', '16', '--threads', '1', '--repetitions', '2', '--max-blocks', String(MAX),
          '--seed', String(seed), '--out', out, '--store', join(root, 'store.sqlite'), ...d.flags,
          ...knobs.flatMap((x) => ['--base-env', x]), ...[...knobs, `FAKE_SLOWDOWN=${s.slowdown}`].flatMap((x) => ['--head-env', x])], env, { timeout: 0 });
        if (r.code !== 0 && r.code !== 1) throw new Error(`run failed (exit ${r.code}): ${r.stderr.slice(-400)}`);
        const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
        blocks.push(countedBlocksOf(res));
        verdicts.push(res.analysis?.verdict ?? 'none');
      }
      const t = sim[k];
      const e2e = blocks.length ? `${blocks.join(', ')} (${median(blocks)}) | ${count(verdicts)}` : '— | —';
      console.log(`| ${s.name} | ${d.design.name} | ${e2e} | ${median(t.blocks)} / ${quantile(t.blocks, 0.9)} | ${count([...t.verdicts].flatMap(([v, n]) => Array(n).fill(v)))} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
