// An experiment that did not finish is `incomplete`, not inconclusive: it stopped before its plan's
// blocks with workloads still undecided, or its schedule does not cover its plan. One that decided
// every workload early is complete. Decided by the one decision step (stats/decide.ts), concluded
// by the policy (stats/policy.ts runOutcome), said in the report's first line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideAll } from '../../src/stats/decide.ts';
import { exitCodeFor, runOutcome } from '../../src/stats/policy.ts';
import { buildReportModel } from '../../src/report/index.ts';
import { plain } from '../../src/report/vocabulary.ts';
import { cutTo, resultsFor } from '../helpers/results-files.ts';
import type { Results } from '../../src/store/results.ts';

/** A regression file of 11 planned blocks (looks at 7 and 11, as `run --max-blocks 11` plans them). */
function regression11(): Results {
  const r = resultsFor('regression', { blocks: 12 });
  r.plan.looks = [7, 11];
  r.stopReason = 'all workloads decided after 7 counted blocks';
  r.analysis = decideAll(r);
  return r;
}

const headline = (r: Results, onInconclusive: 'pass' | 'fail' = 'pass') => plain(buildReportModel([r], { onInconclusive }).firstLine);

test('a regression file cut to 4 of its 11 planned blocks (launches and schedule) is incomplete: the check fails even with on-inconclusive: pass', () => {
  const r = regression11();
  assert.equal(r.plan.maxBlocks, 11);
  const cut = cutTo(r, 4, 'completed');
  assert.equal(cut.analysis!.verdict, 'inconclusive', 'no look was reached: nothing decided');
  assert.deepEqual(cut.analysis!.incomplete, { measured_blocks: 4, planned_blocks: 11, stop_reason: 'completed' });
  assert.equal(runOutcome(cut.analysis!), 'incomplete');
  assert.equal(exitCodeFor(runOutcome(cut.analysis!), { onInconclusive: 'pass', onIncomplete: 'fail' }), 1);
  const model = buildReportModel([cut], { onInconclusive: 'pass' });
  assert.equal(model.overall, 'incomplete');
  assert.equal(model.gate.conclusion, 'failure');
  assert.equal(plain(model.firstLine), '⚠️ Incomplete: measured 4 of 11 planned blocks; stopped: completed — check fails (on-incomplete: fail)');
  assert.equal(buildReportModel([cut], { onIncomplete: 'pass' }).gate.conclusion, 'neutral', 'on-incomplete: pass lets it through, undecided');
});

test('all workloads decided early is complete: the regression at the look at 7 of 11 blocks stays a regression', () => {
  const r = regression11();
  const early = cutTo(r, 7, 'all workloads decided after 7 counted blocks');
  assert.equal(early.analysis!.verdict, 'regression');
  assert.equal(early.analysis!.incomplete, undefined);
  assert.match(headline(early), /^🔴 pp512 -\d+\.\d% .* — check fails$/);
  const neutral = resultsFor('neutral', { blocks: 12 });
  neutral.plan.looks = [7, 11];
  const decided = cutTo(neutral, 7, 'all workloads decided after 7 counted blocks');
  assert.equal(decided.analysis!.incomplete, undefined, 'results.json says nothing is missing');
  assert.equal(runOutcome(decided.analysis!), 'neutral');
  assert.match(headline(decided), /^✅ Neutral within ±2% on all 2 workloads — check passes$/);
});

test('a run that reached its planned blocks undecided is inconclusive, not incomplete', () => {
  const r = resultsFor('inconclusive');
  assert.equal(r.analysis!.incomplete, undefined);
  assert.equal(runOutcome(r.analysis!), 'inconclusive');
  assert.match(headline(r), /check passes \(on-inconclusive: pass\)$/);
});

test('a schedule that does not cover the plan is incomplete, whatever the launches say', () => {
  const r = resultsFor('inconclusive');
  r.schedule.blocks = r.schedule.blocks.slice(0, 1 + 4);
  const a = decideAll(r)!;
  assert.deepEqual(a.incomplete, { measured_blocks: 4, planned_blocks: 10, stop_reason: 'completed' });
  assert.equal(runOutcome(a), 'incomplete');
});

test('an interrupted run: the block cut in half is not measured; a failure found before the stop stays a failure', () => {
  const r = cutTo(resultsFor('inconclusive'), 3, 'interrupted by SIGINT in block 3');
  // Block 3's second launch was killed by the interrupt: kept as skipped.
  const last = r.launches.filter((l) => l.block === 3);
  Object.assign(last[last.length - 1]!, { status: 'skipped', records: [], error: 'interrupted by SIGINT' });
  const a = decideAll(r)!;
  assert.equal(a.incomplete?.measured_blocks, 2);
  assert.match(headline({ ...r, analysis: a }), /^⚠️ Incomplete: measured 2 of 10 planned blocks; stopped: interrupted by SIGINT in block 3 — check fails/);
  const failed = cutTo(resultsFor('failed'), 4, 'interrupted by SIGINT in block 5');
  assert.equal(runOutcome(failed.analysis!), 'failed');
});
