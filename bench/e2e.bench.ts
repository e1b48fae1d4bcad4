// End to end (issue 19): the pipeline on the fake llama-bench (synthetic timings: the host's load
// does not change a decision), for the family pp64,tg16,tg16@d512 + a depth sweep at 3 depths, the
// old and the new defaults, 5 run seeds; beside it the same family simulated (one decide() over
// every point, the run stops when all are decided) under the fake runner's noise model, so the two
// agree. `--quick`: 2 seeds. The fake runner's own noise is not seeded (each launch draws its own).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeRunnerRepo } from '../test/helpers/fake-repo.ts';
import { writeTinyModel } from '../test/helpers/tiny-model.ts';
import { cli } from '../test/helpers/cli.ts';
import { countedBlocksOf } from '../src/stats/design-replay.ts';
import { decide } from '../src/stats/sequential.ts';
import { createRng } from '../src/stats/dist/prng.ts';
import { defaultHorizon, looksFor } from '../src/plan/decision-rule.ts';
import type { Results } from '../src/store/results.ts';
import type { Spending, WorkloadInput } from '../src/stats/types.ts';

const MAX = 30;
const DESIGNS: { name: string; flags: string[]; horizon: number; spending: Spending }[] = [
  { name: `old default (pocock, horizon ${MAX})`, flags: ['--horizon', String(MAX), '--spending', 'pocock'], horizon: MAX, spending: 'pocock' },
  { name: `new default (reserve, horizon ${defaultHorizon(MAX)})`, flags: [], horizon: defaultHorizon(MAX), spending: 'reserve' },
];
const SCENARIOS = [
  { name: 'quiet host (0.7%), A/A', noise: 0.007, slowdown: 1.0 },
  { name: 'noisy host (7%), head 10% slower', noise: 0.07, slowdown: 0.9 },
];
/** Points of the family: 3 workloads + the sweep at 0, 256, 512 (tg at each depth, pp at 256 and 512). */
const POINTS = 3 + 5;

const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1];

/** The family simulated: lognormal launch noise σ per launch (the fake's model), all points at once. */
function simulateFamily(seed: number, noise: number, ratio: number, horizon: number, spending: Spending): { blocks: number; verdict: string } {
  const rng = createRng(seed);
  const inputs: WorkloadInput[] = Array.from({ length: POINTS }, (_, k) => ({ name: `p${k}`, a: [], b: [] }));
  for (let i = 0; i < MAX; i++) {
    for (const w of inputs) {
      w.a.push({ block: i + 1, value: 100 * Math.exp(noise * rng.normal()), seq: 2 * i });
      w.b.push({ block: i + 1, value: 100 * ratio * Math.exp(noise * rng.normal()), seq: 2 * i + 1 });
    }
  }
  const looks = looksFor(MAX);
  let state;
  for (const n of looks) {
    const upTo = inputs.map((w) => ({ ...w, a: w.a.slice(0, n), b: w.b.slice(0, n) }));
    const d = decide(upTo, { margin: 0.02, alpha: 0.05, method: 'hl', looks, nBlocks: n, horizon, spending, state, forecast: false });
    state = d.state;
    if (d.pending.length === 0 || n === MAX) return { blocks: n, verdict: d.analysis.verdict };
  }
  return { blocks: MAX, verdict: 'inconclusive' };
}

export default async function main(): Promise<void> {
  const seeds = process.argv.includes('--quick') ? [1, 2] : [1, 2, 3, 4, 5];
  const root = mkdtempSync(join(tmpdir(), 'lpg-e2e-bench-'));
  const model = join(root, 'tiny.gguf');
  writeTinyModel(model);
  const { repo } = makeFakeRunnerRepo(join(root, 'repo'), {});
  const env = { LLAMA_PERF_GATE_CACHE: join(root, 'cache') };
  console.log(`family pp64,tg16,tg16@d512 + depth sweep 0,256,512 (${POINTS} decision points), --max-blocks ${MAX}, margin ±2%, α 0.05; seeds ${seeds.join(', ')}`);
  console.log('| scenario | design | end to end: blocks per seed (median) | verdicts | simulation, 200 runs: median / p90 blocks | simulation: verdicts |');
  console.log('|---|---|---|---|---|---|');
  for (const s of SCENARIOS) {
    for (const d of DESIGNS) {
      const blocks: number[] = [];
      const verdicts: string[] = [];
      for (const seed of seeds) {
        const out = join(root, `out-${s.noise}-${d.horizon}-${seed}`);
        const knobs = [`FAKE_NOISE=${s.noise}`, 'FAKE_ROW_MS=5'];
        const r = await cli(['run', '--repo', repo, '--base', 'base', '--model', model, '--workloads', 'pp64,tg16,tg16@d512',
          '--depth-sweep', '0,256,512', '--depth-gen', '16', '--threads', '1', '--repetitions', '2', '--max-blocks', String(MAX),
          '--seed', String(seed), '--out', out, '--store', join(root, 'store.sqlite'), ...d.flags,
          ...knobs.flatMap((k) => ['--base-env', k]), ...[...knobs, `FAKE_SLOWDOWN=${s.slowdown}`].flatMap((k) => ['--head-env', k])], env, { timeout: 0 });
        if (r.code !== 0 && r.code !== 1) throw new Error(`run failed (exit ${r.code}): ${r.stderr.slice(-400)}`);
        const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
        blocks.push(countedBlocksOf(res));
        verdicts.push(res.analysis?.verdict ?? 'none');
      }
      const sim = Array.from({ length: 200 }, (_, i) => simulateFamily(1000 + i, s.noise, s.slowdown, d.horizon, d.spending));
      const sb = sim.map((x) => x.blocks).sort((a, b) => a - b);
      const tally = (v: string[]) => [...new Set(v)].map((x) => `${x} ${v.filter((y) => y === x).length}`).join(', ');
      console.log(`| ${s.name} | ${d.name} | ${blocks.join(', ')} (${median(blocks)}) | ${tally(verdicts)} | ${sb[100]} / ${sb[179]} | ${tally(sim.map((x) => x.verdict))} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
