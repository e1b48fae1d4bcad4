// Tests at the thresholds (issue 11, item 6): data placed just inside and just outside the margin,
// raw p passing where Holm fails, and a statistic exactly at a look's boundary and one step past it,
// so that doubling the equivalence bound, deciding on the raw p, or moving a boundary by one order
// statistic each fails a test here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../../src/stats/sequential.ts';
import { walshAverages } from '../../src/stats/hodges-lehmann.ts';
import { signedRankLook } from '../../src/stats/gs-signed-rank.ts';
import type { WorkloadInput } from '../../src/stats/types.ts';
import { reasonOf } from '../../src/report/reason-words.ts';

/** A workload whose per-block log-ratios ln(B/A) are exactly `d` (A = 50 t/s, B = 50·e^d). */
function fromLogRatios(name: string, d: number[]): WorkloadInput {
  return {
    name,
    a: d.map((_, i) => ({ block: i + 1, value: 50, seq: 2 * i })),
    b: d.map((x, i) => ({ block: i + 1, value: 50 * Math.exp(x), seq: 2 * i + 1 })),
  };
}

const base = { margin: 0.02, alpha: 0.05, method: 'hl' as const };
/** One look at all n blocks with horizon n: the whole α is spent there (the fixed-n test). */
const single = (ws: WorkloadInput[], n: number) => decide(ws, { ...base, looks: [n], nBlocks: n, horizon: n });

// Ten differences with distinct magnitudes; the boundary at n = 10, α = 0.05 is c = 10
// (P(V ≤ 10) = 0.042, P(V ≤ 11) = 0.053), so the interval is [W_(11), W_(45)].
const spreadOut = [0.3, -0.5, 0.1, 0.7, -0.2, 0.6, -0.4, 0.8, 0.9, -0.05].map((v) => v * 0.01);

test('fixed-n look: the boundary at n = 10 is c = 10 and the interval is [W_(11), W_(45)]', () => {
  assert.equal(signedRankLook([10], 10, 0.05, 'obf').crit, 10);
  const w = single([fromLogRatios('x', spreadOut)], 10).analysis.workloads[0];
  const walsh = walshAverages(spreadOut);
  assert.ok(Math.abs(Math.log(w.ci![0]) - walsh[10]) < 1e-12);
  assert.ok(Math.abs(Math.log(w.ci![1]) - walsh[44]) < 1e-12);
});

test('an interval just inside +margin is neutral; just outside it (and above 1) is an improvement', () => {
  const walsh = walshAverages(spreadOut);
  const edge = Math.log1p(0.02) - walsh[44]; // shift putting the upper end exactly on ln(1.02)
  for (const [eps, verdict] of [[-1e-6, 'neutral'], [1e-6, 'improvement']] as const) {
    const w = single([fromLogRatios('x', spreadOut.map((v) => v + edge + eps))], 10).analysis.workloads[0];
    assert.equal(w.verdict, verdict, `upper end ${w.ci![1]} (eps ${eps})`);
  }
});

test('an interval just inside −margin is neutral; just outside it (and below 1) is a regression', () => {
  const walsh = walshAverages(spreadOut);
  const edge = -Math.log1p(0.02) - walsh[10];
  for (const [eps, verdict] of [[1e-6, 'neutral'], [-1e-6, 'regression']] as const) {
    const w = single([fromLogRatios('x', spreadOut.map((v) => v + edge + eps))], 10).analysis.workloads[0];
    assert.equal(w.verdict, verdict, `lower end ${w.ci![0]} (eps ${eps})`);
  }
});

// Ranks 1–10 as magnitudes (1% steps), positive signs on ranks {1, 2, 3, 4}: V = 10, which the
// fixed-n boundary at α = 0.05 rejects (c = 10) but not at α/2 (c = 8) nor α/3 (c = 6).
const atAlpha = [1, 2, 3, 4, -5, -6, -7, -8, -9, -10].map((v) => v * 0.01);

test('one workload at V = c: regression on its own', () => {
  const w = single([fromLogRatios('pp512', atAlpha)], 10).analysis.workloads[0];
  assert.equal(w.verdict, 'regression');
  assert.equal(w.p_regression_adj, 0.05);
});

test('three such workloads: each raw repeated p reaches α, Holm (3α) does not — no regression', () => {
  const ws = ['pp512', 'tg128', 'pp512+tg128'].map((n) => fromLogRatios(n, atAlpha));
  const d = single(ws, 10);
  for (const w of d.analysis.workloads) {
    assert.equal(w.verdict, 'inconclusive', reasonOf(w));
    assert.ok(Math.abs(w.p_regression_adj! - 0.15) < 1e-12);
    assert.match(reasonOf(w), /excludes 1 but the Holm-adjusted repeated p ≤ 0\.15 across 3 workloads is above α = 0\.05/);
  }
  assert.notEqual(d.analysis.verdict, 'regression');
});

test('Holm steps down: a workload at V = 6 (passes α/3) is a regression, then one at V = 8 (passes α/2) too', () => {
  const v6 = [1, 2, 3, -4, -5, -6, -7, -8, -9, -10].map((v) => v * 0.01);
  const v8 = [1, 3, 4, -2, -5, -6, -7, -8, -9, -10].map((v) => v * 0.01);
  const d = single([fromLogRatios('a', v6), fromLogRatios('b', v8), fromLogRatios('c', atAlpha)], 10);
  assert.deepEqual(d.analysis.workloads.map((w) => w.verdict), ['regression', 'regression', 'regression']);
  // Without the first two, the V = 10 workload alone among three at V = 10 fails (test above).
});

// Pocock, horizon 30, looks 5/10/20/30: at look 10 the boundary is c = 7.
const seq = { ...base, looks: [5, 10, 20, 30], spending: 'pocock' as const };

test('boundary at look 10 (pocock, horizon 30) is c = 7: V = 7 decides a regression, V = 8 does not', () => {
  assert.equal(signedRankLook([5, 10], 30, 0.05, 'pocock').crit, 7);
  const v7 = [-1, -2, -3, -4, -5, -6, 7, -8, -9, -10].map((v) => v * 0.01);
  const v8 = [-1, -2, -3, -4, -5, -6, -7, 8, -9, -10].map((v) => v * 0.01);
  const at7 = decide([fromLogRatios('x', v7)], { ...seq, nBlocks: 10 }).analysis.workloads[0];
  assert.equal(at7.verdict, 'regression');
  assert.equal(at7.look, 10);
  const at8 = decide([fromLogRatios('x', v8)], { ...seq, nBlocks: 10 }).analysis.workloads[0];
  assert.equal(at8.verdict, 'inconclusive');
});

test('boundary at look 20 (pocock, horizon 30) after looks 5 and 10: V = c decides, V = c + 1 does not', () => {
  const c = signedRankLook([5, 10, 20], 30, 0.05, 'pocock').crit;
  assert.ok(c > 20 && c < 100, `c = ${c}`);
  // Magnitudes 1..20; positive ranks chosen to sum exactly to c, then c + 1.
  const withV = (v: number): number[] => {
    const pos = new Set<number>();
    let left = v;
    for (let r = 20; r >= 1 && left > 0; r--) if (r <= left) { pos.add(r); left -= r; }
    return Array.from({ length: 20 }, (_, i) => (pos.has(i + 1) ? 1 : -1) * (i + 1) * 0.005);
  };
  // Looks 5 and 10 see the first blocks only; keep them undecidable by putting the large negatives late.
  const order = (d: number[]) => [...d.slice(10), ...d.slice(0, 10)];
  for (const [v, verdict] of [[c, 'regression'], [c + 1, 'inconclusive']] as const) {
    const d = order(withV(v));
    const got = decide([fromLogRatios('x', d)], { ...seq, nBlocks: 20 }).analysis.workloads[0];
    assert.equal(got.verdict, verdict, `V = ${v}: ${reasonOf(got)}`);
    if (verdict === 'regression') assert.equal(got.look, 20);
  }
});

test('t method: the boundary is the t quantile at the look\'s nominal level — just past it a regression, just short of it not', async () => {
  const { tQuantile } = await import('../../src/stats/dist/student-t.ts');
  const z = [-1.5, -1, -0.6, -0.3, -0.1, 0.1, 0.3, 0.6, 1, 1.5];
  const mz = z.reduce((s, v) => s + v, 0) / z.length;
  const sz = Math.sqrt(z.reduce((s, v) => s + (v - mz) ** 2, 0) / (z.length - 1));
  const s = 0.05;
  const tc = tQuantile(0.95, 9); // one look at the horizon: nominal level α
  for (const [f, verdict] of [[1.001, 'regression'], [0.999, 'inconclusive']] as const) {
    const m = (-tc * s * f) / Math.sqrt(10);
    const d = z.map((v) => m + (s * (v - mz)) / sz);
    const w = decide([fromLogRatios('x', d)], { ...base, method: 't', looks: [10], nBlocks: 10, horizon: 10 }).analysis.workloads[0];
    assert.equal(w.verdict, verdict, reasonOf(w));
  }
});

test('too few blocks for any interval: the point estimate is shown, nothing is decided', () => {
  // n = 3: no signed-rank interval exists at α = 0.05 (its smallest one-sided p is 1/8).
  const d = [-0.05, -0.01, -0.03];
  const hl = walshAverages(d).sort((x, y) => x - y)[Math.floor(walshAverages(d).length / 2)];
  const [w] = decide([fromLogRatios('pp512', d)], { ...base, looks: [3], nBlocks: 3, horizon: 3 }).analysis.workloads;
  assert.equal(w.ci, null);
  assert.equal(w.verdict, 'inconclusive');
  assert.ok(Math.abs(w.ratio! - Math.exp(hl)) < 1e-12, `${w.ratio} vs ${Math.exp(hl)}`);
  assert.equal(w.p_regression_adj, null);
});
