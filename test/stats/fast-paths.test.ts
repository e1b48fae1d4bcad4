// The look's fast paths (issue 11 item 7) against their definitions: Walsh order statistics by
// counting and gathering vs every Walsh average sorted; the quicksort and the argsort ranks vs the
// native sort and averageRanks; the flags' shortcuts (drift's t floor, bimodality's quick reject)
// vs the rules computed the long way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/stats/dist/prng.ts';
import { analyzeLook } from '../../src/stats/look.ts';
import { walshKth, walshCount } from '../../src/stats/walsh.ts';
import { walshAverages } from '../../src/stats/hodges-lehmann.ts';
import { averageRanks, sortInPlace, sortedWithRanks, medianOfSorted } from '../../src/stats/ranks.ts';
import { qualityFlags, drift, twoMeans } from '../../src/stats/flags.ts';

// Ties: eighths, + 0 so that no value is −0 (log-ratios never are).
function sample(rng: ReturnType<typeof createRng>, n: number, ties: boolean): number[] {
  return Array.from({ length: n }, () => (ties ? Math.round(4 * rng.normal()) / 8 + 0 : 0.05 * rng.normal()));
}

test('walshKth and walshCount equal the sorted Walsh averages at every rank, with and without ties', () => {
  const rng = createRng(11);
  for (let rep = 0; rep < 60; rep++) {
    const n = 1 + (rep % 40);
    const x = sample(rng, n, rep % 3 === 0);
    const all = walshAverages(x); // every (x_i + x_j)/2, sorted
    const d = Float64Array.from(x).sort();
    for (let k = 1; k <= all.length; k++) assert.equal(walshKth(d, k), all[k - 1], `n ${n} k ${k}`);
    for (const v of [0, x[0], all[all.length >> 1]]) {
      assert.equal(walshCount(d, v, true), all.filter((w) => w <= v).length);
      assert.equal(walshCount(d, v, false), all.filter((w) => w < v).length);
    }
  }
});

test('the look reports the Walsh median and the repeated interval of the sorted averages (n = 120)', () => {
  const rng = createRng(12);
  const a = Array.from({ length: 120 }, (_, i) => ({ block: i + 1, value: 50 * Math.exp(0.05 * rng.normal()), seq: 2 * i }));
  const b = a.map((o) => ({ ...o, value: o.value * 0.99 * Math.exp(0.05 * rng.normal()), seq: o.seq + 1 }));
  const w = analyzeLook([{ name: 'w', a, b }], { margin: 0.02, alpha: 0.05, method: 'hl', horizon: 120, spending: 'obf', looks: [40, 80, 120] }).workloads[0];
  const all = walshAverages(a.map((o, i) => Math.log(b[i].value) - Math.log(o.value)));
  assert.equal(w.ratio, Math.exp(medianOfSorted(all)));
  // the interval is [W_(c+1), W_(N−c)] for the look's c: both ends are Walsh averages, symmetric in rank
  const lo = all.findIndex((v) => Math.exp(v) === w.ci![0]);
  const hi = all.findLastIndex((v) => Math.exp(v) === w.ci![1]);
  assert.ok(lo >= 0 && hi >= 0, 'both ends are Walsh averages');
  assert.equal(lo, all.length - 1 - hi);
});

test('sortInPlace sorts like the native sort; sortedWithRanks ranks like averageRanks', () => {
  const rng = createRng(13);
  for (let rep = 0; rep < 200; rep++) {
    const x = sample(rng, 1 + (rep % 150), rep % 2 === 0);
    assert.deepEqual(sortInPlace(Float64Array.from(x)), Float64Array.from(x).sort());
    const r = sortedWithRanks(Float64Array.from(x));
    assert.deepEqual(r.sorted, Float64Array.from(x).sort());
    assert.deepEqual(Array.from(r.ranks), averageRanks(x).ranks);
  }
});

test('quality flags: the drift and bimodality shortcuts give the flags the full rules give', () => {
  const rng = createRng(14);
  let drifted = 0, bimodal = 0;
  for (let rep = 0; rep < 400; rep++) {
    const n = 6 + (rep % 60);
    const trend = [0, 0.0005, 0.001, 0.002][rep % 4];
    const split = rep % 5 === 0 ? 0.08 : rep % 5 === 1 ? 0.02 : 0;
    const obs = Array.from({ length: n }, (_, i) => ({
      block: i + 1, seq: 2 * i,
      value: 50 * Math.exp(0.01 * rng.normal() - trend * i + (rng.next() < 0.4 ? split : 0)),
    }));
    const x = obs.map((o) => Math.log(o.value));
    // the long way: drift's p from the t approximation, 2-means clusters and the sorted deviations
    const dr = drift(x, obs.map((o) => o.seq));
    const [c1, c2] = twoMeans(x);
    let bi = false;
    if (n >= 8 && c2.length > 0 && c1.length >= 0.2 * n && c2.length >= 0.2 * n) {
      const m1 = medianOfSorted(c1), m2 = medianOfSorted(c2);
      const within = medianOfSorted([...c1.map((v) => Math.abs(v - m1)), ...c2.map((v) => Math.abs(v - m2))].sort((p, q) => p - q));
      const gap = c2[0] - c1[c1.length - 1];
      bi = gap > 4 * within && gap > 0;
    }
    const flags = qualityFlags([{ label: 'A', obs }]);
    assert.equal(flags.some((f) => f.kind === 'drift'), !!dr && dr.p < 0.01, `rep ${rep}: drift`);
    assert.equal(flags.some((f) => f.kind === 'bimodal'), bi, `rep ${rep}: bimodal`);
    if (dr && dr.p < 0.01) drifted++;
    if (bi) bimodal++;
  }
  assert.ok(drifted > 20 && drifted < 380, `drift flagged in ${drifted} of 400: both sides of the rule are exercised`);
  assert.ok(bimodal > 20, `bimodal flagged in ${bimodal} of 400`);
});

test('launchValue is the median simple-statistics gives, for the few repetitions of a launch and for many', async () => {
  const { launchValue } = await import('../../src/stats/from-results.ts');
  const { median } = await import('simple-statistics');
  const rng = createRng(15);
  for (let rep = 0; rep < 2000; rep++) {
    const n = 1 + (rep % 24);
    const x = Array.from({ length: n }, () => (rep % 3 ? 50 * Math.exp(0.1 * rng.normal()) : Math.round(5 * rng.next())));
    assert.equal(launchValue({ samplesTs: x, avgTs: -1 } as never), median(x));
  }
});

test('the plan\'s default first look is where the default design can first decide (c ≥ 1), never before 7 blocks', async () => {
  const { firstLook } = await import('../../src/plan/decision-rule.ts');
  const { alphaSpent, MAX_HORIZON } = await import('../../src/stats/spending.ts');
  const { signedRankCdf } = await import('../../src/stats/dist/signed-rank.ts');
  const { defaultHorizon } = await import('../../src/plan/decision-rule.ts');
  for (let m = 8; m <= 400; m++) {
    const h = defaultHorizon(m);
    if (h > MAX_HORIZON) break;
    let n = 7;
    while (alphaSpent('reserve', 0.05, n / h) < signedRankCdf(1, n)) n++;
    assert.equal(firstLook(m), n, `max blocks ${m}`);
  }
});

test('the spread (1.4826·MAD) from one sorted copy is the one simple-statistics medians give', async () => {
  const { spreadOf } = await import('../../src/stats/workload-input.ts');
  const { median } = await import('simple-statistics');
  const rng = createRng(16);
  for (let rep = 0; rep < 500; rep++) {
    const d = sample(rng, 2 + (rep % 130), rep % 4 === 0);
    const m = median(d);
    const mad = 1.4826 * median(d.map((v) => Math.abs(v - m)));
    const sd = Math.sqrt(d.reduce((s, v) => s + (v - d.reduce((a, b) => a + b, 0) / d.length) ** 2, 0) / (d.length - 1));
    const got = spreadOf({ paired: true, n: d.length, d, la: [], lb: [], unmatched: [] }, 'hl');
    if (mad > 0) assert.equal(got, mad);
    else assert.ok(Math.abs(got - sd) <= 1e-12 * Math.max(1, sd));
  }
});
