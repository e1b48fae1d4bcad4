// Runner qualification without builds: the two plans, the record of each outcome (the pipeline
// replaced by a stand-in returning results), what reports quote, with and without a record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeResults, sampleAnalysis } from '../../fixtures/results/make-results.ts';
import { qualifyPlans, runQualification } from '../../src/pipeline/qualify.ts';
import type { PipelineOutput } from '../../src/pipeline/run.ts';
import type { Plan } from '../../src/plan/types.ts';
import type { Results } from '../../src/store/results.ts';
import type { Analysis, WorkloadAnalysis } from '../../src/stats/types.ts';
import { readQualifications, runnerShown, type Qualification } from '../../src/store/qualification.ts';
import { qualificationStatus, qualifyWorkloads } from '../../src/stats/qualify.ts';
import { readFingerprint } from '../../src/host/fingerprint.ts';
import { markdown, model, terminal } from '../report/helpers.ts';
import { renderHtml } from '../../src/report/index.ts';
import { qualifyFindingWords } from '../../src/report/qualify-words.ts';

const host = readFingerprint();
const wa = (name: string, verdict: WorkloadAnalysis['verdict'], ratio: number, ci: [number, number], look: number | null = 7): WorkloadAnalysis => ({
  name, n: 7, paired: true, method: 'hl', ratio, ci, ci_level: 0.9, p_regression: null, p_regression_adj: null, p_improvement: null, p_improvement_adj: null,
  verdict, blocks_needed: null, spread: 0.01, flags: [], reason: verdict, look,
});
const analysis = (ws: WorkloadAnalysis[]): Analysis => ({ verdict: ws[0].verdict, margin: 0.02, alpha: 0.05, geomean_ratio: null, workloads: ws, warnings: [] });
const NEUTRAL = analysis([wa('pp512', 'neutral', 0.998, [0.99, 1.006]), wa('tg128', 'neutral', 1.001, [0.993, 1.009])]);
const CALLED = analysis([wa('pp512', 'regression', 0.97, [0.962, 0.979]), wa('tg128', 'regression', 0.972, [0.96, 0.98])]);

/** A stand-in for runPipeline: the results given, per plan, in order. */
function standIn(...rs: ((p: Plan) => Results)[]) {
  const plans: Plan[] = [];
  const run = async (p: Plan): Promise<PipelineOutput> => {
    plans.push(p);
    const results = rs[plans.length - 1](p);
    return { results, resultsPath: '', reportPath: '', htmlPath: '', model: null as never };
  };
  return { run, plans };
}
const measured = (a: Analysis) => (p: Plan): Results => ({ ...makeResults(), plan: p, host, analysis: a });

test('the two plans: A/A′ a second build of the same commit and flags (replica 1), A/A+k the same build with the shim on B', () => {
  const plan = makeResults().plan;
  const { aaPrime, injected } = qualifyPlans(plan, 0.03);
  const [a, b] = aaPrime.variants;
  assert.deepEqual({ ...b, id: 'A', name: a.name, replica: undefined }, { ...a, replica: undefined });
  assert.equal(b.replica, 1);
  assert.equal(b.slowdown, undefined);
  assert.equal(injected.variants[1].slowdown, 0.03);
  assert.equal(injected.variants[1].replica, undefined, 'the same build');
  assert.equal(injected.variants[1].ref, plan.variants[0].ref);
  assert.notEqual(aaPrime.out, injected.out);
});

/** The findings as the record keeps them (report/qualify.ts words each). */
const worded = (s: ReturnType<typeof qualificationStatus>) => ({ status: s.status, reasons: s.findings.map(qualifyFindingWords) });

test('the finding: qualified; a false alarm or a missed slowdown falls short; the estimate is judged against 1/(1+k)', () => {
  const ok = qualifyWorkloads(NEUTRAL, CALLED, 0.03);
  assert.equal(qualificationStatus(ok, 0.03).status, 'qualified');
  assert.ok(ok.every((w) => w.injected.called && w.injected.covers && w.injected.expected === 1 / 1.03));
  assert.equal(ok[0].injected.look, 7);
  const alarm = qualifyWorkloads(analysis([wa('pp512', 'improvement', 1.03, [1.021, 1.04]), wa('tg128', 'neutral', 1, [0.99, 1.01])]), CALLED, 0.03);
  assert.deepEqual(worded(qualificationStatus(alarm, 0.03)), { status: 'short', reasons: ['pp512: A/A′ called an improvement between two builds of one commit (a false alarm)'] });
  const missed = qualifyWorkloads(NEUTRAL, analysis([wa('pp512', 'regression', 0.97, [0.962, 0.979]), wa('tg128', 'inconclusive', 0.98, [0.95, 1.01], null)]), 0.03);
  assert.match(worded(qualificationStatus(missed, 0.03)).reasons.join(), /tg128: the injected 2\.9% slowdown was not called \(inconclusive at 7 blocks\)/);
  const off = qualifyWorkloads(NEUTRAL, analysis([wa('pp512', 'regression', 0.9, [0.88, 0.92]), wa('tg128', 'regression', 0.97, [0.96, 0.98])]), 0.03);
  assert.equal(off[0].injected.covers, false, 'a call far from the truth is not an accurate one');
});

test('a failed replica build is its own outcome: a failed attempt, no workloads, never quoted; A/A+k is not run', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'lpg-qualify-unit-'));
  const failedReplica = (p: Plan): Results => {
    const r = makeResults();
    return { ...r, plan: p, host, analysis: null, launches: [], stopReason: 'build failed: variant B (base)', builds: r.builds.map((b) => (b.variant === 'B' ? { ...b, ok: false, binDir: null, error: 'cmake --build exited with code 2' } : b)) };
  };
  const s = standIn(failedReplica);
  const out = await runQualification(makeResults().plan, 0.03, { cacheDir: cache }, s.run);
  assert.equal(s.plans.length, 1, 'A/A+k is not run after a failed A/A′');
  assert.equal(out.record!.status, 'failed');
  assert.match(out.record!.reasons[0], /^A\/A′: build of variant B \(cmake --build exited with code 2\) failed/);
  assert.deepEqual(out.record!.workloads, []);
  assert.equal(runnerShown(readQualifications(cache, host), ['pp512'], new Date()), null, 'never qualified: a failed attempt is not one');

  // Then a measured one, then another failure: reports quote the measured one and say the newest failed.
  await runQualification(makeResults().plan, 0.03, { cacheDir: cache }, standIn(measured(NEUTRAL), measured(CALLED)).run);
  const launchFailed = analysis([wa('pp512', 'failed', 1, [1, 1]), wa('tg128', 'neutral', 1, [0.99, 1.01])]);
  const third = await runQualification(makeResults().plan, 0.03, { cacheDir: cache }, standIn(measured(launchFailed)).run);
  assert.equal(third.record!.status, 'failed');
  assert.match(third.record!.reasons[0], /A\/A′: pp512 had no successful launch/);
  const all = readQualifications(cache, host);
  assert.deepEqual(all.map((q) => q.status), ['failed', 'qualified', 'failed']);
  const shown = runnerShown(all, ['tg128'], new Date())!;
  assert.equal(shown.status, 'qualified');
  assert.deepEqual(shown.workloads.map((w) => w.workload), ['tg128']);
  assert.ok(shown.laterFailure);
});

const record = (over: Partial<Qualification> = {}): Qualification => ({
  createdAt: '2026-12-02T10:00:00.000Z', status: 'qualified', reasons: [], k: 0.03, ref: 'master', commit: 'c'.repeat(40), model: 'm.gguf', threads: 2,
  alpha: 0.05, margin: 0.02, experiments: { aaPrime: null, injected: null }, identicalBuilds: true, seconds: 60,
  workloads: qualifyWorkloads(NEUTRAL, CALLED, 0.03), ...over,
});

test('report lines: qualified 3 days ago with A/A′ and the injected slowdown; never qualified; nothing when unknown (a results file)', () => {
  const r = makeResults({ analysis: sampleAnalysis('regression') });
  const now = new Date('2026-12-05T12:00:00Z');
  const shown = runnerShown([record()], ['tg128'], now);
  const md = markdown(r, { runner: shown });
  assert.match(md, /Runner qualified 3 days ago: A\/A′ neutral 1\.001 \\\[0\.993, 1\.009\\\]; an injected 2\.9% slowdown was called a regression at 7 blocks \(measured 0\.972 \\\[0\.960, 0\.980\\\]\)\./);
  assert.match(terminal(r, { runner: shown }), /\n {2}Runner qualified 3 days ago: A\/A′ neutral 1\.001 \[0\.993, 1\.009\]/);
  const two = markdown(r, { runner: runnerShown([record()], ['pp512', 'tg128'], now) });
  assert.match(two, /Runner qualified 3 days ago: pp512: A\/A′ neutral 0\.998 .*; tg128: A\/A′ neutral 1\.001/);
  const short = runnerShown([record({ status: 'short', workloads: qualifyWorkloads(NEUTRAL, analysis([wa('pp512', 'inconclusive', 0.98, [0.95, 1.01], null), wa('tg128', 'inconclusive', 0.98, [0.95, 1.01], null)]), 0.03) })], ['tg128'], now);
  assert.match(markdown(r, { runner: short }), /Runner qualification 3 days ago fell short: A\/A′ neutral .*; an injected 2\.9% slowdown was not called: inconclusive at 7 blocks \(measured 0\.980 \\\[0\.950, 1\.010\\\], truth 0\.971\)/);
  assert.match(renderHtml(model(r, { runner: shown })), /<p>Runner qualified 3 days ago: A\/A′ neutral 1\.001 \[0\.993, 1\.009\]/);
  assert.match(markdown(r, { runner: null }), /This runner has never been qualified: run \\?`llama-perf-gate qualify\\?`/);
  assert.doesNotMatch(markdown(r), /qualif/i, 'a model without the runner (a file read elsewhere) says nothing about it');
});

test('every report with an analysis states the minimum detectable effect at the level its test had; an inconclusive workload reads against it', () => {
  // hl at 5 blocks, Holm over 2 workloads: α/2 = 0.025 < 2^-5, the signed-rank test's smallest p.
  const md = markdown(makeResults({ analysis: sampleAnalysis('inconclusive') }));
  assert.match(md, /At the blocks measured this run could not detect any change of pp512 \(5 blocks\), tg128 \(5 blocks\) \(80% power at the level its test had/);
  assert.match(md, /- `pp512`: .* 5 were counted; at 5 blocks this run could not detect any change\./);
  // The t test at the same blocks: α/2, and the figure at α alone beside it (scipy: 17.7%, 18.9% at
  // 0.025; 14.4%, 15.4% at 0.05 for spreads 9.8% and 10.4% at 5 blocks, mde.test.ts's formula).
  const t = sampleAnalysis('inconclusive');
  for (const w of t.workloads) w.method = 't';
  const mdT = markdown(makeResults({ analysis: t }));
  assert.match(mdT, /This run could detect changes of 17\.7% \(pp512\), 18\.9% \(tg128\) or more \(80% power at the level its test had, α = 0\.05 with Holm over 2 workloads: one-sided 0\.025, at the blocks measured and the spread observed; one test at α alone: 14\.4%, 15\.4%; smaller changes/);
  assert.match(mdT, /- `pp512`: .* 5 were counted; this run could detect changes of 17\.7% or more \(80% power\)\./);
  assert.doesNotMatch(markdown(makeResults({ analysis: null })), /could detect/, 'no analysis, no MDE');
});
