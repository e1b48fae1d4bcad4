// The depth-sweep family in the decision engine: one input per depth and metric from the depth
// launches, Holm across every workload including them, the gate, and the memory ratios beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeResults, depthLaunches, DEPTH_SWEEP } from '../../fixtures/results/make-results.ts';
import { depthInputsFromResults, workloadInputsFromResults } from '../../src/stats/from-results.ts';
import { depthMemoryAnalysis } from '../../src/stats/depth-memory.ts';
import { decide } from '../../src/stats/sequential.ts';
import { analyze } from '../../src/stats/analyze.ts';
import { depthGateIds, depthGatePoints, depthPointIds, depthPointId } from '../../src/plan/depth-sweep.ts';
import type { Results } from '../../src/store/results.ts';
import { reasonOf } from '../../src/report/reason-words.ts';

function withSweep(o: { blocks?: number; failB?: boolean } = {}): Results {
  const r = makeResults({ blocks: 6 });
  r.plan.depthSweep = DEPTH_SWEEP;
  for (const b of r.builds) b.depthTool = 'llama-batched-bench';
  r.depthLaunches = depthLaunches({ blocks: o.blocks ?? 7, failB: o.failB });
  return r;
}

test('ids: sweep:tg@dD and sweep:pp@dD per depth; batched-bench has no S_PP at depth 0; points are data, names known from the plan', () => {
  assert.deepEqual(depthGateIds({ depthSweep: DEPTH_SWEEP }, 'llama-batched-bench'), [
    'sweep:tg@d0', 'sweep:tg@d1024', 'sweep:pp@d1024', 'sweep:tg@d2048', 'sweep:pp@d2048', 'sweep:tg@d4096', 'sweep:pp@d4096',
  ]);
  assert.deepEqual(depthGateIds({ depthSweep: DEPTH_SWEEP }, 'llama-sweep-bench').slice(0, 2), ['sweep:tg@d0', 'sweep:pp@d0']);
  assert.deepEqual(depthGateIds({ depthSweep: null }, 'llama-sweep-bench'), []);
  assert.deepEqual(depthGatePoints({ depthSweep: DEPTH_SWEEP }, 'llama-batched-bench').slice(0, 2), [{ metric: 'tg', depth: 0 }, { metric: 'tg', depth: 1024 }]);
  assert.ok(depthPointIds(DEPTH_SWEEP.depths).has(depthPointId('mem', 2048)));
  assert.equal(depthPointIds(DEPTH_SWEEP.depths).has('tg128@d4096'), false);
  assert.deepEqual(depthInputsFromResults(withSweep({})).map((w) => w.point)[2], { metric: 'pp', depth: 1024 });
});

test('inputs: one observation per counted, successful launch, keyed by block; warm-up and failed launches left out', () => {
  const r = withSweep({ failB: true });
  const inputs = depthInputsFromResults(r);
  assert.equal(inputs.length, 7);
  const tg0 = inputs.find((w) => w.name === 'sweep:tg@d0')!;
  assert.deepEqual(tg0.a.map((o) => o.block), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(tg0.b.map((o) => o.block), [1, 2, 3, 4, 5], 'B crashed in block 6');
  const launchA1 = r.depthLaunches!.find((l) => l.variant === 'A' && l.block === 1)!;
  assert.equal(tg0.a[0].value, launchA1.points[0].speedTg);
  assert.equal(inputs.find((w) => w.name === 'sweep:pp@d2048')!.a[0].value, launchA1.points[2].speedPp);
  // The family comes after the llama-bench workloads in the engine's input.
  assert.deepEqual(workloadInputsFromResults(r).map((w) => w.name), [...r.plan.workloads.map((w) => w.id), ...inputs.map((w) => w.name)]);
  // No sweep planned: no family, even with launches on record.
  assert.deepEqual(depthInputsFromResults({ ...r, plan: { ...r.plan, depthSweep: null } }), []);
});

test('the family joins the gate: B 3% slower at depth 4096 is a regression there, Holm counts every workload', () => {
  const r = withSweep({ blocks: 13 });
  const d = decide(workloadInputsFromResults(r), { margin: 0.02, alpha: 0.05, method: 'hl', looks: [12], nBlocks: 12 });
  const by = new Map(d.analysis.workloads.map((w) => [w.name, w]));
  const n = d.analysis.workloads.length;
  assert.equal(n, r.plan.workloads.length + 7);
  assert.equal(by.get('sweep:tg@d4096')!.verdict, 'regression', reasonOf(by.get('sweep:tg@d4096')!));
  assert.match(reasonOf(by.get('sweep:tg@d4096')!), new RegExp(`Holm-adjusted .* across ${n} workloads`));
  assert.equal(by.get('sweep:pp@d4096')!.verdict, 'neutral', reasonOf(by.get('sweep:pp@d4096')!));
  assert.equal(d.analysis.verdict, 'regression');
  // Holm: the adjusted p of each sweep point is the same as analysing the whole family with the rest.
  const whole = analyze(workloadInputsFromResults(r), { margin: 0.02, alpha: 0.05, method: 'hl', plannedLooks: 1 });
  const one = analyze(workloadInputsFromResults(r).filter((w) => w.name === 'sweep:tg@d4096'), { margin: 0.02, alpha: 0.05, method: 'hl', plannedLooks: 1 });
  const w = whole.workloads.find((x) => x.name === 'sweep:tg@d4096')!;
  assert.ok(w.p_regression_adj! > one.workloads[0].p_regression_adj!, 'adjusted across the family and the workloads, not alone');
});

test('memory: B/A of total resident memory per depth with its paired interval; medians of total and anonymous', () => {
  const r = withSweep({ blocks: 7 });
  const mem = depthMemoryAnalysis(r);
  assert.deepEqual(mem.map((m) => m.name), ['sweep:mem@d0', 'sweep:mem@d1024', 'sweep:mem@d2048', 'sweep:mem@d4096']);
  for (const m of mem) {
    assert.equal(m.n, 6);
    assert.equal(m.ci_level, 0.9);
    assert.ok(m.ratio! > 0 && m.ci && m.ci[0] <= m.ratio! && m.ratio! <= m.ci[1], `${m.name}: ${m.ratio} ${m.ci}`);
    const ratioOfMedians = m.b_kib! / m.a_kib!;
    assert.ok(Math.abs(m.ratio! - ratioOfMedians) < 0.01, `${m.name}: ${m.ratio} vs ${ratioOfMedians}`);
  }
  // The fixture's heap A holds the whole cache; mmap B grows with depth.
  assert.ok(mem[0].ratio! < 0.8 && mem[3].ratio! > mem[0].ratio!, mem.map((m) => m.ratio).join(', '));
  assert.ok(mem[0].a_anon_kib! > mem[0].b_anon_kib!);
  // Too few blocks for the run's level: the estimate without an interval.
  const few = depthMemoryAnalysis(withSweep({ blocks: 3 }));
  assert.ok(few.every((m) => m.ratio !== null && m.ci === null && m.n === 2));
  assert.deepEqual(depthMemoryAnalysis({ ...r, plan: { ...r.plan, depthSweep: null } }), []);
});
