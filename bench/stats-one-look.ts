// The fixed-n analysis (stats/analyze.ts: one look of analyzeLook with `fixedN`) against (1) one
// look of the sequential design at horizon n (looks [n]) and (2) R's wilcox.test (the port in
// stats/hodges-lehmann.ts, signedRankShift: normal approximation under ties or zeros and from 50
// values) on the HL paired workloads: how many intervals, verdicts, levels, Holm-adjusted p,
// blocks_needed and reason kinds differ on the same seeded workloads (src/stats/README.md).
//   node bench/stats-one-look.ts [--ties]   (--ties: values rounded to 0.1 t/s around 50 t/s)
import { analyze } from '../src/stats/analyze.ts';
import { analyzeLook } from '../src/stats/look.ts';
import { signedRankShift } from '../src/stats/hodges-lehmann.ts';
import { createRng } from '../src/stats/dist/prng.ts';
import type { Observation, WorkloadInput } from '../src/stats/types.ts';

const ties = process.argv.includes('--ties');
const rng = createRng(20261206);
const vsR = { hlPaired: 0, intervals: 0, estimates: 0, directions: 0 };
const count = { cases: 0, workloads: 0, intervals: 0, intervalsPast16: 0, verdicts: 0, levels: 0, holmAdjusted: 0, blocksNeeded: 0, reasonKinds: 0 };
const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
for (let s = 0; s < 6000; s++) {
  const n = 3 + Math.floor(rng.next() * 28);
  const m = 1 + Math.floor(rng.next() * 3);
  const method = rng.next() < 0.5 ? 'hl' : 't';
  const inputs: WorkloadInput[] = Array.from({ length: m }, (_, j) => {
    const effect = [0.97, 1, 1.005, 1.03][Math.floor(rng.next() * 4)];
    const sd = 0.002 + rng.next() * 0.03;
    const a: Observation[] = [], b: Observation[] = [];
    for (let i = 0; i < n; i++) {
      const base = 50 * (1 + 0.01 * rng.normal());
      let va = base * Math.exp(sd * rng.normal()), vb = base * effect * Math.exp(sd * rng.normal());
      if (ties) [va, vb] = [Math.round(va * 10) / 10, Math.round(vb * 10) / 10];
      a.push({ block: i, value: va, seq: 2 * i });
      b.push({ block: i, value: vb, seq: 2 * i + 1 });
    }
    return { name: `w${j}`, a, b };
  });
  const fixed = analyze(inputs, { margin: 0.02, alpha: 0.05, method });
  const look = analyzeLook(inputs, { alpha: 0.05, margin: 0.02, method, horizon: n, spending: 'pocock', looks: [n] });
  count.cases++;
  fixed.workloads.forEach((f, i) => {
    const l = look.workloads[i];
    count.workloads++;
    const same = (f.ci === null && l.ci === null) || (f.ci !== null && l.ci !== null && close(f.ci[0], l.ci[0]) && close(f.ci[1], l.ci[1]));
    if (!same) {
      count.intervals++;
      if (n > 16) count.intervalsPast16++;
    }
    if (f.verdict !== l.verdict) count.verdicts++;
    if (!close(f.ci_level, l.ci_level)) count.levels++;
    if (f.p_regression_adj !== l.p_regression_adj) count.holmAdjusted++;
    if (f.blocks_needed !== l.blocks_needed) count.blocksNeeded++;
    if (f.why?.kind !== l.why?.kind) count.reasonKinds++;
    if (method !== 'hl' || !f.paired || f.ci === null || f.ci_level < 0.9 - 1e-9) return;
    // R's interval at the requested level on the same differences (the path analyze took before).
    const d = inputs[i].b.map((b, k) => Math.log(b.value) - Math.log(inputs[i].a[k].value));
    const r = signedRankShift(d, 0.9);
    vsR.hlPaired++;
    if (!close(Math.log(f.ci[0]), r.lo) || !close(Math.log(f.ci[1]), r.hi)) vsR.intervals++;
    if (!close(Math.log(f.ratio!), r.estimate)) vsR.estimates++;
    // Does the interval exclude 0 on another side (a call R's interval would not allow, or the reverse)?
    const side = (lo: number, hi: number) => (hi < 0 ? -1 : lo > 0 ? 1 : 0);
    if (side(Math.log(f.ci[0]), Math.log(f.ci[1])) !== side(r.lo, r.hi)) vsR.directions++;
  });
}
console.log(`${ties ? 'tied values' : 'continuous values'}: differ / of ${count.workloads} workloads in ${count.cases} cases`);
console.log(JSON.stringify(count));
console.log(`against R's wilcox.test at the requested level (HL paired, at or above the minimum n): differ / of ${vsR.hlPaired}`);
console.log(JSON.stringify(vsR));
