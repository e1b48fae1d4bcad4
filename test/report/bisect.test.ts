// The culprit line quotes every workload that regressed at the culprit's step, the most slowed-down
// first; past two it says "+N more" (bisect.json lists them all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { culpritLine, renderBisectMarkdown, BISECT_SCHEMA, type BisectCulprit, type BisectResult } from '../../src/report/bisect.ts';

const w = (name: string, ratio: number) => ({ name, ratio, ci: [ratio - 0.01, ratio + 0.01] as [number, number] });
const culprit = (regressed: BisectCulprit['regressed']): BisectCulprit => ({
  commit: 'a'.repeat(40), subject: 'slow it down', parent: 'b'.repeat(40),
  workload: regressed[0]?.name ?? null, ratio: regressed[0]?.ratio ?? null, ci: regressed[0]?.ci ?? null,
  regressed, verified: true, verify: null,
});

test('one regressed workload: quoted as before', () => {
  assert.equal(culpritLine(culprit([w('tg128', 0.95)])), 'culprit: aaaaaaaaa slow it down  B/A 0.950 [0.940, 0.960] (tg128; verified)');
});

test('two regressed workloads: both quoted, each with its own B/A and interval', () => {
  assert.equal(culpritLine(culprit([w('tg128', 0.95), w('pp512', 0.97)])),
    'culprit: aaaaaaaaa slow it down  B/A 0.950 [0.940, 0.960] (tg128; pp512 B/A 0.970 [0.960, 0.980]; verified)');
});

test('past two: "+N more"; the Markdown section carries the same line', () => {
  const c = culprit([w('tg128', 0.95), w('pp512', 0.97), w('pp64', 0.975), w('tg32', 0.98)]);
  const line = culpritLine(c);
  assert.equal(line, 'culprit: aaaaaaaaa slow it down  B/A 0.950 [0.940, 0.960] (tg128; pp512 B/A 0.970 [0.960, 0.980]; +2 more; verified)');
  const r: BisectResult = {
    schema: BISECT_SCHEMA, repo: '/r', good: 'b'.repeat(40), bad: 'a'.repeat(40), range: [{ commit: 'b'.repeat(40), subject: 'base' }, { commit: 'a'.repeat(40), subject: 'slow it down' }],
    outcome: 'culprits', summary: 'one culprit', culprits: [c], unresolved: [], skipped: [], probes: [], steps: [], builds: [],
    budget: { max_builds: null, minutes: null, commits_built: 2, exhausted: null }, counted_blocks: 0, wall_seconds: 1,
  };
  assert.match(renderBisectMarkdown(r), /tg128; pp512 B\/A 0\.970 \\\[0\.960, 0\.980\\\]; \+2 more; verified/);
});

test('a bisect.json written before the list existed still renders its one workload', () => {
  const { regressed: _, ...old } = culprit([w('tg128', 0.95)]);
  assert.equal(culpritLine(old as BisectCulprit), 'culprit: aaaaaaaaa slow it down  B/A 0.950 [0.940, 0.960] (tg128; verified)');
});
