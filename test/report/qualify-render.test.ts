// The qualification table in its two media: Markdown (job summary) keeps workload ids in code spans
// and text mention-proof; the terminal shows neither Markdown escapes nor entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderQualification } from '../../src/report/qualify.ts';
import type { Qualification } from '../../src/store/qualification.ts';

const side = { verdict: 'inconclusive' as const, ratio: 0.97, ci: [0.95, 0.99] as [number, number], n: 10, look: null, spread: 0.02 };
const q: Qualification = {
  createdAt: '2026-12-05T22:00:00Z', status: 'short', reasons: ['tg128@d4096: the injected 2.9% slowdown was not called (inconclusive at 10 blocks)'],
  k: 0.03, ref: 'lpg/base', commit: '80fb11ac73e6aaaa', model: 'm.gguf', threads: 2, alpha: 0.05, margin: 0.02,
  experiments: { aaPrime: null, injected: null }, identicalBuilds: true, seconds: 337,
  workloads: [{ workload: 'tg128@d4096', aaPrime: side, injected: { ...side, expected: 1 / 1.03, covers: true, called: false }, mde: 0.03 }],
};

test('terminal: the workload and the reasons as written, no &#8203; or backslash escapes', () => {
  const t = renderQualification(q, 'terminal');
  assert.doesNotMatch(t, /&#8203;|\\/);
  assert.match(t, /^- tg128@d4096: the injected 2\.9% slowdown was not called/m);
  assert.match(t, /^\| tg128@d4096 \| 0\.970 \|/m);
});

test('markdown: the workload is a code span (verbatim, no entity debris); reasons stay mention-proof', () => {
  const m = renderQualification(q);
  assert.match(m, /^\| `tg128@d4096` \| 0\.970 \|/m);
  assert.match(m, /^- tg128@&#8203;d4096: /m);
});
