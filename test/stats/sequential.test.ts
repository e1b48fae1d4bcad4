// The group-sequential design (v2): looks, persisted state, the horizon, Holm at the thresholds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../../src/stats/sequential.ts';
import { UserError } from '../../src/sys/errors.ts';
import { pairedWorkload } from './helpers.ts';
import { reasonOf } from '../../src/report/reason-words.ts';

const seq = { margin: 0.02, alpha: 0.05, method: 'hl' as const, looks: [5, 10, 20, 30] };

test('between looks nothing is decided and every workload is pending', () => {
  const ws = [pairedWorkload('pp512', 7, 0.9, 0.002, 1), pairedWorkload('tg128', 7, 1, 0.002, 2)];
  const d = decide(ws, { ...seq, nBlocks: 7 });
  assert.equal(d.atLook, false);
  assert.deepEqual(d.pending, ['pp512', 'tg128']);
  assert.ok(d.analysis.workloads.every((w) => w.verdict === 'inconclusive'));
});

test('pocock: a clear regression stops at look 10 with look, α spent and remaining in the fields and the reason', () => {
  const ws = [pairedWorkload('pp512', 10, 0.9, 0.002, 1), pairedWorkload('tg128', 10, 1, 0.08, 2)];
  const d = decide(ws, { ...seq, spending: 'pocock', nBlocks: 10 });
  assert.equal(d.atLook, true);
  assert.deepEqual(d.pending, ['tg128']);
  const pp = d.analysis.workloads[0];
  assert.equal(pp.verdict, 'regression');
  assert.equal(pp.look, 10);
  const spent = 0.05 * Math.log(1 + (Math.E - 1) / 3);
  assert.ok(Math.abs(pp.alpha_spent! - spent) < 1e-12);
  assert.ok(Math.abs(pp.alpha_remaining! - (0.05 - spent)) < 1e-12);
  assert.match(reasonOf(pp), /look at 10 of 30 blocks, α spent 0\.023 of 0\.05/);
  assert.equal(d.analysis.verdict, 'regression');
  assert.deepEqual(d.state.looks.map((l) => l.blocks), [5, 10]);
  assert.deepEqual(d.state.looks[1].decided, [{ name: 'pp512', verdict: 'regression' }]);
});

test('obf: the same regression waits until the design has α to spend (look 20), then decides', () => {
  const ws = [pairedWorkload('pp512', 20, 0.9, 0.002, 1)];
  const at10 = decide(ws, { ...seq, spending: 'obf', nBlocks: 10 });
  assert.deepEqual(at10.pending, ['pp512']);
  assert.match(reasonOf(at10.analysis.workloads[0]), /too little for a signed-rank test at n = 10/);
  const at20 = decide(ws, { ...seq, spending: 'obf', nBlocks: 20 });
  assert.equal(at20.analysis.workloads[0].verdict, 'regression');
  assert.equal(at20.analysis.workloads[0].look, 20);
});

test('a decision taken at a look is kept when later blocks would read differently', () => {
  const w = pairedWorkload('pp512', 14, 0.9, 0.002, 1);
  for (let i = 10; i < 14; i++) w.b[i].value = w.a[i].value;
  const d = decide([w], { ...seq, spending: 'pocock', nBlocks: 14 });
  assert.deepEqual(d.pending, []);
  assert.equal(d.analysis.workloads[0].verdict, 'regression');
  assert.equal(d.analysis.workloads[0].n, 10);
});

test('state round-trips through JSON: resuming with it gives the same decision as replaying the looks', () => {
  const ws = [pairedWorkload('pp512', 20, 0.97, 0.01, 3), pairedWorkload('tg128', 20, 1, 0.004, 4)];
  const first = decide(ws, { ...seq, spending: 'pocock', nBlocks: 10 });
  const state = JSON.parse(JSON.stringify(first.state));
  const resumed = decide(ws, { ...seq, spending: 'pocock', nBlocks: 20, state, looks: [...seq.looks] });
  const replayed = decide(ws, { ...seq, spending: 'pocock', nBlocks: 20 });
  assert.deepEqual(resumed.analysis, replayed.analysis);
  assert.deepEqual(resumed.state.looks.map((l) => l.blocks), [5, 10, 20]);
});

test('extension: free look times up to the horizon; beyond it a one-line UserError', () => {
  const ws = [pairedWorkload('tg128', 40, 1, 0.08, 5)];
  const d30 = decide(ws, { ...seq, horizon: 40, nBlocks: 30 });
  const more = decide(ws, { ...seq, horizon: 40, nBlocks: 37, state: d30.state, looks: [37] });
  assert.deepEqual(more.state.looks.map((l) => l.blocks), [5, 10, 20, 30, 37]);
  assert.equal(more.state.horizon, 40);
  assert.throws(
    () => decide(ws, { ...seq, nBlocks: 41, state: d30.state, looks: [41] }),
    (e: unknown) => e instanceof UserError && /41 blocks exceed the declared horizon of 40/.test(e.message) && !e.message.includes('\n'),
  );
  const d = decide(ws.map((w) => ({ ...w, a: w.a.slice(0, 30), b: w.b.slice(0, 30) })), { ...seq, nBlocks: 30 });
  assert.throws(() => decide(ws, { ...seq, nBlocks: 31, state: d.state, looks: [31] }), /exceed the declared horizon of 30/);
  assert.throws(() => decide(ws, { ...seq, alpha: 0.1, nBlocks: 30, state: d.state }), /declared with alpha 0.05/);
});

test('decide works on the launches of a run in progress (warm-up left out, blocks counted from 1)', async () => {
  const { workloadInputsFromLaunches } = await import('../../src/stats/from-results.ts');
  const w = pairedWorkload('tg128', 10, 0.9, 0.002, 4);
  const launch = (block: number, variant: 'A' | 'B', value: number, warmup = false) => ({
    block, slot: 0, seq: 2 * block + (variant === 'A' ? 0 : 1), variant, workload: 'tg128', warmup, startedAt: '', wallMs: 1,
    status: 'ok' as const, exitCode: 0, signal: null, argv: [], memory: null, stderrTail: null, error: null,
    records: [{ flavour: 'mainline' as const, label: 'tg128', nPrompt: 0, nGen: 128, nDepth: 0, nThreads: 2, samplesNs: [], samplesTs: [value, value, value], avgTs: value, stddevTs: null, buildCommit: null, buildNumber: null, cpuInfo: null, modelType: null, raw: {} }],
  });
  const launches = [launch(0, 'A', 1, true), launch(0, 'B', 1000, true)];
  w.a.forEach((o, i) => launches.push(launch(o.block, 'A', o.value), launch(o.block, 'B', w.b[i].value)));
  const d = decide(workloadInputsFromLaunches(['tg128'], launches), { ...seq, spending: 'pocock', nBlocks: 10 });
  assert.deepEqual(d.pending, []);
  assert.equal(d.analysis.workloads[0].verdict, 'regression');
  assert.equal(d.analysis.workloads[0].n, 10);
});

test('blocks_needed comes from the design: a later look within the horizon, or beyond it said so', () => {
  // Symmetric log-ratios around 0 (estimate exactly 1) with a chosen spread.
  const mk = (s: number) => {
    const d = [1, -1, 0.6, -0.6, 0.3, -0.3, 1.4, -1.4, 0.1, -0.1].map((v) => v * s);
    return { name: 'x', a: d.map((_, i) => ({ block: i + 1, value: 50 })), b: d.map((v, i) => ({ block: i + 1, value: 50 * Math.exp(v) })) };
  };
  const near = decide([mk(0.035)], { ...seq, spending: 'pocock', nBlocks: 10 }).analysis.workloads[0];
  assert.equal(near.verdict, 'inconclusive', reasonOf(near));
  assert.ok(near.blocks_needed! > 10 && near.blocks_needed! <= 30, `blocks_needed ${near.blocks_needed}`);
  assert.match(reasonOf(near), /would be needed \(v2 boundaries\)/);
  const far = decide([mk(0.12)], { ...seq, spending: 'pocock', nBlocks: 10 }).analysis.workloads[0];
  assert.ok(far.blocks_needed! > 30, `blocks_needed ${far.blocks_needed}`);
  assert.match(reasonOf(far), /beyond the declared horizon of 30/);
});

test('Holm family at a look: workloads decided at earlier looks stay in it (a neutral one keeps the family at 2; a regression passes its α on)', () => {
  const design = { margin: 0.02, alpha: 0.05, method: 'hl' as const, looks: [7, 14], horizon: 14, spending: 'pocock' as const };
  const open = pairedWorkload('tg', 14, 0.98, 0.03, 1); // open at look 1; at look 2 its repeated p is α
  const alone = decide([open], { ...design, nBlocks: 14 }).analysis.workloads[0];
  assert.equal(decide([open], { ...design, nBlocks: 7 }).analysis.workloads[0].verdict, 'inconclusive');
  assert.equal(alone.verdict, 'regression');
  assert.equal(alone.p_regression_adj, 0.05);

  // A workload decided neutral at look 1 rejected no null: it stays in the family, and the open one's
  // Holm-adjusted repeated p doubles (a family that left it out would call the regression).
  const neutral = pairedWorkload('pp', 14, 1.0, 0.001, 7);
  const withNeutral = decide([neutral, open], { ...design, nBlocks: 14 });
  assert.equal(withNeutral.analysis.workloads[0].verdict, 'neutral');
  assert.deepEqual(withNeutral.state.looks.map((l) => l.decided.map((d) => d.name)), [['pp'], []]);
  const tg = withNeutral.analysis.workloads[1];
  assert.equal(tg.verdict, 'inconclusive');
  assert.equal(tg.p_regression_adj, 0.1);
  assert.match(reasonOf(tg), /Holm-adjusted repeated p ≤ 0\.1 across 2 workloads is above α = 0\.05/);

  // A workload decided a regression at look 1 rejected its null: its α is passed on (Holm's step
  // down), and the open one is decided as if alone.
  const slow = pairedWorkload('pp', 14, 0.8, 0.001, 7);
  const withRegression = decide([slow, open], { ...design, nBlocks: 14 });
  assert.deepEqual(withRegression.state.looks.map((l) => l.decided.map((d) => `${d.name} ${d.verdict}`)), [['pp regression'], ['tg regression']]);
  assert.equal(withRegression.analysis.workloads[1].p_regression_adj, 0.05);
  assert.match(reasonOf(withRegression.analysis.workloads[1]), /across 2 workloads ≤ α = 0\.05/);
});
