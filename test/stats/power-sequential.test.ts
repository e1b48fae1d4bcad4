import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksNeeded } from '../../src/stats/power.ts';
import { decide, effectiveLooks } from '../../src/stats/sequential.ts';
import { analyze } from '../../src/stats/analyze.ts';
import { pairedWorkload } from './helpers.ts';

test('blocks per arm for 80% TOST power reproduce the table in the notes', () => {
  // shared/notes/statistics.md: spread 1%: 6/3/2 for margins 2/3/5%; 2%: 19/9/4; 3%: 41/19/8; 5%: 110/50/19.
  const table = [[0.01, [6, 3, 2]], [0.02, [19, 9, 4]], [0.03, [41, 19, 8]], [0.05, [110, 50, 19]]] as const;
  for (const [s, row] of table) {
    [0.02, 0.03, 0.05].forEach((m, i) => {
      const got = blocksNeeded(s, m, 0.05, 0, false);
      assert.ok(Math.abs(got - row[i]) <= 1, `spread ${s} margin ${m}: ${got} vs ${row[i]}`);
    });
  }
  assert.ok(blocksNeeded(0.01, 0.02, 0.05, 0, true) < blocksNeeded(0.01, 0.02, 0.05, 0, false));
});

test('effective looks: HL cannot decide at 5 blocks once α is split, so looks 10/20/30 share α/3', () => {
  assert.deepEqual(effectiveLooks([5, 10, 20, 30], 0.05, 'hl'), { looks: [10, 20, 30], k: 3 });
  assert.deepEqual(effectiveLooks([5, 10, 20, 30], 0.05, 't'), { looks: [5, 10, 20, 30], k: 4 });
});

const seq = { margin: 0.02, alpha: 0.05, method: 'hl' as const, looks: [5, 10, 20, 30] };

test('between looks nothing is decided and every workload is pending', () => {
  const ws = [pairedWorkload('pp512', 7, 0.9, 0.002, 1), pairedWorkload('tg128', 7, 1, 0.002, 2)];
  const d = decide(ws, { ...seq, nBlocks: 7 });
  assert.equal(d.atLook, false);
  assert.deepEqual(d.pending, ['pp512', 'tg128']);
});

test('at a look the decided workloads leave pending; a clear regression stops at look 10', () => {
  const ws = [pairedWorkload('pp512', 10, 0.9, 0.002, 1), pairedWorkload('tg128', 10, 1, 0.08, 2)];
  const d = decide(ws, { ...seq, nBlocks: 10 });
  assert.equal(d.atLook, true);
  assert.deepEqual(d.pending, ['tg128']);
  const pp = d.analysis.workloads[0];
  assert.equal(pp.verdict, 'regression');
  assert.ok(pp.flags.some((f) => f === 'decided at look 1 of 3 (10 blocks)'));
  // The look's interval is the widened one: 1 − 2·0.05/3.
  assert.ok(Math.abs(pp.ci_level - (1 - 0.1 / 3)) < 1e-12);
  assert.equal(d.analysis.verdict, 'regression');
});

test('a decision taken at a look is kept when later blocks would read differently', () => {
  const w = pairedWorkload('pp512', 14, 0.9, 0.002, 1);
  // Blocks 11–14 suddenly look equal: the look-10 decision stands.
  for (let i = 10; i < 14; i++) w.b[i].value = w.a[i].value;
  const d = decide([w], { ...seq, nBlocks: 14 });
  assert.deepEqual(d.pending, []);
  assert.equal(d.analysis.workloads[0].verdict, 'regression');
  assert.equal(d.analysis.workloads[0].n, 10);
});

test('the sequential analysis is the fixed-n analysis at the look level when nothing was decided', () => {
  const w = pairedWorkload('tg128', 10, 1, 0.08, 3);
  const d = decide([w], { ...seq, nBlocks: 10 });
  const direct = analyze([w], { margin: 0.02, alpha: 0.05, method: 'hl', plannedLooks: 3 });
  assert.deepEqual(d.analysis.workloads, direct.workloads);
  assert.deepEqual(d.pending, ['tg128']);
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
  const d = decide(workloadInputsFromLaunches(['tg128'], launches), { ...seq, nBlocks: 10 });
  assert.deepEqual(d.pending, []);
  assert.equal(d.analysis.workloads[0].verdict, 'regression');
  assert.equal(d.analysis.workloads[0].n, 10);
});
