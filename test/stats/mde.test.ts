// The minimum detectable effect (stats/mde.ts) against two independent references: R's exact
// noncentral-t power for the paired one-sided t test, and a simulation of that test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdeLog, minimumDetectableEffect } from '../../src/stats/mde.ts';
import { createRng } from '../../src/stats/dist/prng.ts';
import { tQuantile } from '../../src/stats/dist/student-t.ts';

// [n, α, δ/σ] from R 4.x:
//   for (a in c(0.05,0.025,0.01)) for (n in c(3,5,7,10,15,30,60,120))
//     power.t.test(n=n, sd=1, sig.level=a, power=0.8, type="paired", alternative="one.sided")$delta
const R_EXACT: [number, number, number][] = [
  [3, 0.05, 2.297275], [5, 0.05, 1.359414], [7, 0.05, 1.066641], [10, 0.05, 0.852814], [15, 0.05, 0.675461],
  [30, 0.05, 0.464945], [60, 0.05, 0.324748], [120, 0.05, 0.228282],
  [3, 0.025, 3.264048], [5, 0.025, 1.681999], [7, 0.025, 1.272567], [10, 0.025, 0.996002], [15, 0.025, 0.778027],
  [30, 0.025, 0.529227], [60, 0.025, 0.367708], [120, 0.025, 0.257834],
  [3, 0.01, 5.1725], [5, 0.01, 2.180333], [7, 0.01, 1.562643], [10, 0.01, 1.185308], [15, 0.01, 0.907551],
  [30, 0.01, 0.60703], [60, 0.01, 0.418639], [120, 0.01, 0.292555],
];

test('MDE (shifted central t) against R power.t.test (exact noncentral t): within 1.1% and conservative at α = 0.05, within 4% from n = 5', () => {
  for (const [n, alpha, exact] of R_EXACT) {
    const err = mdeLog(1, n, alpha) / exact - 1;
    if (alpha === 0.05) assert.ok(err >= 0 && err < 0.011, `n ${n} α ${alpha}: relative error ${err}`);
    else if (n >= 5) assert.ok(Math.abs(err) < 0.04, `n ${n} α ${alpha}: relative error ${err}`);
    else assert.ok(Math.abs(err) < 0.11, `n ${n} α ${alpha}: relative error ${err} (the approximation's worst corner)`);
  }
});

test('simulated: a true shift of the MDE is detected ~80% of the time by the one-sided paired t test', () => {
  const rng = createRng(20);
  for (const [n, sigma, alpha] of [[7, 0.02, 0.05], [15, 0.05, 0.025], [30, 0.01, 0.05]] as const) {
    const delta = mdeLog(sigma, n, alpha);
    const crit = tQuantile(1 - alpha, n - 1);
    const sims = 4000;
    let hits = 0;
    for (let s = 0; s < sims; s++) {
      let sum = 0, sq = 0;
      const d: number[] = [];
      for (let i = 0; i < n; i++) d.push(-delta + sigma * rng.normal());
      for (const x of d) sum += x;
      const mean = sum / n;
      for (const x of d) sq += (x - mean) ** 2;
      if (-mean / Math.sqrt(sq / (n - 1) / n) > crit) hits++;
    }
    const power = hits / sims;
    // binomial sd at 0.8 over 4000 draws is 0.0063; the approximation errs conservative by ≤ 1%.
    assert.ok(power > 0.78 && power < 0.83, `n ${n} σ ${sigma} α ${alpha}: power ${power}`);
  }
});

test('MDE scales with the spread, shrinks as √n, and is e^δ − 1 as a fraction of throughput', () => {
  assert.ok(Math.abs(mdeLog(0.04, 10, 0.05) / mdeLog(0.02, 10, 0.05) - 2) < 1e-12);
  assert.ok(mdeLog(0.02, 40, 0.05) < mdeLog(0.02, 10, 0.05) / 1.9);
  assert.equal(minimumDetectableEffect(0.02, 10, 0.05), Math.expm1(mdeLog(0.02, 10, 0.05)));
});

test('nothing is detectable where the signed-rank test cannot reach α, or without a spread', () => {
  assert.equal(minimumDetectableEffect(0.01, 4, 0.05, 'hl'), null, '2^-4 > 0.05');
  assert.ok(minimumDetectableEffect(0.01, 5, 0.05, 'hl')! > 0);
  assert.ok(minimumDetectableEffect(0.01, 4, 0.05, 't')! > 0);
  assert.equal(minimumDetectableEffect(null, 10, 0.05), null);
  assert.equal(minimumDetectableEffect(0.01, 1, 0.05), null);
});
