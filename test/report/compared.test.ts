// The "Compared:" line of the comment, report.md, the check and report.html (plan.comparison).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparedPhrase } from '../../src/report/compared.ts';
import { phraseMd } from '../../src/report/md-helpers.ts';
import type { Comparison } from '../../src/plan/types.ts';

const [tip, head, bp, merge] = ['1a2b3c4', '5d6e7f8', '0a0b0c0', '9f8e7d6'].map((s) => s + '0'.repeat(33));
const base: Comparison = {
  requested: 'merge', mode: 'merge', fallback: null, baseRef: 'main', headRef: 'pr-290', base: tip, head, branchPoint: bp, baseMoved: 37,
  a: tip, b: merge, merge: { commit: merge, by: 'github' },
};
const line = (c: Comparison) => phraseMd(comparedPhrase(c)!);

test('merge: both commits, the test merge and how far the base had moved', () => {
  assert.equal(line(base), "Compared: merge — A = base tip `1a2b3c4` (`main`), B = `1a2b3c4` + PR head `5d6e7f8` (`pr-290`) merged (GitHub's test merge `9f8e7d6`); `main` had moved 37 commits past the branch point");
  assert.match(line({ ...base, merge: { commit: merge, by: 'local' } }), /merged \(merge made here `9f8e7d6`\)/);
  assert.match(line({ ...base, b: head, merge: null, baseMoved: 0 }), /B = PR head `5d6e7f8` \(`pr-290`\), which contains the base \(the merge is a fast-forward\); `main` had not moved past the branch point/);
});

test('branch-point (and a fallback, said), refs with a moved base, and files from before --compare', () => {
  const fell = line({ ...base, mode: 'branch-point', fallback: 'pr-290 does not merge cleanly into main (conflicts in a.c)', a: bp, b: head, merge: null });
  assert.equal(fell, 'Compared: branch-point (merge fell back: pr-290 does not merge cleanly into main (conflicts in a.c)) — A = branch point `0a0b0c0` (merge-base with the base `1a2b3c4` (`main`)), B = PR head `5d6e7f8` (`pr-290`); `main` had moved 37 commits past the branch point');
  const refs = line({ ...base, requested: 'refs', mode: 'refs', a: tip, b: head, merge: null, baseRef: tip, headRef: head });
  assert.equal(refs, 'Compared: refs — A = `1a2b3c4`, B = `5d6e7f8`; the base had moved 37 commits past the branch point (B/A includes every base change since; --compare merge measures what merging does)');
  assert.equal(comparedPhrase(undefined), null);
  assert.match(line({ ...base, baseRef: '<img src=x>', headRef: '`x` @all' }), /\(`` `x` @all ``\)/, 'refs are code spans: nothing in them renders or mentions');
});
