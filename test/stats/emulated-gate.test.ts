// "Emulated throughput never gates" (README, --numa-guest): a guest run in which B is half as fast
// as A, every launch clean and memory identical, must pass the gate — the decision, the exit code,
// the check's conclusion — and call no workload a regression: the slowdown is reported, not decided.
// The same files without the guest fail the gate, so the emulation rule is the only thing at stake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEPTH_SWEEP, depthLaunches, makeResults } from '../../fixtures/results/make-results.ts';
import { decideAll, withTrustedAnalysis } from '../../src/stats/decide.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';
import { DEPTH_FAMILY } from '../../src/plan/depth-sweep.ts';
import { buildReportModel, renderCheckOutput, renderMarkdown } from '../../src/report/index.ts';
import { reasonOf } from '../../src/report/reason-words.ts';
import type { Results } from '../../src/store/results.ts';

function halfAsFast(guest: boolean): Results {
  const r = makeResults({
    blocks: 12, launchCv: 0.01, sampleCv: 0.01, memoryBlocks: [...Array(12).keys()],
    workloads: [{ id: 'pp512', nPrompt: 512, nGen: 0, baseTs: 58.4, trueRatio: 0.5 }, { id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 21.7, trueRatio: 0.5 }],
  });
  // Memory identical: B's launches carry A's figures of the same block and workload.
  for (const l of r.launches) {
    const a = r.launches.find((x) => x.variant === 'A' && x.block === l.block && x.workload === l.workload);
    if (l.variant === 'B' && a) l.memory = a.memory;
  }
  r.plan.maxBlocks = 11; // the fixture's 12 blocks include its warm-up: the plan ran to its end
  if (guest) r.plan.levers.numaGuest = 2;
  return withTrustedAnalysis({ ...r, analysis: null });
}

test('B half as fast in the emulated guest, memory identical: the gate passes and no workload is called a regression', () => {
  const native = halfAsFast(false);
  assert.equal(native.analysis!.verdict, 'regression', 'without the guest these launches fail the gate');

  const r = halfAsFast(true);
  const a = decideAll(r)!;
  assert.equal(a.emulated, true);
  assert.equal(a.verdict, 'inconclusive');
  assert.equal(exitCodeFor(runOutcome(a)), 0);
  assert.deepEqual(a.workloads.map((w) => w.verdict), ['inconclusive', 'inconclusive'], 'emulated throughput decides no workload');
  for (const w of a.workloads) {
    assert.ok(w.ratio! < 0.6, `the slowdown is still reported: ${w.name} ${w.ratio}`);
    assert.equal(w.why?.emulated, 'regression', 'the reason keeps the call it would have been');
    assert.match(reasonOf(w), /\(emulated throughput: reported, not decided; it would have been called a regression\)$/);
  }
  const model = buildReportModel([r]);
  assert.notEqual(model.overall, 'regression');
  assert.notEqual(renderCheckOutput(model).conclusion, 'failure');
  const md = renderMarkdown(model);
  assert.match(md, /Emulated 2-node guest: throughput is emulated and not gated/);
  assert.doesNotMatch(md, /🔴/, 'no workload shown as a regression');
});

/** A complete guest run with the depth sweep: `samples` false drops the wrapper's per-depth memory (no placement). */
function guestWithSweep(samples: boolean): Results {
  const r = makeResults({ blocks: 6, launchCv: 0.01, sampleCv: 0.01, workloads: [{ id: 'tg16', nPrompt: 0, nGen: 16, baseTs: 21.7, trueRatio: 0.5 }] });
  r.plan.maxBlocks = 5;
  r.plan.levers.numaGuest = 2;
  r.plan.depthSweep = DEPTH_SWEEP;
  r.depthLaunches = depthLaunches({ blocks: 6 });
  for (const b of r.schedule.blocks) b.order.push({ variant: 'A', workload: DEPTH_FAMILY }, { variant: 'B', workload: DEPTH_FAMILY });
  if (!samples) for (const l of r.depthLaunches) for (const p of l.points) p.memory = null;
  return withTrustedAnalysis({ ...r, analysis: null });
}

test('--on-inconclusive fail: a guest run that measured placement for A and B at every depth passes (gated on placement); without placement it fails', () => {
  const strict = { onInconclusive: 'fail', onIncomplete: 'fail' } as const;
  const placed = guestWithSweep(true);
  const a = placed.analysis!;
  assert.equal(a.verdict, 'inconclusive', 'throughput decides nothing: results.json says so unchanged');
  assert.ok(a.workloads.every((w) => w.verdict === 'inconclusive'));
  assert.equal(runOutcome(a), 'placed');
  assert.equal(exitCodeFor(runOutcome(a), strict), 0);
  const model = buildReportModel([placed], strict);
  assert.equal(model.overall, 'placed');
  assert.equal(model.gate.passes, true);
  assert.equal(renderCheckOutput(model).conclusion, 'neutral', 'passing, but nothing about speed decided: neutral, not success');
  assert.match(renderMarkdown(model), /measured for A and B at every depth/);

  // The same run with no sample of where memory went: the guest found nothing, and on-inconclusive says what that does.
  const bare = guestWithSweep(false);
  assert.equal(runOutcome(bare.analysis!), 'inconclusive');
  assert.equal(exitCodeFor(runOutcome(bare.analysis!), strict), 1);
  const m2 = buildReportModel([bare], strict);
  assert.equal(renderCheckOutput(m2).conclusion, 'failure');
  assert.match(renderMarkdown(m2), /no placement was measured/);
  // A failed variant still fails, placement or not.
  const failed = guestWithSweep(true);
  failed.depthLaunches = depthLaunches({ blocks: 6, failB: true }).map((l) => (l.variant === 'B' ? { ...l, status: 'crashed' as const, points: [] } : l));
  const f = withTrustedAnalysis({ ...failed, analysis: null }).analysis!;
  assert.equal(runOutcome(f), 'failed');
});
