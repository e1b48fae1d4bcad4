// The comment answers at a glance: its first line is the verdict and the gate, in every verdict
// fixture; and each wording defect a maintainer found in the old comment stays fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeResults, sampleAnalysis, workloadAnalysis, depthLaunches } from '../../fixtures/results/make-results.ts';
import { depthSweepModel } from '../../fixtures/results/depth-sweep.ts';
import type { Analysis } from '../../src/stats/types.ts';
import { forestPlot } from '../../src/report/chart.ts';
import { decide } from '../../src/stats/sequential.ts';
import { renderMarkdown, withProblems, plain } from '../../src/report/index.ts';
import { markdown, terminal, model, check, toHtml, visibleText } from './helpers.ts';

/** The first visible line of the comment (after the hidden sticky marker), as a reader sees it. */
const firstLine = (body: string) => visibleText(toHtml(body.split('\n')[1])).trim();

const analysis = (verdict: Analysis['verdict'], workloads: Analysis['workloads']): Analysis => ({ verdict, margin: 0.02, alpha: 0.05, geomean_ratio: null, workloads, warnings: [] });

test('first line, neutral: "Neutral within ±2% on all N workloads — check passes"', () => {
  assert.equal(firstLine(markdown(makeResults({ analysis: sampleAnalysis('neutral') }))), '✅ Neutral within ±2% on all 2 workloads — check passes');
  const one = makeResults({ analysis: analysis('neutral', [workloadAnalysis('tg128', 'neutral', 0.998, [0.99, 1.006])]), workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 1 }] });
  assert.equal(firstLine(markdown(one)), '✅ Neutral within ±2% on tg128 — check passes');
});

test('first line, regression: the workload, its change and interval in percent — check fails', () => {
  assert.equal(firstLine(markdown(makeResults({ analysis: sampleAnalysis('regression') }))), '🔴 tg128 -6.9% [-9.5%, -4.2%] — check fails');
});

test('first line, improvement: what improved, the rest neutral — check passes; one workload has no "other"', () => {
  assert.equal(firstLine(markdown(makeResults({ analysis: sampleAnalysis('improvement') }))), '🟢 pp512 +7.1% [+4.3%, +9.9%], neutral on the other one — check passes');
  const one = makeResults({ analysis: analysis('improvement', [workloadAnalysis('pp512', 'improvement', 1.05, [1.03, 1.07])]), workloads: [{ id: 'pp512', nPrompt: 512, nGen: 0, baseTs: 60, trueRatio: 1.05 }] });
  const line = firstLine(markdown(one));
  assert.equal(line, '🟢 pp512 +5.0% [+3.0%, +7.0%] — check passes');
  // The old headline said "every other workload is within ±2.0%" on a run with no other workload.
  assert.doesNotMatch(markdown(one), /every other workload|other one/);
});

test('first line, undecided after too few blocks: "Not decided … (5 needed for any call)", not "Too noisy"', () => {
  const w = workloadAnalysis('tg128', 'inconclusive', 0.79, [0.7, 0.9], { n: 2, ci_level: 0.5, blocks_needed: 5, spread: 0.04 });
  const r = makeResults({ analysis: analysis('inconclusive', [w]), workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 0.8 }], blocks: 3 });
  const body = markdown(r);
  assert.equal(firstLine(body), '🟡 Not decided: tg128 -21.0% after 2 blocks (5 needed for any call). Up to 1 more block (horizon 3): npx llama-perf-gate more --blocks 1, or comment /perf more 1 on the PR — check passes (on-inconclusive: pass)');
  assert.doesNotMatch(body, /Too noisy/);
  assert.equal(firstLine(markdown(r, { onInconclusive: 'fail' })), '🟡 Not decided: tg128 -21.0% after 2 blocks (5 needed for any call). Up to 1 more block (horizon 3): npx llama-perf-gate more --blocks 1, or comment /perf more 1 on the PR — check fails (on-inconclusive: fail)');
});

test('first line, many undecided workloads: the first three by name, the rest counted', () => {
  const ids = ['pp512', 'tg128', 'tg128@d4096', 'sweep:tg@d0', 'sweep:tg@d1024', 'sweep:pp@d1024'];
  const ws = ids.map((id) => workloadAnalysis(id, 'inconclusive', 0.99, [0.9, 1.1], { n: 3, blocks_needed: 5, spread: 0.01 }));
  const r = makeResults({ analysis: analysis('inconclusive', ws), workloads: ids.map((id) => ({ id, nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 1 })), blocks: 4 });
  const line = firstLine(markdown(r));
  assert.match(line, /^🟡 Not decided: pp512 .*; tg128 .*; tg128@d4096 .*; 3 more undecided\. Up to \d+ more blocks? \(horizon \d+\): npx llama-perf-gate more --blocks \d+, or comment \/perf more \d+ on the PR — check passes \(on-inconclusive: pass\)$/);
  assert.doesNotMatch(line, /sweep:/);
});

test('first line, too noisy only when the spread is the reason: more blocks than the run allows', () => {
  const line = firstLine(markdown(makeResults({ analysis: sampleAnalysis('inconclusive') })));
  assert.match(line, /^🟡 Too noisy to decide: pp512 spread 9\.8% between paired launches: about 187 blocks needed, this run allows 6; tg128 spread 10\.4% [^—]*— check passes \(on-inconclusive: pass\)$/);
});

test('first line, no verdict and failed runs say so, and what the check does', () => {
  assert.match(firstLine(markdown(makeResults({ analysis: null }))), /^⚪ No verdict computed: .* — check fails$/);
  assert.equal(firstLine(markdown(makeResults({ buildFailed: 'B' }))), '❌ Run failed: build of B (head, ref pr-17000-mmap-kv) failed: cmake --build exited with code 2 — check fails');
});

test('the check run concludes what the first line says', () => {
  for (const v of ['neutral', 'regression', 'improvement', 'inconclusive'] as const) {
    const r = makeResults({ analysis: sampleAnalysis(v) });
    const passes = / — check passes/.test(firstLine(markdown(r)));
    assert.equal(check(r).conclusion !== 'failure', passes, v);
  }
});

test('an interval level other than the run\'s is named and explained where it appears (no bare "50% CI" column)', () => {
  const w = workloadAnalysis('tg128', 'inconclusive', 0.79, [0.7, 0.9], { n: 2, ci_level: 0.5, blocks_needed: 5 });
  const r = makeResults({ analysis: analysis('inconclusive', [w]), workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 0.8 }], blocks: 3 });
  const body = markdown(r);
  assert.doesNotMatch(body, /50% CI/);
  assert.match(body, /\| 90% interval \|/);
  assert.match(body, /\[0\.700, 0\.900\] † \|/);
  assert.match(body, /† `tg128`: 50% interval, not 90%: with 2 blocks the exact signed-rank interval cannot reach 90% \(5 blocks needed\)/);
});

test('a level is written the same everywhere: 96.7% in the terminal and in the comment, never "97%"', () => {
  const w = workloadAnalysis('tg128', 'inconclusive', 0.99, [0.96, 1.02], { ci_level: 1 - 0.1 / 3 });
  const r = makeResults({ analysis: analysis('inconclusive', [w]), workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 1 }] });
  const out = terminal(r);
  const body = markdown(r);
  assert.match(out, /\(96\.7%\)/);
  assert.match(body, /96\.7% interval, wider than 90%/);
  assert.doesNotMatch(out + body, /\b97%/);
});

test('a commit is shown once, short: a ref that is the commit itself is not repeated in full', () => {
  const sha = 'c0ffee1234567890abcdef1234567890abcdef12';
  const r = makeResults({ analysis: sampleAnalysis('regression'), headRef: sha });
  const body = markdown(r);
  assert.doesNotMatch(body, new RegExp(sha), 'no 40-digit SHA in the comment');
  assert.match(body, /\*\*B\*\* = head \(`c0ffee123456`\)/);
  assert.match(body, /\| B \| head \| \(the commit\) \| `c0ffee123456` \|/);
});

test('a peak-RSS interval always contains its estimate, even when most block pairs are identical', () => {
  const r = makeResults({ analysis: sampleAnalysis('regression'), memoryBlocks: [1, 2, 3, 4, 5], timeout: null });
  // Peak RSS identical to the KiB in 4 of 5 pairs, B 3% lower in one: R's signed-rank interval
  // drops the zero differences and would give [0.97, 0.97] around an estimate of 1; the exact
  // Walsh-average interval keeps them.
  for (const l of r.launches.filter((x) => x.memory && x.workload === 'tg128')) l.memory!.peakRssKiB = l.variant === 'B' && l.block === 2 ? 97_000 : 100_000;
  const peak = model(r).machines[0].memory!.workloads.find((w) => w.name === 'tg128')!.peak!;
  assert.ok(peak.ci && peak.ci[0] <= peak.ratio && peak.ratio <= peak.ci[1], JSON.stringify(peak));
  assert.match(markdown(r), /- `tg128`: peak RSS B\/A [\d.]+ \(90% interval \[[\d.]+, [\d.]+\], paired over blocks\)$/m);
});

test('the forest plot\'s axis ends are the margin bounds when every interval lies inside them', () => {
  const plot = forestPlot([{ name: 'tg128', ratio: 1.002, ci: [0.995, 1.009] }], { bounds: [1 / 1.02, 1.02], margin: 0.02, ciLevel: 0.9 });
  const lines = plot.split('\n');
  const axis = lines[lines.length - 3];
  const labels = lines[lines.length - 2].trim().split(/\s+/);
  assert.deepEqual(labels, ['0.980', '1.000', '1.020']);
  assert.equal(axis.trim()[0], '+', 'the axis starts at the lower bound');
  assert.equal(axis.trim().at(-1), '+', 'and ends at the upper bound');
});

test('workload labels are code spans: no mention-escaping debris such as tg64@&#8203;d2048', () => {
  const w = workloadAnalysis('tg64@d2048', 'neutral', 1.001, [0.99, 1.01]);
  const r = makeResults({ analysis: analysis('neutral', [w]), workloads: [{ id: 'tg64@d2048', nPrompt: 0, nGen: 64, nDepth: 2048, baseTs: 20, trueRatio: 1 }] });
  const body = markdown(r);
  assert.doesNotMatch(body, /tg64@&#8203;d2048/);
  assert.match(body, /\| `tg64@d2048` \|/);
  assert.match(toHtml(body), /<code>tg64@d2048<\/code>/);
});

test('a failed depth launch shows the end of its log in the comment, not ~90 lines; report.html has it all', () => {
  const r = makeResults({ analysis: sampleAnalysis('regression') });
  r.depthLaunches = depthLaunches({ failB: true });
  const long = Array.from({ length: 90 }, (_, i) => `llama_model_loader: line ${i + 1}`).join('\n');
  for (const l of r.depthLaunches.filter((c) => c.variant === 'B')) l.stderrTail = long;
  const body = markdown(r);
  assert.ok(!body.includes('line 1\n') && !body.includes('line 78\n'), 'early lines left out');
  assert.match(body, /… 78 earlier lines in report\.html and results\.json\n {2}llama_model_loader: line 79\n/);
  assert.match(body, /line 90\n/);
});

test('the llama-bench memory table says that llama-bench sizes its context to the test', () => {
  const body = markdown(makeResults({ analysis: sampleAnalysis('regression') }));
  assert.match(body, /llama-bench sizes its context to each test/);
  assert.match(body, /this table is not the memory effect of a KV change/);
});

test('a depth sweep adds S_TG per depth with B/A, interval and verdict, and Mermaid charts of S_TG and memory', () => {
  const m = model(makeResults({ analysis: sampleAnalysis('neutral') }));
  m.machines[0].depth = depthSweepModel();
  const body = renderMarkdown(m);
  assert.match(body, /#### Speed and memory at KV depth/);
  assert.match(body, /\| KV depth \| S_TG A t\/s \| S_TG B t\/s \| B\/A \| 90% interval \| Verdict \|/);
  assert.match(body, /\| 4096 \| [\d.]+ \| [\d.]+ \| \*\*0\.9\d\d\*\* \| \[[\d.]+, [\d.]+\] \| 🔴 regression \|/);
  assert.equal((body.match(/```mermaid\n/g) ?? []).length, 2);
  assert.match(body, /title "Generation speed S_TG against KV depth \(A blue, B orange\)"/);
});

test('first line, a fleet missing a machine: incomplete — check fails unless on-incomplete says pass; added later without a second merge', () => {
  const r = makeResults({ analysis: sampleAnalysis('neutral') });
  const problems = [{ text: 'perf-arm sent no results.json', outcome: 'incomplete' as const }];
  const m = model(r, { problems });
  assert.equal(plain(m.firstLine), '⚠️ Incomplete: perf-arm sent no results.json — check fails (on-incomplete: fail)');
  assert.equal(m.gate.conclusion, 'failure');
  assert.equal(plain(model(r, { problems, onIncomplete: 'pass' }).firstLine), '⚠️ Incomplete: perf-arm sent no results.json — check passes (on-incomplete: pass)');
  const base = model(r);
  const later = withProblems(base, problems);
  assert.equal(later.machines, base.machines, 'the machines are the same objects: nothing recomputed');
  assert.equal(later.overall, 'incomplete');
  assert.match(renderMarkdown(later), /- ⚠️ perf-arm sent no results\.json/);
});

test('undecided with an interval beyond 1 (Holm across workloads at few blocks): "more needed", never "about 2 needed" after 5', () => {
  const w = workloadAnalysis('tg128', 'inconclusive', 0.887, [0.874, 0.903], { n: 5, blocks_needed: 2, spread: 0.017 });
  const r = makeResults({ analysis: analysis('inconclusive', [w]), workloads: [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 0.89 }] });
  const body = markdown(r);
  assert.equal(firstLine(body), '🟡 Not decided: tg128 -11.3% [-12.6%, -9.7%] after 5 blocks, more needed. Up to 1 more block (horizon 6): npx llama-perf-gate more --blocks 1, or comment /perf more 1 on the PR — check passes (on-inconclusive: pass)');
  assert.match(body, /- `tg128`: spread 1\.7% between paired launches; 5 blocks per variant were counted and more are needed; this run could detect changes of [\d.]+% or more \(80% power\)\./);
});

test('an undecided run says how far it can still be extended and the exact next step; at the horizon, a new experiment (issue 19)', async () => {
  const { extendPhrase } = await import('../../src/report/vocabulary.ts');
  const text = (p: unknown[]) => p.map((x) => (typeof x === 'string' ? x : `\`${(x as { code: string }).code ?? JSON.stringify(x)}\``)).join('');
  assert.match(text(extendPhrase({ blocksRun: 30, horizon: 60 })), /^\. Up to 30 more blocks \(horizon 60\): .npx llama-perf-gate more --blocks 20., or comment .\/perf more 20. on the PR$/);
  assert.match(text(extendPhrase({ blocksRun: 50, horizon: 60 })), /more --blocks 10/);
  assert.match(text(extendPhrase({ blocksRun: 60, horizon: 60 })), /horizon of 60 blocks is reached: a new experiment with a larger .--horizon./);
});

test('an interval wider than 90% from a single look that spent all of α says the exact test\'s steps are why, not the sequential design', () => {
  // 12 paired blocks of a quiet A/A, looked at once at the horizon (--looks 12 --max-blocks 12 --horizon 12)
  let s = 7;
  const u = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5;
  const obs = () => Array.from({ length: 12 }, (_, i) => ({ block: i + 1, value: 50 * (1 + 0.05 * u()) }));
  const data = [{ name: 'tg128', a: obs(), b: obs() }];
  const wl = [{ id: 'tg128', nPrompt: 0, nGen: 128, baseTs: 50, trueRatio: 1 }];
  const noteOf = (looks: number[]) => {
    const d = decide(data, { margin: 0.02, alpha: 0.05, method: 'hl', looks, nBlocks: 12, horizon: 12, spending: 'split' });
    return markdown(makeResults({ analysis: d.analysis, workloads: wl, blocks: 12 }));
  };
  const single = noteOf([12]);
  assert.match(single, /90\.8% interval, wider than 90%: one look spent all of α, and with 12 blocks the exact test's levels come in steps; 90\.8% is the nearest at or above 90%/);
  assert.doesNotMatch(single, /spends α over several looks/);
  // two looks (6 and 12 of 12): α was spread over them, and the note says so
  assert.match(noteOf([6, 12]), /98\.4% interval, wider than 90%: the sequential design spends α over several looks/);
});

test('the reason line says which look decided each point and at which looks it was still open (issue 19)', () => {
  // Three points over the default looks of --max-blocks 30 (horizon 60, split): quiet A/A, 30% noise
  // A/A, a 12% slowdown under 25% noise; a fixed LCG, so the looks that decide are fixed.
  let s = 4;
  const u = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5;
  const obs = (r: number, sd: number) => Array.from({ length: 30 }, (_, i) => ({ block: i + 1, value: 50 * r * (1 + sd * u()) }));
  const data = [
    { name: 'tg128', a: obs(1, 0.004), b: obs(1, 0.004) },
    { name: 'pp512', a: obs(1, 0.3), b: obs(1, 0.3) },
    { name: 'tg128@d4096', a: obs(1, 0.25), b: obs(0.88, 0.25) },
  ];
  const looks = [10, 12, 15, 20, 30];
  let state;
  for (const n of looks) state = decide(data, { margin: 0.02, alpha: 0.05, method: 'hl', looks: looks.filter((l) => l <= n), nBlocks: n, horizon: 60, spending: 'split', state }).state;
  const d = decide(data, { margin: 0.02, alpha: 0.05, method: 'hl', looks, nBlocks: 30, horizon: 60, spending: 'split', state });
  const wl = data.map((w) => ({ id: w.name, nPrompt: w.name.startsWith('pp') ? 512 : 0, nGen: w.name.startsWith('pp') ? 0 : 128, baseTs: 50, trueRatio: 1 }));
  const body = markdown(makeResults({ analysis: d.analysis, workloads: wl, blocks: 30 }));
  const line = (name: string) => body.split('\n').find((l) => l.startsWith(`| \`${name}\` |`)) ?? assert.fail(`no reason line for ${name} in\n${body}`);
  assert.match(line('tg128'), /Neutral.*lies within the ±2% margin;.*; decided at look 1 \(10 of 60 blocks\)\./);
  assert.doesNotMatch(line('tg128'), /still open/);
  assert.match(line('tg128@d4096'), /Regression.*B is [\d.]+% slower.*; decided at look 2 \(12 of 60 blocks\), still open at 10 blocks\./);
  assert.match(line('pp512'), /Inconclusive.*; still open at every look \(10, 12, 15, 20, 30 of 60 blocks\)/);
});
