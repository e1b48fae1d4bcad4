// Choosing the default design for a PR's family of points (issue 19), on the seeded family
// simulation (bench/stats-family-sim.ts: the fake runner's noise model, the pipeline's stop rule):
// blocks until the run stops (quiet A/A, noisy 10% slowdown), per-workload power at a true 0.97 on
// the noisy-VM model against the fixed-n engine, and the family-wise A/A false-regression rate with
// the maintainer who extends after peeking. Then the demo's own family, and the exact type-I error
// of the peeking extender up to 16 blocks. `--quick`: a quarter of the runs.
//   npm run bench -- stats-family      (or node bench/stats-family.bench.ts)
import { createRng } from '../src/stats/dist/prng.ts';
import { defaultHorizon, looksFor } from '../src/plan/decision-rule.ts';
import { NOISY, simulate } from './stats-sim.ts';
import { fixedN, v2 } from './stats-design.ts';
import { DEMO_FAMILY, E2E_FAMILY, quantile, tally, type Family, type FamilyDesign } from './stats-family-sim.ts';
import { CHOOSERS, designBoundary, fixedNBoundary, typeOneError } from './stats-extender-exact.ts';

const D = (spending: FamilyDesign['spending'], horizon: number, looks: number[], stopOnRegression: boolean, note = ''): FamilyDesign =>
  ({ name: `${spending}, horizon ${horizon}, looks ${looks.join('/')}${stopOnRegression ? ', stops at a regression' : ''}${note}`, spending, horizon, looks, stopOnRegression });

export const FAMILY_DESIGNS: FamilyDesign[] = [
  D('pocock', 30, [7, 30], false, ' (before issue 19)'),
  D('reserve', 60, [7, 30], false, ' (extending by default)'),
  D('reserve', 60, [7, 10, 15, 20, 30], false),
  D('reserve', 60, [7, 10, 15, 20, 30], true),
  D('obf', 60, [7, 10, 15, 20, 30], true),
  D('obf', 30, [7, 10, 15, 20, 30], true),
  D('split', 60, [7, 10, 15, 20, 30], true),
  D('split', 60, [10, 15, 20, 30], true),
  D('split', 60, looksFor(30), false),
  D('split', defaultHorizon(30), looksFor(30), true, ' (**default**)'),
];

const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`;
const share = (b: number[], upTo: number) => pct(b.filter((x) => x <= upTo).length, b.length);

function familyTable(f: Family, runs: number, extendRuns: number, power: Map<FamilyDesign, string> | null): void {
  const quiet = tally(f, 0.007, 1, FAMILY_DESIGNS, runs);
  const noisy = tally(f, 0.07, 0.9, FAMILY_DESIGNS, runs);
  const aa = extendRuns > 0 ? tally(f, 0.07, 1, FAMILY_DESIGNS, extendRuns, 'peeking') : null;
  console.log(`\n${f.name}: ${runs} seeded runs per scenario${aa ? `, ${extendRuns} noisy A/A runs extended to the horizon by the peeking maintainer` : ''}`);
  console.log(`| design | quiet A/A (0.7%): median / p90 blocks, stopped by 10 | verdicts | noisy (7%), 10% slower: median / p90 blocks, stopped by 12 | regression called |${power ? ' noisy VM, true 0.97: detected (× fixed n) |' : ''}${aa ? ' noisy A/A false regression: runner / extended |' : ''}`);
  console.log(`|---|---|---|---|---:|${power ? '---:|' : ''}${aa ? '---:|' : ''}`);
  FAMILY_DESIGNS.forEach((d, k) => {
    const q = quiet[k], n = noisy[k];
    const verdicts = [...q.verdicts].sort().map(([v, c]) => `${v} ${c}`).join(', ');
    const fp = aa ? ` ${pct(aa[k].verdicts.get('regression') ?? 0, extendRuns)} / ${pct(aa[k].extendedVerdicts.get('regression') ?? 0, extendRuns)} |` : '';
    console.log(`| ${d.name} | ${quantile(q.blocks, 0.5)} / ${quantile(q.blocks, 0.9)}, ${share(q.blocks, 10)} | ${verdicts} | ${quantile(n.blocks, 0.5)} / ${quantile(n.blocks, 0.9)}, ${share(n.blocks, 12)} | ${pct(n.verdicts.get('regression') ?? 0, runs)} |${power ? ` ${power.get(d)} |` : ''}${fp}`);
  });
}

/** Per workload, the noisy-VM model of bench/stats-sim.ts at a true B/A of 0.97: detected at the runner's looks, against fixed n = 30. */
function powerColumn(runs: number): Map<FamilyDesign, string> {
  const rules = [fixedN(), ...FAMILY_DESIGNS.map((d) => v2(d.spending, d.horizon, d.looks))];
  const det = rules.map(() => 0);
  const rng = createRng(11);
  for (let i = 0; i < runs; i++) {
    const run = simulate(rng, NOISY, 0.97, 60);
    rules.forEach((r, k) => {
      if (r.run(run, createRng(1000 + i)).runner.call === 'regression') det[k]++;
    });
  }
  console.log(`noisy VM (paired sd ≈ 10.7%), true B/A 0.97, ${runs} runs: fixed n = 30 detects ${pct(det[0], runs)}`);
  return new Map(FAMILY_DESIGNS.map((d, k) => [d, `${pct(det[k + 1], runs)} (${(det[k + 1] / det[0]).toFixed(2)}×)`]));
}

export default async function main(): Promise<void> {
  const scale = process.argv.includes('--quick') ? 0.25 : 1;
  const t0 = performance.now();
  familyTable(E2E_FAMILY, Math.round(200 * scale), Math.round(300 * scale), powerColumn(Math.round(1500 * scale)));
  familyTable(DEMO_FAMILY, Math.round(200 * scale), 0, null);
  const max = 8, horizon = defaultHorizon(max);
  console.log(`\nexact P(regression called | H0) with a maintainer who extends after peeking: --max-blocks ${max}, horizon ${horizon}, runner looks ${looksFor(max).join('/')}, α = 0.05 (bench/stats-extender-exact.ts)`);
  console.log('| extender | reserve | split | pocock | fixed-n boundary at every look (no spending) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, c] of CHOOSERS) {
    const cells = (['reserve', 'split', 'pocock'] as const).map((s) => typeOneError(designBoundary(s, horizon), horizon, looksFor(max), c).toFixed(4));
    console.log(`| ${name} | ${cells.join(' | ')} | ${typeOneError(fixedNBoundary, horizon, looksFor(max), c).toFixed(4)} |`);
  }
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
