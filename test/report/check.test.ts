import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECK_MAX_CHARS, STICKY_MARKER } from '../../src/report/index.ts';
import { makeResults, sampleAnalysis } from '../../fixtures/results/make-results.ts';
import type { Analysis } from '../../src/stats/types.ts';
import { balance, check } from './helpers.ts';

const withVerdict = (v: Analysis['verdict']) => makeResults({ analysis: sampleAnalysis(v) });

test('conclusion per verdict: regression fails, neutral and improvement pass, inconclusive follows the option', () => {
  const cases: [Analysis['verdict'], 'pass' | 'fail', string][] = [
    ['regression', 'pass', 'failure'],
    ['regression', 'fail', 'failure'],
    ['neutral', 'fail', 'success'],
    ['improvement', 'fail', 'success'],
    ['inconclusive', 'pass', 'neutral'],
    ['inconclusive', 'fail', 'failure'],
  ];
  for (const [verdict, onInconclusive, expected] of cases) {
    assert.equal(check([withVerdict(verdict)], { onInconclusive }).conclusion, expected, `${verdict} with on-inconclusive ${onInconclusive}`);
  }
});

test('titles name the verdict and the workloads behind it', () => {
  assert.equal(check([withVerdict('regression')], { onInconclusive: 'pass' }).title, 'Regression: B/A tg128 0.931');
  assert.equal(check([withVerdict('neutral')], { onInconclusive: 'pass' }).title, 'Neutral: every workload within ±2%');
  assert.equal(check([withVerdict('improvement')], { onInconclusive: 'pass' }).title, 'Improvement: B/A pp512 1.071');
  assert.equal(check([withVerdict('inconclusive')], { onInconclusive: 'pass' }).title, 'Too noisy to decide: pp512 spread 9.8% between paired launches: about 187 blocks needed, this run allows 6; tg128 spread 10.4% between paired launches: about 212 blocks needed, this run allows 6'.slice(0, 119) + '…');
});

test('no analysis: nothing was judged, so never a pass (stats/policy.ts), whatever the inconclusive option; says no verdict', () => {
  const out = check([makeResults({ analysis: null })], { onInconclusive: 'pass' });
  assert.equal(out.conclusion, 'failure');
  assert.match(out.title, /^No verdict computed/);
  assert.match(out.summary, /No verdict computed/);
  assert.equal(check([makeResults({ analysis: null })], { onInconclusive: 'fail' }).conclusion, 'failure');
});

test('a failed build fails the check with the reason, whatever the option', () => {
  const out = check([makeResults({ buildFailed: 'B' })], { onInconclusive: 'pass' });
  assert.equal(out.conclusion, 'failure');
  assert.equal(out.title, 'Run failed: build of B (head, ref pr-17000-mmap-kv) failed: cmake --build exited with code 2');
  assert.match(out.text, /use of undeclared identifier/);
});

test('every launch failed: failure with the reason, even when an analysis object exists', () => {
  const r = makeResults({ analysis: sampleAnalysis('neutral') });
  for (const l of r.launches) if (!l.warmup) { l.status = 'crashed'; l.records = []; }
  const out = check([r], { onInconclusive: 'pass' });
  assert.equal(out.conclusion, 'failure');
  assert.match(out.title, /^Run failed: every launch failed \(20 of 20: 20 crashed\)/);
});

test('summary has the table and chart, text has the details; neither carries the sticky marker', () => {
  const out = check([withVerdict('regression')], { onInconclusive: 'pass' });
  assert.match(out.summary, /\| `tg128` \|/);
  assert.match(out.summary, /```text\n/);
  assert.doesNotMatch(out.summary, /<details>/);
  assert.match(out.text, /<details><summary>Host fingerprint/);
  assert.match(out.text, /Raw samples/);
  assert.equal(out.summary.includes(STICKY_MARKER) || out.text.includes(STICKY_MARKER), false);
});

test('huge runs stay within 65,535 characters in summary and text, blocks closed', () => {
  const workloads = Array.from({ length: 60 }, (_, i) => ({ id: `tg${i + 1}@d${(i + 1) * 512}`, nPrompt: 0, nGen: 128, nDepth: (i + 1) * 512, baseTs: 20 + i, trueRatio: 1 }));
  const machines = [1, 2, 3].map((seed) => makeResults({ seed, hostname: `box-${seed}`, workloads, blocks: 20, repetitions: 10, analysis: 'stand-in' }));
  const out = check(machines, { onInconclusive: 'pass', fullReportUrl: 'https://github.com/o/r/actions/runs/1' });
  assert.ok(out.summary.length <= CHECK_MAX_CHARS, String(out.summary.length));
  assert.ok(out.text.length <= CHECK_MAX_CHARS, String(out.text.length));
  assert.match(out.text, /Shortened to fit the 65,535-character limit/);
  assert.deepEqual(balance(out.text), { details: 0, openFence: false });
  assert.deepEqual(balance(out.summary), { details: 0, openFence: false });
  assert.ok(out.title.length <= 120);
});

test('the title is plain text: control characters and escape sequences from names are dropped', () => {
  const r = makeResults({ buildFailed: 'B', headRef: 'evil\u001b[2J\nref' });
  const t = check([r], { onInconclusive: 'pass' }).title;
  assert.doesNotMatch(t, /[\u0000-\u001f]/);
  assert.match(t, /ref evil ref\)/);
});
