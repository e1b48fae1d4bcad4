import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFleet } from '../../src/report/index.ts';
import { combineOutcomes } from '../../src/stats/policy.ts';
import type { Outcome } from '../../src/report/index.ts';
import { makeResults, sampleAnalysis } from '../../fixtures/results/make-results.ts';

test('overall verdict: the most serious machine verdict wins, in the documented order', () => {
  const cases: [Outcome[], Outcome][] = [
    [['neutral', 'regression', 'improvement'], 'regression'],
    [['regression', 'failed'], 'regression'],
    [['neutral', 'failed'], 'failed'],
    [['inconclusive', 'no-verdict'], 'no-verdict'],
    [['neutral', 'inconclusive'], 'inconclusive'],
    [['improvement', 'inconclusive'], 'inconclusive'],
    [['improvement', 'neutral'], 'improvement'],
    [['neutral', 'neutral'], 'neutral'],
    [[], 'no-verdict'],
  ];
  for (const [outcomes, expected] of cases) assert.equal(combineOutcomes(outcomes), expected, outcomes.join(','));
});

test('machine labels: caller labels first, then host names, made unique', () => {
  const a = makeResults({ hostname: 'box', analysis: sampleAnalysis('neutral') });
  const b = makeResults({ hostname: 'box', analysis: sampleAnalysis('regression') });
  const c = makeResults({ analysis: sampleAnalysis('neutral') });
  c.host = null;
  const fleet = mergeFleet([a, b, c]);
  assert.deepEqual(fleet.machines.map((m) => m.label), ['box', 'box (2)', 'machine 3']);
  assert.equal(fleet.overall, 'regression');
  assert.deepEqual(mergeFleet([a, b], ['epyc-2s', '']).machines.map((m) => m.label), ['epyc-2s', 'box']);
});

test('a machine whose build failed is failed, whatever its analysis says', () => {
  const r = makeResults({ buildFailed: 'A', analysis: sampleAnalysis('neutral') });
  const [m] = mergeFleet([r]).machines;
  assert.equal(m.outcome, 'failed');
  assert.match(m.failure!, /^build of A \(base, ref master\) failed/);
});
