import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terminal } from './helpers.ts';
import { makeResults, sampleAnalysis } from '../../fixtures/results/make-results.ts';

test('columns are aligned: every cell starts at the header column', () => {
  const out = terminal(makeResults({ analysis: sampleAnalysis('regression') }));
  const lines = out.split('\n');
  const header = lines[0];
  assert.match(header, /^Workload\s+A t\/s\s+B t\/s\s+B\/A\s+90% interval\s+CV A \/ B\s+Verdict$/);
  const rule = lines[1];
  // Column spans from the dashed rule; every row's non-space runs fall inside a span.
  const spans = [...rule.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length]);
  assert.equal(spans.length, 7);
  for (const row of lines.slice(2, 4)) {
    for (const m of row.matchAll(/\S+(?: \S+)*/g)) {
      assert.ok(spans.some(([s, e]) => m.index! >= s && m.index! + m[0].length <= e), `"${m[0]}" in "${row}" crosses a column`);
    }
  }
  assert.match(lines[2], /^pp512\s+[\d.]+\s+[\d.]+\s+0\.987\s+\[0\.931, 1\.044\]\s+[\d.]+% \/ [\d.]+%\s+inconclusive$/);
  assert.match(lines[3], /^tg128 .* 0\.931\s+\[0\.905, 0\.958\] .* regression$/);
});

test('headline follows the table, and inconclusive workloads say why', () => {
  const out = terminal(makeResults({ analysis: sampleAnalysis('inconclusive') }));
  assert.match(out, /\n🟡 Too noisy to decide: pp512 spread 9\.8% between paired launches: about 187 blocks needed, this run allows 6; tg128 spread 10\.4% [^\n]* — check passes \(on-inconclusive: pass\)\n/);
  // Holm over 2 workloads asks α/2 = 0.025 of the first; the signed-rank test's smallest p at 5 blocks is 2^-5: nothing detectable.
  assert.match(out, /\n {2}pp512: spread 9\.8% between paired launches; a ±2% neutral call needs about 187 blocks per variant, 5 were counted; at 5 blocks this run could not detect any change\./);
  assert.match(out, /\n {2}tg128: spread 10\.4% .* about 212 blocks/);
  assert.match(out, /1 launch\(es\) failed \(1 timeout\)/);
});

test('no analysis: descriptive columns, "no verdict" and the reason, never a verdict word', () => {
  const out = terminal(makeResults({ analysis: null }));
  assert.match(out, /no verdict/);
  assert.match(out, /No verdict computed/);
  assert.doesNotMatch(out.replace('on-inconclusive', ''), /regression|improvement|neutral|inconclusive/i);
});

test('a failed build: the reason, the log path and its last lines instead of an empty table', () => {
  const out = terminal(makeResults({ buildFailed: 'B' }));
  assert.match(out, /^❌ Run failed: build of B \(head, ref pr-17000-mmap-kv\) failed: cmake --build exited with code 2 — check fails\n/);
  assert.match(out, /\n {2}build log of B: \/home\/ci\/.*\/build\.log\n/);
  assert.match(out, /\n {4}1 error generated\.\n/);
  assert.doesNotMatch(out, /Workload/);
});

test('terminal escape sequences in names are stripped', () => {
  const r = makeResults({ analysis: null, workloads: [{ id: 'tg\u001b[31m128', nPrompt: 0, nGen: 128, baseTs: 20, trueRatio: 1 }], timeout: null });
  const out = terminal(r);
  assert.doesNotMatch(out, /\u001b/);
  assert.match(out, /\ntg128 /);
});
