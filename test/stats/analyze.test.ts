import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, gate } from '../../src/stats/analyze.ts';
import { signedRankShift } from '../../src/stats/hodges-lehmann.ts';
import { UserError } from '../../src/sys/errors.ts';
import type { WorkloadAnalysis } from '../../src/stats/types.ts';
import { pairedWorkload } from './helpers.ts';
import { reasonOf } from '../../src/report/reason-words.ts';
import { flagsOf } from '../../src/report/flag-words.ts';
import { warningsOf } from '../../src/report/warning-words.ts';

const opts = { margin: 0.02, alpha: 0.05, method: 'hl' as const };

test('quiet identical variants are neutral with a 90% CI inside the margin', () => {
  const a = analyze([pairedWorkload('tg128', 12, 1.0, 0.003)], opts);
  const w = a.workloads[0];
  assert.equal(w.verdict, 'neutral');
  assert.equal(w.ci_level, 0.9);
  assert.ok(w.ci![0] >= 1 / 1.02 && w.ci![1] <= 1.02);
  assert.equal(a.verdict, 'neutral');
  assert.match(reasonOf(w), /^90% CI \[\d\.\d{3}, \d\.\d{3}\] lies within the ±2% margin/);
});

test('ratio and CI are exp of the HL estimate and interval of the log-ratios', () => {
  const w = pairedWorkload('pp512', 10, 0.97, 0.01, 7);
  const d = w.a.map((o, i) => Math.log(w.b[i].value) - Math.log(o.value));
  const ref = signedRankShift(d, 0.9);
  const got = analyze([w], opts).workloads[0];
  assert.equal(got.ratio, Math.exp(ref.estimate));
  assert.deepEqual(got.ci, [Math.exp(ref.lo), Math.exp(ref.hi)]);
  assert.equal(got.p_regression, ref.pLess);
  assert.equal(got.p_improvement, ref.pGreater);
});

test('a clear slowdown is a regression, a clear speedup an improvement; the gate follows', () => {
  const slow = analyze([pairedWorkload('tg128', 10, 0.95, 0.005, 2)], opts);
  assert.equal(slow.workloads[0].verdict, 'regression');
  assert.ok(slow.workloads[0].ci![1] < 1);
  assert.match(reasonOf(slow.workloads[0]), /^B is \d+\.\d% slower: 90% CI .* is below 1 and p = /);
  assert.equal(slow.verdict, 'regression');
  const fast = analyze([pairedWorkload('tg128', 10, 1.05, 0.005, 3), pairedWorkload('pp512', 10, 1.0, 0.002, 4)], opts);
  assert.equal(fast.workloads[0].verdict, 'improvement');
  assert.equal(fast.workloads[1].verdict, 'neutral');
  assert.equal(fast.verdict, 'improvement');
});

test('Holm adjusts the one-sided p-values across workloads', () => {
  const ws = [1, 2, 3].map((s) => pairedWorkload(`w${s}`, 8, 0.99, 0.01, s));
  const a = analyze(ws, opts);
  const p = a.workloads.map((w) => w.p_regression!);
  const order = [...p.keys()].sort((i, j) => p[i] - p[j]);
  const smallest = a.workloads[order[0]];
  assert.equal(smallest.p_regression_adj, Math.min(1, 3 * smallest.p_regression!));
  for (const w of a.workloads) assert.ok(w.p_regression_adj! >= w.p_regression!);
});

test('noisy data is inconclusive with blocks_needed and the spread in the reason', () => {
  const d = [0.1, -0.08, 0.05, -0.12, 0.09, -0.03, 0.07, -0.1, 0.02, -0.04];
  const a = d.map((_, i) => ({ block: i, value: 50, seq: 2 * i }));
  const b = d.map((x, i) => ({ block: i, value: 50 * Math.exp(x), seq: 2 * i + 1 }));
  const w = analyze([{ name: 'tg128', a, b }], opts).workloads[0];
  assert.equal(w.verdict, 'inconclusive');
  assert.ok(w.blocks_needed! > 10, `blocks_needed ${w.blocks_needed}`);
  assert.match(reasonOf(w), /spread \d+\.\d% per block; ~\d+ blocks would be needed/);
  assert.ok(w.spread! > 0.03);
});

test('n below the minimum for the level is inconclusive and says so', () => {
  const w = analyze([pairedWorkload('tg128', 4, 0.8, 0.001, 6)], opts).workloads[0];
  assert.equal(w.verdict, 'inconclusive');
  assert.match(reasonOf(w), /n = 4 blocks is below the minimum of 5 for a 90% signed-rank interval/);
  assert.equal(w.ci_level, 1 - 2 / 16);
  assert.ok(w.blocks_needed! >= 5);
});

test('identical A and B values: neutral, ratio exactly 1, no NaN', () => {
  const a = Array.from({ length: 6 }, (_, i) => ({ block: i, value: 40 + i }));
  const w = analyze([{ name: 'x', a, b: a.map((o) => ({ ...o })) }], opts).workloads[0];
  assert.equal(w.verdict, 'neutral');
  assert.equal(w.ratio, 1);
  assert.deepEqual(w.ci, [1, 1]);
  assert.match(reasonOf(w), /identical/);
});

test('all-equal non-zero differences (ties): defined, no NaN, decided by the margin', () => {
  const a = Array.from({ length: 8 }, (_, i) => ({ block: i, value: 40 + i }));
  for (const [ratio, verdict] of [[1.01, 'neutral'], [0.9, 'regression']] as const) {
    const w = analyze([{ name: 'x', a, b: a.map((o) => ({ ...o, value: o.value * ratio })) }], opts).workloads[0];
    assert.equal(w.verdict, verdict);
    assert.ok(Math.abs(w.ratio! - ratio) < 1e-12);
    for (const v of [w.ci![0], w.ci![1], w.p_regression!, w.p_improvement!]) assert.ok(Number.isFinite(v));
  }
});

test('t method gives paired t intervals and also decides', () => {
  const w = analyze([pairedWorkload('tg128', 10, 0.95, 0.005, 2)], { ...opts, method: 't' }).workloads[0];
  assert.equal(w.method, 't');
  assert.equal(w.verdict, 'regression');
});

test('zero or negative throughput is a UserError naming workload, variant and block', () => {
  const w = pairedWorkload('tg128', 5, 1, 0.01);
  w.b[2].value = 0;
  assert.throws(() => analyze([w], opts), (e: unknown) => e instanceof UserError && /tg128: variant B block 3 has throughput 0/.test(e.message));
  w.b[2].value = -1;
  assert.throws(() => analyze([w], opts), UserError);
});

test('a workload on one side only is reported as a warning and is failed (never a pass)', () => {
  const a = analyze([pairedWorkload('pp512', 8, 1, 0.001), { name: 'tg128', a: [{ block: 1, value: 10 }], b: [] }], opts);
  assert.equal(a.workloads[1].verdict, 'failed');
  assert.equal(a.workloads[1].ratio, null);
  assert.match(warningsOf(a)[0], /tg128 has no B observations/);
  assert.equal(a.verdict, 'failed');
});

test('unmatched blocks are flagged; without matching blocks the comparison is unpaired', () => {
  const w = pairedWorkload('tg128', 10, 1, 0.002);
  w.b.pop();
  const p = analyze([w], opts).workloads[0];
  assert.equal(p.paired, true);
  assert.equal(p.n, 9);
  assert.ok(flagsOf(p).some((f) => /unmatched: A block 10/.test(f)));
  const shifted = { name: 'x', a: w.a, b: w.b.map((o) => ({ ...o, block: o.block + 100 })) };
  const u = analyze([shifted], opts).workloads[0];
  assert.equal(u.paired, false);
  assert.ok(flagsOf(u).some((f) => f.startsWith('unpaired')));
});

test('quality flags: throttled launch, drift, bimodality are flagged and nothing is removed', () => {
  const w = pairedWorkload('tg128', 20, 1, 0.003, 9);
  w.b[4].value *= 0.8; // one throttled launch
  const a = analyze([w], opts).workloads[0];
  assert.ok(flagsOf(a).some((f) => /^outlier: B block 5 \(modified z/.test(f)), flagsOf(a).join('; '));
  assert.equal(a.n, 20);
  const drifting = pairedWorkload('tg128', 20, 1, 0.002, 10);
  drifting.a = drifting.a.map((o, i) => ({ ...o, value: 50 * (1 - 0.01 * i) }));
  assert.ok(flagsOf(analyze([drifting], opts).workloads[0]).some((f) => /^drift: A slows down/.test(f)));
  const bimodal = pairedWorkload('tg128', 20, 1, 0.002, 11);
  bimodal.b = bimodal.b.map((o, i) => ({ ...o, value: (i % 3 === 0 ? 40 : 50) * (1 + 0.001 * (i % 5)) }));
  assert.ok(flagsOf(analyze([bimodal], opts).workloads[0]).some((f) => /^bimodal: B splits 7\/13/.test(f)));
});

test('gate: regression wins, then all-neutral, then improvement, else inconclusive', () => {
  const w = (verdict: WorkloadAnalysis['verdict']) => ({ verdict }) as WorkloadAnalysis;
  assert.equal(gate([w('neutral'), w('regression'), w('improvement')]), 'regression');
  assert.equal(gate([w('neutral'), w('neutral')]), 'neutral');
  assert.equal(gate([w('neutral'), w('improvement')]), 'improvement');
  assert.equal(gate([w('neutral'), w('inconclusive'), w('improvement')]), 'inconclusive');
  assert.equal(gate([]), 'inconclusive');
});

test('geomean ratio is reported and does not gate', () => {
  const a = analyze([pairedWorkload('a', 10, 1.05, 0.002, 1), pairedWorkload('b', 10, 1 / 1.05, 0.002, 2)], opts);
  assert.equal(a.verdict, 'regression');
  const r = a.workloads.map((x) => x.ratio!);
  assert.ok(Math.abs(a.geomean_ratio! - Math.sqrt(r[0] * r[1])) < 1e-12);
});

test('bad options are UserErrors', () => {
  assert.throws(() => analyze([], { ...opts, margin: 0 }), UserError);
  assert.throws(() => analyze([], { ...opts, alpha: 0.7 }), UserError);
});

test('identical values on too few blocks are not called neutral', () => {
  const a = Array.from({ length: 3 }, (_, i) => ({ block: i, value: 40 + i }));
  const w = analyze([{ name: 'x', a, b: a.map((o) => ({ ...o })) }], opts).workloads[0];
  assert.equal(w.verdict, 'inconclusive');
  assert.match(reasonOf(w), /n = 3 blocks is below the minimum of 5/);
});
