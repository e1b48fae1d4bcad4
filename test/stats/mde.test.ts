// The minimum detectable effect (stats/mde.ts) against two independent references: R's exact
// noncentral-t power for the paired one-sided t test, and a simulation of that test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectable, mdeLog, minimumDetectableEffect } from '../../src/stats/mde.ts';
import type { DesignState, WorkloadAnalysis } from '../../src/stats/types.ts';
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

// The level the run's test had (mde.ts `detectable`), against scipy (python3):
//   from scipy.stats import t, norm, multivariate_normal; from scipy.optimize import brentq
//   mde = lambda s, n, L: math.expm1(s * (t.ppf(1 - L, n - 1) + t.ppf(0.8, n - 1)) / math.sqrt(n))
//   a = 0.05 / 3; mde(0.02, 10, a) = 0.021691062351771047; mde(0.02, 10, 0.05) = 0.01732919887636962
//   `split`'s change curve (reserve-hsd) at t ≤ 1/2: s(t) = 0.95·a·(1 − e^{2t})/(1 − e)
//   look 1 (10 of 30): nominal s(1/3) = 0.008733019656515188, mde(0.02, 10, ·) = 0.024246280567929004
//   look 2 (15 of 30): b1 = Φ⁻¹(1 − s(1/3)); b2 solves Φ(b1) − Φ₂(b1, b2; √(10/15)) = s(1/2) − s(1/3)
//     nominal 1 − Φ(b2) = 0.010981555643508889, mde(0.02, 15, ·) = 0.017946145503272008 (α alone 0.013670581475965858)
const close = (x: number | null, want: number, tol: number, what: string) => assert.ok(x !== null && Math.abs(x / want - 1) < tol, `${what}: ${x} vs scipy ${want}`);

function tWorkload(name: string, n: number, extra: Partial<WorkloadAnalysis> = {}): WorkloadAnalysis {
  return {
    name, n, paired: true, method: 't', ratio: 0.99, ci: [0.97, 1.01], ci_level: 0.9, p_regression: 0.3, p_regression_adj: 0.6, p_improvement: 0.7, p_improvement_adj: 1,
    verdict: 'inconclusive', blocks_needed: 40, spread: 0.02, flags: [], reason: '', look: null, ...extra,
  };
}
const design = (looks: number[]): DesignState => ({ version: 2, method: 't', alpha: 0.05, margin: 0.02, horizon: 30, spending: 'split', looks: looks.map((blocks) => ({ blocks, alpha_spent: 0, decided: [] })) });

test('fixed n: the MDE at Holm\'s strictest level α/m, beside the one at α alone (scipy t.ppf)', () => {
  const ws = ['pp512', 'tg128', 'tg128@d4096'].map((w) => tWorkload(w, 10));
  const d = detectable({ alpha: 0.05, workloads: ws }, ws[1]);
  assert.equal(d.m, 3);
  assert.equal(d.level, 0.05 / 3);
  assert.equal(d.look, null);
  close(d.mde, 0.021691062351771047, 1e-6, 'MDE at α/3');
  close(d.atAlpha, 0.01732919887636962, 1e-6, 'MDE at α');
  // A reason that records the Holm family's size is believed over the count.
  assert.equal(detectable({ alpha: 0.05, workloads: ws }, { ...ws[0], why: { kind: 'not-significant', ci: { level: 0.9, lo: 0.97, hi: 0.99, repeated: false }, adj: 0.1, m: 2, alpha: 0.05, spread: 0.02, paired: true, needed: { blocks: 40, horizon: null } } }).m, 2);
});

test('sequential: the nominal level of the change boundary at the look where the workload stopped, at α/m (scipy: bivariate normal)', () => {
  const decided = tWorkload('pp512', 10, { verdict: 'neutral', look: 10 });
  const open = [tWorkload('tg128', 15), tWorkload('tg128@d4096', 15)];
  const a = { alpha: 0.05, workloads: [decided, ...open] };
  const first = detectable(a, decided, design([10, 15]));
  assert.deepEqual([first.m, first.look], [3, { blocks: 10, horizon: 30 }]);
  close(first.level, 0.008733019656515188, 1e-9, 'look 1 nominal');
  close(first.mde, 0.024246280567929004, 1e-6, 'MDE at look 1');
  const last = detectable(a, open[0], design([10, 15]));
  assert.deepEqual(last.look, { blocks: 15, horizon: 30 });
  close(last.level, 0.010981555643508889, 1e-6, 'look 2 nominal (numerical integration)');
  close(last.mde, 0.017946145503272008, 1e-6, 'MDE at look 2');
  close(last.atAlpha, 0.013670581475965858, 1e-6, 'MDE at α alone');
  // The signed-rank boundary that cannot reject at a look leaves nothing detectable there.
  const hl = { ...tWorkload('tg128', 4, { method: 'hl' }) };
  assert.equal(detectable({ alpha: 0.05, workloads: [hl] }, hl, { ...design([4]), method: 'hl' }).mde, null);
});
