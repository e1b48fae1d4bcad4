// Bisection on the fake llama-bench: a 16-commit range with two culprits (−3% at commit 5, −4% at
// commit 12) among doc-only commits, FAKE_NOISE 1%, workload tg128, one thread. Per seed: the
// culprits found and verified, commits built, experiments, counted blocks, wall time.
// `npm run bench -- bisect` (5 seeds; --quick: 1). Each seed has its own cache and store.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeSeries, type SeriesStep } from '../test/helpers/fake-series.ts';
import { writeTinyModel } from '../test/helpers/tiny-model.ts';
import { cli } from '../test/helpers/cli.ts';
import type { BisectResult } from '../src/report/bisect.ts';

const CULPRITS: Record<number, number> = { 5: 0.97, 12: 0.96 };

export default async function main(): Promise<void> {
  const seeds = process.argv.includes('--quick') ? [1] : [1, 2, 3, 4, 5];
  const root = mkdtempSync(join(tmpdir(), 'lpg-bisect-bench-'));
  const steps: SeriesStep[] = Array.from({ length: 16 }, (_, i) => (CULPRITS[i + 1] ? { kind: 'slow', factor: CULPRITS[i + 1] } : { kind: 'doc' }));
  const { repo, commits } = makeFakeSeries(join(root, 'repo'), steps);
  const model = join(root, 'tiny.gguf');
  writeTinyModel(model);
  console.log('| seed | culprits found | both found and verified | commits built | experiments | counted blocks | wall time |');
  console.log('|---|---|---|---|---|---|---|');
  let both = 0;
  for (const seed of seeds) {
    const out = join(root, `out-${seed}`);
    const t0 = performance.now();
    const r = await cli(['bisect', '--repo', repo, '--good', commits[0], '--bad', commits[16], '--model', model, '--workloads', 'tg128', '--threads', '1',
      '--env', 'FAKE_NOISE=0.01', '--seed', String(seed), '--out', out], { LLAMA_PERF_GATE_CACHE: join(root, `cache-${seed}`) }, { timeout: 0 });
    const wall = (performance.now() - t0) / 1000;
    let b: BisectResult;
    try {
      b = JSON.parse(readFileSync(join(out, 'bisect.json'), 'utf8')) as BisectResult;
    } catch {
      console.log(`| ${seed} | failed (exit ${r.code}): ${r.stderr.trim().split('\n').at(-1)} | | | | | |`);
      continue;
    }
    const found = b.culprits.map((c) => `${commits.indexOf(c.commit)}${c.verified ? ' ✓' : ' ✗'} (${c.ratio?.toFixed(3)})`).join(', ');
    const ok = b.culprits.length === 2 && b.culprits.every((c) => CULPRITS[commits.indexOf(c.commit)] && c.verified);
    if (ok) both++;
    console.log(`| ${seed} | ${found || 'none'} | ${ok ? 'yes' : 'no'} | ${b.budget.commits_built} | ${b.steps.length} | ${b.counted_blocks} | ${wall.toFixed(0)} s |`);
  }
  console.log(`\nboth culprits found and verified in ${both} of ${seeds.length} seeds (culprits at commits 5 and 12; ✓ verified against the parent)`);
}

if (import.meta.main) await main();
