// The cost of extending by default (src/stats/README.md, "Spending and horizon"): the runner's looks
// 7/30 with the old default (pocock over 30 blocks), pocock over a horizon of 60 and the default
// `reserve` over 60, then the adversarial extender up to the horizon; same seeded runs for every rule.
//   node bench/stats-extend.ts [runs = 300]
import { createRng } from '../src/stats/dist/prng.ts';
import { NOISY, QUIET, simulate } from './stats-sim.ts';
import { v2, fixedN } from './stats-design.ts';
import { defaultHorizon, looksFor } from '../src/plan/decision-rule.ts';

const N = Number(process.argv[2] ?? 300);
// Then today's default (split over 60 at the looks 10/12/15/20/30) beside the same looks with no
// room to extend (pocock over 30): what the room costs the runner's own looks.
const rules = [fixedN(), v2('pocock', 30, [7, 30]), v2('pocock', 60, [7, 30]), v2('reserve', 60, [7, 30]),
  v2('pocock', 30, looksFor(30)), v2('split', defaultHorizon(30), looksFor(30))];
for (const [m, ratio, runs] of [[NOISY, 0.97, N], [NOISY, 1, N * 2], [QUIET, 1, Math.round(N / 3)]] as const) {
  const rows = rules.map(() => ({ det: 0, detExt: 0, blocks: [] as number[] }));
  const rng = createRng(11);
  for (let i = 0; i < runs; i++) {
    const run = simulate(rng, m, ratio, 60);
    rules.forEach((rule, k) => {
      const o = rule.run(run, createRng(1000 + i));
      if (o.runner.call === 'regression') rows[k].det++;
      if (o.extended.call === 'regression') rows[k].detExt++;
      rows[k].blocks.push(o.runner.blocks);
    });
  }
  console.log(`${m.name}, true B/A ${ratio}, ${runs} runs`);
  rules.forEach((rule, k) => {
    const b = rows[k].blocks.sort((x, y) => x - y);
    console.log(`  ${rule.name}: regression at the runner's stop ${(100 * rows[k].det / runs).toFixed(1)}%, extended ${(100 * rows[k].detExt / runs).toFixed(1)}%, median blocks ${b[b.length >> 1]}`);
  });
}
